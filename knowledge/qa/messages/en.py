"""English wording of answers (the task text itself is quoted in Danish)."""

TEXTS: dict[str, str] = {
    "missing_value": "The tasks do not give {what}. The closest they say:",
    "unmentioned_closest": "The KLIK tasks do not mention {names}. The closest they say:",
    "nothing_for_name": "The KLIK tasks say nothing about that for {name}.",
    "missing_value_for": "The tasks do not give {what} for {name}. The closest they say:",
    "value_party": "who",
    "value_time": "a date or deadline for it",
    "value_count": "a number",
    "value_mail": "an e-mail address",
    "value_phone": "a phone number",
    "value_cvr": "a CVR number",
    "value_price": "a price",
    "value_password": "a password (and passwords do not belong in a chat)",
    "value_url": "a web address",
    "value_code": "an ID or number",
    "value_name": "a name",
    "value_place": "a place or address",
    "value_reason": "a reason",
    "value_clock": "a time of day",
    "value_percent": "a percentage",
    "value_version": "a version number",
    "value_frequency": "how often",
    "time_of_task_only": "The tasks give no time for that. The closest are task {task}'s own dates:",
    "signer_not_named": "The task does not say. It says that {document} must be signed, but not by whom.",
    "value_reach": "a phone number or a mail address",
    "value_any": "the answer",
    "yes": "Yes",
    "no": "No",
    "yes_to_negated": "Yes",  # the answer to a negated question that holds
    "not_settled": "The task does not say. The closest it says:",
    "not_in_tasks": "The KLIK tasks do not say, so I can say neither yes nor no.",
    "yes_no_evidence": "{verdict} – the task says:",
    "yes_wave": "Yes – task {task} belongs to {waves}.",
    "yes_task_end": "{verdict} – task {task}: {note} (end date from go-live: {offset}).",
    "no_wave": "No – task {task} belongs to {waves}.",
    "yes_role": "Yes – {role} of task {task}: {value}.",
    "no_role": "No – {role} of task {task}: {value}.",
    "yes_priority": "Yes – task {task} has priority “{priority}”.",
    "no_priority": "No – task {task} has priority “{priority}”.",
    "yes_signature": "Yes – task {task} needs a signature:",
    "no_signature": "No – task {task} mentions no documents to sign.",
    "no_signer": "No – {document} is signed by {signer}.",
    "yes_signer": "Yes – {document} is signed by {signer}.",
    "approver_note": "About the approval the task says: {sentence}",
    "deadlines_head": "Deadlines in the task:",
    "next_after": "After step {done} (“{done_text}”) comes step {number}: “{step}”",
    "before_named_deed": "Before step {named} (“{named_text}”) come:",
    "step_in_several": "That step is in several tasks ({tasks}). Which task do you mean?",
    "after_last_step": ("Step {done} (“{done_text}”) is the task's last step; the task does not say what "
                        "comes after it."),
}

# Your own work (the workspace's progress)
TEXTS |= {
    "status_not_started": "not started",
    "status_started": "started",
    "status_completed": "completed",
    "status_done": "done",  # bot/progress.py Status.DONE
    "sig_waiting": "waiting for the document",
    "sig_received": "received, not signed",
    "sig_signed": "signed and returned",
    "role_responsible": "Responsible",
    "role_executor": "Executor",
    "nobody": "nobody yet",
    "task_summary": "Task {task}: {summary}",
    "steps_done_1": "{done} of {total} step done",
    "steps_done": "{done} of {total} steps done",
    "next_step": "Next step: {number}. {text}",
    "next_inline": " Next step: {number}. {text}",
    "deadline": "Deadline: {when}",
    "deadline_inline": " Deadline: {when}",
    "signature": "Signature: {document} – {state}",
    "no_progress": "You have not recorded progress on any task yet. Start with "
                   "`/klik done TASK STEP` or see `/klik list`.",
    "golive_set": "Go-live for {name}: {day}.",
    "golive_missing": "No go-live date is set for {name} yet. Set it with "
                      "`/klik golive \"{name}\" YYYY-MM-DD`.",
    "klik_recommends": "KLIK recommends: {who}",
    "klik_recommends_as": "KLIK recommends no one as {asked}, but as {role}: {who}",
    "nobody_assigned": "Nobody is assigned as {role} on {task} in your workspace yet "
                       "(`/klik assign {task} {role} @name`).",
    "no_missing_signatures": "No signatures are missing.",
    "signed_by": " (signed by {signer})",
    "signed_by_sent_to": " (signed by {signer}, sent to {recipient})",
    "sig_deadline": "; deadline {when}",
    "sig_line": "{document} – {state}{who}{due}",
    "task_prefixed": "{task}: {text}",
    "golive_other": "• {name}: {day}",
    "role_label": "{role}: ",
    "summary": "{status}.",
    "summary_steps": "{status}, {count}.",
    "summary_steps_which": "{status}, {count} ({steps}).",
    "own_item": "• {task} – {summary}",
    "overview_item": "• {task}: {summary}",
    "list_more": "… and {n} more",
    "open_tasks": "Still to do, most urgent first ({n}):",
    "nothing_open": "Every task you work on is completed.",
    "next_tasks": "Next up, most urgent first ({n}):",
    "mine": "Your tasks, most urgent first ({n}):",
    "no_mine": "You are not assigned any open tasks. Assign with `/klik assign TASK executor @you`.",
    "who_are_you": "I don't know who you are here; ask in Slack, or see `/klik list`.",
    "overdue": "Overdue tasks ({n}):",
    "no_overdue": "No tasks are overdue.",
    "no_golive_dates": "No go-live date is set, so I cannot tell whether anything is overdue. "
                       "Set it with `/klik golive NAME YYYY-MM-DD`.",
    "not_started": "Tasks not started, most urgent first ({n}):",
    "all_started": "Every task is started or completed.",
    "started": "Tasks in progress, most urgent first ({n}):",
    "none_started": "No tasks are in progress yet.",
    "completed": "Completed tasks ({n}):",
    "none_completed": "No tasks are completed yet.",
    "critical_undated": " ({priority}, no date)",
    "overdue_by": "overdue",
}

# Lists across tasks
TEXTS |= {
    "list_head": "Tasks {why} ({n}):",
    "list_empty": "No tasks {why}.",
    "list_note": "{label} – {note}",
    "note_signature": "“{document}” signed by “{signer}”",
    "note_deadline": "“{text}”",
    "list_unknown_project": "No project in the KLIK tasks is called “{value}”.",
    "list_unknown_priority": "No task has the priority “{value}”.",
    "list_unknown_wave": "No task is in wave {value}.",
    "list_unknown_phase": "No task is in phase {value}.",
    "filter_project": "in project {value}",
    "filter_phase": "in the phase “{value}”",
    "filter_theme": "with the theme “{value}”",
    "filter_executor": "with recommended executor “{value}”",
    "filter_responsible": "with recommended responsible “{value}”",
    "filter_not_executor": "without recommended executor “{value}”",
    "filter_not_responsible": "without recommended responsible “{value}”",
    "filter_wave": "in wave {value}",
    "filter_priority": "with priority “{value}”",
    "filter_optional": "that are optional",
    "filter_not_optional": "that are not optional",
    "note_optional_title": "optional by its title",
    "note_optional_phase": "optional by its phase",
    "filter_must": "that must be done (top priority)",
    "filter_not_must": "that need not be done (top priority)",
    "note_priority": "priority “{value}”",
    "filter_sts": "that are STS/infrastructure tasks",
    "filter_signature": "that need a signature",
    "filter_signed_by": "with a signature that mentions “{value}”",
    "filter_deadline": "with a deadline in the text",
    "filter_deadline_before": "with a deadline before {anchor}",
    "filter_deadline_after": "with a deadline after {anchor}",
    "filter_mention": "that mention “{value}”",
    "filter_not_project": "outside project {value}",
    "filter_not_phase": "outside the phase “{value}”",
    "filter_not_theme": "without the theme “{value}”",
    "filter_not_wave": "outside wave {value}",
    "filter_not_priority": "without priority “{value}”",
    "filter_not_sts": "that are not STS/infrastructure tasks",
    "filter_not_signature": "that need no signature",
    "filter_not_signed_by": "without a signature that mentions “{value}”",
    "filter_not_deadline": "without a deadline in the text",
    "filter_not_deadline_before": "without a deadline before {anchor}",
    "filter_not_deadline_after": "without a deadline after {anchor}",
    "filter_not_mention": "that do not mention “{value}”",
    "filter_start_before": "that start before go-live",
    "filter_start_after": "that start after go-live",
    "filter_end_before": "that must be done before go-live",
    "filter_end_after": "that end after go-live",
    "filter_end_within": "that must be done in the last {value} before go-live",
    "filter_not_end_within": "that need not be done in the last {value} before go-live",
    "filter_end_by": "that must be done at least {value} before go-live",
    "filter_not_end_by": "that need not be done at least {value} before go-live",
    "filter_start_by": "that start at least {value} before go-live",
    "filter_not_start_by": "that do not start at least {value} before go-live",
    "filter_deadline_at": "with a deadline in the text {value} before go-live",
    "filter_not_deadline_at": "without a deadline in the text {value} before go-live",
    "filter_deadline_by": "with a deadline in the text at least {value} before go-live",
    "filter_not_deadline_by": "without a deadline in the text at least {value} before go-live",
    "filter_not_start_before": "that do not start before go-live",
    "filter_not_start_after": "that do not start after go-live",
    "filter_not_end_before": "that need not be done before go-live",
    "filter_not_end_after": "that do not end after go-live",
    "note_start_before_1": "starts {days} day before go-live",
    "note_start_before": "starts {days} days before go-live",
    "note_start_after_1": "starts {days} day after go-live",
    "note_start_after": "starts {days} days after go-live",
    "note_end_before_1": "ends {days} day before go-live",
    "note_end_before": "ends {days} days before go-live",
    "note_end_after_1": "ends {days} day after go-live",
    "note_end_after": "ends {days} days after go-live",
    "filter_related": "related to {value}",
    "filter_not_related": "not related to {value}",
    "note_related_named": "named as related in {task}",
    "note_related_naming": "names {task} as related",
    "anchor_golive": "go-live",
    "anchor_receipt": "receipt",
    "anchor_start": "the task’s start",
    "anchor_end": "the task’s end date",
}

# How soon a task needs doing (bot.own_work.Urgency)
TEXTS |= {
    "urgency_overdue": "overdue",
    "urgency_open": "window open",
    "urgency_soon": "soon",
    "urgency_later": "later",
    "urgency_undated": "no date",
    "urgency_done": "completed",
}

# The status of a checklist item
TEXTS |= {
    "no_status": "no status",
    "checklist_item": "Item {item} «{text}»: {status}",
    "checklist_substep": "{item}.{sub} {text}: {status}",
}

# Reminders (see da.py)
TEXTS |= {
    "reminder_kind_signature": "signature",
    "reminder_kind_deadline": "deadline",
    "reminder_kind_digest": "digest",
    # `/klik reminders` (handlers/reminders.py) and the `klik remind` summary (bot/cli/remind.py)
    "reminders_mode_digest": "one message a day with everything due (most urgent first)",
    "reminders_mode_each": "one message per reminder",
    "reminders_mode_off": "no reminders as DMs (the channel still gets them)",
    "reminders_mode_now": "Your reminders now: {mode}. Change with `/klik reminders me digest`, "
                          "`… me each` or `… me off`.",
    "reminders_mode_set": "Your reminders from now on: {mode}.",
    "reminders_no_channel": "no channel (set KLIK_REMINDER_CHANNEL)",
    "reminders_nobody": "nobody (no one responsible and no channel)",
    "reminders_rules": "Reminders go out on Danish working days from {at} as DMs to the task's responsible "
                       "and executor (one message a day per person; choose with "
                       "`/klik reminders me digest|each|off`) and in {where}: about a missing signature "
                       "every {every_days} working days from when the task's window opens, every day in the "
                       "last {final_days} working days before the deadline, and every day as OVERDUE after "
                       "it. Snooze with `/klik snooze TASK 3d`.",
    "reminders_sent": "• sent: task {task} ({kind}) to {place}",
    "reminders_waiting": "• waiting: task {task} ({kind}) to {place}",
    "reminders_in_digest": " (in one message with {count})",
    "reminders_today": "*Today, {date}:*",
    "reminders_more": "…and {left} more; the whole list: `klik remind --dry-run`.",
    "reminders_none_today": "No reminders today.",
    "reminders_summary": "Reminders: {sent} sent, {waiting} waiting today",
    "reminders_see_all": "See `klik remind --dry-run` for the whole list.",
    "remind_when": "{date} at {time}",
    "remind_none_due": "{when}: no reminders are due.",
    "remind_count_1": "{when}: 1 reminder",
    "remind_count": "{when}: {count} reminders",
    "remind_dry_run": " (dry run, nothing sent)",
    "remind_overdue": " OVERDUE",
    "remind_digest_1": "  one message{late} -> {place}: {count} reminder",
    "remind_digest": "  one message{late} -> {place}: {count} reminders",
    "remind_totals": "Sent: {sent}, already sent today: {already}, failed: {failed}.",
    "remind_failed": "  Failed for {task} -> {place}: {why}",
    "remind_no_recipient": "  {task}: no recipient. Set someone responsible (`/klik assign {task} ansvarlig "
                           "@name`) or a channel in KLIK_REMINDER_CHANNEL.",
    "remind_nowhere": "(nobody)",
    "reminder_moment_overdue": "OVERDUE",
    "reminder_moment_due_today": "Due today",
    "reminder_moment_soon": "Due soon",
    "reminder_why_signature_overdue": "the deadline {end} has passed; you are reminded every working day "
                                      "until it is {signed} or the task is done",
    "reminder_why_signature_final": "{left} {days} left until the deadline {end}; in the last {final_days} "
                                    "working days you are reminded every day",
    "reminder_why_signature_every": "{why}; you are reminded every {every_days} working days until it is "
                                    "{signed}",
    "reminder_why_received": "the document was received on {started}",
    "reminder_why_opened": "the task's window opened on {started}",
    "reminder_why_deadline_overdue": "the deadline {end} has passed; you are reminded again in {every} "
                                     "working days if the task is not done",
    "reminder_why_deadline_due_today": "the deadline is {end}, and today is the last working day before it",
    "reminder_why_deadline_soon": "{left} {days} left until the deadline {end}, and the task is not done",
    "reminder_why_digest_1": "{count} reminder in one message",
    "reminder_why_digest": "{count} reminders in one message",
    "reminder_working_day": "working day",
    "reminder_working_days": "working days",
    "reminder_signed": "signed",
    "reminder_approved": "approved",
    "reminder_task": "task {task} {title}",
    "reminder_flag_overdue": "OVERDUE: ",
    "reminder_flag_reminder": "Reminder: ",
    "reminder_missing_signature": "a signature",
    "reminder_missing_approval": "an approval",
    "reminder_signature_title": "*{flag}{document} needs {missing}* ({task})",
    "reminder_signature_status": "Status: {state}",
    "reminder_signer": "Signed by: {signer}",
    "reminder_approver": "Approved by: {signer}",
    "reminder_sent_to": "Sent to: {recipient}",
    "reminder_deadline_title": "*{moment}: {task}*",
    "reminder_status": "Status: {status}",
    "reminder_status_steps_1": "Status: {status}; {done} of {total} step done",
    "reminder_status_steps": "Status: {status}; {done} of {total} steps done",
    "reminder_deadline": "Deadline: {when}",
    "reminder_why_now": "Why now: {why}.",
    "reminder_role_ansvarlig": "Responsible: {who}",
    "reminder_role_udfører": "Executor: {who}",
    "reminder_nobody": "Nobody is responsible yet; type `/klik assign {task} ansvarlig @name`.",
    "reminder_line_signature": "✍️ {document} needs {missing} – {task} · deadline {when}",
    "reminder_line_signature_overdue": "🔴 *OVERDUE:* {document} needs {missing} – {task} · deadline {when}",
    "reminder_line_deadline": "⏰ *{moment}:* {task} · deadline {when}",
    "reminder_line_deadline_overdue": "🔴 *{moment}:* {task} · deadline {when}",
    "reminder_digest_heading_person": "Your KLIK reminders today",
    "reminder_digest_heading_channel": "KLIK reminders today",
    "reminder_digest_top": "*{heading}: {count}* (most urgent first)",
    "reminder_digest_more": "…and {more} more reminders.",
    "reminder_digest_more_1": "…and {more} more reminder.",
    "reminder_digest_more_home": "…and {more} more reminders. See them all under *Home* in klik-bot or with "
                                 "`/klik due`.",
    "reminder_digest_more_home_1": ("…and {more} more reminder. See them all under *Home* in klik-bot or "
                                   "with `/klik due`."),
    "reminder_digest_prefs": "Would you rather have one message per reminder, or none? "
                             "`/klik reminders me each` / `… me off`.",
    "reminder_button_snooze": "Snooze {days} working days",
    "reminder_button_signed": "Signed",
    "reminder_hint_complete": "When the task is done: `/klik complete {task}`.",
    "reminder_hint_signed": "Press *Signed* when the document has been returned signed "
                            "(or `/klik signed {task}`).",
    "deadline_today": "{when} (today)",
    "deadline_late_1": "{when} (overdue by 1 day)",
    "deadline_late": "{when} (overdue by {n} days)",
    "deadline_in_1": "{when} (in 1 working day)",
    "deadline_in": "{when} (in {n} working days)",
}

# /klik commands (handlers/): what any command says when it is mistyped (handlers/registry.py)
TEXTS |= {
    "command_which_task": "Say which task you mean, e.g. `/klik {word} 433`.",
    "command_did_you_mean": "Did you mean `{command}`? Type `/klik help` to see the commands.",
    "command_unknown": "I do not know that command. Type `/klik help` to see what I can do.",
    "command_too_long": ("The command is too long ({chars} characters; at most {most}). Write it as "
                         "`{example}`."),
    "command_open_quote": "A quotation mark is not closed; write e.g. `\"KY - Bølge 3\"`.",
}

# /klik done, undo, start, complete and assign (handlers/progress.py)
TEXTS |= {
    "progress_undone": "↩️ {user} undid {steps} in *{task}*. {count}",
    "progress_reopened": "The task was completed and is now started again.",
    "progress_was_not_done": "{steps} were not marked as done.",
    "progress_task_and_steps": "Give the task and the steps, e.g. `/klik {word} 433 3`.",
    "progress_not_a_step": "{word} is not a step number; task {task} has steps {steps}. Type e.g. {example}.",
    "progress_bad_range": "{part} is not a usable range of steps; type e.g. `1-3`.",
    "progress_too_many_steps": ("At most {most} steps at a time; task {task} has steps {steps}. Type "
                                "e.g. {example}."),
    "progress_which_steps": "Say which steps, e.g. {example}; the task has steps {steps}.",
    "progress_marked": "✅ {user} marked {steps} in *{task}* as done. {count}",
    "progress_now_started": "The task is now started.",
    "progress_next_step": "Next step: *{number}.* {text}",
    "progress_all_steps_done": "All steps are done. Type `/klik complete {ref}` when the task is complete.",
    "progress_unsigned": "{documents} is not signed and returned",
    "progress_steps_open": "{steps} not marked as done",
    "progress_not_ready": ("*{task}* is not ready: {why}. Completing it also stops its reminders. "
                           "Complete it anyway?"),
    "progress_complete_anyway": "Complete anyway",
    "progress_complete_anyway_hint": "Or type `/klik complete {ref} anyway`.",
    "progress_not_ready_text": "{task} is not ready to complete: {why}",
    "progress_status_already": "{task} is already {status}.",
    "progress_status_set": "{user} set *{task}* to *{status}*.",
    "progress_note_steps_open": " Note: {steps} not marked as done.",
    "progress_pick_in_window": "Pick the role and the person in the window.",
    "progress_assign_usage": ("Give the task, the role and the person, e.g. `/klik assign 433 ansvarlig "
                              "@Mette` (the role is ansvarlig or udfører)."),
    "progress_assign_who": ("Say who is to be {role}, e.g. `/klik assign {ref} {role} @Mette` or `/klik "
                            "assign {ref} {role} me`."),
    "progress_deactivated": ("{user} is deactivated in Slack and cannot be given tasks. Pick someone in "
                             "the workspace."),
    "progress_user_not_found": ("I cannot find {user} in the workspace. Pick the person from the list "
                                "Slack shows when you type @."),
    "progress_assigned": "{user} is now {role} for *{task}*",
    "progress_assigned_before": " (before: {user})",
    "progress_assigned_by": " – set by {user}.",
    "progress_who_is": ("I cannot tell who {text} is; write the person as an @-mention (pick the name "
                        "from the list Slack shows), e.g. `/klik assign 433 ansvarlig @Mette`, or `me`."),
    "progress_count_1": "({done} of {total} step done)",
    "progress_count": "({done} of {total} steps done)",
}

# /klik status, list and history (handlers/status.py)
TEXTS |= {
    "statuscmd_step_marked": "✅ {user} marked step {step} as done.",
    "statuscmd_field_status": "Status",
    "statuscmd_field_project": "Project",
    "statuscmd_field_wave": "Wave",
    "statuscmd_field_priority": "Priority",
    "statuscmd_field_ansvarlig": "Responsible",
    "statuscmd_field_udfører": "Executor",
    "statuscmd_nobody": "nobody yet – `/klik assign {ref} {role} @name`",
    "statuscmd_checklist": "*KOMBIT's checklist*",
    "statuscmd_text_1": "{task}: {status}, {done} of {total} step done",
    "statuscmd_text": "{task}: {status}, {done} of {total} steps done",
    "statuscmd_see_rest": "See the rest with `/klik history {ref}`.",
    "statuscmd_button_assign": "Assign …",
    "statuscmd_button_snooze": "Snooze reminders …",
    "statuscmd_button_signature": "Signature …",
    "statuscmd_hint_next": "mark the next step: `/klik done {ref} {step}`",
    "statuscmd_hint_undo": "undo: `/klik undo {ref} {step}`",
    "statuscmd_hint_history": "history: `/klik history {ref}`",
    "statuscmd_start": "start {day} · ",
    "statuscmd_deadline": "*Deadline:* {start}end {end} · go-live {golive}",
    "show_kind_earliest": "earliest (no deadline): ",
    "show_kind_duration": "period (no deadline): ",
    "statuscmd_deadline_dated": "*Deadline:* {start}end {end} (a date in the task text)",
    "statuscmd_no_deadline": "*Deadline:* KOMBIT has given no deadline for the task.",
    "statuscmd_end_offset": "end {days} days before go-live",
    "statuscmd_end_offset_1": "end {days} day before go-live",
    "statuscmd_end_after": "end {days} days after go-live",
    "statuscmd_end_after_1": "end {days} day after go-live",
    "statuscmd_start_offset": ", start {days} days before the end",
    "statuscmd_start_offset_1": ", start {days} day before the end",
    "statuscmd_set_golive": " Set the go-live date to see dates: `/klik golive \"{wave}\" YYYY-MM-DD`.",
    "statuscmd_offsets": "*Deadline:* {offsets}.{hint}",
    "statuscmd_steps": "*Steps* ({done} of {total} done)",
    "statuscmd_done_by": "_done by {user} {when}_",
    "statuscmd_button_step": "Mark step {step} as done",
    "statuscmd_mark_a_step": "Mark a step: `/klik done {ref} NO`",
    "statuscmd_sent_to": ", sent to {recipient}",
    "statuscmd_signature": "{icon} {document} – signed by {signer}{to}: *{state}*",
    "statuscmd_signatures": "*Signatures*",
    "statuscmd_no_tasks": "No tasks {label}.",
    "statuscmd_list_steps_1": "{done}/{total} step",
    "statuscmd_list_steps": "{done}/{total} steps",
    "statuscmd_list_end": "end {day}",
    "statuscmd_task_one": "task",
    "statuscmd_task_many": "tasks",
    "statuscmd_list_here": " (here {first}-{last})",
    "statuscmd_list_hint": ("See a task: `/klik status TASK` · filter: `/klik list open`, `/klik list "
                            "mine`, a project or a wave"),
    "statuscmd_list_filter": "Use a filter, e.g. `/klik list open`.",
    "statuscmd_filter_all": "in all",
    "statuscmd_filter_open": "not completed",
    "statuscmd_filter_mine": "where you are responsible or executor",
    "statuscmd_filter_in": "in {name}",
    "statuscmd_unknown_filter": ("I do not know {word} as a filter. Type `open`, `mine`, a project or a "
                                 "wave: {names}."),
    "statuscmd_no_history": "Nobody has changed anything on {task} yet. Start with `/klik done {ref} 1`.",
    "statuscmd_history_latest": " (the latest {shown} of {total})",
    "statuscmd_history": "History of {task}",
    "history_done": "marked step {steps} as done{extra}",
    "history_done_started": " (the task was started)",
    "history_undo": "undid step {steps}",
    "history_status": "set the status to {status}",
    "history_assign": "made {user} {role}",
    "history_document": "the document",
    "history_received": "received",
    "history_signed_returned": "signed and returned",
    "history_signed": "signed",
    "history_marked": "marked {document} as {what}",
    "history_unmarked": "undid “{what}” for {document}",
    "history_resumed": "resumed the reminders",
    "history_snoozed": "snoozed the reminders until {day}",
}

# /klik modtaget, underskrevet, their undo and udsæt (handlers/signatures.py)
TEXTS |= {
    "sigcmd_document_of": "*{document}* for *{task}*",
    "sigcmd_already_signed": "{name} is already signed and returned ({by}).",
    "sigcmd_already_received": "{name} is already marked as received ({by}).",
    "sigcmd_undo": "Undo: `{command}`.",
    "sigcmd_sent_to": " and sent to {recipient}",
    "sigcmd_received": ("📄 {user}: {name} has been received. It is to be signed by "
                        "{signer}{to}{deadline}. Type `/klik signed {ref}` when it has been sent back. "
                        "{undo}"),
    "sigcmd_signed": "✅ {user} marked {name} as signed and returned. Its reminders stop.",
    "sigcmd_mark_step_too": " Mark step {step} too when it fits: `/klik done {ref} {step}`.",
    "sigcmd_mark_received": "received",
    "sigcmd_mark_signed": "signed",
    "sigcmd_unmarked": "↩️ {user} undid “{what}” for *{document}* for *{task}*: it is now *{state}*.",
    "sigcmd_reminders_again": "Its reminders come again when they are due.",
    "sigcmd_still_signed": "It is marked as signed; undo that with `{undo}`.",
    "sigcmd_held_by_step": "That is because step {step} is done; undo it with `/klik undo {ref} {step}`.",
    "sigcmd_resumed": "▶️ {user} resumed the reminders of *{task}*.",
    "sigcmd_working_day": "{n} working day",
    "sigcmd_working_days": "{n} working days",
    "sigcmd_today_and": "today and ",
    "sigcmd_snoozed": ("⏸️ {user} snoozed the reminders of *{task}* for {days}: no reminders "
                       "{today}{span}; the next on *{resume}* at the earliest. Resume now: `/klik udsæt "
                       "{ref} 0`."),
    "sigcmd_deadline": " by {when}",
    "sigcmd_by": "by {user} ",
    "sigcmd_marked_earlier": "marked earlier",
}

# /klik golive and due (handlers/deadlines.py)
TEXTS |= {
    "golivecmd_cleared": "{user} removed the go-live date of *{name}* (was {was}).",
    "golivecmd_was": " (before {day})",
    "golivecmd_set": ("{user} set the go-live date of *{name}* to *{day}*{was}: {row}. `/klik due` shows "
                      "what is due."),
    "golivecmd_now_overdue": "🔴 Now overdue",
    "golivecmd_due_this_week": "⏰ Due this week",
    "golivecmd_other_moved": "📅 Other moved deadlines",
    "golivecmd_more": "…and {n} more; see `/klik due`.",
    "golivecmd_group": "*{title} ({n})*",
    "golivecmd_finished_one": "completed task",
    "golivecmd_finished_many": "completed tasks",
    "golivecmd_finished_moved": "{finished} got new dates too (not shown).",
    "golivecmd_see_due": "See `/klik due`.",
    "golivecmd_heading": "*Go-live dates*",
    "golivecmd_none_set": "No go-live date is set yet.",
    "golivecmd_can_be_set": "*Can be set:*",
    "golivecmd_hint_set": "Set: `/klik golive \"{name}\" 2027-03-01`",
    "golivecmd_hint_show": "show one: `/klik golive \"{name}\"`",
    "golivecmd_hint_clear": "remove: `/klik golive \"{name}\" slet`",
    "golivecmd_button_set": "Set go-live …",
    "golivecmd_wave_first": "A wave's date comes before its project's. {hints}",
    "golivecmd_text": "Go-live dates: {dates}",
    "golivecmd_text_none": "none set",
    "golivecmd_see_golive": "See `klik golive`.",
    "golivecmd_set_it": " Set it: `/klik golive \"{name}\" 2027-03-01`.",
    "duecmd_no_golive": " No go-live date is set yet; see `/klik golive`.",
    "duecmd_nothing_1": "Nothing is due within {days} day, and nothing is overdue.{hint}",
    "duecmd_nothing": "Nothing is due within {days} days, and nothing is overdue.{hint}",
    "duecmd_here": "; here {first}-{last}, most urgent first",
    "duecmd_days_1": "{days} day",
    "duecmd_days": "{days} days",
    "duecmd_heading_one": ("*{n} task needs attention* (due within {within}, window open or "
                           "overdue{shown})"),
    "duecmd_heading": "*{n} tasks need attention* (due within {within}, window open or overdue{shown})",
    "duecmd_see_task": "See a task: `/klik status TASK`",
    "duecmd_text_1": "{n} task is due or overdue",
    "duecmd_text": "{n} tasks are due or overdue",
    "duecmd_see_open": "See `/klik list open`.",
    "duecmd_overdue_1": "*{state}* by 1 day",
    "duecmd_overdue": "*{state}* by {n} days",
    "duecmd_today": "*due today*",
    "duecmd_in_1": "in 1 day",
    "duecmd_in": "in {n} days",
    "duecmd_starts": ", starts {day}",
    "duecmd_line": "{icon} *{task}* {title} – due {end} ({when}) · {status}",
}

# The App Home tab (handlers/home.py)
TEXTS |= {
    "home_command_step": "Home: mark step {step} in {ref}",
    "home_command_status": "Home: status",
    "home_status_title": "Status",
    "home_close": "Close",
    "home_title": "My tasks",
    "home_task_one": "task",
    "home_task_many": "tasks",
    "home_intro": ("{user} · {count} where you are responsible or executor, most urgent first · updated "
                   "{when}"),
    "home_nothing_mine": ("You are not responsible for or executor of any open task. Take one: `/klik "
                          "assign TASK ansvarlig me`."),
    "home_more_button": "Show more ({left} left)",
    "home_more_tasks_1": "…and {left} more task: `/klik list mine`.",
    "home_more_tasks": "…and {left} more tasks: `/klik list mine`.",
    "home_see_mine": "See `/klik list mine`.",
    "home_you_are": "you are {roles}",
    "home_steps_1": "{done} of {total} step",
    "home_steps": "{done} of {total} steps",
    "home_next_step": "Next step: *{number}.* {text}",
    "home_missing_signature": "✍️ Signature missing: {document} ({state})",
    "home_snoozed": "⏸️ Reminders snoozed until {day}",
    "home_departed": "⚠️ {user} is no longer in the workspace – assign someone else",
    "home_no_date": "no date yet (go-live not set)",
    "home_overdue_since": "*{overdue}* since {end}",
    "home_due_today": "*due today* ({end})",
    "home_start": "start {day}, ",
    "home_due_in_1": "{start}due {end} (in 1 day)",
    "home_due_in": "{start}due {end} (in {n} days)",
    "home_button_step": "Mark step {step} done",
    "home_button_signature": "Signature …",
    "home_button_snooze": "Snooze …",
    "home_button_assign": "Assign …",
    "home_button_status": "Status",
    "home_team": "The team's overview",
    "home_team_overdue": "Overdue",
    "home_team_due_soon": "Due within {days} days",
    "home_team_unassigned": "Critical tasks without a responsible",
    "home_team_departed": "Assigned to someone no longer in the workspace",
    "home_team_none": "None.",
    "home_team_more": "…and {n} more (`/klik due`, `/klik list open`)",
    "home_team_group": "*{title} ({n})*",
    "home_footer": ("Type `/klik help` for every command · `/klik påmindelser mig` for your reminders · "
                    "`/klik rapport` for KLIK"),
    "home_no_responsible": " · no responsible",
}

# /klik fjern, gendan, tilføj-underskrift (handlers/knowledge.py); rapport, klik-opdateret (report.py)
TEXTS |= {
    "catalogcmd_admin_only": ("Only the workspace's admins and owners can change the tasks, because the "
                              "change applies to everyone. Ask an admin, or use `klik {cli}` on the "
                              "server."),
    "catalogcmd_removed": "{user} removed task {task}: {title}. Undo with `/klik gendan {task}`.",
    "catalogcmd_which": "Say which task, e.g. `/klik gendan 433`.",
    "catalogcmd_restored": "{user} restored task {task}: {title}.",
    "catalogcmd_task_first": ("Give the task first, e.g. `/klik tilføj-underskrift 433 fuldmagt af "
                              "borgmesteren til KOMBIT trin 4,5`."),
    "catalogcmd_sent_to": ", sent to {recipient}",
    "catalogcmd_steps": " (steps {steps})",
    "catalogcmd_added": "{user} added a signature to task {task}: {document} is signed by {signer}{to}{on}.",
    "catalogcmd_signature_usage": ("Give the document and who signs it, e.g. `/klik tilføj-underskrift "
                                   "433 fuldmagt af borgmesteren til KOMBIT trin 4,5`."),
    "reportcmd_updated": "🗂️ {user} has updated *{task}* in KLIK.",
    "reportcmd_head_1": ("*Report for KLIK*: {tasks} task, {done} completed, {started} started. *{update} "
                         "to be updated in KLIK* (klik-bot knows more than the team last marked as updated "
                         "in KLIK)."),
    "reportcmd_head": ("*Report for KLIK*: {tasks} tasks, {done} completed, {started} started. *{update} "
                       "to be updated in KLIK* (klik-bot knows more than the team last marked as updated "
                       "in KLIK)."),
    "reportcmd_line": "• *{task}* {title} – {status}, steps {steps}; last updated in KLIK: {updated}",
    "reportcmd_hint": ("When a task is updated in KLIK: `/klik klik-opdateret TASK` (or mark the step "
                       "that says KLIK is to be updated as done). The whole report as a spreadsheet: "
                       "`klik report --format xlsx --output rapport.xlsx` (csv and md too)."),
    "reportcmd_text_1": "Report for KLIK: {update} task to be updated in KLIK",
    "reportcmd_text": "Report for KLIK: {update} tasks to be updated in KLIK",
    "reportcmd_see": "See `klik report`.",
}

# Modals (handlers/modals.py), help and errors (handlers/replies.py)
TEXTS |= {
    "modal_title_assign": "Assign task",
    "modal_title_snooze": "Snooze reminders",
    "modal_title_golive": "Set go-live",
    "modal_title_signature": "Signature",
    "modal_snooze_1": "1 working day",
    "modal_snooze_2": "2 working days",
    "modal_snooze_3": "3 working days",
    "modal_snooze_5": "1 week",
    "modal_snooze_10": "2 weeks",
    "modal_snooze_0": "Resume the reminders now",
    "modal_task": "Task",
    "modal_task_placeholder": "e.g. 433 or eFaktura 8b",
    "modal_role": "Role",
    "modal_role_ansvarlig": "Responsible",
    "modal_role_udfører": "Executor",
    "modal_person": "Person",
    "modal_pick_person": "Pick a person",
    "modal_how_long": "How long",
    "modal_nothing_to_set": "There are no waves or projects to set a go-live date for; import tasks first.",
    "modal_wave_or_project": "Wave or project",
    "modal_golive_date": "Go-live date",
    "modal_document": "Document",
    "modal_number": "No. (if the task has several documents)",
    "modal_what_happened": "What happened",
    "modal_received": "The document has been received",
    "modal_signed": "Signed and sent back",
    "modal_save": "Save",
    "modal_cancel": "Cancel",
    "modal_fill_in": "Fill in the field.",
    "modal_command": "modal “{title}”",
    "help_or": " (or {names})",
    "help_line": "• `{usage}` – {summary}{alias}",
    "help_heading": "*What you can write to klik-bot*",
    "help_questions": ("Anything else after `/klik` is a question, e.g. `/klik who is the responsible "
                       "for Prisme?`. You can also write to me in a DM or mention @klik in a channel."),
    "help_text": "What you can write to klik-bot: {names}",
    "error_see_list": " Type `/klik list` to see the tasks.",
    "error_apology": ("Sorry, something went wrong on my side. Try again in a moment; if it happens "
                      "again, tell whoever runs klik-bot."),
}

# Questions and /klik search (handlers/questions.py)
TEXTS |= {
    "question_command": "message: {text}",
    "question_hello": ("Hi! Ask me about a KLIK task, e.g. “who is the responsible for Prisme?”, or type "
                       "`/klik help` to see all I can do."),
    "question_see_more": "More: `/klik status {ref}`",
    "question_try_search": "Try `/klik search WORDS` or `/klik list`.",
    "search_what": "Say what you are looking for, e.g. `/klik search blanket underskrift`.",
    "search_none": "No tasks match “{text}”. Try other words or `/klik list`.",
    "search_task_one": "task",
    "search_task_many": "tasks",
    "search_heading": "{count} about “{text}”",
    "search_see_task": "See a task: `/klik status TASK`",
}

# Block Kit pieces every feature shares (handlers/render.py) and the buttons' audit words (handlers/klik.py)
TEXTS |= {
    "render_when": "{day} at {time}",
    "render_already_done": "Step {step} was already marked by {user} {when}.",
    "render_blocks_left": "…and {n} more blocks, not shown. {hint}",
    "render_more_button": "Show more ({shown} of {left} left)",
    "button_command": "button “{label}”",
}

# The terminal: klik ask (bot/cli/ask.py)
TEXTS |= {
    "cli_ask_not_both": "Give either a question or --batch FILE, not both.",
    "cli_ask_what": "Write a question, e.g.: klik ask \"who is the responsible for Prisme?\"",
    "cli_ask_no_file": "The file {path} does not exist. Give a text file with one question per line.",
    "cli_ask_unreadable": "Cannot read {path} as text (UTF-8): {why}.",
    "cli_ask_empty_file": "The file {path} holds no questions. Write one question per line.",
    "cli_ask_question_failed": "{path}, line {line}: the question could not be answered "
                               "(unexpected error: {kind}: {error}).",
    "cli_ask_batch_failed": "{failed} of {total} questions could not be answered; the others are "
                            "answered above. Run again with KLIK_DEBUG=1 for details.",
}

# The terminal: klik show, list, import, remove and signature add (bot/cli/knowledge.py)
TEXTS |= {
    "cli_task_one": "task",
    "cli_task_many": "tasks",
    "cli_imported_1": "Imported 1 task:",
    "cli_imported": "Imported {n} tasks:",
    "cli_replaced_import": " (replaced the earlier import)",
    "cli_replaces_shipped": " (replaces the shipped version)",
    "cli_removed_shipped": "shipped, hidden",
    "cli_removed_imported": "imported",
    "cli_removed_row": "  {task}: {title} ({kind}; removed {when} by {who})",
    "cli_none_removed": "No removed tasks.",
    "cli_remove_which": "Say which tasks, e.g. `klik remove 433` or `klik remove --restore 433`.",
    "cli_restored": "Restored {task}: {title}",
    "cli_removed": "Removed {task}: {title} (restore with `klik remove --restore {ref}`)",
    "cli_signature_added": "Task {task} now has signature {n}: {line}",
    "cli_steps_as_numbers": "Steps are written as numbers, e.g. --steps 4,5 or --steps 4-6, not “{text}”.",
    "show_project": "Project",
    "show_phase": "Phase",
    "show_theme": "Theme",
    "show_priority": "Priority",
    "show_waves": "Waves",
    "show_sts": "STS/infrastructure",
    "show_yes": "yes",
    "show_no": "no",
    "show_duration": "Duration",
    "show_end": "End date",
    "show_latest_in_text": "{day} (the latest deadline in the text)",
    "show_start": "Start date",
    "show_end_anchor": "end date",
    "show_golive": "Go-live",
    "show_publication": "Publication",
    "show_goal": "Goal",
    "show_description": "Description",
    "show_steps": "Method",
    "show_checklist": "Checklist",
    "show_facts": "Facts",
    "show_signatures": "Signatures",
    "show_deadlines": "Deadlines in the text",
    "show_result": "Result",
    "show_executor": "Recommended executor",
    "show_executor_comment": "Comment on the recommended executor",
    "show_responsible": "Recommended responsible",
    "show_involved": "Involved parties",
    "show_related": "Related tasks",
    "show_links": "Links",
    "show_approved_by": "{document}: approved by {signer}",
    "show_signed_by": "{document}: signed by {signer}",
    "show_sent_to": ", sent to {recipient}",
    "show_on_steps": " (steps {steps})",
    "show_before": "{amount} before {anchor}",
    "show_after": "{amount} after {anchor}",
    "show_by_date": "by {date}",
    "show_same_day": "the same day as {anchor}",
    "show_no_year": " (the text gives no year, so the date is not known)",
    "show_day": "{n} day",
    "show_days": "{n} days",
}

# The terminal: klik golive, due and remind (bot/cli/remind.py)
TEXTS |= {
    "cli_golive_cleared": "The go-live date of {name} is removed (was {was}).",
    "cli_golive_before": " Before: {day}.",
    "cli_golive_set_it": " Set it: klik golive \"{name}\" 2027-03-01.",
    "cli_golive_row": "{name}: {summary}{note}",
    "cli_golive_nothing": "No waves or projects known yet; import tasks with `klik import`.",
    "cli_golive_none_set": "  none set yet",
    "cli_golive_heading": "Go-live dates:",
    "cli_golive_can_be_set": "Can be set:",
    "cli_golive_wave_first": "A wave's date comes before its project's.",
    "cli_moved_overdue": " OVERDUE",
    "cli_moved_this_week": " this week",
    "cli_golive_not_set": "not set",
    "cli_due_nothing_1": ("Nothing is due within {days} day (and nothing is overdue). Is a go-live date "
                          "missing? See `klik golive`."),
    "cli_due_nothing": ("Nothing is due within {days} days (and nothing is overdue). Is a go-live date "
                        "missing? See `klik golive`."),
    "cli_due_overdue_1": "{state} by 1 day",
    "cli_due_overdue": "{state} by {n} days",
    "cli_due_starts": "starts {day}",
    "cli_due_line": "{task}  due {end}  ({state}; {status})  {title}",
    "cli_team_unknown_none": ("The workspace (Slack workspace) “{team}” is not known: no workspace has "
                              "data here yet. Leave out --team (to run them all), or see `klik workspace "
                              "list`."),
    "cli_team_more": " and {n} more",
    "cli_team_unknown": ("The workspace (Slack workspace) “{team}” is not known; known workspaces: "
                         "{shown}. Type e.g. `klik remind --team {first}`, or leave out --team for all "
                         "(`klik workspace list`)."),
    "cli_bad_now": "--now must be a time like 2026-09-15T09:00, not “{text}”.",
}

# The terminal: klik serve, socket, chat (bot/cli/slack.py), report (report.py), workspace (workspace.py)
TEXTS |= {
    "cli_cannot_listen": "Cannot listen on {host}:{port} ({why}); choose another port with --port or PORT.",
    "cli_listening": "klik-bot is listening on {url}",
    "cli_stopping_http": "klik-bot is stopping: answering the requests under way …",
    "cli_socket_connecting": "klik-bot is connecting to Slack in Socket Mode …",
    "cli_socket_connected": "klik-bot is connected to Slack in Socket Mode",
    "cli_stopping_socket": ("klik-bot is stopping: acknowledging the messages under way and closing the "
                            "connection …"),
    "cli_chat_hello": ("You write as @{user} in the workspace “{team}”. Type /klik help, a question, or "
                       "[a button's text] to press a button. Type exit (or press Ctrl-D) to stop."),
    "cli_chat_goodbye": "Goodbye!",
    "cli_report_no_screen": ("A spreadsheet cannot be shown on the screen; type e.g. `klik report "
                             "--format xlsx --output rapport.xlsx`."),
    "cli_report_written_1": "The report ({n} task) is written to {path}.",
    "cli_report_written": "The report ({n} tasks) is written to {path}.",
    "cli_workspace_installed": "installed {when}",
    "cli_workspace_not_installed": "not installed (data kept)",
    "cli_workspace_no_data": "The workspace {team} has no data here; see `klik workspace list`.",
    "cli_workspace_confirm": ("That deletes everything about {team} for good; type `klik workspace "
                              "forget {team} --yes`."),
    "cli_workspace_forgotten_1": "Deleted {n} document of {team}; the audit log records the deletion.",
    "cli_workspace_forgotten": "Deleted {n} documents of {team}; the audit log records the deletion.",
}

# The terminal: mistakes on the command line and long lists (bot/cli/__init__.py)
TEXTS |= {
    "cli_error": "Error: {message}",
    "cli_usage_error": "Error: {message} See `{command} --help`.",
    "cli_unexpected": "Unexpected error: {kind}: {error} (run again with KLIK_DEBUG=1 for details)",
    "cli_no_such_command": "The command {name} does not exist.{meant}",
    "cli_no_such_option": "The option {name} does not exist here.{meant}",
    "cli_missing": "{what} is missing.",
    "cli_bad_value": "Invalid value for {what}: {why}.",
    "cli_option_needs_value": "The option {name} needs a value.",
    "cli_option_takes_no_value": "The option {name} takes no value.",
    "cli_extra_words": "The command takes no more words; {words} is too much.",
    "cli_missing_command": "Type a command after `klik`.",
    "cli_did_you_mean": " Did you mean {names}?",
    "cli_the_option": "the option {name}",
    "cli_the_argument": "the argument {name}",
    "cli_a_value": "a value",
    "cli_from": " from {n}",
    "cli_to": " to {n}",
    "cli_whole_number": "{value}must be a whole number{low}{high}",
    "cli_number": "{value}must be a number",
    "cli_one_of": "{value}must be one of {choices}",
    "cli_path_does_not_exist": "{value}does not exist",
    "cli_path_is_a_directory": "{value}is a folder",
    "cli_path_is_a_file": "{value}is a file",
    "cli_path_not_readable": "{value}cannot be read",
    "cli_path_not_writable": "{value}cannot be written",
    "cli_path_unusable": "{value}cannot be used",
    "cli_limit_negative": "--limit must be 0 or more, not {value}.",
    "cli_more_lines": "…and {left} more {noun}; show them all with --all (or --limit {total}).",
}

# What each /klik subcommand does, one line of /klik hjælp and klik --help (handlers/*.py register them)
TEXTS |= {
    "help_golive": ("Go-live dates: show them all or one, or set one, e.g. `/klik golive \"KY - Bølge "
                    "3\" 2027-03-01`"),
    "help_due": "Open tasks in their window, due within DAYS (default {default}, at most {most}) or overdue",
    "help_help": "Show this overview",
    "help_remove": "Remove a task from the knowledge base for everyone (admins); `gendan` undoes it",
    "help_restore": "Restore a removed task, or the shipped version of a replaced one (admins)",
    "help_add_signature": ("Record a signature the task's text does not mention, so it is tracked and "
                           "reminded of (admins)"),
    "help_done": "Mark steps as done, e.g. `/klik done 433 1 2` or `433 1-3`",
    "help_undo": "Undo steps marked by mistake, e.g. `/klik undo 433 2` or `433 2-4`",
    "help_start": "Set the status to started",
    "help_complete": ("Set the status to completed; with open steps or a missing signature I ask first "
                      "(`alligevel` skips that)"),
    "help_assign": "Make a person responsible for or executor of a task",
    "help_search": "Find tasks about something, e.g. `/klik search blanket`",
    "help_reminders": ("When and to whom reminders are sent, and what is sent today; `mig "
                       "samlet|hver|fra` chooses one DM a day, one per reminder, or none"),
    "help_report": ("Report for KLIK: status, steps, responsibles and signatures, and which tasks are to "
                    "be updated in KLIK (the whole report: `klik report --format xlsx`)"),
    "help_klik_updated": "Mark that the task's status is now updated in KLIK too",
    "help_received": "The document to sign has arrived, e.g. `/klik modtaget 433`",
    "help_signed": "The document is signed and sent back; its reminders stop",
    "help_unreceive": "Undo a `/klik modtaget` typed by mistake",
    "help_unsign": "Undo a `/klik underskrevet` typed by mistake; the reminders come again",
    "help_snooze": "Snooze the reminders of a task, e.g. `/klik udsæt 433 3d` (working days; 0 = resume)",
    "help_status": "All about a task: steps, deadlines, responsibles and signatures",
    "help_list": "The tasks with their status; filter on open, yours, a project or a wave",
    "help_history": "Who did what and when on a task",
}

# Not found: what the answer engine says when the tasks do not answer (knowledge/qa/pipeline.py, candidate.py)
TEXTS |= {
    "quoted": "“{text}”",
    "ask_about_a_task": "Ask me about a KLIK task, e.g. “who is the forvaltningsansvarlig for Prisme?”.",
    "no_task_called": "There is no task called “{ref}”.",
    "related_in": " It is mentioned as a related task in {tasks}.",
    "tasks_do_not_mention": "The KLIK tasks do not mention {names}.",
    "no_reliable_answer": "I found no reliable answer in the KLIK tasks.",
    "which_task": "Which task do you mean? Try e.g. “{example}”.",
}

# /klik status: the word in a command to copy when the task names no wave (handlers/status.py)
TEXTS |= {
    "statuscmd_wave_placeholder": "WAVE",
}

# Who signs which document (knowledge/qa/intents/signatures.py)
TEXTS |= {
    "signs_none": "Task {tasks} mentions no documents to sign.",
    "signs_tasks": "{n} tasks need a signature:",
    "signs_one_task": "Task {task} needs {n} signatures:",
    "signs_evidence": "The task says: “{said}”",
    "signs_line": "“{document}” must be signed by “{signer}”",
    "signs_line_to": "“{document}” must be signed by “{signer}” and returned to “{recipient}”",
}

# When a task starts and ends, counted from go-live (knowledge/qa/intents/when.py)
TEXTS |= {
    "when_golive": "Go-live for {names}: {day}.",
    "when_golive_not_set": "No go-live date is set for {names}.",
    "when_days": "{n} days",
    "when_days_1": "{n} day",
    "when_on_golive": "on the go-live day",
    "when_before_golive": "{days} before go-live",
    "when_after_golive": "{days} after go-live",
    "when_end": "Task {task} must be finished {end} (Slutdato {offset})",
    "when_start": " and started {days} before that end date (Startdato {offset}), i.e. {begin}",
    "when_window_start": "Start: {day}",
    "when_window_end": "End: {day}",
    "when_no_golive": "(No go-live date is set for {names}.)",
    "when_duration": "Task {task} is expected to take {days}.",
    "when_no_dates": "Task {task} has no start or end date in its description.",
    "when_no_start": "Task {task} has no start date in its description, only an end date:",
}

# How many steps or listed items a task has (knowledge/qa/intents/counts.py, steps.py)
TEXTS |= {
    "overview_steps_1": "{n} step",
    "overview_steps": "{n} steps",
    "count_steps": "Task {task} has {n} steps:",
    "count_steps_1": "Task {task} has {n} step:",
    # the list's own word is Danish ('registre'): the English line leaves it out ('.0' prints nothing)
    "count_listed": "The task lists {n}{noun:.0}:",
    "step_missing": "Task {task} has {n} steps; there is no step {step}.",
    "step_missing_1": "Task {task} has {n} step; there is no step {step}.",
    "step_none_before_first": "Step 1 is the first step of task {task}; no step comes before it.",
    "step_after_named": "After step {named} comes step {number}: {step}",
    "step_before_named": "Before step {named} comes step {number}: {step}",
}

# A sentence of a task as the answer (knowledge/qa/intents/doer.py, context.py, values.py): the
# task's Danish words, quoted
TEXTS |= {
    "task_says": "The task says: “{said}”",
}

# Facts of the tasks' tables, 'Forvaltningsansvarlig for Prisme: Fujitsu' (knowledge/qa/intents/facts.py)
TEXTS |= {
    "facts_per_system": "{head} per system:",
    "facts_said": "The tasks say:",
    "fact_line": "{subject} – “{value}”",
    "fact_of": "The {context} for {subject} is “{value}”",
    "fact_under": "“{context}”: {line}",
}

# What a task does not state: a field asked for (knowledge/qa/intents/fields.py), what follows if it
# is not done (consequence.py)
TEXTS |= {
    "field_not_stated": "Task {task} does not state its {names}.",
    "consequence_not_stated": "Task {tasks} does not say what happens if it is not done.",
}

# Mistakes in what a command asks of the workspace (bot/*.py raise them as KlikError): a number of
# days, a signature, steps, a role, a reminder choice, a task to remove, a wave or date, a snooze
TEXTS |= {
    "due_not_a_number": "Write the number of days as a number, e.g. `due 30`, not «{raw}».",
    "due_too_far": "At most {most} days ahead (a year), not «{raw}». Write e.g. `due 30`; overdue tasks "
                   "are always shown.",
    "pick_signature_none": "Task {task} needs no signature according to the knowledge base.",
    "pick_signature_which": "Task {task} has {count} signatures; say which: {listing}. E.g. `/klik {word} "
                            "{task} 2`.",
    "pick_signature_only_one": "Task {task} has only one signature ({document}); write `/klik {word} "
                               "{task}`.",
    "pick_signature_out_of_range": "Task {task} has signatures 1-{count}, not {which}: {listing}.",
    "pick_signature_unknown": "I cannot tell which signature «{which}» is on task {task}. Write its "
                              "number: {listing}.",
    "check_steps_none": "Task {task} has no numbered steps to mark.",
    "check_steps_which": "Say which steps; task {task} has steps {steps}.",
    "check_steps_unknown": "There is no step {wrong}; task {task} has steps {steps}.",
    "role_unknown": "I do not know the role {word}; write ansvarlig (responsible) or udfører (executor).",
    "undo_steps_not_done": "Step {steps} of task {task} is not marked as done.",
    "reminder_mode_unknown": "{word} is not a choice; write `samlet` (one message a day), `hver` (one "
                             "message per reminder) or `fra` (no DMs).",
    "remove_which_tasks": "Say which tasks to remove, e.g. `klik remove 433`.",
    "restore_nothing": "«{ref}» is neither removed nor a shipped task that was replaced; there is nothing "
                       "to restore. See removed tasks with `klik remove --list`.",
    "signature_add_what": "Give both the document and who signs it, e.g. `klik signature add 433 "
                          "bestillingsformular --signer økonomichefen`.",
    "signature_add_exists": "Task {task} already has a signature on «{document}».",
    "golive_which": "Say which wave or project, e.g. `golive \"KY - Bølge 3\" 2027-03-01`. Known: {known}.",
    "golive_known": " Known: {known}.",
    "unknown_task": "I know no task called {ref}.{hint}",
    "golive_unknown": "I know no wave or project called «{wanted}».{hint}",
    "date_unreadable": "I cannot read «{raw}» as a date. Write e.g. {examples}.",
    "golive_name_and_date": "Give both wave and date, e.g. `golive \"{name}\" 2027-03-01`.",
    "golive_which_for_date": "Say which wave or project the date is for, e.g. `golive \"KY - Bølge 3\" "
                             "{day}`.",
    "golive_no_date": "I cannot find a date at the end of «{text}». Write e.g. `golive \"KY - Bølge 3\" "
                      "2027-03-01` (a date as {examples}).",
    "golive_none_to_remove": "«{name}» has no go-live date to remove.",
    "date_bad_year": "«{raw}»: the year {year} looks wrong. Write e.g. {examples}.",
    "date_bad_month": "«{raw}»: there is no month {month} (the day comes before the month: 1-3-2027 is 1 "
                      "March). Write e.g. {examples}.",
    "date_bad_day": "«{raw}» is not a real date: {month} {year} has {last} days.",
    "snooze_unreadable": "I do not understand «{raw}» as a period. Write e.g. `3d`, `3 dage` or `1u` (a "
                         "week = 5 working days); `0` removes the snooze.",
    "snooze_too_long": "Snooze at most {most} working days ({weeks} weeks) at a time, not «{raw}». Write "
                       "e.g. `3d` or `2u`; `0` removes the snooze.",
    "reminder_every_days": "KLIK_REMINDER_EVERY_DAYS must be a number of working days from 1 to 30, not "
                           "«{every}».",
    "reminder_hour": "KLIK_REMINDER_HOUR must be a time of day such as 9 or 09:00, not «{raw}».",
    "sigcmd_nothing_to_undo_by_step": "Task {task}: {document} is not marked as {what} by a command; it "
                                      "counts as {what} because step {step} is done. Undo the step: "
                                      "`/klik undo {task} {step}`.",
    "sigcmd_nothing_to_undo": "Task {task}: {document} is not marked as {what}, so there is nothing to undo.",
}


# Export files that cannot be read (knowledge/parse.py): each names the file, the task and the line
TEXTS |= {
    "parse_in_file": "{path}: {why}",
    "parse_in_task": "task «{task}», line {line}: {why}",
    "parse_at_line": "line {line}: {why}",
    "parse_no_file": "the file does not exist.",
    "parse_is_folder": "is a folder, not a file.",
    "parse_unreadable": "cannot be read ({why}).",
    "parse_empty": "The file is empty.",
    "parse_no_task": "The file holds no task.",
    "parse_task_lost": "the task was not read. Check that it has its own heading or title, and export it "
                       "again.",
    "parse_nul": "the file holds NUL characters (byte 0) and is damaged; text may be missing. Export the "
                 "task again from KLIK and save it as UTF-8.",
    "parse_binary": "The file is not a text file (it holds binary data). Export the task from KLIK as text "
                    "and try again.",
    "parse_not_utf8": "The file is not saved as UTF-8 (invalid byte 0x{byte} on line {line}). Save it as "
                      "UTF-8 and try again.",
    "parse_mojibake": "The file's characters are wrongly encoded (e.g. «{sample}» where æ, ø or å should "
                      "be). Save it as UTF-8 and try again.",
    "parse_not_export": "The file does not look like a KLIK export: it has neither «**Label** value» lines "
                        "nor tab-separated «Label<TAB>value» lines.",
    "parse_cut_task": "the file stops after the field «{label}»: the fields {missing}, which the file's "
                      "other tasks have, are missing. The file seems to be cut short inside its last task. "
                      "Export the task again.",
    "parse_cut_label": "the file stops in the middle of a field's name («{label}»): it seems to be cut "
                       "short. Export the task again.",
    "parse_id_not_number": "The Master-opgave ID is «{value}», but KLIK's IDs are numbers (e.g. 433): the "
                           "export looks damaged. Correct the ID, or export the task again.",
    "parse_two_ids": "the task has two different IDs: «{first}» (line {line1}) and «{second}» (line "
                     "{line2}). If the file holds two tasks, the second lacks its «## Title» heading; add "
                     "it, or export the tasks again.",
    "parse_two_titles": "the task has two different titles: «{first}» (line {line1}) and «{second}» (line "
                        "{line2}). If the file holds two tasks, the second lacks its «## Title» heading; add "
                        "it, or export the tasks again.",
    "parse_title_only": "the task has only its title and no other field (line {line}): two titles follow "
                        "each other, or the task's content is missing. Export the tasks again.",
    "parse_field_twice": "the field «{label}» stands twice in the task (lines {line1} and {line2}) with "
                         "different content. Does the next task lack its title or «## » heading? Its fields "
                         "seem to start on line {start}.",
    "parse_cut_html": "The field «{label}» stops in the middle of HTML{where}: the file seems to be cut "
                      "short. Export the task again.",
    "parse_no_title": "The task has no title: there is neither a «## Title» heading nor an «Opgavetitel» "
                      "field. Export the task again with its title.",
    "parse_no_id": "The task «{title}» has neither a Master-opgave ID nor a code in brackets at the start or "
                   "end of its title (e.g. «(eFaktura 8b) ...»), so it cannot be looked up.",
    "parse_not_days": "The field «{label}» must be a whole number of days (e.g. -144), but is «{value}».",
    "parse_not_yes_no": "The field «{label}» must be «Ja» or «Nej», but is «{value}».",
}


# What an import refuses (bot/catalog.py); a file's own problems are the parse_* messages
TEXTS |= {
    "import_no_files": "Name at least one file to import, e.g.: klik import opgave.md",
    "import_nothing": "Nothing was imported.\n{problems}",
    "import_nothing_shorter": "Nothing was imported.\n{problems}\nIs the export cut short? Export the task "
                              "again from KLIK. To use the new version anyway, import with --force.",
    "import_twice": "is also in {other} (line {line}); import only one of them.",
    "import_twice_in_file": "is also on line {line}; import only one of them.",
    "import_loses": "the new version loses {lost} compared with the known version (its text ends on "
                    "line {end}).",
}

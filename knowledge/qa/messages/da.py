"""Danish wording of answers."""

TEXTS: dict[str, str] = {
    "missing_value": "Opgaverne oplyser ikke {what}. Det nærmeste, de siger:",
    "missing_value_for": "Opgaverne oplyser ikke {what} for {name}. Det nærmeste, de siger:",
    "value_party": "hvem",
    "value_time": "noget tidspunkt eller nogen frist for det",
    "value_count": "noget antal",
    "value_mail": "nogen mailadresse",
    "value_phone": "noget telefonnummer",
    "value_cvr": "noget CVR-nummer",
    "value_price": "nogen pris",
    "value_password": "nogen adgangskode (og adgangskoder hører ikke hjemme i en chat)",
    "value_url": "nogen webadresse",
    "value_code": "noget id eller nummer",
    "value_name": "noget navn",
    "value_place": "noget sted eller nogen adresse",
    "value_reason": "nogen begrundelse",
    "value_frequency": "hvor ofte",
    "time_of_task_only": ("Opgaverne oplyser ikke noget tidspunkt for det. Det nærmeste er opgave {task}s "
                          "egne datoer:"),
    "signer_not_named": ("Det står ikke i opgaven. Den siger, at {document} skal underskrives, "
                         "men ikke af hvem."),
    "value_any": "svaret",
    "yes": "Ja",
    "no": "Nej",
    "yes_to_negated": "Jo",  # the answer to a negated question that holds
    "not_settled": "Det står ikke i opgaven. Det nærmeste, den siger:",
    "not_in_tasks": "Det står ikke i KLIK-opgaverne, så jeg kan hverken sige ja eller nej.",
    "yes_no_evidence": "{verdict} – opgaven siger:",
    "yes_priority": "Ja – opgave {task} har prioritet «{priority}».",
    "no_priority": "Nej – opgave {task} har prioritet «{priority}».",
    "yes_signature": "Ja – i opgave {task} skal der underskrives:",
    "no_signature": "Nej – opgave {task} nævner ingen dokumenter, der skal underskrives.",
    "no_signer": "Nej – {document} underskrives af {signer}.",
    "yes_signer": "Ja – {document} underskrives af {signer}.",
    "deadlines_head": "Frister i opgaven:",
    "next_after": "Når trin {done} («{done_text}») er gjort, er næste trin {number}: {step}",
    "after_last_step": ("Trin {done} («{done_text}») er opgavens sidste trin; opgaven siger ikke, hvad der "
                        "sker bagefter."),
}

# Your own work (the workspace's progress)
TEXTS |= {
    "status_not_started": "ikke påbegyndt",
    "status_started": "påbegyndt",
    "status_completed": "fuldført",
    "status_done": "fuldført",  # bot/progress.py Status.DONE
    "sig_waiting": "afventer dokument",
    "sig_received": "modtaget, ikke underskrevet",
    "sig_signed": "underskrevet og returneret",
    "role_responsible": "Ansvarlig",
    "role_executor": "Udfører",
    "nobody": "ingen endnu",
    "task_summary": "Opgave {task}: {summary}",
    "steps_done": "{done} af {total} trin udført",
    "next_step": "Næste trin: {number}. {text}",
    "next_inline": " Næste trin: {number}. {text}",
    "deadline": "Frist: {when}",
    "deadline_inline": " Frist: {when}",
    "signature": "Underskrift: {document} – {state}",
    "no_progress": "I har ikke registreret fremdrift på nogen opgave endnu. Start med "
                   "`/klik done OPGAVE TRIN` eller se `/klik list`.",
    "golive_set": "Go-live for {name}: {day}.",
    "golive_missing": "Der er ikke sat en go-live-dato for {name} endnu. Sæt den med "
                      "`/klik golive \"{name}\" ÅÅÅÅ-MM-DD`.",
    "klik_recommends": "KLIK anbefaler: {who}",
    "nobody_assigned": "Ingen er tildelt som {role} på {task} i jeres workspace endnu "
                       "(`/klik assign {task} {role} @navn`).",
    "no_missing_signatures": "Ingen underskrifter mangler.",
    "signed_by": " (underskrives af {signer})",
    "signed_by_sent_to": " (underskrives af {signer}, sendes til {recipient})",
    "sig_deadline": "; frist {when}",
    "sig_line": "{document} – {state}{who}{due}",
    "task_prefixed": "{task}: {text}",
    "golive_other": "• {name}: {day}",
    "role_label": "{role}: ",
    "summary": "{status}.",
    "summary_steps": "{status}, {count}.",
    "summary_steps_which": "{status}, {count} ({steps}).",
    "own_item": "• {task} – {summary}",
    "overview_item": "• {task}: {summary}",
    "list_more": "… og {n} flere",
    "open_tasks": "Det mangler I, mest presserende først ({n}):",
    "nothing_open": "Alle opgaver, I arbejder på, er fuldført.",
    "next_tasks": "Det er det næste, mest presserende først ({n}):",
    "mine": "Dine opgaver, mest presserende først ({n}):",
    "no_mine": "Du er ikke tildelt nogen åbne opgaver. Tildel med `/klik assign OPGAVE udfører @dig`.",
    "who_are_you": "Jeg ved ikke, hvem du er her; spørg i Slack, eller se `/klik list`.",
    "overdue": "Forsinkede opgaver ({n}):",
    "no_overdue": "Ingen opgaver er forsinket.",
    "no_golive_dates": "Der er ikke sat nogen go-live-dato, så jeg kan ikke se, om noget er forsinket. "
                       "Sæt den med `/klik golive NAVN ÅÅÅÅ-MM-DD`.",
    "not_started": "Ikke påbegyndte opgaver, mest presserende først ({n}):",
    "all_started": "Alle opgaver er påbegyndt eller fuldført.",
    "started": "Påbegyndte opgaver, mest presserende først ({n}):",
    "none_started": "Ingen opgaver er i gang endnu.",
    "completed": "Fuldførte opgaver ({n}):",
    "none_completed": "Ingen opgaver er fuldført endnu.",
    "critical_undated": " ({priority}, ingen dato)",
    "overdue_by": "overskredet",
}

# Lists across tasks
TEXTS |= {
    "list_head": "Opgaver {why} ({n}):",
    "list_empty": "Ingen opgaver {why}.",
    "list_note": "{label} – {note}",
    "note_signature": "{document} underskrives af {signer}",
    "note_deadline": "«{text}»",
    "list_unknown_priority": "Ingen opgaver har prioritet «{value}».",
    "list_unknown_wave": "Ingen opgaver er i bølge {value}.",
    "filter_project": "i projekt {value}",
    "filter_phase": "i fasen «{value}»",
    "filter_theme": "med temaet «{value}»",
    "filter_executor": "med anbefalet udfører «{value}»",
    "filter_responsible": "med anbefalet ansvarlig «{value}»",
    "filter_not_executor": "uden anbefalet udfører «{value}»",
    "filter_not_responsible": "uden anbefalet ansvarlig «{value}»",
    "filter_wave": "i bølge {value}",
    "filter_priority": "med prioritet «{value}»",
    "filter_sts": "der er STS/infrastruktur-opgaver",
    "filter_signature": "der kræver underskrift",
    "filter_signed_by": "med en underskrift, der nævner «{value}»",
    "filter_deadline": "med en frist i teksten",
    "filter_deadline_before": "med en frist før {anchor}",
    "filter_deadline_after": "med en frist efter {anchor}",
    "filter_mention": "der nævner «{value}»",
    "filter_not_project": "uden for projekt {value}",
    "filter_not_phase": "uden for fasen «{value}»",
    "filter_not_theme": "uden temaet «{value}»",
    "filter_not_wave": "uden for bølge {value}",
    "filter_not_priority": "uden prioritet «{value}»",
    "filter_not_sts": "der ikke er STS/infrastruktur-opgaver",
    "filter_not_signature": "der ikke kræver underskrift",
    "filter_not_signed_by": "uden en underskrift, der nævner «{value}»",
    "filter_not_deadline": "uden en frist i teksten",
    "filter_not_deadline_before": "uden en frist før {anchor}",
    "filter_not_deadline_after": "uden en frist efter {anchor}",
    "filter_not_mention": "der ikke nævner «{value}»",
    "filter_start_before": "der starter før go-live",
    "filter_start_after": "der starter efter go-live",
    "filter_end_before": "der skal være færdige før go-live",
    "filter_end_after": "der slutter efter go-live",
    "filter_not_start_before": "der ikke starter før go-live",
    "filter_not_start_after": "der ikke starter efter go-live",
    "filter_not_end_before": "der ikke skal være færdige før go-live",
    "filter_not_end_after": "der ikke slutter efter go-live",
    "note_start_before": "start {days} dage før go-live",
    "note_start_after": "start {days} dage efter go-live",
    "note_end_before": "slut {days} dage før go-live",
    "note_end_after": "slut {days} dage efter go-live",
    "filter_related": "der hænger sammen med {value}",
    "filter_not_related": "der ikke hænger sammen med {value}",
    "note_related_named": "nævnt som relateret i {task}",
    "note_related_naming": "nævner {task} som relateret",
    "anchor_golive": "go-live",
    "anchor_receipt": "modtagelsen",
    "anchor_start": "opgavens start",
    "anchor_end": "opgavens slutdato",
}

# How soon a task needs doing (bot.own_work.Urgency)
TEXTS |= {
    "urgency_overdue": "overskredet",
    "urgency_open": "vindue åbent",
    "urgency_soon": "snart",
    "urgency_later": "senere",
    "urgency_undated": "ingen dato",
    "urgency_done": "fuldført",
}

# The status of a checklist item
TEXTS |= {
    "no_status": "ingen status",
    "checklist_item": "Punkt {item} «{text}»: {status}",
    "checklist_substep": "{item}.{sub} {text}: {status}",
}

# Reminders: bot/reminders.py plans them as data (a kind, a Moment, a reason code and its facts);
# handlers/reminders.py lays these words out for Slack and `klik remind` prints them
# (knowledge/qa/messages/reminders.py fills them in).
TEXTS |= {
    "reminder_kind_signature": "underskrift",
    "reminder_kind_deadline": "frist",
    "reminder_kind_digest": "samlet oversigt",
    # `/klik påmindelser` (handlers/reminders.py) and the `klik remind` summary (bot/cli/remind.py)
    "reminders_mode_digest": "én samlet besked om dagen med alt, der forfalder (det mest presserende først)",
    "reminders_mode_each": "én besked pr. påmindelse",
    "reminders_mode_off": "ingen påmindelser som DM (kanalen får dem stadig)",
    "reminders_mode_now": "Dine påmindelser lige nu: {mode}. Skift med `/klik påmindelser mig samlet`, "
                          "`… mig hver` eller `… mig fra`.",
    "reminders_mode_set": "Dine påmindelser fremover: {mode}.",
    "reminders_no_channel": "ingen kanal (sæt KLIK_REMINDER_CHANNEL)",
    "reminders_nobody": "ingen (ingen ansvarlig og ingen kanal)",
    "reminders_rules": "Påmindelser sendes på danske arbejdsdage fra kl. {at} som DM til opgavens "
                       "ansvarlig og udfører (samlet i én besked om dagen pr. person; vælg selv med "
                       "`/klik påmindelser mig samlet|hver|fra`) og i {where}: om en manglende underskrift "
                       "hver {every_days}. arbejdsdag fra opgavens vindue åbner, hver dag de sidste "
                       "{final_days} arbejdsdage før fristen, og hver dag som OVERSKREDET derefter. "
                       "Udsæt med `/klik udsæt OPGAVE 3d`.",
    "reminders_sent": "• sendt: opgave {task} ({kind}) til {place}",
    "reminders_waiting": "• venter: opgave {task} ({kind}) til {place}",
    "reminders_in_digest": " (i en samlet besked med {count})",
    "reminders_today": "*I dag, {date}:*",
    "reminders_more": "…og {left} mere; hele listen: `klik remind --dry-run`.",
    "reminders_none_today": "Ingen påmindelser i dag.",
    "reminders_summary": "Påmindelser: {sent} sendt, {waiting} venter i dag",
    "reminders_see_all": "Se `klik remind --dry-run` for hele listen.",
    "remind_when": "{date} kl. {time}",
    "remind_none_due": "{when}: ingen påmindelser er forfaldne.",
    "remind_count_1": "{when}: 1 påmindelse",
    "remind_count": "{when}: {count} påmindelser",
    "remind_dry_run": " (prøvekørsel, intet sendt)",
    "remind_overdue": " OVERSKREDET",
    "remind_digest": "  samlet besked{late} -> {place}: {count} påmindelser",
    "remind_totals": "Sendt: {sent}, allerede sendt i dag: {already}, fejlede: {failed}.",
    "remind_failed": "  Fejl for {task} -> {place}: {why}",
    "remind_no_recipient": "  {task}: ingen modtager. Sæt en ansvarlig (`/klik assign {task} ansvarlig "
                           "@navn`) eller en kanal i KLIK_REMINDER_CHANNEL.",
    "remind_nowhere": "(ingen)",
    "reminder_moment_overdue": "OVERSKREDET",
    "reminder_moment_due_today": "Frist i dag",
    "reminder_moment_soon": "Frist snart",
    "reminder_why_signature_overdue": "fristen {end} er overskredet; du mindes om det hver arbejdsdag, "
                                      "indtil den er {signed} eller opgaven er fuldført",
    "reminder_why_signature_final": "der er {left} {days} til fristen {end}; de sidste {final_days} "
                                    "arbejdsdage mindes du hver dag",
    "reminder_why_signature_every": "{why}; du mindes hver {every_days}. arbejdsdag, indtil den er {signed}",
    "reminder_why_received": "dokumentet blev modtaget {started}",
    "reminder_why_opened": "opgavens vindue åbnede {started}",
    "reminder_why_deadline_overdue": "fristen {end} er overskredet; du mindes igen om {every} arbejdsdage, "
                                     "hvis opgaven ikke er fuldført",
    "reminder_why_deadline_due_today": "fristen er {end}, og i dag er sidste arbejdsdag før den",
    "reminder_why_deadline_soon": "der er {left} {days} til fristen {end}, og opgaven er ikke fuldført",
    "reminder_why_digest": "{count} påmindelser samlet i én besked",
    "reminder_working_day": "arbejdsdag",
    "reminder_working_days": "arbejdsdage",
    "reminder_signed": "underskrevet",
    "reminder_approved": "godkendt",
    # a reminder's message
    "reminder_task": "opgave {task} {title}",
    "reminder_flag_overdue": "OVERSKREDET: ",
    "reminder_flag_reminder": "Påmindelse: ",
    "reminder_missing_signature": "underskrift",
    "reminder_missing_approval": "godkendelse",
    "reminder_signature_title": "*{flag}{document} mangler {missing}* ({task})",
    "reminder_signature_status": "Status: {state}",
    "reminder_signer": "Underskrives af: {signer}",
    "reminder_approver": "Godkendes af: {signer}",
    "reminder_sent_to": "Sendes til: {recipient}",
    "reminder_deadline_title": "*{moment}: {task}*",
    "reminder_status": "Status: {status}",
    "reminder_status_steps": "Status: {status}; {done} af {total} trin udført",
    "reminder_deadline": "Frist: {when}",
    "reminder_why_now": "Hvorfor nu: {why}.",
    "reminder_role_ansvarlig": "Ansvarlig: {who}",
    "reminder_role_udfører": "Udfører: {who}",
    "reminder_nobody": "Ingen ansvarlig er sat; skriv `/klik assign {task} ansvarlig @navn`.",
    # a digest's line per reminder
    "reminder_line_signature": "✍️ {document} mangler {missing} – {task} · frist {when}",
    "reminder_line_signature_overdue": "🔴 *OVERSKREDET:* {document} mangler {missing} – {task} · "
                                       "frist {when}",
    "reminder_line_deadline": "⏰ *{moment}:* {task} · frist {when}",
    "reminder_line_deadline_overdue": "🔴 *{moment}:* {task} · frist {when}",
    # a digest
    "reminder_digest_heading_person": "Dine KLIK-påmindelser i dag",
    "reminder_digest_heading_channel": "KLIK-påmindelser i dag",
    "reminder_digest_top": "*{heading}: {count}* (det mest presserende først)",
    "reminder_digest_more": "…og {more} påmindelser mere.",
    "reminder_digest_more_home": "…og {more} påmindelser mere. Se dem alle under *Hjem* hos klik-bot eller "
                                 "med `/klik due`.",
    "reminder_digest_prefs": "Vil du hellere have én besked pr. påmindelse eller ingen? "
                             "`/klik påmindelser mig hver` / `… mig fra`.",
    # a reminder's buttons and their hints
    "reminder_button_snooze": "Udsæt {days} arbejdsdage",
    "reminder_button_signed": "Underskrevet",
    "reminder_hint_complete": "Når opgaven er færdig: `/klik complete {task}`.",
    "reminder_hint_signed": "Tryk *Underskrevet*, når dokumentet er sendt retur underskrevet "
                            "(eller `/klik signed {task}`).",
    "deadline_today": "{when} (i dag)",
    "deadline_late_1": "{when} (overskredet med 1 dag)",
    "deadline_late": "{when} (overskredet med {n} dage)",
    "deadline_in_1": "{when} (om 1 arbejdsdag)",
    "deadline_in": "{when} (om {n} arbejdsdage)",
}

# /klik commands (handlers/): what any command says when it is mistyped (handlers/registry.py)
TEXTS |= {
    "command_which_task": "Skriv hvilken opgave du mener, fx `/klik {word} 433`.",
    "command_did_you_mean": "Mente du `{command}`? Skriv `/klik hjælp` for at se kommandoerne.",
    "command_unknown": "Jeg kender ikke kommandoen. Skriv `/klik hjælp` for at se hvad jeg kan.",
    "command_too_long": "Kommandoen er for lang ({chars} tegn; højst {most}). Skriv den som `{example}`.",
    "command_open_quote": "Et anførselstegn mangler sin afslutning; skriv fx `\"KY - Bølge 3\"`.",
}

# /klik done, undo, start, complete and assign (handlers/progress.py)
TEXTS |= {
    "progress_undone": "↩️ {user} fortrød {steps} i *{task}*. {count}",
    "progress_reopened": "Opgaven var fuldført og står nu som påbegyndt igen.",
    "progress_was_not_done": "{steps} var ikke markeret som udført.",
    "progress_task_and_steps": "Skriv opgave og trin, fx `/klik {word} 433 3`.",
    "progress_not_a_step": ("{word} er ikke et trinnummer; opgave {task} har trin {steps}. Skriv fx "
                            "{example}."),
    "progress_bad_range": "{part} er ikke et brugbart trin-interval; skriv fx `1-3`.",
    "progress_too_many_steps": ("Højst {most} trin ad gangen; opgave {task} har trin {steps}. Skriv fx "
                                "{example}."),
    "progress_which_steps": "Skriv hvilke trin, fx {example}; opgaven har trin {steps}.",
    "progress_marked": "✅ {user} markerede {steps} i *{task}* som udført. {count}",
    "progress_now_started": "Opgaven står nu som påbegyndt.",
    "progress_next_step": "Næste trin: *{number}.* {text}",
    "progress_all_steps_done": "Alle trin er udført. Skriv `/klik complete {ref}` når opgaven er fuldført.",
    "progress_unsigned": "{documents} er ikke underskrevet og returneret",
    "progress_steps_open": "{steps} er ikke markeret som udført",
    "progress_not_ready": ("*{task}* er ikke klar: {why}. Fuldført stopper også påmindelserne. Vil du "
                           "fuldføre den alligevel?"),
    "progress_complete_anyway": "Fuldfør alligevel",
    "progress_complete_anyway_hint": "Eller skriv `/klik complete {ref} alligevel`.",
    "progress_not_ready_text": "{task} er ikke klar til fuldført: {why}",
    "progress_status_already": "{task} står allerede som {status}.",
    "progress_status_set": "{user} satte *{task}* til *{status}*.",
    "progress_note_steps_open": " Bemærk: {steps} er ikke markeret som udført.",
    "progress_pick_in_window": "Vælg rolle og person i vinduet.",
    "progress_assign_usage": ("Skriv opgave, rolle og person, fx `/klik assign 433 ansvarlig @Mette` "
                              "(rollen er ansvarlig eller udfører)."),
    "progress_assign_who": ("Skriv hvem der skal være {role}, fx `/klik assign {ref} {role} @Mette` "
                            "eller `/klik assign {ref} {role} mig`."),
    "progress_deactivated": ("{user} er deaktiveret i Slack og kan ikke få opgaver. Vælg en, der er i "
                             "arbejdsrummet."),
    "progress_user_not_found": ("Jeg kan ikke finde {user} i arbejdsrummet. Vælg personen på listen "
                                "Slack viser, når du skriver @."),
    "progress_assigned": "{user} er nu {role} for *{task}*",
    "progress_assigned_before": " (før: {user})",
    "progress_assigned_by": " – sat af {user}.",
    "progress_who_is": ("Jeg kan ikke se hvem {text} er; skriv personen som @-omtale (vælg navnet på "
                        "listen Slack viser), fx `/klik assign 433 ansvarlig @Mette`, eller `mig`."),
    "progress_count": "({done} af {total} trin udført)",
}

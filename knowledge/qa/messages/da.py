"""Danish wording of answers."""

TEXTS: dict[str, str] = {
    "missing_value": "Opgaverne oplyser ikke {what}. Det nærmeste, de siger:",
    "unmentioned_closest": "KLIK-opgaverne nævner ikke {names}. Det nærmeste, de siger:",
    "nothing_for_name": "KLIK-opgaverne siger ikke noget om det for {name}.",
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
    "value_clock": "noget klokkeslæt",
    "value_percent": "nogen procentsats",
    "value_version": "noget versionsnummer",
    "value_frequency": "hvor ofte",
    "time_of_task_only": ("Opgaverne oplyser ikke noget tidspunkt for det. Det nærmeste er opgave {task}s "
                          "egne datoer:"),
    "signer_not_named": ("Det står ikke i opgaven. Den siger, at {document} skal underskrives, "
                         "men ikke af hvem."),
    "value_reach": "noget telefonnummer eller nogen mailadresse",
    "value_any": "svaret",
    "yes": "Ja",
    "no": "Nej",
    "yes_to_negated": "Jo",  # the answer to a negated question that holds
    "not_settled": "Det står ikke i opgaven. Det nærmeste, den siger:",
    "not_in_tasks": "Det står ikke i KLIK-opgaverne, så jeg kan hverken sige ja eller nej.",
    "yes_no_evidence": "{verdict} – opgaven siger:",
    "yes_wave": "Ja – opgave {task} hører til {waves}.",
    "yes_task_end": "{verdict} – opgave {task}: {note} (slutdato fra go-live: {offset}).",
    "no_wave": "Nej – opgave {task} hører til {waves}.",
    "yes_role": "Ja – {role} på opgave {task}: {value}.",
    "no_role": "Nej – {role} på opgave {task}: {value}.",
    "yes_priority": "Ja – opgave {task} har prioritet «{priority}».",
    "no_priority": "Nej – opgave {task} har prioritet «{priority}».",
    "yes_signature": "Ja – i opgave {task} skal der underskrives:",
    "no_signature": "Nej – opgave {task} nævner ingen dokumenter, der skal underskrives.",
    "no_signer": "Nej – {document} underskrives af {signer}.",
    "yes_signer": "Ja – {document} underskrives af {signer}.",
    "approver_note": "Om godkendelsen siger opgaven: {sentence}",
    "deadlines_head": "Frister i opgaven:",
    "next_after": "Når trin {done} («{done_text}») er gjort, er næste trin {number}: {step}",
    "before_named_deed": "Før trin {named} («{named_text}») kommer:",
    "step_in_several": "Det trin findes i flere opgaver ({tasks}). Hvilken opgave mener du?",
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
    "steps_done_1": "{done} af {total} trin udført",
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
    "klik_recommends_as": "KLIK anbefaler ingen som {asked}, men som {role}: {who}",
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
    "list_unknown_project": "Der er intet projekt der hedder «{value}» i KLIK-opgaverne.",
    "list_unknown_priority": "Ingen opgaver har prioritet «{value}».",
    "list_unknown_wave": "Ingen opgaver er i bølge {value}.",
    "list_unknown_phase": "Ingen opgaver er i fase {value}.",
    "filter_project": "i projekt {value}",
    "filter_phase": "i fasen «{value}»",
    "filter_theme": "med temaet «{value}»",
    "filter_executor": "med anbefalet udfører «{value}»",
    "filter_responsible": "med anbefalet ansvarlig «{value}»",
    "filter_not_executor": "uden anbefalet udfører «{value}»",
    "filter_not_responsible": "uden anbefalet ansvarlig «{value}»",
    "filter_wave": "i bølge {value}",
    "filter_priority": "med prioritet «{value}»",
    "filter_optional": "der er valgfri",
    "filter_not_optional": "der ikke er valgfri",
    "note_optional_title": "valgfri ifølge titlen",
    "note_optional_phase": "valgfri ifølge fasen",
    "filter_must": "der skal udføres (øverste prioritet)",
    "filter_not_must": "der ikke skal udføres (øverste prioritet)",
    "note_priority": "prioritet «{value}»",
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
    "filter_end_within": "der skal være færdige i de sidste {value} før go-live",
    "filter_not_end_within": "der ikke skal være færdige i de sidste {value} før go-live",
    "filter_end_by": "der skal være færdige senest {value} før go-live",
    "filter_not_end_by": "der ikke skal være færdige senest {value} før go-live",
    "filter_start_by": "der starter mindst {value} før go-live",
    "filter_not_start_by": "der ikke starter mindst {value} før go-live",
    "filter_deadline_at": "med en frist i teksten {value} før go-live",
    "filter_not_deadline_at": "uden en frist i teksten {value} før go-live",
    "filter_deadline_by": "med en frist i teksten senest {value} før go-live",
    "filter_not_deadline_by": "uden en frist i teksten senest {value} før go-live",
    "filter_not_start_before": "der ikke starter før go-live",
    "filter_not_start_after": "der ikke starter efter go-live",
    "filter_not_end_before": "der ikke skal være færdige før go-live",
    "filter_not_end_after": "der ikke slutter efter go-live",
    "note_start_before_1": "start {days} dag før go-live",
    "note_start_before": "start {days} dage før go-live",
    "note_start_after_1": "start {days} dag efter go-live",
    "note_start_after": "start {days} dage efter go-live",
    "note_end_before_1": "slut {days} dag før go-live",
    "note_end_before": "slut {days} dage før go-live",
    "note_end_after_1": "slut {days} dag efter go-live",
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
    "remind_digest_1": "  samlet besked{late} -> {place}: {count} påmindelse",
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
    "reminder_why_digest_1": "{count} påmindelse samlet i én besked",
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
    "reminder_status_steps_1": "Status: {status}; {done} af {total} trin udført",
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
    "reminder_digest_more_1": "…og {more} påmindelse mere.",
    "reminder_digest_more_home": "…og {more} påmindelser mere. Se dem alle under *Hjem* hos klik-bot eller "
                                 "med `/klik due`.",
    "reminder_digest_more_home_1": ("…og {more} påmindelse mere. Se dem alle under *Hjem* hos klik-bot eller "
                                   "med `/klik due`."),
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
    "progress_count_1": "({done} af {total} trin udført)",
    "progress_count": "({done} af {total} trin udført)",
}

# /klik status, list and history (handlers/status.py)
TEXTS |= {
    "statuscmd_step_marked": "✅ {user} markerede trin {step} som udført.",
    "statuscmd_field_status": "Status",
    "statuscmd_field_project": "Projekt",
    "statuscmd_field_wave": "Bølge",
    "statuscmd_field_priority": "Prioritet",
    "statuscmd_field_ansvarlig": "Ansvarlig",
    "statuscmd_field_udfører": "Udfører",
    "statuscmd_nobody": "ingen endnu – `/klik assign {ref} {role} @navn`",
    "statuscmd_checklist": "*Tjekliste fra KOMBIT*",
    "statuscmd_text_1": "{task}: {status}, {done} af {total} trin udført",
    "statuscmd_text": "{task}: {status}, {done} af {total} trin udført",
    "statuscmd_see_rest": "Se resten med `/klik history {ref}`.",
    "statuscmd_button_assign": "Tildel …",
    "statuscmd_button_snooze": "Udsæt påmindelser …",
    "statuscmd_button_signature": "Underskrift …",
    "statuscmd_hint_next": "markér næste trin: `/klik done {ref} {step}`",
    "statuscmd_hint_undo": "fortryd: `/klik undo {ref} {step}`",
    "statuscmd_hint_history": "historik: `/klik history {ref}`",
    "statuscmd_start": "start {day} · ",
    "statuscmd_deadline": "*Frist:* {start}slut {end} · go-live {golive}",
    "show_kind_earliest": "tidligst (ingen frist): ",
    "show_kind_duration": "periode (ingen frist): ",
    "statuscmd_deadline_dated": "*Frist:* {start}slut {end} (en dato i opgaveteksten)",
    "statuscmd_no_deadline": "*Frist:* KOMBIT har ikke angivet en frist for opgaven.",
    "statuscmd_end_offset": "slut {days} dage før go-live",
    "statuscmd_end_offset_1": "slut {days} dag før go-live",
    "statuscmd_end_after": "slut {days} dage efter go-live",
    "statuscmd_end_after_1": "slut {days} dag efter go-live",
    "statuscmd_start_offset": ", start {days} dage før slut",
    "statuscmd_start_offset_1": ", start {days} dag før slut",
    "statuscmd_set_golive": " Sæt go-live for at se datoer: `/klik golive \"{wave}\" ÅÅÅÅ-MM-DD`.",
    "statuscmd_offsets": "*Frist:* {offsets}.{hint}",
    "statuscmd_steps": "*Trin* ({done} af {total} udført)",
    "statuscmd_done_by": "_udført af {user} {when}_",
    "statuscmd_button_step": "Marker trin {step} som udført",
    "statuscmd_mark_a_step": "Markér et trin: `/klik done {ref} NR`",
    "statuscmd_sent_to": ", sendes til {recipient}",
    "statuscmd_signature": "{icon} {document} – underskrives af {signer}{to}: *{state}*",
    "statuscmd_signatures": "*Underskrifter*",
    "statuscmd_no_tasks": "Ingen opgaver {label}.",
    "statuscmd_list_steps_1": "{done}/{total} trin",
    "statuscmd_list_steps": "{done}/{total} trin",
    "statuscmd_list_end": "slut {day}",
    "statuscmd_task_one": "opgave",
    "statuscmd_task_many": "opgaver",
    "statuscmd_list_here": " (her {first}-{last})",
    "statuscmd_list_hint": ("Se en opgave: `/klik status OPGAVE` · filtrér: `/klik list open`, `/klik "
                            "list mine`, et projekt eller en bølge"),
    "statuscmd_list_filter": "Brug et filter, fx `/klik list open`.",
    "statuscmd_filter_all": "i alt",
    "statuscmd_filter_open": "som ikke er fuldført",
    "statuscmd_filter_mine": "hvor du er ansvarlig eller udfører",
    "statuscmd_filter_in": "i {name}",
    "statuscmd_unknown_filter": ("Jeg kender ikke {word} som filter. Skriv `open`, `mine`, et projekt "
                                 "eller en bølge: {names}."),
    "statuscmd_no_history": "Ingen har ændret noget på {task} endnu. Start med `/klik done {ref} 1`.",
    "statuscmd_history_latest": " (de seneste {shown} af {total})",
    "statuscmd_history": "Historik for {task}",
    "history_done": "markerede trin {steps} som udført{extra}",
    "history_done_started": " (opgaven blev påbegyndt)",
    "history_undo": "fortrød trin {steps}",
    "history_status": "satte status til {status}",
    "history_assign": "gjorde {user} til {role}",
    "history_document": "dokumentet",
    "history_received": "modtaget",
    "history_signed_returned": "underskrevet og returneret",
    "history_signed": "underskrevet",
    "history_marked": "markerede {document} som {what}",
    "history_unmarked": "fortrød «{what}» for {document}",
    "history_resumed": "genoptog påmindelserne",
    "history_snoozed": "udsatte påmindelserne til {day}",
}

# /klik modtaget, underskrevet, their undo and udsæt (handlers/signatures.py)
TEXTS |= {
    "sigcmd_document_of": "*{document}* til *{task}*",
    "sigcmd_already_signed": "{name} er allerede underskrevet og returneret ({by}).",
    "sigcmd_already_received": "{name} er allerede markeret som modtaget ({by}).",
    "sigcmd_undo": "Fortryd: `{command}`.",
    "sigcmd_sent_to": " og sendes til {recipient}",
    "sigcmd_received": ("📄 {user}: {name} er modtaget. Den skal underskrives af {signer}{to}{deadline}. "
                        "Skriv `/klik signed {ref}`, når den er sendt retur. {undo}"),
    "sigcmd_signed": ("✅ {user} markerede {name} som underskrevet og returneret. Påmindelserne om den "
                      "stopper."),
    "sigcmd_mark_step_too": " Markér også trin {step}, når det passer: `/klik done {ref} {step}`.",
    "sigcmd_mark_received": "modtaget",
    "sigcmd_mark_signed": "underskrevet",
    "sigcmd_unmarked": "↩️ {user} fortrød «{what}» for *{document}* til *{task}*: den står nu som *{state}*.",
    "sigcmd_reminders_again": "Påmindelserne om den kommer igen, når de er forfaldne.",
    "sigcmd_still_signed": "Den er markeret som underskrevet; fortryd det med `{undo}`.",
    "sigcmd_held_by_step": "Det er fordi trin {step} er udført; fortryd det med `/klik undo {ref} {step}`.",
    "sigcmd_resumed": "▶️ {user} genoptog påmindelserne om *{task}*.",
    "sigcmd_working_day": "{n} arbejdsdag",
    "sigcmd_working_days": "{n} arbejdsdage",
    "sigcmd_today_and": "i dag og ",
    "sigcmd_snoozed": ("⏸️ {user} udsatte påmindelserne om *{task}* {days}: ingen påmindelser "
                       "{today}{span}; næste tidligst *{resume}*. Genoptag nu: `/klik udsæt {ref} 0`."),
    "sigcmd_deadline": " senest {when}",
    "sigcmd_by": "af {user} ",
    "sigcmd_marked_earlier": "markeret tidligere",
}

# /klik golive and due (handlers/deadlines.py)
TEXTS |= {
    "golivecmd_cleared": "{user} fjernede go-live for *{name}* (var {was}).",
    "golivecmd_was": " (før {day})",
    "golivecmd_set": ("{user} satte go-live for *{name}* til *{day}*{was}: {row}. `/klik due` viser hvad "
                      "der forfalder."),
    "golivecmd_now_overdue": "🔴 Nu overskredet",
    "golivecmd_due_this_week": "⏰ Frist i denne uge",
    "golivecmd_other_moved": "📅 Øvrige flyttede frister",
    "golivecmd_more": "…og {n} mere; se `/klik due`.",
    "golivecmd_group": "*{title} ({n})*",
    "golivecmd_finished_one": "fuldført opgave",
    "golivecmd_finished_many": "fuldførte opgaver",
    "golivecmd_finished_moved": "{finished} fik også nye datoer (ikke vist).",
    "golivecmd_see_due": "Se `/klik due`.",
    "golivecmd_heading": "*Go-live-datoer*",
    "golivecmd_none_set": "Ingen go-live-dato er sat endnu.",
    "golivecmd_can_be_set": "*Kan sættes:*",
    "golivecmd_hint_set": "Sæt: `/klik golive \"{name}\" 2027-03-01`",
    "golivecmd_hint_show": "vis én: `/klik golive \"{name}\"`",
    "golivecmd_hint_clear": "fjern: `/klik golive \"{name}\" slet`",
    "golivecmd_button_set": "Sæt go-live …",
    "golivecmd_wave_first": "En bølges dato går forud for projektets. {hints}",
    "golivecmd_text": "Go-live-datoer: {dates}",
    "golivecmd_text_none": "ingen sat",
    "golivecmd_see_golive": "Se `klik golive`.",
    "golivecmd_set_it": " Sæt den: `/klik golive \"{name}\" 2027-03-01`.",
    "duecmd_no_golive": " Ingen go-live-dato er sat endnu; se `/klik golive`.",
    "duecmd_nothing_1": "Intet forfalder inden for {days} dag, og intet er overskredet.{hint}",
    "duecmd_nothing": "Intet forfalder inden for {days} dage, og intet er overskredet.{hint}",
    "duecmd_here": "; her {first}-{last}, det mest presserende først",
    "duecmd_days_1": "{days} dag",
    "duecmd_days": "{days} dage",
    "duecmd_heading_one": ("*{n} opgave kræver opmærksomhed* (frist inden for {within}, vindue åbent "
                           "eller overskredet{shown})"),
    "duecmd_heading": ("*{n} opgaver kræver opmærksomhed* (frist inden for {within}, vindue åbent "
                       "eller overskredet{shown})"),
    "duecmd_see_task": "Se en opgave: `/klik status OPGAVE`",
    "duecmd_text_1": "{n} opgave forfalder eller er overskredet",
    "duecmd_text": "{n} opgaver forfalder eller er overskredet",
    "duecmd_see_open": "Se `/klik list open`.",
    "duecmd_overdue_1": "*{state}* med 1 dag",
    "duecmd_overdue": "*{state}* med {n} dage",
    "duecmd_today": "*frist i dag*",
    "duecmd_in_1": "om 1 dag",
    "duecmd_in": "om {n} dage",
    "duecmd_starts": ", starter {day}",
    "duecmd_line": "{icon} *{task}* {title} – frist {end} ({when}) · {status}",
}

# The App Home tab (handlers/home.py)
TEXTS |= {
    "home_command_step": "Hjem: marker trin {step} i {ref}",
    "home_command_status": "Hjem: status",
    "home_status_title": "Status",
    "home_close": "Luk",
    "home_title": "Mine opgaver",
    "home_task_one": "opgave",
    "home_task_many": "opgaver",
    "home_intro": ("{user} · {count} hvor du er ansvarlig eller udfører, det mest presserende først · "
                   "opdateret {when}"),
    "home_nothing_mine": ("Du er ikke ansvarlig eller udfører på nogen åben opgave. Tag en: `/klik "
                          "assign OPGAVE ansvarlig mig`."),
    "home_more_button": "Vis flere ({left} tilbage)",
    "home_more_tasks_1": "…og {left} opgave mere: `/klik list mine`.",
    "home_more_tasks": "…og {left} opgaver mere: `/klik list mine`.",
    "home_see_mine": "Se `/klik list mine`.",
    "home_you_are": "du er {roles}",
    "home_steps_1": "{done} af {total} trin",
    "home_steps": "{done} af {total} trin",
    "home_next_step": "Næste trin: *{number}.* {text}",
    "home_missing_signature": "✍️ Mangler underskrift: {document} ({state})",
    "home_snoozed": "⏸️ Påmindelser udsat til {day}",
    "home_departed": "⚠️ {user} er ikke længere i arbejdsrummet – tildel en anden",
    "home_no_date": "ingen dato endnu (go-live ikke sat)",
    "home_overdue_since": "*{overdue}* siden {end}",
    "home_due_today": "*frist i dag* ({end})",
    "home_start": "start {day}, ",
    "home_due_in_1": "{start}frist {end} (om 1 dag)",
    "home_due_in": "{start}frist {end} (om {n} dage)",
    "home_button_step": "Marker trin {step} udført",
    "home_button_signature": "Underskrift …",
    "home_button_snooze": "Udsæt …",
    "home_button_assign": "Tildel …",
    "home_button_status": "Status",
    "home_team": "Holdets overblik",
    "home_team_overdue": "Overskredet",
    "home_team_due_soon": "Forfalder inden for {days} dage",
    "home_team_unassigned": "Kritiske opgaver uden ansvarlig",
    "home_team_departed": "Tildelt nogen, der ikke længere er i arbejdsrummet",
    "home_team_none": "Ingen.",
    "home_team_more": "…og {n} mere (`/klik due`, `/klik list open`)",
    "home_team_group": "*{title} ({n})*",
    "home_footer": ("Skriv `/klik hjælp` for alle kommandoer · `/klik påmindelser mig` for dine "
                    "påmindelser · `/klik rapport` til KLIK"),
    "home_no_responsible": " · ingen ansvarlig",
}

# /klik fjern, gendan, tilføj-underskrift (handlers/knowledge.py); rapport, klik-opdateret (report.py)
TEXTS |= {
    "catalogcmd_admin_only": ("Kun arbejdsrummets administratorer og ejere kan ændre opgaverne, fordi "
                              "ændringen gælder for alle. Bed en administrator om det, eller brug `klik "
                              "{cli}` på serveren."),
    "catalogcmd_removed": "{user} fjernede opgave {task}: {title}. Fortryd med `/klik gendan {task}`.",
    "catalogcmd_which": "Skriv hvilken opgave, fx `/klik gendan 433`.",
    "catalogcmd_restored": "{user} gendannede opgave {task}: {title}.",
    "catalogcmd_task_first": ("Skriv opgaven først, fx `/klik tilføj-underskrift 433 fuldmagt af "
                              "borgmesteren til KOMBIT trin 4,5`."),
    "catalogcmd_sent_to": ", sendes til {recipient}",
    "catalogcmd_steps": " (trin {steps})",
    "catalogcmd_added": ("{user} tilføjede en underskrift til opgave {task}: {document} underskrives af "
                         "{signer}{to}{on}."),
    "catalogcmd_signature_usage": ("Skriv dokumentet og hvem der underskriver, fx `/klik "
                                   "tilføj-underskrift 433 fuldmagt af borgmesteren til KOMBIT trin "
                                   "4,5`."),
    "reportcmd_updated": "🗂️ {user} har opdateret *{task}* i KLIK.",
    "reportcmd_head_1": ("*Rapport til KLIK*: {tasks} opgave, {done} fuldført, {started} påbegyndt. "
                         "*{update} skal opdateres i KLIK* (klik-bot ved mere, end holdet sidst har "
                         "markeret som opdateret i KLIK)."),
    "reportcmd_head": ("*Rapport til KLIK*: {tasks} opgaver, {done} fuldført, {started} påbegyndt. "
                       "*{update} skal opdateres i KLIK* (klik-bot ved mere, end holdet sidst har "
                       "markeret som opdateret i KLIK)."),
    "reportcmd_line": "• *{task}* {title} – {status}, trin {steps}; sidst opdateret i KLIK: {updated}",
    "reportcmd_hint": ("Når en opgave er opdateret i KLIK: `/klik klik-opdateret OPGAVE` (eller marker "
                       "trinnet, der siger at KLIK skal opdateres, som udført). Hele rapporten som "
                       "regneark: `klik report --format xlsx --output rapport.xlsx` (også csv og md)."),
    "reportcmd_text_1": "Rapport til KLIK: {update} opgave skal opdateres i KLIK",
    "reportcmd_text": "Rapport til KLIK: {update} opgaver skal opdateres i KLIK",
    "reportcmd_see": "Se `klik report`.",
}

# Modals (handlers/modals.py), help and errors (handlers/replies.py)
TEXTS |= {
    "modal_title_assign": "Tildel opgave",
    "modal_title_snooze": "Udsæt påmindelser",
    "modal_title_golive": "Sæt go-live",
    "modal_title_signature": "Underskrift",
    "modal_snooze_1": "1 arbejdsdag",
    "modal_snooze_2": "2 arbejdsdage",
    "modal_snooze_3": "3 arbejdsdage",
    "modal_snooze_5": "1 uge",
    "modal_snooze_10": "2 uger",
    "modal_snooze_0": "Genoptag påmindelserne nu",
    "modal_task": "Opgave",
    "modal_task_placeholder": "fx 433 eller eFaktura 8b",
    "modal_role": "Rolle",
    "modal_role_ansvarlig": "Ansvarlig",
    "modal_role_udfører": "Udfører",
    "modal_person": "Person",
    "modal_pick_person": "Vælg en person",
    "modal_how_long": "Hvor længe",
    "modal_nothing_to_set": ("Der er ingen bølger eller projekter at sætte go-live for; importér opgaver "
                             "først."),
    "modal_wave_or_project": "Bølge eller projekt",
    "modal_golive_date": "Go-live-dato",
    "modal_document": "Dokument",
    "modal_number": "Nr. (hvis opgaven har flere dokumenter)",
    "modal_what_happened": "Hvad er sket",
    "modal_received": "Dokumentet er modtaget",
    "modal_signed": "Underskrevet og sendt retur",
    "modal_save": "Gem",
    "modal_cancel": "Annullér",
    "modal_fill_in": "Udfyld feltet.",
    "modal_command": "modal «{title}»",
    "help_or": " (eller {names})",
    "help_line": "• `{usage}` – {summary}{alias}",
    "help_heading": "*Det kan du skrive til klik-bot*",
    "help_questions": ("Alt andet efter `/klik` er et spørgsmål, fx `/klik hvem er forvaltningsansvarlig "
                       "for Prisme?`. Du kan også skrive til mig i en DM eller nævne @klik i en kanal."),
    "help_text": "Det kan du skrive til klik-bot: {names}",
    "error_see_list": " Skriv `/klik list` for at se opgaverne.",
    "error_apology": ("Beklager, der gik noget galt hos mig. Prøv igen om lidt; sker det igen, så sig "
                      "det til den der driver klik-bot."),
}

# Questions and /klik search (handlers/questions.py)
TEXTS |= {
    "question_command": "besked: {text}",
    "question_hello": ("Hej! Spørg mig om en KLIK-opgave, fx «hvem er forvaltningsansvarlig for "
                       "Prisme?», eller skriv `/klik hjælp` for at se alt hvad jeg kan."),
    "question_see_more": "Se mere: `/klik status {ref}`",
    "question_try_search": "Prøv `/klik search ORD` eller `/klik list`.",
    "search_what": "Skriv hvad du søger efter, fx `/klik search blanket underskrift`.",
    "search_none": "Ingen opgaver matcher «{text}». Prøv andre ord eller `/klik list`.",
    "search_task_one": "opgave",
    "search_task_many": "opgaver",
    "search_heading": "{count} om «{text}»",
    "search_see_task": "Se en opgave: `/klik status OPGAVE`",
}

# Block Kit pieces every feature shares (handlers/render.py) and the buttons' audit words (handlers/klik.py)
TEXTS |= {
    "render_when": "{day} kl. {time}",
    "render_already_done": "Trin {step} var allerede markeret af {user} {when}.",
    "render_blocks_left": "…og {n} blokke mere, som ikke er vist. {hint}",
    "render_more_button": "Vis flere ({shown} af {left} tilbage)",
    "button_command": "knap «{label}»",
}

# The terminal: klik ask (bot/cli/ask.py)
TEXTS |= {
    "cli_ask_not_both": "Giv enten et spørgsmål eller --batch FIL, ikke begge dele.",
    "cli_ask_what": "Skriv et spørgsmål, fx: klik ask \"hvem er forvaltningsansvarlig for Prisme?\"",
    "cli_ask_no_file": "Filen {path} findes ikke. Angiv en tekstfil med ét spørgsmål pr. linje.",
    "cli_ask_unreadable": "Kan ikke læse {path} som tekst (UTF-8): {why}.",
    "cli_ask_empty_file": "Filen {path} indeholder ingen spørgsmål. Skriv ét spørgsmål pr. linje.",
    "cli_ask_question_failed": "{path}, linje {line}: spørgsmålet kunne ikke besvares "
                               "(uventet fejl: {kind}: {error}).",
    "cli_ask_batch_failed": "{failed} af {total} spørgsmål kunne ikke besvares; de øvrige er "
                            "besvaret ovenfor. Kør igen med KLIK_DEBUG=1 for detaljer.",
}

# The terminal: klik show, list, import, remove and signature add (bot/cli/knowledge.py)
TEXTS |= {
    "cli_task_one": "opgave",
    "cli_task_many": "opgaver",
    "cli_imported_1": "Importerede 1 opgave:",
    "cli_imported": "Importerede {n} opgaver:",
    "cli_replaced_import": " (erstattede den tidligere import)",
    "cli_replaces_shipped": " (erstatter den medfølgende udgave)",
    "cli_removed_shipped": "medfølgende, skjult",
    "cli_removed_imported": "importeret",
    "cli_removed_row": "  {task}: {title} ({kind}; fjernet {when} af {who})",
    "cli_none_removed": "Ingen fjernede opgaver.",
    "cli_remove_which": "Skriv hvilke opgaver, fx `klik remove 433` eller `klik remove --restore 433`.",
    "cli_restored": "Gendannede {task}: {title}",
    "cli_removed": "Fjernede {task}: {title} (gendan med `klik remove --restore {ref}`)",
    "cli_signature_added": "Opgave {task} har nu underskrift {n}: {line}",
    "cli_steps_as_numbers": "Trin skrives som tal, fx --steps 4,5 eller --steps 4-6, ikke «{text}».",
    "show_project": "Projekt",
    "show_phase": "Fase",
    "show_theme": "Tema",
    "show_priority": "Prioritet",
    "show_waves": "Bølger",
    "show_sts": "STS/infrastruktur",
    "show_yes": "ja",
    "show_no": "nej",
    "show_duration": "Varighed",
    "show_end": "Slutdato",
    "show_latest_in_text": "{day} (seneste frist i teksten)",
    "show_start": "Startdato",
    "show_end_anchor": "slutdato",
    "show_golive": "Go-live",
    "show_publication": "Publicering",
    "show_goal": "Mål",
    "show_description": "Beskrivelse",
    "show_steps": "Metode og fremgangsmåde",
    "show_checklist": "Tjekliste",
    "show_facts": "Fakta",
    "show_signatures": "Underskrifter",
    "show_deadlines": "Frister i teksten",
    "show_result": "Resultat",
    "show_executor": "Anbefalet udfører",
    "show_executor_comment": "Kommentar til anbefalet udfører",
    "show_responsible": "Anbefalet ansvarlig",
    "show_involved": "Involverede parter",
    "show_related": "Relaterede opgaver",
    "show_links": "Links",
    "show_approved_by": "{document}: godkendes af {signer}",
    "show_signed_by": "{document}: underskrives af {signer}",
    "show_sent_to": ", sendes til {recipient}",
    "show_on_steps": " (trin {steps})",
    "show_before": "{amount} før {anchor}",
    "show_after": "{amount} efter {anchor}",
    "show_by_date": "senest {date}",
    "show_same_day": "samme dag som {anchor}",
    "show_no_year": " (året står ikke i teksten, så datoen kendes ikke)",
    "show_day": "{n} dag",
    "show_days": "{n} dage",
}

# The terminal: klik golive, due and remind (bot/cli/remind.py)
TEXTS |= {
    "cli_golive_cleared": "Go-live for {name} er fjernet (var {was}).",
    "cli_golive_before": " Før: {day}.",
    "cli_golive_set_it": " Sæt den: klik golive \"{name}\" 2027-03-01.",
    "cli_golive_row": "{name}: {summary}{note}",
    "cli_golive_nothing": "Ingen bølger eller projekter kendt endnu; importér opgaver med `klik import`.",
    "cli_golive_none_set": "  ingen sat endnu",
    "cli_golive_heading": "Go-live-datoer:",
    "cli_golive_can_be_set": "Kan sættes:",
    "cli_golive_wave_first": "En bølges dato går forud for projektets.",
    "cli_moved_overdue": " OVERSKREDET",
    "cli_moved_this_week": " denne uge",
    "cli_golive_not_set": "ikke sat",
    "cli_due_nothing_1": ("Intet forfalder inden for {days} dag (og intet er overskredet). Mangler en "
                          "go-live-dato? Se `klik golive`."),
    "cli_due_nothing": ("Intet forfalder inden for {days} dage (og intet er overskredet). Mangler en "
                        "go-live-dato? Se `klik golive`."),
    "cli_due_overdue_1": "{state} med 1 dag",
    "cli_due_overdue": "{state} med {n} dage",
    "cli_due_starts": "starter {day}",
    "cli_due_line": "{task}  frist {end}  ({state}; {status})  {title}",
    "cli_team_unknown_none": ("Arbejdsrummet (Slack-workspacet) «{team}» kendes ikke: ingen arbejdsrum "
                              "har data her endnu. Udelad --team (så køres alle), eller se `klik "
                              "workspace list`."),
    "cli_team_more": " og {n} mere",
    "cli_team_unknown": ("Arbejdsrummet (Slack-workspacet) «{team}» kendes ikke; kendte arbejdsrum: "
                         "{shown}. Skriv fx `klik remind --team {first}`, eller udelad --team for alle "
                         "(`klik workspace list`)."),
    "cli_bad_now": "--now skal være et tidspunkt som 2026-09-15T09:00, ikke «{text}».",
}

# The terminal: klik serve, socket, chat (bot/cli/slack.py), report (report.py), workspace (workspace.py)
TEXTS |= {
    "cli_cannot_listen": "Kan ikke lytte på {host}:{port} ({why}); vælg en anden port med --port eller PORT.",
    "cli_listening": "klik-bot lytter på {url}",
    "cli_stopping_http": "klik-bot stopper: svarer på igangværende forespørgsler …",
    "cli_socket_connecting": "klik-bot forbinder til Slack i Socket Mode …",
    "cli_socket_connected": "klik-bot er forbundet til Slack i Socket Mode",
    "cli_stopping_socket": "klik-bot stopper: kvitterer for igangværende beskeder og lukker forbindelsen …",
    "cli_chat_hello": ("Du skriver som @{user} i arbejdsrummet «{team}». Skriv /klik hjælp, et "
                       "spørgsmål, eller [knappens tekst] for at trykke på en knap. Skriv afslut (eller "
                       "tryk Ctrl-D) for at stoppe."),
    "cli_chat_goodbye": "Farvel!",
    "cli_report_no_screen": ("Et regneark kan ikke vises på skærmen; skriv fx `klik report --format xlsx "
                             "--output rapport.xlsx`."),
    "cli_report_written_1": "Rapporten ({n} opgave) er skrevet til {path}.",
    "cli_report_written": "Rapporten ({n} opgaver) er skrevet til {path}.",
    "cli_workspace_installed": "installeret {when}",
    "cli_workspace_not_installed": "ikke installeret (data gemt)",
    "cli_workspace_no_data": "Arbejdsrummet {team} har ingen data her; se `klik workspace list`.",
    "cli_workspace_confirm": ("Det sletter alt om {team} for altid; skriv `klik workspace forget {team} "
                              "--yes`."),
    "cli_workspace_forgotten_1": "Slettede {n} dokument for {team}; auditloggen noterer sletningen.",
    "cli_workspace_forgotten": "Slettede {n} dokumenter for {team}; auditloggen noterer sletningen.",
}

# The terminal: mistakes on the command line and long lists (bot/cli/__init__.py)
TEXTS |= {
    "cli_error": "Fejl: {message}",
    "cli_usage_error": "Fejl: {message} Se `{command} --help`.",
    "cli_unexpected": "Uventet fejl: {kind}: {error} (kør igen med KLIK_DEBUG=1 for detaljer)",
    "cli_no_such_command": "Kommandoen {name} findes ikke.{meant}",
    "cli_no_such_option": "Tilvalget {name} findes ikke her.{meant}",
    "cli_missing": "Der mangler {what}.",
    "cli_bad_value": "Ugyldig værdi for {what}: {why}.",
    "cli_option_needs_value": "Tilvalget {name} skal have en værdi.",
    "cli_option_takes_no_value": "Tilvalget {name} tager ingen værdi.",
    "cli_extra_words": "Kommandoen tager ikke flere ord; {words} er for meget.",
    "cli_missing_command": "Skriv en kommando efter `klik`.",
    "cli_did_you_mean": " Mente du {names}?",
    "cli_the_option": "tilvalget {name}",
    "cli_the_argument": "argumentet {name}",
    "cli_a_value": "en værdi",
    "cli_from": " fra {n}",
    "cli_to": " til {n}",
    "cli_whole_number": "{value}skal være et helt tal{low}{high}",
    "cli_number": "{value}skal være et tal",
    "cli_one_of": "{value}skal være en af {choices}",
    "cli_path_does_not_exist": "{value}findes ikke",
    "cli_path_is_a_directory": "{value}er en mappe",
    "cli_path_is_a_file": "{value}er en fil",
    "cli_path_not_readable": "{value}kan ikke læses",
    "cli_path_not_writable": "{value}kan ikke skrives",
    "cli_path_unusable": "{value}kan ikke bruges",
    "cli_limit_negative": "--limit skal være 0 eller mere, ikke {value}.",
    "cli_more_lines": "…og {left} {noun} mere; vis alle med --all (eller --limit {total}).",
}

# What each /klik subcommand does, one line of /klik hjælp and klik --help (handlers/*.py register them)
TEXTS |= {
    "help_golive": ("Go-live-datoer: vis dem alle eller én, eller sæt en, fx `/klik golive \"KY - Bølge "
                    "3\" 2027-03-01`"),
    "help_due": ("Åbne opgaver i deres vindue, med frist inden for DAGE (standard {default}, højst "
                 "{most}) eller overskredet"),
    "help_help": "Vis denne oversigt",
    "help_remove": "Fjern en opgave fra vidensbasen for alle (administratorer); `gendan` fortryder",
    "help_restore": ("Gendan en fjernet opgave, eller den medfølgende udgave af en erstattet "
                     "(administratorer)"),
    "help_add_signature": ("Registrér en underskrift, som opgavens tekst ikke nævner, så den følges og "
                           "påmindes (administratorer)"),
    "help_done": "Markér trin som udført, fx `/klik done 433 1 2` eller `433 1-3`",
    "help_undo": "Fortryd trin der blev markeret ved en fejl, fx `/klik undo 433 2` eller `433 2-4`",
    "help_start": "Sæt status til påbegyndt",
    "help_complete": ("Sæt status til fuldført; med åbne trin eller en manglende underskrift spørger jeg "
                      "først (`alligevel` springer over)"),
    "help_assign": "Gør en person ansvarlig for eller udfører af en opgave",
    "help_search": "Find opgaver der handler om noget, fx `/klik search blanket`",
    "help_reminders": ("Hvornår og til hvem påmindelser sendes, og hvad der sendes i dag; `mig "
                       "samlet|hver|fra` vælger én samlet DM om dagen, én pr. påmindelse, eller ingen"),
    "help_report": ("Rapport til KLIK: status, trin, ansvarlige og underskrifter, og hvilke opgaver der "
                    "skal opdateres i KLIK (hele rapporten: `klik report --format xlsx`)"),
    "help_klik_updated": "Markér at opgavens status nu også er opdateret i KLIK",
    "help_received": "Dokumentet til underskrift er kommet, fx `/klik modtaget 433`",
    "help_signed": "Dokumentet er underskrevet og sendt retur; påmindelserne stopper",
    "help_unreceive": "Fortryd `/klik modtaget`, der blev skrevet ved en fejl",
    "help_unsign": "Fortryd `/klik underskrevet`, der blev skrevet ved en fejl; påmindelserne kommer igen",
    "help_snooze": "Udsæt påmindelser om en opgave, fx `/klik udsæt 433 3d` (arbejdsdage; 0 = genoptag)",
    "help_status": "Alt om en opgave: trin, frister, ansvarlige og underskrifter",
    "help_list": "Opgaverne med status; filtrér på åbne, dine, et projekt eller en bølge",
    "help_history": "Hvem gjorde hvad og hvornår på en opgave",
}

# Not found: what the answer engine says when the tasks do not answer (knowledge/qa/pipeline.py, candidate.py)
TEXTS |= {
    "quoted": "«{text}»",
    "ask_about_a_task": "Spørg mig om en KLIK-opgave, fx «hvem er forvaltningsansvarlig for Prisme?».",
    "no_task_called": "Jeg kender ingen opgave der hedder «{ref}».",
    "related_in": " Den nævnes som relateret opgave i {tasks}.",
    "tasks_do_not_mention": "KLIK-opgaverne nævner ikke {names}.",
    "no_reliable_answer": "Jeg fandt ikke et sikkert svar i KLIK-opgaverne.",
    "which_task": "Hvilken opgave mener du? Skriv fx «{example}».",
}

# /klik status: the word in a command to copy when the task names no wave (handlers/status.py)
TEXTS |= {
    "statuscmd_wave_placeholder": "BØLGE",
}

# Who signs which document (knowledge/qa/intents/signatures.py)
TEXTS |= {
    "signs_none": "Opgave {tasks} nævner ingen dokumenter, der skal underskrives.",
    "signs_tasks": "{n} opgaver kræver underskrift:",
    "signs_one_task": "Opgave {task} kræver {n} underskrifter:",
    "signs_evidence": "Fra opgaven: «{said}»",
    "signs_line": "{document} skal underskrives af {signer}",
    "signs_line_to": "{document} skal underskrives af {signer} og sendes til {recipient}",
}

# When a task starts and ends, counted from go-live (knowledge/qa/intents/when.py)
TEXTS |= {
    "when_golive": "Go-live for {names}: {day}.",
    "when_golive_not_set": "Der er ikke sat nogen go-live-dato for {names}.",
    "when_days": "{n} dage",
    "when_days_1": "{n} dag",
    "when_on_golive": "på go-live-dagen",
    "when_before_golive": "{days} før go-live",
    "when_after_golive": "{days} efter go-live",
    "when_end": "Opgave {task} skal være færdig {end} (Slutdato {offset})",
    "when_start": " og startes {days} før slutdatoen (Startdato {offset}), dvs. {begin}",
    "when_window_start": "Start: {day}",
    "when_window_end": "Slut: {day}",
    "when_no_golive": "(Ingen go-live-dato sat for {names}.)",
    "when_duration": "Opgave {task} varer {days}.",
    "when_no_dates": "Opgave {task} har ingen start- eller slutdato i opgavebeskrivelsen.",
    "when_no_start": "Opgave {task} har ingen startdato i opgavebeskrivelsen. Den har kun en slutdato:",
}

# How many steps or listed items a task has (knowledge/qa/intents/counts.py, steps.py)
TEXTS |= {
    "overview_steps_1": "{n} trin",
    "overview_steps": "{n} trin",
    "count_steps": "Opgave {task} har {n} trin:",
    "count_steps_1": "Opgave {task} har {n} trin:",
    "count_listed": "Opgaven nævner {n}{noun}:",  # noun: ' registre', the list's own word (or '')
    "step_missing": "Opgave {task} har {n} trin; trin {step} findes ikke.",
    "step_missing_1": "Opgave {task} har {n} trin; trin {step} findes ikke.",
    "step_none_before_first": "Trin 1 er det første trin i opgave {task}; der er intet trin før det.",
    "step_after_named": "Efter trin {named} kommer trin {number}: {step}",
    "step_before_named": "Før trin {named} kommer trin {number}: {step}",
}

# A sentence of a task as the answer (knowledge/qa/intents/doer.py, context.py, values.py): Danish
# answers give the task's own words as they stand
TEXTS |= {
    "task_says": "{said}",
}

# Facts of the tasks' tables, 'Forvaltningsansvarlig for Prisme: Fujitsu' (knowledge/qa/intents/facts.py)
TEXTS |= {
    "facts_per_system": "{head} pr. system:",
    "facts_said": "Det står der:",
    "fact_line": "{subject}: {value}",
    "fact_of": "{context} for {subject}: {value}",  # a one-word context ('forvaltningsansvarlig')
    "fact_under": "{context}:\n{line}",  # a longer context is a heading
}

# What a task does not state: a field asked for (knowledge/qa/intents/fields.py), what follows if it
# is not done (consequence.py)
TEXTS |= {
    "field_not_stated": "Opgave {task} angiver ingen {names}.",
    "consequence_not_stated": "Opgave {tasks} siger ikke, hvad der sker, hvis den ikke gennemføres.",
}

# Mistakes in what a command asks of the workspace (bot/*.py raise them as KlikError): a number of
# days, a signature, steps, a role, a reminder choice, a task to remove, a wave or date, a snooze
TEXTS |= {
    "due_not_a_number": "Skriv antal dage som et tal, fx `due 30`, ikke «{raw}».",
    "due_too_far": "Højst {most} dage frem (et år), ikke «{raw}». Skriv fx `due 30`; overskredne opgaver "
                   "vises altid.",
    "pick_signature_none": "Opgave {task} kræver ingen underskrift ifølge vidensbasen.",
    "pick_signature_which": "Opgave {task} har {count} underskrifter; skriv hvilken: {listing}. Fx `/klik "
                            "{word} {task} 2`.",
    "pick_signature_only_one": "Opgave {task} har kun én underskrift ({document}); skriv `/klik {word} "
                               "{task}`.",
    "pick_signature_out_of_range": "Opgave {task} har underskrift 1-{count}, ikke {which}: {listing}.",
    "pick_signature_unknown": "Jeg kan ikke se hvilken underskrift «{which}» er på opgave {task}. Skriv "
                              "nummeret: {listing}.",
    "check_steps_none": "Opgave {task} har ingen nummererede trin at markere.",
    "check_steps_which": "Skriv hvilke trin; opgave {task} har trin {steps}.",
    "check_steps_unknown": "Trin {wrong} findes ikke; opgave {task} har trin {steps}.",
    "role_unknown": "Rollen {word} kender jeg ikke; skriv ansvarlig eller udfører.",
    "undo_steps_not_done": "Trin {steps} i opgave {task} er ikke markeret som udført.",
    "reminder_mode_unknown": "{word} er ikke et valg; skriv `samlet` (én besked om dagen), `hver` (én "
                             "besked pr. påmindelse) eller `fra` (ingen DM'er).",
    "remove_which_tasks": "Skriv hvilke opgaver der skal fjernes, fx `klik remove 433`.",
    "restore_nothing": "«{ref}» er hverken fjernet eller en medfølgende opgave, der er erstattet; der er "
                       "intet at gendanne. Se fjernede opgaver med `klik remove --list`.",
    "signature_add_what": "Skriv både dokumentet og hvem der skal underskrive, fx `klik signature add 433 "
                          "bestillingsformular --signer økonomichefen`.",
    "signature_add_exists": "Opgave {task} har allerede en underskrift på «{document}».",
    "golive_which": "Skriv hvilken bølge eller hvilket projekt, fx `golive \"KY - Bølge 3\" 2027-03-01`. "
                    "Kendte: {known}.",
    "golive_known": " Kendte: {known}.",
    "unknown_task": "Jeg kender ingen opgave der hedder {ref}.{hint}",
    "golive_unknown": "Jeg kender ingen bølge eller projekt der hedder «{wanted}».{hint}",
    "date_unreadable": "Jeg kan ikke læse «{raw}» som en dato. Skriv fx {examples}.",
    "golive_name_and_date": "Skriv både bølge og dato, fx `golive \"{name}\" 2027-03-01`.",
    "golive_which_for_date": "Skriv hvilken bølge eller hvilket projekt datoen gælder, fx `golive \"KY - "
                             "Bølge 3\" {day}`.",
    "golive_no_date": "Jeg kan ikke finde en dato sidst i «{text}». Skriv fx `golive \"KY - Bølge 3\" "
                      "2027-03-01` (dato som {examples}).",
    "golive_none_to_remove": "«{name}» har ingen go-live-dato at fjerne.",
    "date_bad_year": "«{raw}»: året {year} ser forkert ud. Skriv fx {examples}.",
    "date_bad_month": "«{raw}»: der er ingen måned {month} (dag kommer før måned: 1-3-2027 er 1. marts). "
                      "Skriv fx {examples}.",
    "date_bad_day": "«{raw}» er ikke en rigtig dato: {month} {year} har {last} dage.",
    "snooze_unreadable": "Jeg forstår ikke «{raw}» som en periode. Skriv fx `3d`, `3 dage` eller `1u` (en "
                         "uge = 5 arbejdsdage); `0` fjerner udsættelsen.",
    "snooze_too_long": "Udsæt højst {most} arbejdsdage ({weeks} uger) ad gangen, ikke «{raw}». Skriv fx "
                       "`3d` eller `2u`; `0` fjerner udsættelsen.",
    "reminder_every_days": "KLIK_REMINDER_EVERY_DAYS skal være et antal arbejdsdage fra 1 til 30, ikke "
                           "«{every}».",
    "reminder_hour": "KLIK_REMINDER_HOUR skal være et klokkeslæt som 9 eller 09:00, ikke «{raw}».",
    "sigcmd_nothing_to_undo_by_step": "Opgave {task}: {document} er ikke markeret som {what} med en "
                                      "kommando; den regnes som {what}, fordi trin {step} er udført. "
                                      "Fortryd trinnet: `/klik undo {task} {step}`.",
    "sigcmd_nothing_to_undo": "Opgave {task}: {document} er ikke markeret som {what}, så der er intet at "
                              "fortryde.",
}


# Export files that cannot be read (knowledge/parse.py): each names the file, the task and the line
TEXTS |= {
    "parse_in_file": "{path}: {why}",
    "parse_in_task": "opgave «{task}», linje {line}: {why}",
    "parse_at_line": "linje {line}: {why}",
    "parse_no_file": "filen findes ikke.",
    "parse_is_folder": "er en mappe, ikke en fil.",
    "parse_unreadable": "kan ikke læses ({why}).",
    "parse_empty": "Filen er tom.",
    "parse_no_task": "Filen indeholder ingen opgave.",
    "parse_task_lost": "opgaven blev ikke læst. Tjek at den har sin egen overskrift eller titel, og "
                       "eksportér den igen.",
    "parse_nul": "filen indeholder NUL-tegn (byte 0) og er beskadiget; der kan mangle tekst. Eksportér "
                 "opgaven igen fra KLIK og gem den som UTF-8.",
    "parse_binary": "Filen er ikke en tekstfil (den indeholder binære data). Eksportér opgaven fra KLIK som "
                    "tekst og prøv igen.",
    "parse_not_utf8": "Filen er ikke gemt som UTF-8 (ugyldig byte 0x{byte} på linje {line}). Gem den som "
                      "UTF-8 og prøv igen.",
    "parse_mojibake": "Filens tegn er kodet forkert (fx «{sample}» hvor der skulle stå æ, ø eller å). Gem "
                      "den som UTF-8 og prøv igen.",
    "parse_not_export": "Filen ligner ikke en KLIK-eksport: den har hverken «**Etiket** værdi»-linjer eller "
                        "tabulator-adskilte «Etiket<TAB>værdi»-linjer.",
    "parse_cut_task": "filen stopper efter feltet «{label}»: felterne {missing}, som filens andre opgaver "
                      "har, mangler. Filen ser ud til at være afkortet inde i sin sidste opgave. Eksportér "
                      "opgaven igen.",
    "parse_cut_label": "filen stopper midt i et felts navn («{label}»): den ser ud til at være afkortet. "
                       "Eksportér opgaven igen.",
    "parse_id_not_number": "Master-opgave ID er «{value}», men KLIK's ID er et tal (fx 433): eksporten ser "
                           "ud til at være beskadiget. Ret ID'et, eller eksportér opgaven igen.",
    "parse_two_ids": "opgaven har to forskellige ID: «{first}» (linje {line1}) og «{second}» (linje "
                     "{line2}). Står der to opgaver i filen, mangler den anden sin «## Titel»-overskrift; "
                     "tilføj den, eller eksportér opgaverne igen.",
    "parse_two_titles": "opgaven har to forskellige titel: «{first}» (linje {line1}) og «{second}» (linje "
                        "{line2}). Står der to opgaver i filen, mangler den anden sin «## Titel»-overskrift; "
                        "tilføj den, eller eksportér opgaverne igen.",
    "parse_title_only": "opgaven har kun sin titel og ingen andre felter (linje {line}): to titler står lige "
                        "efter hinanden, eller opgavens indhold mangler. Eksportér opgaverne igen.",
    "parse_field_twice": "feltet «{label}» står to gange i opgaven (linje {line1} og {line2}) med "
                         "forskelligt indhold. Mangler den næste opgave sin titel eller «## »-overskrift? "
                         "Dens felter ser ud til at begynde på linje {start}.",
    "parse_cut_html": "Feltet «{label}» stopper midt i HTML{where}: filen ser ud til at være afkortet. "
                      "Eksportér opgaven igen.",
    "parse_no_title": "Opgaven har ingen titel: der er hverken en «## Titel»-overskrift eller et "
                      "«Opgavetitel»-felt. Eksportér opgaven igen med titlen med.",
    "parse_no_id": "Opgaven «{title}» har hverken et Master-opgave ID eller en kode i parentes forrest "
                   "eller bagerst i titlen (fx «(eFaktura 8b) ...»), så den kan ikke slås op.",
    "parse_not_days": "Feltet «{label}» skal være et helt antal dage (fx -144), men er «{value}».",
    "parse_not_yes_no": "Feltet «{label}» skal være «Ja» eller «Nej», men er «{value}».",
}


# What an import refuses (bot/catalog.py); a file's own problems are the parse_* messages
TEXTS |= {
    "import_no_files": "Angiv mindst én fil at importere, fx: klik import opgave.md",
    "import_nothing": "Intet blev importeret.\n{problems}",
    "import_nothing_shorter": "Intet blev importeret.\n{problems}\nEr eksporten afkortet? Eksportér opgaven "
                              "igen fra KLIK. Skal den nye udgave bruges alligevel, så importér med --force.",
    "import_twice": "findes også i {other} (linje {line}); importér kun én af dem.",
    "import_twice_in_file": "findes også på linje {line}; importér kun én af dem.",
    "import_loses": "den nye udgave mister {lost} i forhold til den kendte udgave (dens tekst slutter på "
                    "linje {end}).",
}

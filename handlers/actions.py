"""Action ids shared between the Home tab, messages and modals (a button in one feature may open a
modal another feature owns; they agree on these names instead of importing each other)."""

OPEN_ASSIGN = "klik_open_assign"  # value: task id
OPEN_SNOOZE = "klik_open_snooze"  # value: task id
OPEN_GOLIVE = "klik_open_golive"  # value: wave/project name or ""
OPEN_SIGNATURE = "klik_open_signature"  # value: task id
OPEN_STATUS = "klik_open_status"  # value: task id
HOME_STEP = "klik_home_step"  # value: "TASK STEP"
HOME_MORE = "klik_home_more"  # value: how many of my tasks to show
COMPLETE_ANYWAY = "klik_complete_anyway"  # value: task id

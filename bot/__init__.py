"""What the municipality does with the tasks: store, progress, deadlines, reminders, the app and CLI."""

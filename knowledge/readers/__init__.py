"""One reader per KLIK export format: each turns a file's text into raw tasks with line numbers."""

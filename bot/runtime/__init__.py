"""The runtime: the Slack app factory (`app`), the HTTP server (`server`), Socket Mode (`socket`),
the reminder scheduler (`scheduler`), and what the Slack layer plugs into them (`edge`)."""

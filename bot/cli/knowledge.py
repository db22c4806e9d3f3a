"""`klik show`, `klik list`, `klik import`: the tasks the bot knows."""

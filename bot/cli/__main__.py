"""`python -m bot.cli` runs `klik`."""

from bot.cli import main

main()

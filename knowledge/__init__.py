"""What the KLIK tasks say: models, export parsers, shipped seeds, search and answering (pure Python)."""

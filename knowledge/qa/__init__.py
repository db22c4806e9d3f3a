"""Question answering: analyse a question once (language, intent, expected answer type, entities),
let one small intent module per kind of question answer it, and return data for the edge to word."""

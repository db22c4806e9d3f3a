"""ascii_fold folds each distinct non-ASCII character on its own: the same as decomposing the text whole."""

import unicodedata

from knowledge.fold import _ASCII_PAIRS, ascii_fold


def _whole_text_fold(text: str) -> str:
    """ascii_fold as it was: the whole text decomposed, every combining mark dropped."""
    text = text.casefold()
    for letter, written in _ASCII_PAIRS:
        text = text.replace(letter, written)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_danish_letters_and_accents():
    assert ascii_fold("Bølge") == "boelge"
    assert ascii_fold("Æblegård") == "aeblegaard"
    assert ascii_fold("Café – Økonomi") == "cafe – oekonomi"  # a dash is no accent: kept
    assert ascii_fold("naïve “quote”") == "naive “quote”"


def test_each_character_as_the_whole_text_folds_it():
    chars = [chr(i) for i in range(0xA0, 0x2100) if unicodedata.category(chr(i))[0] not in "CZ"]
    for ch in chars:
        text = f"a{ch}b{ch}\u0301c{ch}\u0327\u0301"  # (combining marks after it, in both orders)
        assert ascii_fold(text) == _whole_text_fold(text), ch


def test_texts_of_mixed_characters():
    texts = ["Lønsystem – Kodym Cloud (B5)", "Ångström ﬁle ½", "e\u0301 o\u0308 A\u030a",
             "Zoë's “Łódź” résumé"]
    for text in texts:
        assert ascii_fold(text) == _whole_text_fold(text), text

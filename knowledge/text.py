"""Clean text from KLIK exports: line endings, whitespace, markdown escapes, HTML, look-alike letters."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from html.parser import HTMLParser

# Cyrillic and Greek letters drawn like Latin ones. A copy-paste slip puts them inside Danish
# words ("udpeг"), where they break search and matching.
_LOOKALIKE = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "ë", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "ï", "ј": "j", "ԁ": "d",
    "һ": "h", "ԛ": "q", "ԝ": "w", "ү": "y",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "У": "Y", "Ѕ": "S", "І": "I", "Ј": "J", "Ү": "Y",
    # Greek
    "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}
# Cyrillic letters with no Latin twin: inside a Latin word they stand for their transliteration
# (the seed's "udpeг" is the Danish "udpeg").
_TRANSLIT = dict(zip("бгдзийлпфцчшщьыэюяж", ["b", "g", "d", "z", "i", "j", "l", "p", "f", "c", "ch",
                                              "sh", "shch", "", "y", "e", "ju", "ja", "zh"], strict=True))

# Zero-width characters, the soft hyphen, bidi marks and overrides (U+202A-202E, U+2066-2069: they
# reorder what a reader sees), and control characters other than tab and newline (a stray NUL or
# form feed from a copy-paste): none of them is text anyone meant to store.
_INVISIBLE = dict.fromkeys(
    [*map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f\u061c"),
     *range(0x202A, 0x202F), *range(0x2066, 0x206A),
     *(c for c in range(0x20) if c not in (9, 10)), *range(0x7F, 0xA0)])
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2002\u2003\u2009\u2000\u2001\u2004\u2005"
                                 "\u2006\u2008\u200a\u205f\u3000"), " ")
# Non-breaking and soft-wrap hyphens are hyphens ('KP\u2011systemansvarlig').
_HYPHENS = dict.fromkeys(map(ord, "\u2010\u2011"), "-")
_WORD = re.compile(r"[^\W\d_]+")
# Only a text with a letter _fix_word can map may change (the letters in the Greek and Cyrillic
# blocks whose own form, or lower case, is mapped): the rest need not be split into words.
_MAPPABLE = re.compile("[" + "".join(ch for ch in map(chr, [*range(0x370, 0x530), *range(0x1C80, 0x1C90),
                                                            *range(0xA640, 0xA6A0)])
                                     if ch in _LOOKALIKE or ch.lower() in _TRANSLIT) + "]")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")


def normalize_newlines(text: str) -> str:
    """Windows and old Mac line endings become '\\n'."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


_CHARACTERS = {**_INVISIBLE, **_SPACES, **_HYPHENS}  # disjoint keys, values never keys: one pass is the same
# str.translate with a dict is a Python-speed loop over every character; most texts need none of it.
_NEEDS_CHARACTERS = re.compile("[" + re.escape("".join(map(chr, _CHARACTERS))) + "]")


def clean_characters(text: str) -> str:
    """NFC, no invisible characters, ordinary spaces, Latin letters inside Latin words."""
    text = unicodedata.normalize("NFC", text)
    if _NEEDS_CHARACTERS.search(text):
        text = text.translate(_CHARACTERS)
    return fix_lookalikes(text)


# A hyphen ending a word before 'og'/'eller' is no dash but the word's shared ending left out
# ('Social- og Sundhedsdata', 'Børne- eller Ungeområdet'): it stays as written.
_DASH = re.compile(r"\s*[\u2012\u2013\u2014\u2015\u2212]\s*|\s+-\s*"
                   r"|(?<!\w)-\s+|(?<=\w)-\s+(?!(?:og|eller|samt|and|or)\s)")
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"',
                         "\u00bb": '"', "\u2033": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'",
                         "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'"})


def clean_name(text: str) -> str:
    """One spelling of a name (project, wave, task code): 'KY – Bølge 3', 'KY—Bølge 3' and
    'KY -  Bølge 3' all become 'KY - Bølge 3'; typographic quotes become plain ones. A hyphen inside
    a word ('KP-systemansvarlig') and before 'og' ('Social- og Sundhedsdata') stays."""
    text = one_line(text.translate(_NAME_CHARS))
    if "-" in text or "\u2212" in text or any("\u2012" <= ch <= "\u2015" for ch in text):
        return _DASH.sub(" - ", text).strip(" -") if text.strip(" -") else text
    return text


# a checklist's box ('- [ ] ', '[x] ', '☐ ') is a marker too: the item's text is what follows it
_MARKER = re.compile(r"^(?:(?:[-–—•*·▪◦‣●○■□☐☑☒➢➤►✓✔]|\[[ xX✓]?\]|\d{1,2}[.)](?!\d))[ \t]+)+")


_NAME_CHARS = {**_INVISIBLE, **_SPACES, **_HYPHENS, **_QUOTES}  # one pass over a name


def strip_marker(text: str) -> str:
    """'- Drift: KMD', '• - Drift: KMD', '1) Drift: KMD' -> 'Drift: KMD': list markers left inside
    a list item's own text (an exporter writes '<li>- Drift</li>')."""
    return _MARKER.sub("", text.strip())


@lru_cache(maxsize=512)
def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0]  # LATIN, CYRILLIC, GREEK, ...


def fix_lookalikes(text: str) -> str:
    """Replace Cyrillic/Greek letters inside otherwise-Latin words; real Cyrillic/Greek words stay."""
    if text.isascii() or not _MAPPABLE.search(text):
        return text
    # No word spans a line: only the lines with such a letter are split into words.
    return "\n".join(_WORD.sub(_fix_word, line) if _MAPPABLE.search(line) else line
                     for line in text.split("\n"))


# The letters up to U+00FF whose script is Latin: a word of only these (most) has nothing to replace.
_PLAIN_LATIN = "".join(ch for ch in map(chr, range(0x100)) if unicodedata.name(ch, "").startswith("LATIN "))


def _fix_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if not word.strip(_PLAIN_LATIN):
        return word
    scripts = [_script(ch) for ch in word]
    latin = scripts.count("LATIN")
    foreign = len(word) - latin
    if not foreign or latin < foreign:  # mostly Cyrillic/Greek: a real word of that script
        return word
    out = []
    for ch, script in zip(word, scripts, strict=True):
        if script == "LATIN":
            out.append(ch)
        elif ch in _LOOKALIKE:
            out.append(_LOOKALIKE[ch])
        elif ch.lower() in _TRANSLIT:
            repl = _TRANSLIT[ch.lower()]
            out.append(repl.upper() if ch.isupper() else repl)
        else:
            return word  # a letter we cannot map: leave the word as written
    return "".join(out)


def unescape_markdown(text: str) -> str:
    r"""'SF1590\_A' -> 'SF1590_A'."""
    return _MD_ESCAPE.sub(r"\1", text)


# (what a text must hold for the pattern to match, pattern, replacement): the test in C is much
# cheaper than the regex, and most values have no markdown at all.
_MARKDOWN = [("<http", re.compile(r"<(https?://[^>\s]+)>"), r"\1"),
             ("](http", re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)"), r"\1 (\2)"),
             ("**", re.compile(r"(?<![\\*])\*\*(.+?)\*\*"), r"\1"),
             ("*", re.compile(r"(?<![\\*\w])\*(?!\s)([^*\n]+?)(?<!\s)\*(?!\w)"), r"\1"),
             ("__", re.compile(r"(?<![\\\w])__(.+?)__(?!\w)"), r"\1")]


def strip_markdown(text: str) -> str:
    """Markdown emphasis, autolinks and escapes removed; HTML entities decoded."""
    for needed, pattern, replacement in _MARKDOWN:
        if needed in text:
            text = pattern.sub(replacement, text)
    return html.unescape(unescape_markdown(text) if "\\" in text else text)


BARE_RULE = re.compile(r"[ \t]*-{3,}[ \t]*$")


def is_bare_pipe_row(line: str) -> bool:
    """'Parktoilet | dagligt | hver 3. dag': cells parted by ' | ' without the outer pipes; not a list item
    or a numbered step ('- Gå til Indstillinger | Vagter' is a step's menu path)."""
    line = line.strip()
    return " | " in line and not line.startswith("|") and not line.endswith("|") and not _LISTED.match(line)


_LISTED = re.compile(r"(?:[-•*·–]|\d+[.)])\s")


def ruled_pipe_tables(text: str) -> str:
    """A table written as cells parted by ' | ' without the outer pipes, with a rule ('----') right after
    its first row, as Word saves one (its rows may stand apart by blank lines): written as the
    rows of a pipe table ('| Type | Sommer | Vinter |'), one after the other, which is how the tables that
    keep a row's cells together are read. The rule is what says the first row is a header: lines with
    pipes but no rule (numbered steps 'Gå til Indstillinger | Brugere', a row without a header) stay as
    written; a rule line is dropped either way, as the reader drops every other."""
    if "-" not in text or " | " not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        run, end = _ruled_run(lines, i)
        if len(run) >= 2:
            if lines[i].strip() != " | ".join(run[0]):
                out.append("")  # the blank line and rule before the table: a paragraph's end
            out += ["| " + " | ".join(cells) + " |" for cells in run]
            i = end
            continue
        if not BARE_RULE.match(lines[i]):
            out.append(lines[i])
        i += 1
    return "\n".join(out)


def _ruled_run(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """The rows of the ruled bare pipe table whose first row (or the rule before it) is line i, and the line
    after its last row; no rows when there is no such table."""
    start, before = i, False
    while start < len(lines) and (BARE_RULE.match(lines[start]) or not lines[start].strip()):
        before = before or bool(BARE_RULE.match(lines[start]))
        start += 1
    if not before and start != i:
        return [], i  # blank lines without a rule: the row after them starts its own run
    run: list[list[str]] = []
    after = False
    end = j = start
    while j < len(lines):
        line = lines[j].strip()
        if not line or (BARE_RULE.match(line) and len(run) == 1):
            after = after or bool(line)
            j += 1
            continue
        cells = [c.strip() for c in line.split(" | ")] if is_bare_pipe_row(line) else []
        if len(cells) < 2 or not all(cells) or (run and len(cells) != len(run[0])):
            break
        run.append(cells)
        end = j = j + 1
    # only a rule under the first row makes it the header: a rule above may just end a paragraph above
    # a table without one ('---' over 'Nordhallen | Mandag | Jens' made a hall and a day column names)
    return (run, end) if run and after else ([], i)


def tidy(text: str) -> str:
    """Spaces collapsed within lines, lines stripped, at most one blank line in a row."""
    lines = [" ".join(line.split()) for line in normalize_newlines(text).split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def one_line(text: str) -> str:
    """All whitespace (including newlines) collapsed to single spaces."""
    return " ".join(text.split())


# ---------------------------------------------------------------- HTML values

_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "blockquote"}
_LIST_TAGS = {"ul", "ol"}
# a rich-text editor wraps each list item's text in paragraphs ('<li><p>...</p></li>'): inside an item
# they are no new block, so the item stays one step, one fact
_INLINE_IN_ITEM = {"p", "div", "br"}


class _Blocks(HTMLParser):
    """Splits an HTML fragment into paragraphs and lists; the exports leave lists unclosed and
    write items inline (' - a - b', ' 1. a 2. b') instead of <li>, so both are handled."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, list[str]]] = []  # (kind, parts): kind p / ul / ol
        self._kind = "p"
        self._buf: list[str] = []
        self._items: list[str] | None = None
        self._in_item = False  # inside an <li> not yet closed
        self._nested = 0  # lists opened inside an item: their items continue that item
        self._open = 0  # paragraphs and cells opened and not yet closed: text outside them is bare

    def _flush(self) -> None:
        text = "".join(self._buf)
        self._buf = []
        if self._items is not None:
            if text.strip():
                self._items.append(text)
            return
        if text.strip():
            self.blocks.append(("p", [text]))

    def _close_list(self) -> None:
        self._flush()
        if self._items is not None:
            self.blocks.append((self._kind, self._items))
        self._items, self._kind = None, "p"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _LIST_TAGS and self._in_item and self._items is not None:
            self._nested += 1  # '<li>Hent aftalen<ul><li>Den ligger i KLIK</li></ul></li>': one step
        elif tag in _LIST_TAGS:
            self._close_list()
            self._kind, self._items = tag, []
        elif tag == "li" and self._nested:
            self._buf.append(" - ")
        elif tag == "li":
            self._flush()
            self._buf.append("\x00")  # marks an explicit item start
            self._in_item = True
        elif tag in _INLINE_IN_ITEM and self._in_item and self._items is not None:
            self._buf.append(" ")  # '<li><p>Modtag aftalen</p><p>Den kommer som PDF.</p></li>': one item
        elif tag in _BLOCK_TAGS:
            if tag == "p" and self._items is not None:
                self._close_list()  # <p> cannot live in a list: the list ended unclosed
            self._flush()
            self._open += tag in _OPENS

    def handle_endtag(self, tag: str) -> None:
        if tag in _LIST_TAGS and self._nested:
            self._nested -= 1
        elif tag in _LIST_TAGS:
            self._close_list()
            self._in_item = False
        elif tag == "li" and self._nested:
            self._buf.append(" ")
        elif tag in _INLINE_IN_ITEM and self._in_item and self._items is not None:
            self._buf.append(" ")
        elif tag in _BLOCK_TAGS or tag == "li":
            self._flush()
            self._in_item = self._in_item and tag != "li"
            self._open = max(0, self._open - (tag in _OPENS))

    def handle_data(self, data: str) -> None:
        if self._open or self._items is not None or self._buf or not _BLANK_LINE.search(data.strip()):
            self._buf.append(data)
            return
        # text outside every tag, written in paragraphs ('**Beskrivelse** Intro ...\n\nBurskemaet godkendes
        # ...' before a '<p>Sådan gør I: ...</p>'): its paragraphs stay apart, as the same text without HTML
        # would; a paragraph of list items or table rows stays with the one before, glued as before (its lines
        # made into items became facts answering what they do not), and so does one after a lead ending in ':'
        # ('Ved spørgsmål kontakt:' / 'Lise Bølge, ...'; 'Følgende skal underskrives ...:' / 'Brugeraftalen')
        for para in _BLANK_LINE.split(data.strip()):
            if self.blocks and self.blocks[-1][0] == "bare" and \
                    (_LINED.match(para) or self.blocks[-1][1][0].rstrip().endswith(":")):
                self.blocks[-1][1][0] += " " + para
            else:
                self.blocks.append(("bare", [para]))

    def close(self) -> None:
        super().close()
        self._close_list()


_OPENS = {"p", "div", "td", "th", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"}
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
# a paragraph that opens with a list item or a table row: '- Adresse', '1. Hent', '| Burtype | Hverdage |'
_LINED = re.compile(r"\s*(?:[-*•]\s|\d{1,2}[.)]\s|\|)")


_HTML_TAG = re.compile(r"</?(p|ol|ul|li|br|div|b|i|strong|em|a|span|table|tr|td|th)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    return "<" in text and bool(_HTML_TAG.search(text))  # most values hold no '<': not scanned


@lru_cache(maxsize=512)  # pure, and an export repeats its values from task to task
def html_to_text(fragment: str) -> str:
    """Readable text: paragraphs separated by blank lines, list items one per line."""
    return render_blocks(html_blocks(fragment))


def html_blocks(fragment: str) -> list[tuple[str, list[str]]]:
    """[(kind, parts)]: kind 'p' has one text; 'ul'/'ol' have one text per item."""
    parser = _Blocks()
    parser.feed(fragment)
    parser.close()
    blocks = []
    for kind, parts in parser.blocks:
        if kind in ("p", "bare"):  # an item marker outside a list ('<li>' after '</ul>') is only a break
            blocks.append(("p", [one_line(parts[0].replace("\x00", " "))]))
        else:
            blocks.append((kind, _list_items(kind, parts)))
    return blocks


def _list_items(kind: str, parts: list[str]) -> list[str]:
    items: list[str] = []
    for part in parts:
        explicit = part.startswith("\x00")
        text = one_line(part.lstrip("\x00"))
        if explicit and kind == "ul":
            text = strip_marker(text)  # '<li>- Drift: KMD</li>': the tag already makes it an item
        elif explicit:
            text = re.sub(r"^(\d{1,2}[.)]\s+)?" + _MARKER.pattern[1:], r"\1", text)
        if explicit:
            items.append(text)
        elif kind == "ol" and (numbered := split_numbered(text)):
            items.extend(f"{n}. {t}" for n, t in numbered)
        elif kind == "ol":
            items.append(text)
        else:
            items.extend(split_dashed(text))
    if kind == "ol":  # explicit <li> without their own numbers get them from their position
        items = [t if re.match(r"\d+[.)]\s", t) else f"{i}. {t}" for i, t in enumerate(items, 1)]
    return [t for t in items if t]


def render_blocks(blocks: list[tuple[str, list[str]]]) -> str:
    out = []
    for kind, parts in blocks:
        if kind == "p":
            out.append(parts[0])
        elif kind == "ul":
            out.append("\n".join(f"- {p}" for p in parts))
        else:
            out.append("\n".join(parts))
    return "\n\n".join(p for p in out if p)


def split_dashed(text: str) -> list[str]:
    """' - a - b' -> ['a', 'b']: dash items written on one line."""
    if not text.lstrip().startswith(("-", "•")):
        return [text] if text.strip() else []
    return [one_line(p) for p in re.split(r"(?:^|\s)[-•]\s+", text) if p.strip()]


_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)]\s+")


def split_numbered(text: str) -> list[tuple[int, str]]:
    """'1. a 2. b' -> [(1, 'a'), (2, 'b')]. Only a run 1, 2, 3 ... counts, so a date such as
    'den 3. maj' inside an item does not split it."""
    starts: list[re.Match[str]] = []
    for m in _NUMBER.finditer(text):
        if int(m.group(1)) == len(starts) + 1:
            starts.append(m)
    if not starts or starts[0].start() != len(text) - len(text.lstrip()):
        return []
    ends = [m.start() for m in starts[1:]] + [len(text)]
    return [(i, one_line(text[m.end():end])) for i, (m, end) in enumerate(zip(starts, ends, strict=True), 1)]

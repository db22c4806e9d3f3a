"""The rows of the HTML tables in an export's field: a row keeps together what its cells say
('Bilag 1 | Jobcenterchefen | Senest 20 dage før go-live'), which the text made of it does not."""

from __future__ import annotations

from html.parser import HTMLParser

from knowledge.text import one_line


class _Rows(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._cells: list[str] | None = None
        self._buf: list[str] | None = None

    def _end_cell(self) -> None:
        if self._buf is not None and self._cells is not None:
            self._cells.append(one_line("".join(self._buf)))
        self._buf = None

    def _end_row(self) -> None:
        self._end_cell()
        if self._cells:
            self.rows.append([c for c in self._cells if c])
        self._cells = None

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "tr" or (tag in {"td", "th"} and self._cells is None):
            self._end_row()
            self._cells = []
        if tag in {"td", "th"}:
            self._end_cell()  # an unclosed cell ends where the next starts
            self._buf = []
        elif tag == "br" and self._buf is not None:
            self._buf.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"td", "th"}:
            self._end_cell()
        elif tag in {"tr", "table"}:
            self._end_row()

    def handle_data(self, data: str) -> None:
        if self._buf is not None:
            self._buf.append(data)


def table_rows(fragment: str) -> list[list[str]]:
    """[[cell, ...], ...] for every table row with text in `fragment` (none without '<td'/'<th')."""
    if "<t" not in fragment.casefold():
        return []
    parser = _Rows()
    parser.feed(fragment)
    parser.close()
    parser._end_row()
    return [row for row in parser.rows if row]

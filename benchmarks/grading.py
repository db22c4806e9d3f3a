"""The grading rules of question sets (../shared/eval/README.md): keywords casefolded with dashes and
no-break spaces made plain, short keywords as whole words, citation lines not matched, sources
compared without case, spaces and punctuation, and `found` as expected."""

from __future__ import annotations

import re

_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                         "\u2212": "-", "\u00a0": " ", "\u202f": " "})
_CITATION = re.compile(r"^\W*(kilde|kilder|source|sources)\s*:", re.IGNORECASE)


def norm_text(s: str) -> str:
    return re.sub(r"\s+", " ", s.translate(_DASHES)).casefold()


def answer_body(answer: str) -> str:
    return "\n".join(line for line in answer.splitlines() if not _CITATION.match(line))


def has_keyword(text: str, keyword: str) -> bool:
    k = norm_text(keyword).strip()
    if len(k) <= 3 and re.fullmatch(r"\w+", k):
        return re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text) is not None
    return k in text


def norm_ref(s: str) -> str:
    s = re.sub(r"[^\w]", "", s.casefold())
    return s[len("opgave"):] if s.startswith("opgave") and len(s) > len("opgave") else s


def source_refs(sources) -> set[str]:
    strings = [s for s in sources or [] if isinstance(s, str)]
    strings += [v for s in sources or [] if isinstance(s, dict) for v in s.values() if isinstance(v, str)]
    refs = set()
    for s in strings:
        refs.add(norm_ref(s))
        refs.update(norm_ref(m) for m in re.findall(r"\(([^)]+)\)", s))
        refs.add(norm_ref(re.split(r":|\s[\u2013-]\s", s)[0]))
    return refs


def grade(q: dict, a: dict) -> list[str]:
    """Why this answer fails the question (empty when it passes)."""
    why = []
    expect_found = q.get("found", True)
    text = norm_text(answer_body(str(a.get("answer", ""))))
    if bool(a.get("found")) != expect_found:
        why.append(f"found={a.get('found')} (expected {expect_found})")
    why += [f"contains forbidden {k!r}" for k in q.get("none", []) if has_keyword(text, k)]
    if not expect_found:
        return why
    missing = [k for k in q.get("all", []) if not has_keyword(text, k)]
    if missing:
        why.append(f"missing {missing}")
    if q.get("any") and not any(has_keyword(text, k) for k in q["any"]):
        why.append(f"none of {q['any']}")
    refs = source_refs(a.get("sources"))
    lost = [s for s in q.get("src", []) if norm_ref(s) not in refs]
    if lost:
        why.append(f"sources lack {lost}")
    return why

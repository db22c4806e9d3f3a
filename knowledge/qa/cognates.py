"""English words spelled the Danish way: 'conversion' -> 'konvertering', 'indexing' ->
'indeksering', 'certificate' -> 'certifikat'. Regular spelling and suffix correspondences,
tried only against the words the tasks contain, so a guess never invents a word."""

from __future__ import annotations

import re

# Letters English writes where Danish writes others, applied in order.
_LETTERS = (("ph", "f"), ("th", "t"), ("qu", "kv"), ("ck", "k"), ("ch(?=[aeiou]?t)", "k"),
            ("x", "ks"), ("w", "v"), ("z", "s"), ("c(?=[aoulrt]|$)", "k"), ("c(?=[eiy])", "s"),
            ("y(?=[^aeiou]|$)", "i"))
# English ending: Danish endings, longest English ending first ('-' is no ending); the stem is
# what precedes the English ending.
_ENDING_TABLE = """
ications: ikationer ikation icering ikering | ication: ikation icering ikering
izations: iseringer isering | ization: isering | isations: iseringer isering | isation: isering
ations: ationer ation eringer ering | ation: ation ering | tions: tioner tion ering
tion: tion ering tering | sions: sioner sion tering | sion: sion tering tion
ings: eringer inger ering | ing: ering ing else - | ities: iteter itet | ity: itet
ized: iseret | ised: iseret | izes: iserer | ises: iserer | ize: isere | ise: isere
ated: eret at | ates: erer ater | ate: ere at | ed: eret et ede - | ies: ier i
ical: isk | ic: isk ik | ik: isk ik | ments: menter ment | ment: ment
ers: ere erer er | er: er ør | ors: ører orer or | or: ør or
ure: ur | ence: ens | ance: ance ans | ive: iv | ous: øs
es: er e - | s: er - | e: - e | -: - e er
"""
_ENDINGS = [(end.strip().strip("-"), tuple(d.strip("-") for d in danish.split()))
            for row in _ENDING_TABLE.replace("\n", "|").split("|") if row.strip()
            for line in [row.strip()]
            for end, _, danish in [line.partition(":")]]


def spellings(word: str) -> list[str]:
    """Danish spellings an English word may have, most likely first (without the word itself)."""
    word = word.casefold()
    if len(word) < 5 or not word.isalpha():
        return []
    bases = []
    for rules in (_LETTERS, [r for r in _LETTERS if r[1] != "s" or r[0] == "z"]):  # 'certifikat' keeps c
        moved = word
        for pattern, to in rules:
            moved = re.sub(pattern, to, moved)
        bases.append(moved)
    bases.append(word)
    bases = list(dict.fromkeys(bases))
    out: list[str] = []
    for base in bases:
        for ending, danish in _ENDINGS:
            if ending and not base.endswith(ending):
                continue
            stem = base[:len(base) - len(ending)] if ending else base
            if len(stem) < 4:
                continue
            out += [stem + d for d in danish]
            break
    return [w for w in dict.fromkeys(out) if w != word]

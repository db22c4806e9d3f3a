"""The words that frame a yes/no question (necessity, permission, leaving out), taken out of its content."""

from __future__ import annotations

# Words that only frame a yes/no question as one of necessity or permission: 'er det nødvendigt at
# sende X?', 'behøver vi X?', 'har vi lov til at X?', 'is it required to X?' ask whether X is to be
# done, which the sentence saying to do X settles. 'Gælder det (også) for X, at ...' frames X likewise.
_NEED = frozenset("nødvendigt nødvendig nødvendige nødvendigvis behøver behøve behøves nødt pligt forpligtet "
                  "forpligtede påkrævet påkrævede krævet lov tilladt tilladelse muligt ok okay "
                  "necessary required needed need needs allowed permitted".split())
# 'kan vi nøjes med X?' asks whether X alone is enough: a frame as 'er det nok med X?', and an 'only'
# (settling.py) that 'både X og Y' denies
_ENOUGH_ALONE = frozenset("nøjes nøjs nojes".split())
_NEED = _NEED | _ENOUGH_ALONE
_NEED_IF_FOLLOWED = frozenset("krav gælder".split())  # 'et krav, at X', 'gælder det for X'
# Words asking whether a thing may be left out: 'kan vi springe testen over?', 'må vi undlade X?',
# 'can we skip X?'. The sentence saying to do X answers it with a 'Nej'.
_SKIP = frozenset("springe spring springer springes undlade undlader undlades droppe dropper droppes drop "
                  "slippe slipper skippe skip skipped omit ignorere ignore".split())

# Phrases that work as one preposition: their noun is no word of what the question is about
_PREPOSITION_PHRASES = frozenset({("i", "forbindelse", "med"), ("i", "løbet", "af"), ("i", "henhold", "til"),
                                  ("med", "henblik", "på"), ("ved", "hjælp", "af"), ("på", "grund", "af")})


def frame(q) -> None:
    """Take the words that frame a yes/no question (necessity, permission, leaving out) out of what it
    is about; a question of leaving a thing out is marked 'skip', and in a 'hvad sker der, hvis vi
    springer X over?' the leaving out is a negation."""
    conditional = q.has("if") or q.has("consequence")
    if not (q.yesno or conditional):
        return
    for t in q.tokens:
        word = t.surface.casefold()
        after = q.tokens[t.pos + 1].surface.casefold() if t.pos + 1 < len(q.tokens) else ""
        before = q.tokens[t.pos - 1].surface.casefold() if t.pos else ""
        if q.yesno and (before, word, after) in _PREPOSITION_PHRASES:
            t.weight, t.role, t.match, t.concepts = 0.0, "stop", 1.0, frozenset()
            continue  # 'skal der underskrives en aftale i forbindelse med X?' asks about X
        skip = word in _SKIP
        need = q.yesno and (word in _NEED or (word in _NEED_IF_FOLLOWED and after in ("at", "om", "det",
                                                                                     "dette"))
                            or (word == "brug" and after == "for"))  # 'er der brug for X?': needed
        if not (skip or need):
            continue
        t.weight, t.role, t.match, t.concepts = 0.0, "stop", 1.0, frozenset()
        if skip and q.yesno and not conditional:
            q.concepts.add("skip")
        elif skip:
            t.concepts = frozenset({"negation"})
            q.concepts.add("negation")

"""Prices: an amount paid towards a thing (a grant) or a share paid is no price asked."""

from __future__ import annotations

import re

# a share after 'betaler selv' ('35 procent af behandlingen'); a question of what someone pays
_SHARE_NEXT = re.compile(r"\s+(?:\w+\s+)?\d[\d,.]*\s*(?:%|procent|pct)", re.I)
_PAYS_ASKED = re.compile(r"\b(betal\w*|pays?|paid)\b")
# an amount given as a grant, a refund or a discount ('et tilskud på 2.000 kr.', '500 kr. i refusion'):
# money paid towards a thing, not what it costs; a question that names the grant asks it
_GRANTS = r"(?:tilskud|støtte|refusion|godtgørelse|rabat|kompensation|subsid|grant|refund|discount)\w*"
_GRANT_BEFORE = re.compile(r"\b" + _GRANTS + r"\s+(?:på|of)\s+(?:op\s+til\s+|højst\s+|ca\.\s+|up\s+to\s+)?$",
                           re.I)
_GRANT_AFTER = re.compile(r"\s*(?:i|som|til|in|as)\s+" + _GRANTS, re.I)
_GRANT_ASKED = re.compile(r"\b\w*" + _GRANTS, re.I)


def _granted(text: str, m: re.Match) -> bool:
    """Whether the amount m is given as a grant: 'et tilskud på 2.000 kr.', '500 kr. i refusion'."""
    return bool(_GRANT_BEFORE.search(text[:m.start()]) or _GRANT_AFTER.match(text[m.end():]))


def _price_no_answer(value: str, m: re.Match, text: str, asked: str) -> bool:
    """Whether an amount found is no price asked: a share someone pays, or money paid towards a thing."""
    if value == "betaler selv" and _SHARE_NEXT.match(text[m.end():]) and not _PAYS_ASKED.search(asked):
        return True  # 'Borgeren betaler selv 35 procent' is a share; 'hvad koster X?' asks a price
    # 'et tilskud på 2.000 kr.' pays towards a thing; 'hvad koster X?' asks its price
    return _granted(text, m) and not _GRANT_ASKED.search(asked)

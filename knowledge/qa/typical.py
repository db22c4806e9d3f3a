"""Whether a figure the tasks give for municipalities in general is read as the asker's own."""

from __future__ import annotations

import re

from knowledge.fold import ascii_fold
from knowledge.general_figures import GENERAL_CUES
from knowledge.qa.analysis import Question
from knowledge.qa.gate.reading import _sentences
from knowledge.qa.types import Expect, holds

# the asker's own municipality: 'vores kommune', 'har vi', 'kommunen' (the definite one is the asker's)
_OWN = re.compile(r"\b(?:vores|vor|vi|os|kommunen|our|we|us)\b")
# a municipality in general: 'en (mellemstor) kommune', 'de fleste kommuner', 'typisk', 'i gennemsnit'
# ('Kommunen sender typisk et par hundrede breve', 'typisk mellem 3 og 8 zoner': 'typisk' alone may be the
# asker's own usual figure or advice, so the answer must name municipalities in general)
_TYPICAL = GENERAL_CUES + r"|en \w*\s?kommune|average|most|a \w*\s?municipality"
_GENERAL = re.compile(r"\b(?:" + _TYPICAL + r")\b")
# a question of municipalities in general, too: 'hvor mange skilte har kommuner?' (a text's 'for kommuner
# under 50.000 indbyggere' is the basis of a price, no typical figure)
_ASKS_GENERAL = re.compile(r"\b(?:" + _TYPICAL +
                           r"|typisk\w*|normalt|typical\w*|\w*kommuner|municipalities)\b")


def general_for_own(q: Question, text: str) -> bool:
    """'Hvor mange flagstænger har vores kommune?' is not answered by 'De fleste kommuner har mellem 15 og
    60 flagstænger' nor 'ca. 4.000 skilte i en mellemstor kommune': a count the text gives only for
    municipalities in general is no count of the asker's own, which only the municipality knows. (A
    question that itself asks of a typical one, 'har en mellemstor kommune typisk', is answered by it.)"""
    if q.expects is not Expect.COUNT or q.yesno:
        return False
    asked = ascii_fold(q.text.casefold())
    if not _OWN.search(asked) or _ASKS_GENERAL.search(asked):
        return False
    counted = [s for s in _sentences(text) if holds(Expect.COUNT, s, q.text)]
    return bool(counted) and all(_GENERAL.search(ascii_fold(s.casefold())) for s in counted)

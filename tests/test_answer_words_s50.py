"""A word in another form than the tasks write it (s50): a short stem's inflected forms ('træ', 'træerne';
'sti', 'stierne'), which the stemmer leaves keyed apart, are read as the form the tasks write; words that only
frame a question ('ifølge', 'tæt', 'normalt') are no unknown subject."""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.fold import key
from knowledge.morphology import short_stem_keys
from knowledge.parse import parse_text
from knowledge.qa.pipeline import answer

EXPORT = """## STI 4 (Data) Indberet kommunens vandrestier

**Master-opgave ID** 7713

**Opgavetitel** STI 4 (Data) Indberet kommunens vandrestier

**Projekt** Friluftsportalen

**Prioritet** Obligatorisk

**Beskrivelse** Naturvejlederen indberetter stierne i Friluftsportalen inden go-live.

- Antal stier: typisk 30-80 pr. kommune
- Længde: en sti skal være mindst 2 km lang
- Historik: registreringer fra de seneste 4 år overføres
- Bistader: højst 6 bistader pr. rasteplads, og bierne må ikke stå nærmere end 30 meter fra stien

Træerne langs stierne registreres med art og højde.

Stilisten godkendes af natur- og friluftschefen og sendes til Friluftsportalen senest 5 uger før go-live.
"""


@pytest.mark.parametrize(("word", "forms"), [
    ("træ", {"træer", "træet", "træerne"}), ("bierne", {"bi", "bier"}), ("stien", {"sti", "stier"}),
])
def test_a_short_stems_other_forms(word, forms):
    assert {key(f) for f in forms} <= set(short_stem_keys(word))


@pytest.mark.parametrize("word", ["kjaer", "doer", "screen", "deer", "hus", "aftale"])
def test_no_short_stem_in_a_typed_letter_an_english_word_or_a_longer_stem(word):
    assert short_stem_keys(word) == ()


@pytest.mark.parametrize(("question", "said"), [
    ("hvad registreres for træet?", "art og højde"),  # the tasks' 'Træerne'
    ("what is recorded for a tree?", "art og højde"),  # 'tree' is read 'træ'
])
def test_a_form_the_tasks_write_otherwise(question, said):
    got = answer(KnowledgeBase.from_tasks(parse_text(EXPORT)), question)
    assert got.found and said in got.answer


@pytest.mark.parametrize(("question", "said"), [
    ("hvad registreres for træerne ifølge opgaven?", "art og højde"),  # a control (right before stop 50)
    ("hvor lang skal en sti ifølge opgaven være?", "2 km"),
    ("hvor lang skal en sti normalt være?", "2 km"),
    ("hvor tæt på stien må bistaderne stå?", "30 meter"),  # a control (right before stop 50)
    ("hvor tæt på stien må bierne stå?", "30 meter"),
])
def test_a_word_that_frames_the_question_is_no_unknown_subject(question, said):
    got = answer(KnowledgeBase.from_tasks(parse_text(EXPORT)), question)
    assert got.found and said in got.answer


SPANS = """## SKUR 2 (Aftale) Indgå lejeaftale om redskabsskure

**Master-opgave ID** 7721

**Opgavetitel** SKUR 2 (Aftale) Indgå lejeaftale om redskabsskure

**Projekt** Kolonihaver

**Prioritet** Obligatorisk

**Beskrivelse** Kommunen lejer redskabsskure af Vestbo Skure til kolonihaveforeningerne.

Aftalens vigtigste punkter:
- Pris: 1.200 kr. pr. skur pr. år
- Lejeaftalens løbetid: 5 år med mulighed for forlængelse
- Testperiode: 3 uger, hvor foreningerne prøver skurene

Lejeaftalen underskrives af kultur- og fritidschefen og sendes til Vestbo Skure senest 6 uger før go-live.
"""


# controls: unanswered before stop 50 too. A reading of 'løber' as the tasks' 'løbetid' was taken back in
# stop 50: it answered how long another thing of the task runs with the agreement's term
@pytest.mark.parametrize("question", [
    "hvor længe løber leasingaftalen for cyklerne?",  # another agreement's span is none of this one's
    "hvor længe løber udlejningsplanen?",  # nor is the term of the lejeaftale the plan's
    "hvornår løber lejeaftalen ud?",  # when, not how long: the span is not read in
])
def test_a_span_of_another_thing_or_unasked_is_not_read(question):
    assert not answer(KnowledgeBase.from_tasks(parse_text(SPANS)), question).found

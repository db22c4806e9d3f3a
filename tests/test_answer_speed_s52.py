"""Work a question paid again and again is done once or not at all (s52): the text folding every check asks
for is memoised (bounded), a cue is looked for only among the asked kind's cues, a question's occasions
are read without its amounts and lengths, a glossary phrase is looked for only where one may start, and the
ranking sorts its credited passages without a key function per passage. None of it changes an answer (all
question sets' answers were compared byte for byte); these tests pin each shortcut to what it replaced."""

from itertools import chain

from knowledge.base import KnowledgeBase
from knowledge.fold import _glossary, _phrase_starts, _phrase_words, ascii_fold
from knowledge.models import Task
from knowledge.qa import claimed_values
from knowledge.qa.analysis import Question, Token
from knowledge.qa.pipeline import answer
from knowledge.qa.types import asked
from knowledge.qa.types.kinds import _OTHER_CUES, _VALUE_CUES, _WH_CUES, Expect
from knowledge.retrieval import _opening_keys

TASKS = [
    Task(id="8801", title="BIBL 1 Udlån af skøjter", project="Skøjtebanen", priority="Obligatorisk",
         description="Skøjterne udlånes af banens personale. Udlånet koster 20 kr. pr. time. "
                     "Banen har åbent om lørdagen kl. 10-16 i januar og februar."),
    Task(id="8802", title="BIBL 2 Slibning af skøjter", project="Skøjtebanen", priority="Valgfri",
         description="Slibningen foretages af Isværkstedet ApS hver mandag. Bestillingen sendes via e-mail."),
]


def test_the_memoised_helpers_are_bounded():
    # (memoised by their text alone, which is all they read: nothing of one index is kept for another)
    for memo in (ascii_fold, _opening_keys):
        assert memo.cache_info().maxsize is not None


def test_ascii_fold_memoised_gives_what_it_gave():
    for text in ("Bølgen", "Skøjteløb på Åen", "Café – ÉN", "ÆØÅ æøå", "plain ascii"):
        assert ascii_fold(text) == ascii_fold.__wrapped__(text)


def _old_names_value(word: str, kind: Expect) -> bool:
    return any(k is kind and cue.fullmatch(word) for k, cue in _VALUE_CUES)


def _old_cues(word: str, kind: Expect) -> bool:
    return any(k is kind and (cue.search(word) or cue.search("hvor meget " + word))
               for k, cue in chain(_VALUE_CUES, _WH_CUES, _OTHER_CUES))


def test_the_cues_of_the_asked_kind_alone_judge_as_all_cues_did():
    words = ["mail", "cvr-nummer", "telefonnummer", "koster", "betale", "hvornaar", "adresse", "procent",
             "hvem", "frist", "skoejter", "link", "hjemmeside", "pris", "antal", "version"]
    for word in words:
        for kind in Expect:
            assert asked.names_value(word, kind) == _old_names_value(word, kind), (word, kind)
            assert asked.cues(word, kind) == _old_cues(word, kind), (word, kind)


def test_a_questions_occasions_are_the_occasion_kinds_stated_reads():
    for text in ("hvornår har banen åbent om lørdagen i januar?", "Udlånet koster 20 kr. pr. time hver uge",
                 "skal den sendes på engelsk via e-mail i uge 40 i 2027?", "hvad koster 3 timer?",
                 "hver mandag den 3. marts kl. 10"):
        every, read = claimed_values.stated(text), claimed_values._occasions(text)
        for kind in claimed_values._OCCASION_KINDS:  # (other_occasion reads no other kind)
            assert read.get(kind) == every.get(kind), (text, kind)


def _old_phrase_words(found: list[str], *, question: bool = False,
                      keep: frozenset[str] = frozenset()) -> list[str]:
    starts = _phrase_starts(text=not question)
    phrases = _glossary().phrases if question else _glossary().text_phrases
    out: list[str] = []
    i = 0
    while i < len(found):
        for n in starts.get(found[i].casefold(), ()):
            phrase = " ".join(w.casefold() for w in found[i:i + n])
            form = phrases.get(phrase) if phrase not in keep else None
            if form is not None and i + n <= len(found):
                out.append(form)
                i += n
                break
        else:
            out.append(found[i])
            i += 1
    return out


def test_phrases_looked_for_only_where_one_may_start_join_as_before():
    phrases = sorted(_glossary().phrases)[:40]
    for phrase in phrases:
        for found in (["Vi", *phrase.split(), "i", "dag"], [*phrase.split()], ["x", *phrase.split()[:1]],
                      [*phrase.upper().split(), "og", *phrase.split(), "igen"]):
            for question in (False, True):
                assert _phrase_words(found, question=question) == _old_phrase_words(found, question=question)
                keep = frozenset({phrase})
                assert _phrase_words(found, question=question, keep=keep) == \
                    _old_phrase_words(found, question=question, keep=keep)


def test_question_has_and_concept_positions():
    tokens = [Token(pos=0, surface="hvem", key="hvem", concepts=frozenset({"who"})),
              Token(pos=1, surface="pris", key="pris", concepts=frozenset({"price", "fact"}))]
    q = Question(text="x", lang="da", tokens=tokens, concepts={"who", "price", "fact"})
    assert q.has("who") and q.has("list", "fact") and not q.has("list", "task") and not q.has()
    assert q.concept_positions("fact", "who") == {0, 1} and q.concept_positions("list") == set()


def test_answers_of_the_invented_tasks_hold():
    kb = KnowledgeBase.from_tasks(list(TASKS))
    reply = answer(kb, "hvem udlåner skøjterne?")
    assert reply.found and "personale" in reply.answer
    reply = answer(kb, "hvem foretager slibningen af skøjter?")
    assert reply.found and "Isværkstedet" in reply.answer

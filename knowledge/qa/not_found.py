"""The replies when the tasks do not answer: what they do say of the thing (partial), or that they do
not know it, with the closest things they do know."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process, utils

from knowledge.base import ref_key
from knowledge.errors import echo
from knowledge.fold import holds_folded
from knowledge.index import Index
from knowledge.qa import gate, other_party, tolerance
from knowledge.qa.analysis import Question
from knowledge.qa.candidate import Candidate
from knowledge.qa.contacts import asks_way_to_reach
from knowledge.qa.messages import missing_value
from knowledge.qa.messages import text as message
from knowledge.qa.reply import FOUND_THRESHOLD, Answer
from knowledge.qa.shortfalls import (
    JOINING,
    another_occasion,
    qualified_otherwise,
    unknown_joined,
    unknown_qualifiers,
)
from knowledge.qa.types import Expect
from knowledge.retrieval import rank_passages
from knowledge.wording import join, say, source_line

# the verdict a yes/no candidate opens with (messages 'yes_no_evidence'), said before its evidence
_VERDICT = re.compile(r"^(?:Ja|Nej|Yes|No) – (?:opgaven siger|the task says):\s*")


def partial(q: Question, index: Index, near: Candidate) -> Answer:
    """The tasks speak of what was asked about, but do not give the value asked for (a mail, a
    phone number, a date): say what they do say and that the value is not there, found=False."""
    said = _VERDICT.sub("", near.text.strip(), count=1)  # a 'Ja – opgaven siger:' judged partial is no 'Ja'
    name = _named_in(q, said)
    if name and q.expects is not Expect.PARTY:
        # of a run of label lines, the ones about the name ('Kontaktperson: Jonas Kragh, telefon …'),
        # not the support mail on the line after it, which would read as the value asked for
        lines = [part for part in gate.label_parts(said) if part.strip()]
        about = [part for part in lines if name in part]
        said = " ".join(about) if about and len(about) < len(lines) else said
        said = _lines_naming(said, name)
    missing = (message("missing_value_for", q.lang, what=message(f"value_{q.expects}", q.lang), name=name)
               if name and q.expects is not Expect.PARTY else missing_value(q.expects, q.lang))
    # the party a thing is joined to, or the event a time is asked of, that no task names: the closest
    # text is of another party's thing or another event, and would read as the answer
    joined = unknown_joined(q, near) or tolerance.unknown_event(q, near.explained, near.text)
    qualifiers = unknown_qualifiers(q, near) or joined or qualified_otherwise(q, near)
    # (an English word as the asker typed it, not as the dictionary read it: 'giraffe', not 'giraf')
    unknown = [q.typed.get(t.surface, t.surface)
               for t in qualifiers or [t for t in q.unknown() if t.pos not in near.explained]][:3]
    if unknown and (q.expects is Expect.ANY or qualifiers):
        # 'hvilket tegnsæt ...?': the word lacking, not 'svaret for CSV'; 'glutenfri' in 'hvad koster en
        # hovedret med glutenfri kost?': the price quoted is not for the thing asked
        names = join([message("quoted", q.lang, text=_clip(u)) for u in unknown], q.lang)
        missing = message("unmentioned_closest", q.lang, names=names)
    elif q.expects is Expect.ANY and q.lang == "da" and name and \
            (noun := gate.asked_noun(q)) and noun not in said:
        # 'Hvad er Peter Skovs stilling?': what the tasks do not give is his «stilling», not 'svaret'
        missing = message("missing_value_for", q.lang, what=message("quoted", q.lang, text=noun), name=name)
    elif q.expects is Expect.ANY and name and asks_way_to_reach(q):
        # 'hvordan kontakter jeg X?': what the tasks do not give is a phone or a mail for X
        missing = message("missing_value_for", q.lang, what=message("value_reach", q.lang), name=name)
    if sibling := gate.named_sibling_unsaid(index, q, near):
        # 'hvor mange døre er der i Søhallen?' - 'Antal døre: 38': the task's count, not Søhallen's
        missing = message("missing_value_for", q.lang, what=message(f"value_{q.expects}", q.lang),
                          name=message("quoted", q.lang, text=sibling))
    if not qualifiers and (occasion := another_occasion(q, near)):
        # 'om torsdagen' where the text says 'hver tirsdag': the value is not given for the day asked
        missing = message("missing_value_for", q.lang, what=message(f"value_{q.expects}", q.lang),
                          name=message("quoted", q.lang, text=occasion))
    text = f"{say('unknown', q.lang)} {missing}\n{said}"
    tasks = [index.tasks[t] for t in near.tasks]
    if tasks:
        text += "\n" + source_line(tasks, q.lang)
    if unknown_names := [t.surface for t in q.unknown() if t.surface[:1].isupper() and not t.surface.isupper()
                         and t.pos not in q.project_pos and t.pos != 0] or \
            [q.typed.get(t.surface, t.surface) for t in joined]:  # ('meet', as typed, not its 'mødes')
        # 'hvornår skal lejeaftalen i Odense sendes?': the tasks know nothing of Odense; what they say of
        # the lease elsewhere would read as the answer
        names = join([message("quoted", q.lang, text=_clip(u)) for u in unknown_names[:3]], q.lang)
        text = f"{say('unknown', q.lang)} {message('tasks_do_not_mention', q.lang, names=names)}"
    elif absent := _names_absent(q, near.text) or _name_not_in_tasks(q, index, near) or \
            other_party.with_another_name(q, near.text) or \
            other_party.at_another_place(q, gate.said(near.text)):
        # 'hvem underskriver databehandleraftalen med Nordsoft?': the closest text, about another party's
        # agreement, would read as the answer; say that the tasks say nothing of it for the name asked
        text = f"{say('unknown', q.lang)} {message('nothing_for_name', q.lang, name=absent)}"
    return Answer(question=q.asked or q.text, answer=text, found=False, sources=[], lang=q.lang,
                  confidence=round(min(near.score(q), FOUND_THRESHOLD - 0.01), 3))


def _names_absent(q: Question, said: str) -> str:
    """A name the question joins to a thing ('databehandleraftalen med Nordsoft') where the text joins
    that thing to another name the same way ('Databehandleraftalen med Carelink'): the text is about
    another party's thing."""
    toks = q.tokens
    for i in range(2, len(toks)):
        name, prep, thing = toks[i], toks[i - 1], toks[i - 2]
        if name.role != "word" or not name.surface[:1].isupper() or \
                prep.surface.casefold() not in JOINING or thing.role != "word" or len(thing.surface) < 5:
            continue
        stem = thing.surface.casefold()[:max(4, len(thing.surface) - 3)]
        if prep.surface.casefold() not in said or not holds_folded(said, stem):
            continue  # (no pattern compiled for a question the text cannot match)
        stem = re.escape(stem)
        bare = name.surface.rstrip("'’s") if name.surface.endswith(("s", "'", "’")) else name.surface
        for m in re.finditer(rf"(?i:\b{stem}\w*)\s+{re.escape(prep.surface.casefold())}\s+([A-ZÆØÅ][\w-]+)",
                             said):
            if not m.group(1).startswith(bare[:4]):
                return name.surface
    return ""


def _name_not_in_tasks(q: Question, index: Index, near: Candidate) -> str:
    """A name the question asks of ('aftalen med Nets', 'hvad koster Rampekortet om måneden?') that none
    of the closest text's tasks writes: the value quoted ('aftalen løber i 4 år', 'Pris: 460 kr. pr.
    måned') is another party's or system's, though another task names the name (a name no task has is
    said apart already)."""
    if not near.tasks:
        return ""
    for name in q.tokens[1:]:
        if name.role != "word" or not name.surface[:1].isupper() or name.match < 1 or name.concepts or \
                name.pos in q.project_pos:
            continue
        if not any(index.task_has(t, k) for t in near.tasks for k in name.name_keys):
            return name.surface
    return ""


def _lines_naming(said: str, name: str) -> str:
    """Of a text of several lines, the lines that name the person or thing asked about: the other
    lines of a passage ('Serviceaftalerne skal være godkendt senest 30 dage før go-live') hold values
    of other things, which would read as the answer. A quote the cut leaves open loses its marks."""
    lines = said.split("\n")
    about = [line for line in lines if name in line]
    if not about or len(about) == len(lines):
        return said
    out = "\n".join(about)
    for opening, closing in ("“”", "«»"):
        if out.count(opening) != out.count(closing):
            out = out.replace(opening, "").replace(closing, "")
    return out


def _named_in(q: Question, said: str) -> str:
    """The name the question asks about that the closest text has ('Lars Bøghs mail' -> 'Lars Bøgh')."""
    said_words = set(re.findall(r"\w+", said))
    run: list[str] = []
    for t in q.tokens[1:]:
        word = t.surface if t.surface in said_words or not t.surface.endswith("s") else t.surface[:-1]
        if word[:1].isupper() and word in said_words and t.role == "word":
            run.append(word)
        elif run:
            # a genitive the text writes too ('Sikkerlinjes kundeansvarlige'): the value is the
            # person's or thing's it names, not the organisation's ('for Sikkerlinjes' reads wrong)
            noun = t.surface if t.surface in said_words else t.surface[:-1]  # 'KOMBITs jurists'
            if run[-1].endswith("s") and t.surface.islower() and len(noun) > 2 and noun in said_words:
                run.append(noun)
                return " ".join(run)
            break
    return _whole_name(said, run)


def _whole_name(said: str, run: list[str]) -> str:
    """The name as the text writes it whole, of which the question's words are part ('Anne Mette' is
    'Anne-Mette van der Berg', 'Karen' 'Karen de Linde', 'Nørgaard Holm' 'Per Ib Nørgaard-Holm'): a
    name cut at a hyphen or a particle would name someone else."""
    if not run:
        return ""
    for m in _FULL_NAME.finditer(said):
        parts = set(re.findall(r"\w+", m.group(0)))
        if set(run) <= parts:
            return m.group(0)
    return " ".join(run)


# A person's or a body's name: capitalised words joined by spaces or hyphens, lowercase particles between
_FULL_NAME = re.compile(r"[A-ZÆØÅ][\wæøå]+(?:(?:-|\s+(?:(?:de|van|der|den|von|af|la|le|du|da|di|ten|ter)"
                        r"\s+)*)[A-ZÆØÅ][\wæøå]+)+")


def empty_reason(q: Question) -> str:
    return message("ask_about_a_task", q.lang)


def unknown_task(kb, index: Index, q: Question) -> Answer:
    ref = q.missing[0]
    suggestions = kb.suggest(ref, limit=3) if hasattr(kb, "suggest") else []
    mentioned = [index.tasks[t].id for t in index.related.get(ref_key(ref), [])]
    text = f"{say('unknown', q.lang)} {message('no_task_called', q.lang, ref=echo(ref)[1:-1])}"
    if mentioned:
        text += message("related_in", q.lang, tasks=join(mentioned, q.lang))
    suggestions = list(dict.fromkeys(mentioned + suggestions))[:3]
    if suggestions:
        text += f"\n{say('maybe', q.lang)}: {join(suggestions, q.lang, word='or')}?"
    return Answer(question=q.asked or q.text, answer=text, found=False, sources=[], confidence=0.0,
                  lang=q.lang, suggestions=suggestions)


def not_found(kb, index: Index, q: Question, near: Candidate | None, *, reason: str | None = None) -> Answer:
    """Say so, name what was not understood, and point at the closest things known."""
    unknown = [_clip(q.typed.get(t.surface, t.surface)) for t in q.unknown()
               if near is None or t.pos not in near.explained][:3]
    suggestions: list[str] = []
    if reason is None and q.yesno and not unknown:
        reason = message("not_in_tasks", q.lang)  # a yes/no the tasks do not settle
    if reason is None and unknown:
        names = join([message("quoted", q.lang, text=u) for u in unknown], q.lang)
        reason = message("tasks_do_not_mention", q.lang, names=names)
        if near is not None and near.suggestions and near.found:
            suggestions = _closest_names(near.suggestions, unknown)
    elif reason is None and near is not None and not near.found:
        reason, suggestions = near.text, near.suggestions
        if absent := _names_absent(q, reason):
            reason = message("nothing_for_name", q.lang, name=absent)  # its closest text is about another
    elif reason is None and near is not None and (absent := _names_absent(q, near.text)):
        reason = message("nothing_for_name", q.lang, name=absent)  # the closest is another party's thing
    elif reason is None:
        reason = message("no_reliable_answer", q.lang)
        suggestions = near.suggestions if near is not None and near.suggestions else _closest_tasks(index, q)
    text = f"{say('unknown', q.lang)} {reason}"
    if suggestions and not any(s in reason for s in suggestions):
        text += f"\n{say('maybe', q.lang)}: {join(suggestions, q.lang, word='or')}?"
    confidence = round(min(near.score(q), FOUND_THRESHOLD - 0.01), 3) if near is not None else 0.0
    return Answer(question=q.asked or q.text, answer=text, found=False, sources=[], confidence=confidence,
                  lang=q.lang, suggestions=suggestions)


def _clip(word: str, size: int = 30) -> str:
    return word if len(word) <= size else word[:size - 1] + "…"


def _closest_names(names: list[str], unknown: list[str], *, limit: int = 4) -> list[str]:
    """The known names most like what was asked about ('SAP' among the ERP systems)."""
    if len(names) <= limit:
        return names
    hits = process.extract(" ".join(unknown), names, scorer=fuzz.WRatio, processor=utils.default_process,
                           limit=limit, score_cutoff=60)
    return [name for name, _, _ in hits]


# A suggestion names the few tasks a question's words point to; words found in more passages than
# this point nowhere in particular (and walking them all costs ~100 ms at 10,000 tasks)
_MOST_SUGGESTION_PASSAGES = 2000


def _closest_tasks(index: Index, q: Question) -> list[str]:
    hits = rank_passages(index, q, limit=10, most=_MOST_SUGGESTION_PASSAGES)
    return list(dict.fromkeys(index.tasks[h.task].id for h in hits))[:3]

"""Finding tasks by free text (`/klik search`): the best passage of each matching task."""

from __future__ import annotations

from pydantic import BaseModel

from knowledge.index import index_for
from knowledge.qa.analysis import analyse
from knowledge.retrieval import rank_passages
from knowledge.wording import short_title

SNIPPET_CHARS = 160


class SearchHit(BaseModel):
    task_id: str
    title: str
    snippet: str
    score: float


def search(kb, text: str, *, limit: int = 5) -> list[SearchHit]:
    """Tasks matching `text`, best first: named tasks ('433', 'efaktra 8b') lead, then tasks by
    their best passage (typos, æ/ø/å spellings and compounds handled as in `answer`)."""
    index = index_for(kb)
    q = analyse(index, text)
    hits: dict[int, SearchHit] = {}
    for t in q.tasks:
        task = index.tasks[t]
        hits[t] = SearchHit(task_id=task.id, title=short_title(task),
                            snippet=_snippet(task.goal or task.title), score=1.0)
    for hit in rank_passages(index, q, limit=limit * 4):
        if hit.task in hits or len(hits) >= limit:
            continue
        task = index.tasks[hit.task]
        hits[hit.task] = SearchHit(task_id=task.id, title=short_title(task),
                                   snippet=_snippet(index.passages[hit.pid].text),
                                   score=round(min(hit.coverage, 1.0), 3))
    return list(hits.values())[:limit]


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET_CHARS else text[:SNIPPET_CHARS - 1].rsplit(" ", 1)[0] + " …"

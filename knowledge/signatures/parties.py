"""Parties named in a sentence: their organisation, the owner of a place, and whether it is us."""

from __future__ import annotations

import re

from knowledge.language import ROLE_ENDINGS, US, name_after
from knowledge.signatures.common import _AUX

_PLACE = (r"(?:(?:digitale|sikre|elektroniske|fælles)\s+)?"
          r"\w*(?:postkasse|mailboks|kundeportal|portal|supportportal|sekretariat|servicedesk"
          r"|dokumentboks|indbakke"
          r"|selvbetjening\w*|hjemmeside|supportfunktion)")


# the party a person works for: a name ('i KOMBIT') or a supplier or agency ('hos leverandøren')
_AT_ORG = re.compile(r"\s*(?:hos|i|ved)\s+(?P<org>[A-ZÆØÅ][\w'’-]*(?:\s+[A-ZÆØÅ][\w'’-]*)?"
                     r"|[\w-]*leverandøren|[\w-]+styrelsen)\b")
# a person by role ('projektlederen', 'jeres konsulent', 'kontaktpersonen'), who works for a party
_PERSON = re.compile(r"(?<!leverand)(?:" + "|".join(ROLE_ENDINGS) + r"|kontaktperson|person|medarbejder)"
                     r"(?:en|e|n|et)?$", re.I)
_ATTENTION = re.compile(r"\s+(?:v|att|attn|c/o)\.?(?:\s.*)?$", re.I)  # 'KOMBIT v. projektlederen'


def _at_organisation(name: str | None, rest: str) -> str | None:
    """'projektlederen hos KOMBIT', 'jeres konsulent i KOMBIT', 'leverandørens projektleder', 'jeres
    KOMBIT-konsulent', 'KOMBIT att. projektlederen': a person at an organisation is who the paper goes
    to by name only; the recipient is the organisation, as 'KOMBIT's testleder' is KOMBIT."""
    if not name:
        return name
    parts = name.split()
    if re.fullmatch(r"(?:[A-ZÆØÅ][a-zæøå]+\s+){1,3}[A-ZÆØÅ][a-zæøå]+", name) and \
            (at := rest.find(name)) >= 0 and \
            (m := re.match(r"\s*,\s*(?P<org>[A-ZÆØÅ]{2,}[\w'’-]*)", rest[at + len(name):])):
        return _party(m["org"])  # 'Anne Jensen, KOMBIT': a person by name, then the party she is at
    if (m := re.fullmatch(r"(?P<org>[A-ZÆØÅ]{2,}\w*)-(?P<who>[a-zæøå]+)", parts[-1])) and \
            _PERSON.search(m["who"]):
        return m["org"]  # 'jeres KOMBIT-konsulent'
    if name[:1].isupper():
        return _ATTENTION.sub("", name) or name
    person, _, org = name.partition(" hos ")
    if org[:1].isupper():
        return org
    if 2 <= len(parts) <= 4 and re.fullmatch(r"[\w-]+s", parts[0]) and _PERSON.search(parts[-1]) and \
            not _is_us(parts[0]):
        return _party(parts[0])  # 'leverandørens projektleder', 'leverandørens account manager'
    at = rest.find(name)
    if at >= 0 and _PERSON.search(parts[-1]) and (m := _AT_ORG.match(rest, at + len(name))) and \
            (org := _party(m["org"])) and not _is_us(org):
        return org
    return name


def _party_name(text: str) -> str | None:
    """The name that starts `text`, up to the verb after it: 'KOMBIT underskrives af X' -> 'KOMBIT'."""
    name = name_after(text)
    tokens = (name or "").split()
    for i, tok in enumerate(tokens):
        if i and (tok.casefold() in _AUX | {"og", "eller"} or re.fullmatch(r"[a-zæøå]{3,}es", tok)):
            tokens = tokens[:i]
            break
    return " ".join(tokens) or None


def _owner(name: str | None, *, loose: bool = False) -> str | None:
    """'KMD's kundeportal', 'KOMBIT's postkasse': the party that owns the place is who gets it
    ('leverandørens supportteam' stays whole unless `loose`, for where a paper came from)."""
    if name and (place := re.fullmatch(r"([A-ZÆØÅ]{2,})-(?:opgave|\w*portal)\w*", name)):
        return place.group(1)  # 'uploades til KLIK-opgaven', 'KOMBIT-portalen': the system or party
    if not name or len(name.split()) < 2:
        return name
    tokens = name.split()
    for j in range(1, len(tokens) - 1):  # 'Udbetaling Danmarks kontraktteam': a party of two names
        if not tokens[j - 1][:1].isupper():
            break
        if re.fullmatch(r"[A-ZÆØÅ][\w-]*[^\W\d_](?<!u|s)s", tokens[j]) and tokens[j + 1][:1].islower():
            return " ".join([*tokens[:j], _party(tokens[j])])
    first, place = name.split()[0], name.split()[1]
    if re.fullmatch(r"[A-ZÆØÅ][\w-]*[^\W\d_](?<!u|s)s", first) and place[:1].islower() and \
            place.casefold() not in {"kommune", "region"}:
        return _party(first)  # 'Netcompanys kontraktenhed', 'Serviceplatformens administrationsmodul'
    if re.fullmatch(r"[\w-]+(?:'s|’s)", first) or (
            re.fullmatch(r"[\w-]+s", first) and (loose or re.match(_PLACE, place, re.I))):
        return _party(first)
    return name


def _party(genitive: str) -> str:
    """'KOMBIT's' -> 'KOMBIT', 'leverandørens' -> 'leverandøren', 'KMDs' -> 'KMD': the party itself."""
    if re.search(r"(?:'s|’s)$", genitive):
        return genitive[:-2]
    if re.fullmatch(r"[A-ZÆØÅa-zæøå][a-zæøå-]+(?:en|et|ne)s|[A-ZÆØÅ]{2,}s|[A-ZÆØÅ][\w-]*[^\W\d_](?<!u|s)s",
                    genitive):
        return genitive[:-1]
    return genitive


def _is_us(name: str) -> bool:
    """'kommunens DPO', 'samtlige kommuner', 'jer': the municipality never sends itself a document
    ('jeres kontaktperson hos KOMBIT' is KOMBIT's)."""
    if m := re.search(r"\shos\s+(?=[A-ZÆØÅ])", name):
        name = name[m.end():]
    return any(w.casefold() in US or w.casefold().startswith("kommune") for w in name.split())

"""Signers and recipients said apart from the signing verb ('Underskriver er X', 'Det er X, der
godkender den', 'Den, der underskriver, er X'), in the perfect ('skal X have underskrevet'), with
'sign-off', before the paper ('Udbetaling Danmark skal have den retur'); and what is no signature:
a possibility ('kan underskrives'), the municipality's own perfect ('Kommunen har tiltrådt'),
another party's perfect, an activity approved ('Oprydningen skal godkendes af ...')."""

from __future__ import annotations

import pytest

from knowledge.models import MethodStep, Task
from knowledge.signatures import extract_signatures


def _sigs(description: str = "", steps: list[str] | None = None):
    task = Task(id="1", title="t", description=description,
                method_steps=[MethodStep(number=n, text=t) for n, t in enumerate(steps or [], 1)])
    return [(s.document, s.signer, s.recipient) for s in extract_signatures(task)]


@pytest.mark.parametrize(("text", "expected"), [
    ("KOMBIT sender en databehandleraftale. Aftalen returneres til KOMBIT. Underskriver er kommunens "
     "dataansvarlige direktør.", ("databehandleraftale", "kommunens dataansvarlige direktør", "KOMBIT")),
    ("KMD sender en bemyndigelse. Den, der underskriver, er sygedagpengechefen.",
     ("bemyndigelse", "sygedagpengechefen", "KMD")),
    ("Leverandøren skal have en fuldmagt. Det er kommunens NemLog-in administrator, der godkender den.",
     ("fuldmagt", "kommunens NemLog-in administrator", "leverandøren")),
    ("KOMBIT sender en aftale. Det er borgmesteren, som skriver under.",
     ("aftale", "borgmesteren", "KOMBIT")),
    ("Inden go-live skal kommunaldirektøren have underskrevet tilslutningsaftalen.",
     ("tilslutningsaftale", "kommunaldirektøren", None)),
    ("Tilslutningsaftalen underskrives af kommunaldirektøren. Udbetaling Danmark skal have den retur.",
     ("tilslutningsaftale", "kommunaldirektøren", "Udbetaling Danmark")),
    ("Testrapporten kræver sign-off fra systemejeren.", ("testrapport", "systemejeren", None)),
    ("Den juridiske chef skal give sign-off på testplanen.", ("testplan", "den juridiske chef", None)),
    ("Oversigten over bevillinger skal underskrives af kommunaldirektøren og sendes til KOMBIT.",
     ("oversigt", "kommunaldirektøren", "KOMBIT")),
    ("Underskrevet aftale skal foreligge hos KOMBIT senest 3 uger efter modtagelse. Den underskrives af "
     "it-chefen.", ("aftale", "it-chefen", "KOMBIT")),
    # a body that approves is not the signer when someone signs the paper
    ("Tiltrædelseserklæringen skal godkendes af kommunalbestyrelsen. Herefter skal borgmesteren underskrive "
     "den.", ("tiltrædelseserklæring", "borgmesteren", None)),
    ("Aftalen skal godkendes af direktionen og underskrives af borgmesteren.",
     ("aftale", "borgmesteren", None)),
])
def test_who_signs_said_apart_from_the_verb(text, expected):
    assert _sigs(text) == [expected]


def test_sign_off_in_a_step_is_the_signing_step():
    (sig,) = extract_signatures(Task(id="1", title="t", method_steps=[
        MethodStep(number=1, text="Udtræk organisationsstrukturen"),
        MethodStep(number=2, text="Få sign-off fra HR-direktøren"),
        MethodStep(number=3, text="Send strukturen til KOMBIT")],
        description="Organisationsstrukturen skal have sign-off fra HR-direktøren, inden den sendes til "
                    "KOMBIT."))
    assert (sig.document, sig.signer, sig.signed_step, sig.returned_step) == \
        ("organisationsstruktur", "HR-direktøren", 2, 3)


@pytest.mark.parametrize("text", [
    "Brevene kan underskrives digitalt.",
    "Kommunen har tiltrådt vilkårene.",
    "KOMBIT har underskrevet kontrakten.",
    "Oprydningen skal godkendes af HR-chefen.",
    "Opsætningen af certifikater kræver godkendelse fra driftsleverandøren.",
    "Det er vigtigt, at testen gennemføres.",
])
def test_no_signature(text):
    assert _sigs(text) == []


def test_a_signers_genitive_before_the_paper_in_a_step():
    assert _sigs(steps=["Få stadsdirektørens underskrift på fuldmagten"]) == \
        [("fuldmagt", "stadsdirektøren", None)]

"""One reading of a word in a compound (knowledge/morphology.part_of) for every caller: in_compound,
compounds_with and kin (both ways)."""

from knowledge.morphology import compounds_with, in_compound, kin, part_of


def test_a_word_is_a_compound_s_head_from_four_letters_and_its_first_part_from_five():
    assert part_of("aftale", "databehandleraftale")
    assert part_of("arkiv", "arkivkontakter")
    assert part_of("test", "systemtest") and not part_of("test", "testmiljø")
    assert not part_of("fagsystem", "system")  # a compound is not said by its head alone
    assert not part_of("dag", "arbejdsdag")  # three letters are no head


def test_the_callers_agree():
    keys = {"databehandleraftale", "arkivkontakter", "system"}
    for word in ("aftale", "arkiv", "system", "fagsystem", "dag", "kontakter"):
        expected = any(part_of(word, k) for k in keys)
        assert in_compound(word, keys) == bool(compounds_with(word, keys)) == expected
    assert kin({"system"}, {"fagsystem"}) and kin({"fagsystem"}, {"system"})
    assert not kin({"aftale"}, {"arkiv"})

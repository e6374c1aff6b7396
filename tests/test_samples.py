"""The bundled samples are what `presidium` opens with no argument: they must load and be realistic."""

from collections import Counter

import pytest

from presidium.app.samples import sample_path
from presidium.core.loader import load_program
from presidium.core.placeholders import check_placeholders


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_sample_loads(lang):
    program = load_program(sample_path(lang))
    assert program.items and program.cards and program.rules


def test_vietnamese_sample_follows_the_usual_congress():
    program = load_program(sample_path("vi"))
    kinds = Counter(item.kind for item in program.items)
    assert 25 <= len(program.items) <= 35
    assert len(program.sessions) >= 2 and "trù bị" in program.sessions[0].title
    assert kinds["vote"] >= 5 and kinds["election"] >= 1 and kinds["discussion"] >= 1
    assert len(program.cards) >= 12
    # Party rules count against delegates convened, not valid ballots.
    for item in program.items:
        if item.election:
            rule = program.rules[item.election.rule]
            assert rule.base == "convened" and rule.strict
    # Every item the chair speaks has a script, and every card's article exists.
    spoken = [item for item in program.items if item.kind != "break"]
    assert all(item.script.strip() for item in spoken)
    for card in program.cards:
        assert card.steps and card.script
        for ref in card.refs:
            program.article(ref)


def test_scripts_use_only_known_placeholders():
    for lang in ("vi", "en"):
        program = load_program(sample_path(lang))
        for text in [item.script for item in program.items] + [card.script for card in program.cards]:
            assert list(check_placeholders(text)) == []


@pytest.mark.parametrize(
    "name, base", [("dai-hoi-cong-doan-co-so.toml", "valid"), ("dai-hoi-doan-thanh-nien.toml", "valid")]
)
def test_union_samples_load_with_their_own_rules(name, base):
    """A trade union and a youth union elect on valid ballots (their charters), and list their bodies."""
    program = load_program(sample_path("vi").parent / name)
    election = next(item.election for item in program.items if item.election)
    assert program.rules[election.rule].base == base
    assert program.congress.members.presidium and program.congress.signers.presidium
    for text in [item.script for item in program.items] + [card.script for card in program.cards]:
        assert list(check_placeholders(text)) == []

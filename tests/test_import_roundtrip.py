"""Export the kịch bản, import it again: the same program, for every bundled sample and template.

Kept exactly: sessions (title, date, start), items in order (title, presenter, duration, script, notes),
votes (question, rule), elections (body, seats, candidates, surplus, rule), registered speakers.
The tolerance (docs/import.md): ids are made again from the titles, kinds are guessed from the titles
where no vote or election line says them, the congress's other fields (organization, delegates
convened, guests, signers) and the cards and regulations (printed as an annex) are not read back;
in scripts a bare dotted blank "……" comes back as the visible blank "[……]" (presenters and titles
keep their dots).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from presidium.app.importing import import_file
from presidium.core.loader import load_program, load_program_text
from presidium.infra.export_script import write_script
from support import bundled

ROOT = Path(__file__).resolve().parent.parent
# Every bundled program: the samples and the templates (whose presenters and titles hold blanks "……").
PROGRAMS = bundled.samples() + bundled.templates()


def _finished(toml: str, convened: int) -> str:
    return toml.replace("# delegates_convened = ", f"delegates_convened = {convened}")


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.name)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_export_then_import_gives_the_same_program(tmp_path, path, lang):
    original = load_program(path)
    document = write_script(original, tmp_path / "kich-ban.docx", lang)
    result = import_file(document, lang)
    assert result.unplaced == [] and result.notices == []
    # the only thing left to finish is what the script does not print
    assert [(p.code, p.params.get("field")) for p in result.problems] == [("problem.missing", "delegates_convened")]
    again = load_program_text(_finished(result.toml, original.congress.delegates_convened))
    assert again.congress.title == original.congress.title
    assert [(s.title, s.date, s.start) for s in again.sessions] == [
        (s.title, s.date, s.start) for s in original.sessions
    ]
    for before, after in zip(original.items, again.items, strict=True):
        assert (after.title, after.by, after.duration) == (before.title, before.by, before.duration)
        assert after.script == _as_read(before.script)
        assert after.notes == before.notes
        assert [(s.name, s.unit) for s in after.speakers] == [(s.name, s.unit) for s in before.speakers]
        if before.vote:
            assert after.vote.question == before.vote.question
            assert _rule(again, after.vote.rule) == _rule(original, before.vote.rule)
        if before.election:
            b, a = before.election, after.election
            assert (a.body, a.seats, a.candidates, a.max_surplus) == (b.body, b.seats, b.candidates, b.max_surplus)
            assert _rule(again, a.rule) == _rule(original, b.rule)


def _as_read(script: str) -> str:
    """The documented tolerance: a bare dotted blank in a script is read back as the blank "[……]"."""
    return re.sub(r"(?<![\[…])……(?![\]…])", "[……]", script)


def _rule(program, name):
    rule = program.rules[name]
    return rule.fraction, rule.base, rule.strict


def test_round_trip_keeps_blanks_placeholders_and_directions(tmp_path):
    sample = load_program(ROOT / "resources/samples/dai-hoi-quan-su-tinh.toml")
    item = sample.item("tb-bau-doan-chu-tich")
    assert "[số]/{convened}" in item.script and "(Chờ ý kiến.)" in item.script
    result = import_file(write_script(sample, tmp_path / "kb.docx"))
    read = next(i for i in result.draft.items if i.title == item.title)
    assert "[số]/{convened}" in read.script_text and "(Chờ ý kiến.)" in read.script_text


def test_blanks_in_presenters_and_titles_keep_their_dots_and_scripts_show_them(tmp_path):
    template = load_program(ROOT / "resources/templates/chi-bo.toml")
    item = next(i for i in template.items if "……" in i.by and "……" in i.script)
    result = import_file(write_script(template, tmp_path / "kb.docx"))
    read = next(i for i in result.draft.items if i.title == item.title)
    assert read.by == item.by and "[……]" not in read.by
    assert "[……]" in read.script_text and "[[" not in read.script_text
    titled = next(i for i in template.items if "……" in i.title)
    assert any(i.title == titled.title for i in result.draft.items)


def test_a_script_paragraph_opening_with_the_session_word_stays_in_its_item(tmp_path):
    """'Phiên trù bị đã hoàn thành …' is read aloud, not the heading of a new session."""
    template = load_program(ROOT / "resources/templates/dang-bo-xa.toml")
    result = import_file(write_script(template, tmp_path / "kb.docx"))
    assert [s.title for s in result.draft.sessions] == [s.title for s in template.sessions]
    closing = next(i for i in result.draft.items if i.title == "Kết thúc phiên trù bị")
    assert "tôi tuyên bố kết thúc phiên trù bị." in closing.script_text

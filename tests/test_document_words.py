"""The words the Word documents print come from the one catalogue: the shared ones (vote bases, outcomes,
the signature note) read the same in every document, in the language asked for."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from docx import Document

from presidium.app import cli_export
from presidium.app.session import CongressSession
from presidium.cli import main
from presidium.core.catalogue import text
from presidium.core.clock import FakeClock
from presidium.core.loader import load_program
from support.congress import PROGRAM, day_start, play

COUNTING = Path(__file__).parent / "programs" / "counting.toml"


def words(path: Path) -> list[str]:
    """Every paragraph of the document, table cells included."""
    document = Document(str(path))
    found = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            found += [p.text for cell in row.cells for p in cell.paragraphs]
    return found


def minutes_with_motion_base(tmp_path: Path, base: str, lang: str) -> list[str]:
    """The live run's minutes, the motions counted against `base` instead of the delegates convened."""
    path = tmp_path / "dai-hoi.toml"
    path.write_text(PROGRAM.replace('base = "convened"', f'base = "{base}"', 1), encoding="utf-8")
    db, clock = tmp_path / "journal.db", FakeClock(day_start())
    session = CongressSession.open(load_program(path), db, "live", clock)
    play(session, clock)
    session.close()
    out = tmp_path / f"minutes-{lang}.docx"
    assert cli_export.main(SimpleNamespace(what="minutes", db=db, run=None, output=out, lang=lang)) == 0
    return words(out)


def test_the_minutes_name_a_show_of_hands_base_in_the_vocabularys_words(tmp_path):
    # The English minutes used to call this base "those who voted" where every other screen said
    # "delegates voting".
    english = minutes_with_motion_base(tmp_path, "cast", "en")
    assert "The share for is of the delegates voting, as the rules set." in english
    assert not any(line.startswith("The share for") and "those who voted" in line for line in english)
    vietnamese = minutes_with_motion_base(tmp_path, "cast", "vi")
    assert "Tỷ lệ tán thành tính trên số đại biểu tham gia biểu quyết, theo quy chế." in vietnamese


def test_every_document_asks_for_the_signature_in_the_same_words(tmp_path):
    # The English entry log used to print "(Signature and full name)", the minutes and the review
    # "(signature and full name)".
    script = tmp_path / "a.txt"
    script.write_text("1 struck 1\n", encoding="utf-8")
    db = tmp_path / "a.sqlite"
    assert (
        main(
            [
                "count",
                str(COUNTING),
                "--item",
                "bau-dai-bieu",
                "--station",
                "A",
                "--db",
                str(db),
                "--script",
                str(script),
            ]
        )
        == 0
    )
    for lang in ("en", "vi"):
        out = tmp_path / f"log-{lang}.docx"
        assert main(["--lang", lang, "export", "entry-log", "--db", str(db), "-o", str(out)]) == 0
        printed = words(out)
        assert printed.count(text("documents.sign_note", lang)) == 2  # operators and the committee's head
    assert text("documents.sign_note", "en") == "(signature and full name)"
    assert "(Signature and full name)" not in words(tmp_path / "log-en.docx")


def test_an_export_refusal_keeps_its_code_and_is_said_in_either_language(tmp_path, capsys):
    import json

    import pytest

    from support.congress import congress

    sample = congress(tmp_path)
    with pytest.raises(cli_export.ExportError) as refused:
        cli_export.export("minutes", sample.db, "99", tmp_path / "x.docx", "vi")
    assert refused.value.code == "export.no_run"
    assert refused.value.message("vi") == f"{sample.db}: không có lượt chạy số 99; các lượt chạy có trong nhật ký: 1, 2"
    assert refused.value.message("en") == f"{sample.db}: there is no run 99; the journal holds runs 1, 2"
    args = ["export", "minutes", "--db", str(sample.db), "--run", "99", "-o", str(tmp_path / "x.docx"), "--json"]
    assert main(["--lang", "en", *args]) == 1
    said = capsys.readouterr()
    assert json.loads(said.out)["error"] == refused.value.message("en")
    assert said.err.strip() == "presidium export: " + refused.value.message("en")
    assert main(args) == 1  # Vietnamese by default, the window's Export menu included
    assert json.loads(capsys.readouterr().out)["error"] == refused.value.message("vi")


def test_a_count_the_engine_refused_is_explained_in_the_minutes_own_language(tmp_path):
    # The minutes used to print the refusal's English text inside the Vietnamese sentence.
    from presidium.core.events import Event
    from presidium.core.minutes import build_minutes
    from presidium.core.run import fold
    from presidium.infra.export_minutes import write_minutes
    from support.programs import planned_start, program_with_votes

    program = program_with_votes()
    at = planned_start(program)
    state = fold(
        program,
        [
            Event(1, "start", at, {}),
            Event(2, "present", at + 1, {"present": 100}),
            Event(3, "vote", at + 2, {"for": 90, "against": 10, "abstain": 5}),
        ],
    )
    refusal = state.logs.votes[-1].error
    for lang in ("vi", "en"):
        minutes = build_minutes(program, state, mode="live", lang=lang)
        printed = "\n".join(words(write_minutes(minutes, tmp_path / f"minutes-{lang}.docx", lang)))
        assert f"({refusal.message(lang)})" in printed
    vietnamese = "\n".join(words(tmp_path / "minutes-vi.docx"))
    assert "số liệu ghi nhận không hợp lệ (tổng số biểu quyết là 105" in vietnamese
    assert "hands counted" not in vietnamese


def test_a_documents_date_is_said_from_the_catalogue_in_either_language():
    from datetime import date

    from presidium.infra.docx_party import IssuingBody, date_words, header_layout

    assert date_words(date(2025, 2, 3), "vi") == "ngày 03 tháng 02 năm 2025"  # months 1 and 2 on two digits
    assert date_words(date(2025, 11, 20), "vi") == "ngày 20 tháng 11 năm 2025"
    assert date_words(date(2025, 2, 3), "en") == "03 February 2025"
    for lang, dated in (("vi", "Hà Tĩnh, ngày 07 tháng 7 năm 2025"), ("en", "Hà Tĩnh, 07 July 2025")):
        *_, right = header_layout(
            IssuingBody("", ("ĐẢNG BỘ QUÂN SỰ TỈNH",), "Số 01", "Hà Tĩnh", date(2025, 7, 7), lang=lang)
        )
        assert right[-1].text == dated

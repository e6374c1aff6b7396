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
from test_export_sample import PROGRAM, day_start, play

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
    assert main(["count", str(COUNTING), "--item", "bau-dai-bieu", "--station", "A", "--db", str(db),
                 "--script", str(script)]) == 0
    for lang in ("en", "vi"):
        out = tmp_path / f"log-{lang}.docx"
        assert main(["--lang", lang, "export", "entry-log", "--db", str(db), "-o", str(out)]) == 0
        printed = words(out)
        assert printed.count(text("documents.sign_note", lang)) == 2  # operators and the committee's head
    assert text("documents.sign_note", "en") == "(signature and full name)"
    assert "(Signature and full name)" not in words(tmp_path / "log-en.docx")

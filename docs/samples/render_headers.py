"""Render the minutes' first page of each bundled Vietnamese sample (Party, trade union, youth union)
through LibreOffice, to look at their headers: `python docs/samples/render_headers.py [OUT_DIR]`.

Each sample is run as a short rehearsal on a fake clock (attendance, a vote, the items in order), its
minutes are exported as the podium would, converted to PDF with `soffice --headless`, and the first
page is written as a PNG (`pdftoppm -r 60`) into OUT_DIR (default: this folder).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

from presidium.app import cli_export
from presidium.app.samples import resources_dir
from presidium.app.session import CongressSession
from presidium.core.clock import FakeClock
from presidium.core.loader import load_program

SAMPLES = {
    "header-party": "dai-hoi-quan-su-tinh.toml",
    "header-trade-union": "dai-hoi-cong-doan-co-so.toml",
    "header-youth-union": "dai-hoi-doan-thanh-nien.toml",
}


def minutes_of(sample: str, folder: Path) -> Path:
    program = load_program(resources_dir() / "samples" / sample)
    clock = FakeClock(program.sessions[0].starts_at.timestamp())
    session = CongressSession.open(program, folder / "journal.db", "live", clock)
    session.start()
    session.set_attendance(program.congress.delegates_convened - 2, reason="ốm")
    for _ in range(3):
        clock.advance(300)
        if session.state.current_item.kind == "vote":
            session.record_vote(unanimous=True)
        session.next()
    clock.advance(300)
    session.finish()
    session.close()
    out = folder / "bien-ban.docx"
    args = SimpleNamespace(what="minutes", db=folder / "journal.db", run=None, output=out, lang="vi")
    if cli_export.main(args) != 0:
        raise SystemExit(f"{sample}: the minutes could not be exported")
    return out


def render(docx: Path, png: Path) -> None:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    stem = png.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(docx.with_suffix(".pdf")), str(stem)],
        check=True,
        timeout=60,
    )


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, sample in SAMPLES.items():
        with tempfile.TemporaryDirectory() as tmp:
            render(minutes_of(sample, Path(tmp)), out_dir / f"{name}.png")
        print(out_dir / f"{name}.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)

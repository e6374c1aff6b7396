"""What the hash chain proves, and the paper anchor for what it cannot: a run's record and the order of
runs are chained; the signed minutes print the head, and `verify --expect` holds the journal to it."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from pathlib import Path

import pytest
from docx import Document

from presidium.cli import main
from presidium.core.events import Event, canonical_json, chain_hash
from presidium.infra.journal import Journal, genesis_hash, genesis_hash_v2
from support.congress import congress


@pytest.fixture
def sample(tmp_path):
    return congress(tmp_path)


def footer_of(path: Path) -> str:
    section = Document(path).sections[0]
    return " ".join(p.text for p in section.footer.paragraphs + section.first_page_footer.paragraphs)


def recompute(db: Path) -> None:
    """What an adversary with the project's own functions does after editing: every hash rewritten."""
    conn = sqlite3.connect(db)
    previous = ""
    for run_id, mode, fp, started, title, source, chain in conn.execute(
        "SELECT id, mode, fingerprint, started, title, source, chain FROM runs ORDER BY id"
    ).fetchall():
        prev = (
            genesis_hash_v2(run_id, mode, fp, started, title, source, previous)
            if chain == 2
            else genesis_hash(run_id, mode, fp, started)
        )
        previous = prev
        for seq, kind, at, payload in conn.execute(
            "SELECT seq, kind, at, payload FROM events WHERE run_id = ? ORDER BY seq", (run_id,)
        ).fetchall():
            digest = chain_hash(prev, Event(seq, kind, at, json.loads(payload)))
            conn.execute(
                "UPDATE events SET prev_hash = ?, hash = ? WHERE run_id = ? AND seq = ?", (prev, digest, run_id, seq)
            )
            prev = digest
        conn.execute("UPDATE runs SET head_hash = ? WHERE id = ?", (prev, run_id))
    conn.commit()
    conn.close()


def test_the_signed_minutes_pin_the_journal_and_a_recomputed_forgery_fails_expect(sample, tmp_path, capsys):
    output = tmp_path / "bien-ban.docx"
    assert main(["export", "minutes", "--db", str(sample.db), "-o", str(output)]) == 0
    with Journal.open(sample.db, readonly=True) as journal:
        anchor = journal.anchor(sample.live_id)
    footer = footer_of(output)
    assert (
        f"Nhật ký: lần chạy {sample.live_id} · {anchor.events} sự kiện · mã cuối {anchor.short_head} · "
        f"chương trình {anchor.fingerprint[:12]}"
    ) in footer
    printed = re.search(r"mã cuối ([0-9a-f]{16})", footer).group(1)
    capsys.readouterr()
    assert main(["verify", "--db", str(sample.db), "--expect", printed]) == 0
    assert f"mã cuối {printed} khớp với bản đã ký" in capsys.readouterr().out
    # The rejected resolution turned into an approved one, and the whole chain recomputed:
    conn = sqlite3.connect(sample.db)
    ((seq, payload),) = conn.execute(
        "SELECT seq, payload FROM events WHERE run_id = ? AND kind = 'vote' ORDER BY seq DESC LIMIT 1",
        (sample.live_id,),
    ).fetchall()
    forged = {**json.loads(payload), "for": 130, "against": 10, "abstain": 0}
    conn.execute(
        "UPDATE events SET payload = ? WHERE run_id = ? AND seq = ?",
        (canonical_json(forged).decode(), sample.live_id, seq),
    )
    conn.commit()
    conn.close()
    recompute(sample.db)
    assert main(["verify", "--db", str(sample.db)]) == 0  # the chain has no key: this much passes…
    capsys.readouterr()
    assert main(["verify", "--db", str(sample.db), "--expect", printed]) == 1  # …the paper does not
    said = capsys.readouterr().err
    assert f"không phải {printed} như trên bản đã ký" in said


@pytest.mark.parametrize(
    "column, value",
    [("title", "Hội nghị khác"), ("source", "/khac/dai-hoi.toml"), ("mode", "rehearsal"), ("finished", 1.0)],
)
def test_a_relabelled_run_record_is_detected_and_a_recomputed_one_fails_the_paper(sample, column, value, capsys):
    with Journal.open(sample.db, readonly=True) as journal:
        printed = journal.anchor(sample.live_id).short_head
    conn = sqlite3.connect(sample.db)
    conn.execute(f"UPDATE runs SET {column} = ? WHERE id = ?", (value, sample.live_id))
    conn.commit()
    conn.close()
    assert main(["--lang", "en", "verify", "--db", str(sample.db)]) == 1
    said = capsys.readouterr().err
    assert f"run {sample.live_id}:" in said and ("record was altered" in said or "recorded finish" in said)
    if column == "finished":
        return  # the finish time is an event's: no recompute can move it without changing the head
    recompute(sample.db)  # the labels now hashed as forged: the chain holds, the head moved
    assert (
        main(["--lang", "en", "verify", "--db", str(sample.db), "--run", str(sample.live_id), "--expect", printed]) == 1
    )


def test_a_removed_or_swapped_run_is_detected(sample, tmp_path, capsys):
    swapped = tmp_path / "swapped.db"
    swapped.write_bytes(sample.db.read_bytes())
    conn = sqlite3.connect(sample.db)
    conn.execute("DELETE FROM events WHERE run_id = ?", (sample.rehearsal_id,))
    conn.execute("DELETE FROM runs WHERE id = ?", (sample.rehearsal_id,))
    conn.commit()
    conn.close()
    assert main(["--lang", "en", "verify", "--db", str(sample.db)]) == 1
    assert "a run before it was removed or swapped" in capsys.readouterr().err
    conn = sqlite3.connect(swapped)
    conn.execute("PRAGMA foreign_keys=OFF")
    for old, new in ((1, 99), (2, 1), (99, 2)):
        conn.execute("UPDATE runs SET id = ? WHERE id = ?", (new, old))
        conn.execute("UPDATE events SET run_id = ? WHERE run_id = ?", (new, old))
    conn.commit()
    conn.close()
    assert main(["--lang", "en", "verify", "--db", str(swapped)]) == 1


def test_expect_refuses_what_is_not_a_hash_and_names_the_run(sample, capsys):
    assert main(["verify", "--db", str(sample.db), "--expect", "bien-ban"]) == 2
    assert "không phải mã băm" in capsys.readouterr().err
    with Journal.open(sample.db, readonly=True) as journal:
        rehearsal_head = journal.anchor(sample.rehearsal_id).short_head
    assert main(["verify", "--db", str(sample.db), "--expect", rehearsal_head]) == 1  # default: the live run
    assert (
        main(["verify", "--db", str(sample.db), "--run", str(sample.rehearsal_id), "--expect", rehearsal_head.upper()])
        == 0
    )


@pytest.mark.parametrize("lang, said", [("vi", "không có lần chạy số"), ("en", "no run")])
def test_verify_names_a_run_the_journal_does_not_hold_however_large_its_number(sample, capsys, lang, said):
    for run in ("7", "99999999999999999999"):  # the second is beyond any integer SQLite holds
        assert main(["--lang", lang, "verify", "--db", str(sample.db), "--run", run]) == 1
        err = capsys.readouterr().err
        assert f"{said} {run}" in err and "Traceback" not in err


def _schema_1_journal(path: Path) -> None:
    """A journal as the previous version wrote it: no chain column, runs hashed without title or order."""
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE runs (id INTEGER PRIMARY KEY, mode TEXT NOT NULL, fingerprint TEXT NOT NULL, source TEXT,
            title TEXT, started FLOAT NOT NULL, finished FLOAT, head_seq INTEGER NOT NULL, head_hash TEXT NOT NULL,
            program BLOB);
        CREATE TABLE events (run_id INTEGER REFERENCES runs(id), seq INTEGER, kind TEXT NOT NULL, at FLOAT NOT NULL,
            payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (run_id, seq));
        PRAGMA application_id = 1347568979;
        PRAGMA user_version = 1;
    """)
    fingerprint = hashlib.sha256(b"program").hexdigest()
    prev = genesis_hash(1, "live", fingerprint, 1_700_000_000.0)
    conn.execute(
        "INSERT INTO runs VALUES (1, 'live', ?, '', 'Đại hội', 1700000000.0, NULL, 0, '', NULL)", (fingerprint,)
    )
    for seq, kind in ((1, "start"), (2, "next")):
        event = Event(seq, kind, 1_700_000_000.0 + seq, {})
        digest = chain_hash(prev, event)
        conn.execute("INSERT INTO events VALUES (1, ?, ?, ?, '{}', ?, ?)", (seq, kind, event.at, prev, digest))
        prev = digest
    conn.execute("UPDATE runs SET head_seq = 2, head_hash = ?", (prev,))
    conn.commit()
    conn.close()


def test_an_old_journal_still_verifies_and_says_what_its_chain_does_not_cover(tmp_path, capsys):
    db = tmp_path / "cu.db"
    _schema_1_journal(db)
    assert main(["verify", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "đã kiểm tra 2 sự kiện" in out and "1 lần chạy được ghi trước khi" in out
    with Journal.open(db) as journal:  # opened for writing: upgraded in place, old run untouched
        assert journal.db.execute("PRAGMA user_version").fetchone()[0] == 2
        assert journal.runs()[0].chain == 1 and journal.verify().ok
    conn = sqlite3.connect(db)
    conn.execute("UPDATE runs SET chain = 2")  # passing an old run off as chained is no shortcut either
    conn.commit()
    conn.close()
    assert main(["verify", "--db", str(db)]) == 1

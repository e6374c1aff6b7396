"""The headless commands: simulate a run from a script, list runs, verify the journal."""

from __future__ import annotations

import json
import sqlite3

from presidium.cli import main
from support.simulate import PROGRAM, SCRIPT


def simulate(program, script, db, *extra, lang="en"):
    return main(["--lang", lang, "simulate", str(program), "--db", str(db), "--script", str(script), *extra])


def test_simulate_prints_planned_against_actual_and_the_final_delta(files, capsys):
    program, script, db = files
    assert simulate(program, script, db) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line for line in out.splitlines()}
    assert "07:30–07:35" in rows["chao-co"] and "07:30:00–07:35:30" in rows["chao-co"] and "+30s" in rows["chao-co"]
    assert "27:30" in rows["bao-cao"] and "−2m30s" in rows["bao-cao"]
    assert "(inserted)" in rows["inserted-9"] and "08:11:30–08:15:00" in rows["inserted-9"]
    assert out.strip().endswith("schedule delta: +7m (behind); paused 5m; 4 deviations")


def test_simulate_speaks_vietnamese_by_default(files, capsys):
    program, script, db = files
    assert main(["simulate", str(program), "--db", str(db), "--script", str(script)]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line for line in out.splitlines()}
    assert "(phát sinh)" in rows["inserted-9"] and rows["inserted-9"].endswith("đã xong")
    assert rows["mục"].split() == ["mục", "dự", "kiến", "thực", "tế", "chênh", "trạng", "thái"]
    assert out.strip().endswith("chênh lệch so với chương trình: +7m (chậm); tạm dừng 5m; 4 sai khác")
    script.write_text("0:00 start\nsoon next\n1:00 vote for=10 for=3\n", encoding="utf-8")
    assert main(["simulate", str(program), "--db", str(db), "--script", str(script)]) == 1
    err = capsys.readouterr().err
    assert f"{script}:2: “soon” không phải thời điểm tính từ lúc bắt đầu" in err


def test_simulate_stops_at_an_impossible_action_naming_its_line(files, capsys):
    program, script, db = files
    script.write_text("0:00 start\n1:00 back\n2:00 next\n", encoding="utf-8")
    assert simulate(program, script, db) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"{script}:2: “Chào cờ” is the first item: there is nothing to go back to"


def test_simulate_reports_script_and_program_mistakes(files, capsys):
    program, script, db = files
    script.write_text("0:00 start\nsoon next\n", encoding="utf-8")
    assert simulate(program, script, db) == 1
    assert f"{script}:2: “soon” is not a time" in capsys.readouterr().err
    program.write_text(PROGRAM.replace('duration = "5m"', 'duration = "năm phút"', 1), encoding="utf-8")
    script.write_text(SCRIPT, encoding="utf-8")
    assert simulate(program, script, db) == 1
    err = capsys.readouterr().err
    assert f"{program}:22: item 'chao-co'" in err and "5m, 1h30m" in err
    assert not db.exists()  # nothing recorded for a program that does not load


def test_simulate_refuses_a_database_that_is_not_a_journal(files, capsys):
    program, script, _ = files
    assert simulate(program, script, program) == 1  # the program itself given as --db
    assert "not a Presidium journal" in capsys.readouterr().err
    assert program.read_text(encoding="utf-8") == PROGRAM


def test_runs_lists_rehearsals_and_live_runs_apart(files, capsys):
    program, script, db = files
    simulate(program, script, db)
    script.write_text("0:00 start\n7:00 next\n", encoding="utf-8")
    simulate(program, script, db, "--live")
    capsys.readouterr()
    assert main(["--lang", "en", "runs", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "rehearsal runs: 1" and out[2] == "live runs: 1"
    assert "#1" in out[1] and "current —" in out[1] and "delta +7 min" in out[1]
    assert "#2" in out[3] and "current bao-cao" in out[3] and "delta +2 min" in out[3]
    assert main(["runs", "--db", str(db), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["mode"], r["current_item"], r["delta_seconds"]) for r in rows] == [
        (1, "rehearsal", None, 420.0),
        (2, "live", "bao-cao", 120.0),
    ]
    assert rows[0]["finished"] and rows[1]["finished"] is None


def test_verify_counts_events_then_names_the_first_altered_one(files, capsys):
    program, script, db = files
    simulate(program, script, db)
    capsys.readouterr()
    assert main(["--lang", "en", "verify", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "12 events verified"
    conn = sqlite3.connect(db)
    conn.execute('UPDATE events SET payload = \'{"for":140,"against":0,"abstain":0}\' WHERE seq = 8')
    conn.commit()
    conn.close()
    assert main(["--lang", "en", "verify", "--db", str(db)]) == 1
    assert "run 1, event 8 (vote): altered" in capsys.readouterr().err


def test_runs_and_verify_on_a_missing_journal_say_so(tmp_path, capsys):
    assert main(["--lang", "en", "runs", "--db", str(tmp_path / "none.db")]) == 1
    assert main(["--lang", "en", "verify", "--db", str(tmp_path / "none.db")]) == 1
    assert capsys.readouterr().err.count("no such journal") == 2


def test_runs_and_verify_speak_vietnamese_by_default(files, capsys):
    program, script, db = files
    simulate(program, script, db)
    capsys.readouterr()
    assert main(["runs", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "lần tổng duyệt: 1" and out[2] == "lần chạy chính thức: 0"
    assert "bắt đầu" in out[1] and "chênh lệch +7 phút" in out[1]
    assert main(["verify", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "đã kiểm tra 12 sự kiện: nhật ký nguyên vẹn"
    assert main(["verify", "--db", str(tmp_path_of(db) / "none.db")]) == 1
    assert capsys.readouterr().err.strip().endswith("không có tệp nhật ký này")
    conn = sqlite3.connect(db)
    conn.execute('UPDATE events SET payload = \'{"for":140,"against":0,"abstain":0}\' WHERE seq = 8')
    conn.commit()
    conn.close()
    assert main(["verify", "--db", str(db)]) == 1
    assert "lần chạy số 1, sự kiện 8 (vote): đã bị sửa" in capsys.readouterr().err


def tmp_path_of(path):
    return path.parent

"""The counting committee's commands end to end: stations entering through --script, the tally, the
result file taken by the podium through the same path as a typed ballot, and a killed station."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presidium.app.counting import CountingStation
from presidium.app.session import CongressSession
from presidium.cli import main
from presidium.core.clock import FakeClock
from presidium.core.counting.entries import parse_entry
from presidium.core.counting.result import digest
from presidium.core.events import InvalidAction
from presidium.core.loader import load_program
from presidium.infra.journal import Journal
from support.counting import PROGRAM, count, tally

FIVE = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Quốc Dũng", "Hoàng Minh Đức"]


ballots = st.lists(
    st.one_of(
        st.sets(st.integers(1, 5), max_size=5).map(lambda s: "struck " + (" ".join(map(str, sorted(s))) or "-")),
        st.sampled_from(["invalid not-issued", "invalid torn", "invalid name-added"]),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ballots, st.randoms(use_true_random=False))
def test_three_stations_through_script_give_exactly_the_direct_count(capsys, shown, rng):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        lines = [f"{n} {what}" for n, what in enumerate(shown, start=1)]
        for station in "ABC":
            order = lines[:]
            rng.shuffle(order)  # each station enters its own pile in its own order
            assert count(folder, station, order) == 0
        capsys.readouterr()
        assert tally(folder, "--json") == 0
        out = json.loads(capsys.readouterr().out)
    direct = dict.fromkeys(FIVE, 0)
    valid = 0
    for what in shown:
        if what.startswith("struck"):
            crossed = {int(n) for n in what.split()[1:] if n != "-"}
            keep = [i for i in range(1, 6) if i not in crossed]
            if 1 <= len(keep) <= 4:
                valid += 1
                for i in keep:
                    direct[FIVE[i - 1]] += 1
    assert out["differences"] == []
    assert out["figures"]["entered"] == len(shown) and out["figures"]["valid"] == valid
    assert out["figures"]["votes"] == direct
    assert out["result"]["count"]["votes"] == direct  # decided by the podium's own decision code


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ballots, st.data())
def test_a_single_difference_entered_through_script_is_found_and_named_by_the_tally(capsys, shown, data):
    lines = [f"{n} {what}" for n, what in enumerate(shown, start=1)]
    number = data.draw(st.integers(1, len(lines)), label="ballot")
    station = data.draw(st.sampled_from("ABC"), label="station")
    other = "struck 1 2" if lines[number - 1] != f"{number} struck 1 2" else "invalid torn"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in "ABC":
            entered = list(lines)
            if name == station:
                entered[number - 1] = f"{number} {other}"
            assert count(folder, name, entered) == 0
        capsys.readouterr()
        assert tally(folder, "--json", "-o", str(folder / "r.json")) == 1
        out = json.loads(capsys.readouterr().out)
        assert not (folder / "r.json").exists()
    assert [d["number"] for d in out["differences"]] == [number]
    assert out["differences"][0]["entered"][station] == other
    assert out["figures"] is None and out["result"] is None


def test_a_difference_is_listed_by_number_and_no_result_until_re_entered(tmp_path, capsys):
    lines = ["1 struck 1", "2 struck 2 3", "3 invalid torn", "4 struck -"]
    assert count(tmp_path, "A", lines) == 0
    assert count(tmp_path, "B", lines[:1] + ["2 struck 2"] + lines[2:3]) == 0  # 2 differs, 4 missing
    capsys.readouterr()
    result = tmp_path / "ket-qua.json"
    assert tally(tmp_path, "-o", str(result), stations=("A", "B")) == 1
    out = capsys.readouterr().out
    assert "  2  A: struck 2 3 | B: struck 2" in out
    assert "  4  A: struck - | B: (chưa nhập)" in out
    assert not result.exists()
    assert count(tmp_path, "B", lines) == 0  # B re-enters: a correction and a new ballot, journaled
    assert "1 phiếu đính chính" in capsys.readouterr().out
    assert tally(tmp_path, "-o", str(result), "--issued", "4", stations=("A", "B")) == 0
    with Journal.open(tmp_path / "B.sqlite", readonly=True) as journal:
        kinds = [e.kind for e in journal.events(1)]
    assert kinds == ["count-open", "entry", "entry", "entry", "entry-correct", "entry"]  # nothing edited
    assert json.loads(result.read_text(encoding="utf-8"))["figures"]["invalid_reasons"] == {"torn": 1, "over-seats": 1}


def test_a_malformed_script_records_nothing_and_names_its_lines(tmp_path, capsys):
    assert count(tmp_path, "A", ["1 struck 1", "2 stuck 2", "3 struck 9"]) == 1
    err = capsys.readouterr().err
    assert "A.txt:2:" in err and "A.txt:3:" in err and "không có người số 9" in err
    with Journal.open(tmp_path / "A.sqlite", readonly=True) as journal:
        assert journal.runs() == []


def podium(tmp_path: Path, issued: int | None = 5) -> CongressSession:
    program = load_program(PROGRAM)
    session = CongressSession.open(program, tmp_path / "podium.sqlite", "rehearsal", FakeClock(1_751_850_000))
    session.start()
    session.goto("bau-dai-bieu")
    session.set_attendance(58)
    return session


def reconciled(tmp_path: Path) -> Path:
    lines = [f"{n} struck {n}" for n in range(1, 5)] + ["5 invalid not-issued"]
    for station in "AB":
        assert count(tmp_path, station, lines) == 0
    result = tmp_path / "ket-qua.json"
    assert tally(tmp_path, "-o", str(result), "--issued", "5", stations=("A", "B")) == 0
    return result


def test_the_podium_records_the_result_as_the_same_ballot_as_a_typed_one(tmp_path):
    result = reconciled(tmp_path)
    session = podium(tmp_path)
    event = session.record_ballot_result(result)
    recorded = session.state.ballots[-1]
    (tmp_path / "typed").mkdir()
    typed = podium(tmp_path / "typed")  # the same figures typed at the V panel
    typed.record_ballot(5, 5, 1, {**dict.fromkeys(FIVE, 3), "Hoàng Minh Đức": 4}, item_id="bau-dai-bieu")
    assert recorded.result.to_dict() == typed.state.ballots[-1].result.to_dict()
    stations = event.payload["stations"]
    assert [s["name"] for s in stations] == ["A", "B"] and all(len(s["head_hash"]) == 64 for s in stations)
    with Journal.open(tmp_path / "A.sqlite", readonly=True) as journal:
        assert stations[0]["head_seq"] == journal.run(1).head_seq


def tampered(result: Path, change) -> Path:
    document = json.loads(result.read_text(encoding="utf-8"))
    change(document)
    document["digest"] = digest(document)  # a careful forger recomputes the digest too
    out = result.with_name("tampered.json")
    out.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return out


def _more_votes(d):
    d["figures"]["votes"]["Nguyễn Văn An"] += 1


def _entry_changed(d):
    for station in d["stations"]:  # every station's entry of ballot 1, and the figures to match
        for event in station["events"]:
            if event["kind"] == "entry" and event["payload"]["number"] == 1:
                event["payload"]["marks"] = [2]
    d["figures"]["votes"]["Nguyễn Văn An"] += 1
    d["figures"]["votes"]["Trần Thị Bình"] -= 1


@pytest.mark.parametrize(
    "change, code", [(None, "result-altered"), (_more_votes, "result-figures"), (_entry_changed, "result-chain")]
)
def test_a_tampered_result_file_is_refused_by_the_podium_and_nothing_is_recorded(tmp_path, change, code):
    result = reconciled(tmp_path)
    if change is None:
        text = result.read_text(encoding="utf-8").replace('"issued": 5', '"issued": 6')
        bad = result.with_name("edited.json")
        bad.write_text(text, encoding="utf-8")
    else:
        bad = tampered(result, change)
    session = podium(tmp_path)
    before = len(session.events())
    with pytest.raises(InvalidAction) as refused:
        session.record_ballot_result(bad)
    assert refused.value.params["reason"].code == f"counting.{code}"
    assert "không nhận" in refused.value.message("vi") and "refused" in refused.value.message("en")
    assert len(session.events()) == before and session.state.ballots == ()


def test_figures_that_differ_from_the_recount_are_named_in_the_readers_language(tmp_path):
    bad = tampered(reconciled(tmp_path), _more_votes)
    session = podium(tmp_path)
    with pytest.raises(InvalidAction) as refused:
        session.record_ballot_result(bad)
    # what differs was the raw key "figures", in English inside the Vietnamese refusal
    assert "(các số liệu tổng hợp) — không nhận" in refused.value.message("vi")
    assert "(the totals) — refused" in refused.value.message("en")


def test_a_result_counted_on_another_list_is_refused(tmp_path):
    result = reconciled(tmp_path)
    session = podium(tmp_path)
    session.record_vote(40, 10, 8, item_id="bau-dai-bieu", withdraw="Hoàng Minh Đức")  # the list changed
    with pytest.raises(InvalidAction) as refused:
        session.record_ballot_result(result)
    assert "4 names for 4 seats" in refused.value.message("en")


def test_simulate_takes_a_result_file(tmp_path, capsys):
    result = reconciled(tmp_path)
    actions = tmp_path / "actions.txt"
    actions.write_text(
        f"00:00 start\n00:10 goto bau-dai-bieu\n00:20 present 58\n00:30 ballot-result {result.name}\n", encoding="utf-8"
    )
    assert main(["simulate", str(PROGRAM), "--db", str(tmp_path / "sim.sqlite"), "--script", str(actions)]) == 0
    with Journal.open(tmp_path / "sim.sqlite", readonly=True) as journal:
        ballot = [e for e in journal.events(1) if e.kind == "ballot"][0]
    assert ballot.payload["issued"] == 5 and ballot.payload["returned"] == 5 and len(ballot.payload["stations"]) == 2


CHILD = r"""
import sys
from presidium.app.counting import CountingStation
from presidium.core.counting.entries import Entry
from presidium.core.loader import load_program
station = CountingStation.open(load_program(sys.argv[1]), "bau-bch", "A", sys.argv[2])
number = station.state.next_number
while True:
    station.enter(Entry(number, "struck", ((number % 20) + 1, ((number + 7) % 20) + 1)))
    print(number, flush=True)
    number += 1
"""


@pytest.mark.slow  # real processes killed
def test_a_killed_station_loses_no_acknowledged_ballot(tmp_path):
    db = tmp_path / "A.sqlite"
    rng = random.Random(16)
    acknowledged: list[int] = []
    for _ in range(3):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(PROGRAM), str(db)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        wanted = rng.randint(5, 40)
        for _ in range(wanted):
            acknowledged.append(int(child.stdout.readline()))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    program = load_program(PROGRAM)
    station = CountingStation.open(program, "bau-bch", "A", db)
    try:
        entered = set(station.state.entries)
        assert set(acknowledged) <= entered  # nothing acknowledged is lost
        assert len(entered - set(acknowledged)) <= 3  # at most one committed-but-unacknowledged per kill
        assert station.journal.verify().ok
        assert station.state.entries[acknowledged[0]] == parse_entry("1 struck 2 9")
    finally:
        station.close()


def test_numbers_typed_on_the_command_line_are_bounded_and_a_podium_journal_is_not_a_station(tmp_path, capsys):
    base = ["count", str(PROGRAM), "--item", "bau-dai-bieu", "--station", "A"]
    script = tmp_path / "a.txt"
    script.write_text("1 struck 1\n", encoding="utf-8")
    assert main(base + ["--db", str(tmp_path / "a.sqlite"), "--round", "0", "--script", str(script)]) == 1
    assert "lần bầu phải từ 1 đến 99" in capsys.readouterr().err
    assert main(base + ["--db", str(tmp_path / "a.sqlite"), "--candidates", "An; An", "--script", str(script)]) == 1
    assert "tên ghi hai lần" in capsys.readouterr().err
    assert main(base + ["--db", str(tmp_path / "a.sqlite"), "--seats", "9", "--script", str(script)]) == 1
    assert "số người cần bầu phải từ 1 đến 5" in capsys.readouterr().err
    assert (
        main(
            ["--lang", "en"] + base + ["--db", str(tmp_path / "a.sqlite"), "--station", "\x07", "--script", str(script)]
        )
        == 1
    )
    assert "station name" in capsys.readouterr().err
    podium(tmp_path).close()  # the podium's journal, podium.sqlite, no longer held by its window
    assert main(base + ["--db", str(tmp_path / "podium.sqlite"), "--script", str(script)]) == 1
    assert "nhật ký của bục điều hành" in capsys.readouterr().err

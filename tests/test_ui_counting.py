"""The counting window driven by keys, as the operator drives it: one key per name, Enter, Backspace,
F2 for an invalid ballot, Ctrl+G to enter a ballot again; every ballot in the station's journal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from presidium.app.counting import CountingStation
from presidium.core.counting.entries import Entry
from presidium.core.counting.log import describe
from presidium.core.loader import load_program
from presidium.infra.journal import Journal
from presidium.ui.counting.launch import build_window
from presidium.ui.counting.window import NumberDialog, ReasonDialog
from presidium.ui.i18n import Language
from support.counting import count, tally

PROGRAM = Path(__file__).parent / "programs" / "counting.toml"


@pytest.fixture
def window(qtbot, tmp_path):
    language = Language(QApplication.instance())

    def make(item="bau-bch", lang="vi"):
        language.use(lang)
        station = CountingStation.open(load_program(PROGRAM), item, "A", tmp_path / f"{item}.sqlite")
        shown = build_window(station, lang)
        qtbot.addWidget(shown)
        shown.resize(1366, 768)
        shown.show()
        qtbot.waitExposed(shown)
        made.append(station)
        return shown

    made: list[CountingStation] = []
    yield make
    for station in made:
        station.close()
    language.use("en")  # the next tests find no Vietnamese catalogue installed


def keys(qtbot, widget, text: str) -> int:
    """Type `text` (\\n is Enter, \\b Backspace); returns the keys pressed."""
    for char in text:
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif char == "\b":
            qtbot.keyClick(widget, Qt.Key.Key_Backspace)
        else:
            qtbot.keyClicks(widget, char)
    return len(text)


def test_a_20_name_ballot_takes_the_names_crossed_out_plus_one_keystrokes(qtbot, window):
    shown = window()
    station = shown.controller.station
    # names 2, 5, 11 (Q), 17 (U) crossed out: four keys, then Enter
    assert keys(qtbot, shown, "25QU\n") == 4 + 1
    assert station.state.entries[1] == Entry(1, "struck", (2, 5, 11, 17))
    assert shown.controller.draft.number == 2  # the number advanced by itself
    assert shown.last_view.shown.title == "Phiếu số 1"
    assert shown.last_view.shown.marks == frozenset({2, 5, 11, 17})
    assert "HỢP LỆ" in shown.last_view.shown.verdict


def test_a_letter_marks_its_name_whatever_text_an_input_method_makes_of_it(qtbot, window):
    shown = window()
    qtbot.keyClick(shown, Qt.Key.Key_W)  # name 12
    qtbot.keyPress(shown, Qt.Key.Key_Q, Qt.KeyboardModifier.NoModifier)  # name 11
    assert shown.controller.draft.marks == frozenset({11, 12})
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    telex = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_W, Qt.KeyboardModifier.NoModifier, "ư")
    QApplication.sendEvent(shown, telex)  # Telex's "ư" for W: still name 12, now taken back
    assert shown.controller.draft.marks == frozenset({11})


def test_the_rules_decide_validity_and_the_window_says_so_before_enter(qtbot, window):
    shown = window()
    keys(qtbot, shown, "123")  # 17 kept for 16 seats
    assert "KHÔNG HỢP LỆ" in shown.draft_view.shown.verdict and "nhiều hơn" in shown.draft_view.shown.verdict
    keys(qtbot, shown, "4\n")  # 16 kept: valid
    assert shown.controller.station.judge(shown.controller.station.state.entries[1]).valid


def test_backspace_takes_a_mark_back_then_the_last_ballot_journaled(qtbot, window):
    shown = window()
    station = shown.controller.station
    keys(qtbot, shown, "1234\n5678\n")
    keys(qtbot, shown, "9\b")  # a mark typed and taken back
    assert shown.controller.draft.empty
    keys(qtbot, shown, "\b")  # the empty ballot: ballot 2 is taken back
    assert sorted(station.state.entries) == [1] and shown.controller.draft.number == 2
    keys(qtbot, shown, "5670\n")
    assert station.state.entries[2] == Entry(2, "struck", (5, 6, 7, 10))
    with Journal.open(station.journal.path, readonly=True) as journal:
        assert [e.kind for e in journal.events(1)] == ["count-open", "entry", "entry", "entry-undo", "entry"]


def test_f2_records_an_invalid_ballot_with_a_reason_chosen_by_its_number(qtbot, window):
    shown = window()

    def choose():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReasonDialog)
        assert "Điều 15" in " ".join(label.text() for label in dialog.findChildren(type(shown.counts)))
        qtbot.keyClick(dialog, Qt.Key.Key_4)  # torn

    QTimer.singleShot(0, choose)
    qtbot.keyClick(shown, Qt.Key.Key_F2)
    assert shown.controller.station.state.entries[1] == Entry(1, "invalid", reason="torn")
    assert "rách" in shown.last_view.shown.verdict


def test_no_surplus_keys_cycle_disagree_then_neither_or_both(qtbot, window):
    shown = window("bau-ubkt")
    keys(qtbot, shown, "1" + "22" + "333" + "\n")  # 1 disagree, 2 neither/both, 3 cleared (agree)
    entry = shown.controller.station.state.entries[1]
    assert entry == Entry(1, "disagree", (1,), (2,))
    assert "không tính 1" in shown.last_view.shown.verdict


def _inked(image, rect) -> int:
    """Dark pixels inside a box, its frame left out: a cross makes many, a grey hatching none."""
    inner = rect.adjusted(4, 4, -4, -4).toRect()
    return sum(
        1
        for x in range(inner.left(), inner.right())
        for y in range(inner.top(), inner.bottom())
        if image.pixelColor(x, y).lightness() < 110
    )


@pytest.mark.parametrize(("lang", "label"), [("vi", "không tính"), ("en", "not counted")])
def test_a_name_not_counted_is_drawn_as_neither_box_marked_and_said_not_counted(qtbot, window, lang, label):
    shown = window("bau-ubkt", lang)
    keys(qtbot, shown, "1" + "22" + "\n")  # 1 disagree, 2 neither/both, 3 agree
    view = shown.last_view
    qtbot.waitUntil(lambda: 2 in view.box_rects)
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    image = image.scaled(int(image.width() / ratio), int(image.height() / ratio))
    agree, disagree = view.box_rects[2]
    assert _inked(image, agree) == 0 and _inked(image, disagree) == 0  # no cross: it is not "both"
    inside = agree.adjusted(4, 4, -4, -4).toRect()
    greys = {image.pixelColor(x, inside.top() + 6).name() for x in range(inside.left(), inside.right())}
    assert len(greys) > 1 and "#ffffff" not in greys  # hatched on grey, not left blank like an unmarked box
    assert _inked(image, view.box_rects[1][1]) > 20  # a real mark still draws its cross
    assert _inked(image, view.box_rects[3][0]) > 20
    lines = view.accessibleDescription().splitlines()
    assert lines[2].endswith(f": {label}") and not lines[1].endswith(label) and not lines[3].endswith(label)
    # the entry log says the same words for that ballot
    assert label in describe(shown.controller.station.state.entries[1], lang)


def test_ctrl_g_re_enters_a_ballot_as_a_correction_and_a_refusal_shows_in_the_status_line(qtbot, window):
    shown = window()
    station = shown.controller.station
    keys(qtbot, shown, "1234\n")

    def number():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NumberDialog)
        dialog.number.setValue(1)
        dialog.accept()

    QTimer.singleShot(0, number)
    qtbot.keyClick(shown, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert shown.controller.correcting and "nhập lại" in shown.draft_view.shown.title
    keys(qtbot, shown, "1234\n")  # the same as before: refused, nothing written
    assert "không có gì để đính chính" in shown.status.text()
    keys(qtbot, shown, "\b5\n")
    assert station.state.entries[1] == Entry(1, "struck", (1, 2, 3, 5))
    assert station.state.log[-1].kind == "entry-correct" and station.state.log[-1].previous.marks == (1, 2, 3, 4)


def test_the_v_panel_takes_a_counting_result_and_refuses_a_tampered_one(make_podium, qtbot, tmp_path, monkeypatch):
    from presidium.ui.counting import result_file
    from support.podium import when_modal

    for station in "AB":
        assert count(tmp_path, station, ["1 struck 1", "2 struck 2", "3 invalid torn"]) == 0
    result = tmp_path / "ket-qua.json"
    assert tally(tmp_path, "--issued", "3", "-o", str(result), stations="AB") == 0
    tampered = tmp_path / "sua.json"
    tampered.write_text(result.read_text(encoding="utf-8").replace('"entered": 3', '"entered": 4'), encoding="utf-8")
    chosen = [str(tampered), str(result)]
    monkeypatch.setattr(result_file.QFileDialog, "getOpenFileName", lambda *a, **k: (chosen.pop(0), ""))
    podium = make_podium(program=PROGRAM, db=tmp_path / "podium.sqlite")
    podium.press(qtbot, Qt.Key.Key_Space)
    podium.session.goto("bau-dai-bieu")
    seen = []

    def take(panel):
        panel.tabs.setCurrentIndex(1)
        assert panel.take_result.text() == "Nhận kết quả kiểm phiếu…"
        qtbot.mouseClick(panel.take_result, Qt.MouseButton.LeftButton)  # the tampered file: refused
        seen.append(panel.refusal.text())
        qtbot.mouseClick(panel.take_result, Qt.MouseButton.LeftButton)  # the true one: recorded, panel closes

    when_modal(take)
    podium.press(qtbot, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: podium.session.state.ballots != ())
    assert "không nhận" in seen[0]
    ballot = podium.session.state.ballots[-1]
    assert (ballot.raw["issued"], ballot.raw["returned"], ballot.raw["invalid"]) == (3, 3, 1)
    assert [s["name"] for s in ballot.raw["stations"]] == ["A", "B"]
    assert podium.window.status_line.text() == "Đã ghi kết quả kiểm phiếu."


def test_presidium_count_without_a_script_opens_the_window_on_the_station(qtbot, tmp_path, monkeypatch):
    from presidium.cli import main

    seen = []

    def run_loop():
        shown = [
            w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle().startswith("Kiểm phiếu")
        ]
        seen.extend(w.windowTitle() for w in shown)
        return 0

    monkeypatch.setattr(QApplication, "exec", lambda *args: run_loop())
    assert main(["count", str(PROGRAM), "--item", "bau-bch", "--station", "B", "--db", str(tmp_path / "b.sqlite")]) == 0
    assert seen == ["Kiểm phiếu — bàn B"]
    assert QApplication.translate("CountingWindow", "Ballot {number}") == "Ballot {number}"  # catalogue removed


def station_b(tmp_path, lines: str, item="bau-bch") -> Path:
    """Station B's journal, entered from an ENTRIES script as `presidium count --script` enters it."""
    from presidium.cli import main

    script, db = tmp_path / f"b-{item}.txt", tmp_path / f"b-{item}.sqlite"
    script.write_text(lines, encoding="utf-8")
    args = ["count", str(PROGRAM), "--item", item, "--station", "B", "--db", str(db), "--script", str(script)]
    assert main(args) == 0
    return db


def choose(monkeypatch, *paths: Path) -> None:
    """The file dialog F4 opens answers with `paths`."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))


def test_f4_lists_the_ballots_another_station_entered_differently_and_f3_puts_each_up_to_correct(
    qtbot, window, tmp_path, monkeypatch
):
    b = station_b(tmp_path, "1 struck 1 2\n2 struck 3\n3 struck -\n4 struck 5\n")
    shown = window()
    station = shown.controller.station
    keys(qtbot, shown, "12\n" + "4\n" + "\n")  # ballot 2 differs (4 struck, B has 3); 4 not entered here yet
    assert shown.diff_box.isHidden()
    choose(monkeypatch, b)
    qtbot.keyClick(shown, Qt.Key.Key_F4)
    assert shown.diff_box.isVisible() and shown.diff_box.title().startswith("2 phiếu nhập khác với bàn B")
    rows = [shown.diff_list.item(i).text() for i in range(shown.diff_list.count())]
    assert rows == [
        "Phiếu số 2 — A (bàn này): gạch tên số 4 · B: gạch tên số 3",
        "Phiếu số 4 — A (bàn này): (chưa nhập) · B: gạch tên số 5",
    ]
    qtbot.keyClick(shown, Qt.Key.Key_F3)  # the next difference: ballot 2, entered again as a correction
    assert shown.controller.correcting and shown.draft_view.shown.title.startswith("Phiếu số 2 — nhập lại")
    assert shown.diff_list.currentRow() == 0
    keys(qtbot, shown, "3\n")
    assert station.state.entries[2] == Entry(2, "struck", (3,))
    assert station.state.log[-1].kind == "entry-correct"
    assert [shown.diff_list.item(i).text()[:10] for i in range(shown.diff_list.count())] == ["Phiếu số 4"]
    assert shown.diff_box.title().startswith("1 phiếu nhập khác với bàn B — F3: nhập lại phiếu đó")
    qtbot.keyClick(shown, Qt.Key.Key_F3)  # ballot 4, missing here: a first entry, not a correction
    assert not shown.controller.correcting and shown.controller.draft.number == 4
    keys(qtbot, shown, "5\n")
    assert shown.diff_list.count() == 0 and shown.diff_box.title().startswith("Không phiếu nào nhập khác với bàn B")
    qtbot.keyClick(shown, Qt.Key.Key_F3)
    assert shown.status.text() == "các bàn không khác nhau ở phiếu nào"
    # B corrects its own ballot 3 afterwards; F5 reads its journal again and the new difference shows.
    station_b(tmp_path, "1 struck 1 2\n2 struck 3\n3 struck 7\n4 struck 5\n")
    qtbot.keyClick(shown, Qt.Key.Key_F5)
    assert [shown.diff_list.item(i).text() for i in range(shown.diff_list.count())] == [
        "Phiếu số 3 — A (bàn này): không gạch tên nào · B: gạch tên số 7"
    ]
    with Journal.open(b, readonly=True) as journal:  # the correction is in B's journal, not in A's
        assert journal.events(1)[-1].kind == "entry-correct"
    assert station.state.log[-1].kind == "entry" and station.state.log[-1].number == 4


def test_comparing_is_refused_in_the_status_line_without_another_station_of_the_same_round(
    qtbot, window, tmp_path, monkeypatch
):
    shown = window()
    keys(qtbot, shown, "12\n")
    qtbot.keyClick(shown, Qt.Key.Key_F3)
    assert "chưa đối chiếu với bàn nào" in shown.status.text()
    qtbot.keyClick(shown, Qt.Key.Key_F5)
    assert "nhấn F4" in shown.status.text()
    choose(monkeypatch, tmp_path / "bau-bch.sqlite")  # its own journal
    qtbot.keyClick(shown, Qt.Key.Key_F4)
    assert "bàn “A” được đưa vào hai lần" in shown.status.text()
    choose(monkeypatch, station_b(tmp_path, "1 disagree 2\n", item="bau-ubkt"))  # B counted another item
    qtbot.keyClick(shown, Qt.Key.Key_F4)
    assert "không có lượt nhập phiếu cho mục bau-bch" in shown.status.text()
    assert shown.diff_box.isHidden() and shown.controller.others == []
    choose(monkeypatch, *(tmp_path / f"{n}.sqlite" for n in "cdefg"))
    qtbot.keyClick(shown, Qt.Key.Key_F4)
    assert "1 đến 4 bàn khác" in shown.status.text()


def test_the_differences_are_said_in_english_when_the_window_is(qtbot, window, tmp_path, monkeypatch):
    b = station_b(tmp_path, "1 struck 3\n2 invalid torn\n")
    shown = window(lang="en")
    keys(qtbot, shown, "4\n")
    choose(monkeypatch, b)
    qtbot.keyClick(shown, Qt.Key.Key_F4)
    assert shown.diff_box.title().startswith("2 ballots differ from stations B")
    first, second = (shown.diff_list.item(i).text() for i in range(2))
    assert first == "Ballot 1 — A (this station): names 4 crossed out · B: names 3 crossed out"
    assert second.startswith("Ballot 2 — A (this station): (not entered) · B: invalid: ")

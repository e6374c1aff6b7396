"""The review of a discussion with a list of speakers: who spoke against their allowance, the overruns
ranked, who was absent, who submitted in writing and the time that gave back, floor requests — in the
review data, the Word report and the review screen."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest
from docx import Document
from docx.oxml.ns import qn

from presidium.app import cli_export
from presidium.app.samples import sample_path
from presidium.app.session import CongressSession
from presidium.core.clock import FakeClock
from presidium.core.loader import load_program
from presidium.core.review import Review
from presidium.ui.review_window import ReviewWindow
from support.documents import find, full_text, size

PROGRAM = load_program(sample_path("vi"))
DISCUSSION = next(item for item in PROGRAM.items if item.kind == "discussion" and item.speakers)
HUNG, HIEU, LAN_ANH, DUC, NAM = (s.name for s in DISCUSSION.speakers)
FLOOR, FLOOR_UNIT = "Trung tá Lê Văn Bình", "Đảng ủy Cơ quan Bộ Chỉ huy Quân sự tỉnh"
MINUTE = 60


@dataclass
class Played:
    db: Path
    run_id: int


def play(db: Path) -> Played:
    """A live run held as planned up to the discussion, which goes like this:

    Hùng (8 min allowed) speaks 11 min: 3 min over; Hiếu (7) speaks 6 min 40 s; Lan Anh submits in
    writing (7 min given back); Đức is absent; Lê Văn Bình asks from the floor (3 min allowed); Nam (7)
    speaks 8 min 18 s: 1 min 18 s over; Lê Văn Bình speaks 3 min 20 s. Then the day goes on as planned.
    """
    clock = FakeClock(PROGRAM.sessions[0].starts_at.timestamp())
    session = CongressSession.open(PROGRAM, db, mode="live", clock=clock)
    session.start()
    while session.state.current.id != DISCUSSION.id:
        clock.advance(session.state.current_item.duration)
        session.next()
    session.call_speaker()
    clock.advance(11 * MINUTE)
    session.call_speaker()
    clock.advance(6 * MINUTE + 40)
    session.speaker_written(LAN_ANH)
    session.speaker_absent(DUC)
    session.add_floor_speaker(FLOOR, FLOOR_UNIT, "công tác hậu cần", seconds=3 * MINUTE)
    session.call_speaker(NAM)
    clock.advance(8 * MINUTE + 18)
    session.call_speaker()
    clock.advance(3 * MINUTE + 20)
    session.speaker_done()
    while session.state.next_item is not None:
        session.next()
        clock.advance(session.state.current_item.duration)
    session.finish()
    played = Played(db, session.run_id)
    session.close()
    return played


@pytest.fixture(scope="module")
def played(tmp_path_factory) -> Played:
    return play(tmp_path_factory.mktemp("congress") / "dai-hoi.db")


@pytest.fixture(scope="module")
def review(played) -> Review:
    review, _warnings = cli_export.load_review(played.db, played.run_id)
    return review


@pytest.fixture(scope="module")
def review_doc(played, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "rut-kinh-nghiem.docx"
    args = SimpleNamespace(what="review", db=played.db, run=None, output=out, lang=None)
    assert cli_export.main(args) == 0
    return Document(str(out))


def rows(table):
    return [[cell.text for cell in row.cells] for row in table.rows[1:]]


def table_headed(document, *header):
    return next(t for t in document.tables if tuple(c.text for c in t.rows[0].cells[: len(header)]) == header)


# --- the review data ----------------------------------------------------------------------------


def test_the_discussion_lists_who_spoke_in_order_then_the_others(review):
    [discussion] = review.discussions
    assert discussion.item_id == DISCUSSION.id and discussion.recorded
    assert [(s.name, s.status, s.spoken) for s in discussion.speakers] == [
        (HUNG, "done", 660),
        (HIEU, "done", 400),
        (NAM, "done", 498),
        (FLOOR, "done", 200),
        (LAN_ANH, "written", None),
        (DUC, "absent", None),
    ]
    assert [s.name for s in discussion.floor] == [FLOOR]
    assert [s.overrun for s in discussion.speakers] == [180, 0, 78, 20, 0, 0]


def test_speaker_overruns_are_ranked_beyond_the_tolerance_largest_first(review):
    assert [(s.name, s.overrun) for s in review.speaker_overruns] == [(HUNG, 180), (NAM, 78)]


def test_totals_spoken_allowed_and_recovered_by_writing(review):
    assert review.spoken_seconds == 660 + 400 + 498 + 200
    assert review.allowed_seconds == 8 * MINUTE + 7 * MINUTE + 7 * MINUTE + 3 * MINUTE
    assert review.recovered_seconds == 7 * MINUTE  # Lan Anh's allowance, given back


def test_suggestions_name_the_overrun_and_the_time_written_submissions_recovered(review):
    texts = [s.text("vi") for s in review.suggestions]
    over = next(t for t in texts if "phát biểu vượt thời gian" in t)
    assert "3 đồng chí phát biểu vượt thời gian, tổng cộng 5 phút" in over  # 3 min + 1 min 18 s + 20 s
    assert f"nhiều nhất là đồng chí {HUNG}, vượt 3 phút" in over
    assert "không quá 7 phút" in over and "màn hình sân khấu" in over
    assert any("1 tham luận chuyển sang hình thức gửi văn bản đã tiết kiệm 7 phút" in t for t in texts)
    assert any("1 đồng chí đăng ký phát biểu tại hội trường, sử dụng 3 phút" in t for t in texts)
    english = [s.text("en") for s in review.suggestions]
    assert any("submitted in writing recovered 7 min" in t for t in english)


def test_no_speaker_suggestion_when_speakers_kept_to_time(tmp_path):
    clock = FakeClock(PROGRAM.sessions[0].starts_at.timestamp())
    session = CongressSession.open(PROGRAM, tmp_path / "j.db", mode="live", clock=clock)
    session.start()
    session.goto(DISCUSSION.id)
    session.call_speaker()
    clock.advance(8 * MINUTE + 30)  # 30 s over: no suggestion, not ranked
    session.speaker_done()
    session.finish()
    session.close()
    review, _ = cli_export.load_review(tmp_path / "j.db")
    codes = {s.code for s in review.suggestions}
    assert not codes & {"speakers_over", "written_recovered", "floor_spoke"}
    assert review.speaker_overruns == () and review.recovered_seconds == 0
    assert review.discussions[0].speakers[0].overrun == 30


# --- the Word report ------------------------------------------------------------------------------


def test_report_has_a_discussion_section_with_a_table_per_discussion(review_doc):
    heading = find(review_doc, r"^[IVX]+\. THẢO LUẬN, THAM LUẬN$")
    assert size(heading) == 14 and all(run.font.bold for run in heading.runs)
    assert find(
        review_doc,
        r"^Có 4 lượt phát biểu tại hội trường; tổng thời gian cho phép 25 phút, "
        r"thực tế 29,3 phút \(chênh lệch \+4,3 phút\)\.$",
    )
    assert find(review_doc, rf"^1\. {DISCUSSION.title} \(dự kiến 40 phút, thực tế 29,3 phút\)$")
    table = table_headed(
        review_doc,
        "Người phát biểu",
        "Đơn vị",
        "Thời gian cho phép (phút)",
        "Thời gian thực tế (phút)",
        "Chênh lệch / hình thức",
    )
    units = {s.name: s.unit for s in DISCUSSION.speakers}
    assert rows(table) == [
        [HUNG, units[HUNG], "8", "11", "+3"],
        [HIEU, units[HIEU], "7", "6,7", "−0,3"],
        [NAM, units[NAM], "7", "8,3", "+1,3"],
        [FLOOR, FLOOR_UNIT, "3", "3,3", "+0,3; đăng ký tại hội trường"],
        [LAN_ANH, units[LAN_ANH], "7", "–", "gửi văn bản (tiết kiệm 7 phút)"],
        [DUC, units[DUC], "7", "–", "vắng mặt"],
        ["Cộng", "", "25", "29,3", "+4,3"],
    ]
    assert all(run.font.bold for cell in table.rows[-1].cells for run in cell.paragraphs[0].runs)
    assert find(
        review_doc,
        r"^Phát biểu: 4; vắng mặt: 1; gửi văn bản: 1; đăng ký tại hội trường: 1; "
        r"chưa phát biểu: 0\.$",
    )


def test_report_ranks_speaker_overruns_and_says_what_writing_recovered(review_doc):
    assert find(review_doc, r"^Có 2 đồng chí phát biểu vượt thời gian cho phép quá 1 phút, xếp theo mức vượt")
    table = table_headed(review_doc, "TT", "Người phát biểu", "Đơn vị", "Cho phép (phút)")
    units = {s.name: s.unit for s in DISCUSSION.speakers}
    assert rows(table) == [["1", HUNG, units[HUNG], "8", "11", "+3"], ["2", NAM, units[NAM], "7", "8,3", "+1,3"]]
    recovered = find(
        review_doc,
        r"^1 tham luận chuyển sang hình thức gửi văn bản đã tiết kiệm 7 phút so với "
        r"thời gian cho phép\.$",
    )
    assert size(recovered) == 14
    assert "đồng chí phát biểu vượt thời gian, tổng cộng 5 phút" in full_text(review_doc)


def test_section_tables_use_the_report_fonts(review_doc):
    table = table_headed(review_doc, "Người phát biểu", "Đơn vị")
    runs = [
        run for row in table.rows for cell in row.cells for p in cell.paragraphs for run in p.runs if run.text.strip()
    ]
    assert {run.font.name for run in runs} == {"Times New Roman"}
    assert {run.font.size.pt for run in runs} == {13}
    # A speaker's row never breaks across two pages.
    assert all(row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)


def test_a_discussion_held_without_the_list_says_so(tmp_path):
    from support.congress import congress

    sample = congress(tmp_path)
    out = tmp_path / "rkn.docx"
    args = SimpleNamespace(what="review", db=sample.db, run=None, output=out, lang=None)
    assert cli_export.main(args) == 0
    document = Document(str(out))
    assert find(document, r"^Nhật ký điều hành không ghi nhận từng lượt phát biểu của phần này\.$")
    assert find(document, r"^Không có đồng chí nào phát biểu vượt thời gian cho phép quá 1 phút\.$")


# --- the review screen ------------------------------------------------------------------------------


def cells(table, row):
    return [table.item(row, c).text() if table.item(row, c) else "" for c in range(table.columnCount())]


def test_screen_has_a_discussion_tab_with_the_rows(qtbot, played, vietnamese):
    window = ReviewWindow(played.db)
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Thảo luận, tham luận" in tabs
    table = window.speakers
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert header == ["Người phát biểu", "Đơn vị", "Cho phép", "Thực tế", "Chênh lệch / hình thức"]
    assert cells(table, 0) == [DISCUSSION.title, "", "", "", ""]
    assert cells(table, 1)[::2] == [HUNG, "8", "+3"]
    assert cells(table, 4)[::2] == [FLOOR, "3", "+0,3; đăng ký tại hội trường"]
    assert cells(table, 5)[::2] == [LAN_ANH, "7", "gửi văn bản (tiết kiệm 7 phút)"]
    assert cells(table, 6)[::2] == [DUC, "7", "vắng mặt"]
    ranking = window.speaker_overruns
    assert [cells(ranking, r)[:2] + cells(ranking, r)[-1:] for r in range(ranking.rowCount())] == [
        ["1", HUNG, "+3"],
        ["2", NAM, "+1,3"],
    ]
    assert "tiết kiệm 7 phút" in window.speakers_summary.text()


def test_screen_speaks_english_when_asked(qtbot, played):
    window = ReviewWindow(played.db, lang="en")
    qtbot.addWidget(window)
    assert "Discussion" in [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert cells(window.speakers, 5)[-1] == "in writing (7 min recovered)"

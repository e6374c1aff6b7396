"""The minutes as a reader of the .docx sees them: layout, order, numbers, fonts; and the command's errors."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from docx import Document
from docx.shared import Pt

from presidium.app import cli_export
from presidium.core.events import Event
from presidium.core.loader import load_program
from presidium.core.minutes import build_minutes
from presidium.core.run import fold
from presidium.infra.docx_party import has_rule_under
from presidium.infra.journal import Journal
from support.congress import congress
from support.documents import blocks, find, full_text, size


def all_bold(paragraph) -> bool:
    return all(run.font.bold for run in paragraph.runs if run.text.strip())


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return congress(tmp_path_factory.mktemp("congress"))


@pytest.fixture(scope="module")
def minutes_doc(sample, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "bien-ban.docx"
    args = SimpleNamespace(what="minutes", db=sample.db, run=None, output=out, lang=None)
    assert cli_export.main(args) == 0
    return Document(str(out))


def test_page_is_a4_with_party_margins_and_times_new_roman_14(minutes_doc):
    section = minutes_doc.sections[0]
    assert (round(section.page_width.mm, 1), round(section.page_height.mm, 1)) == (210.0, 297.0)
    assert [
        round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    ] == [25, 25, 35, 15]
    normal = minutes_doc.styles["Normal"].font
    assert (normal.name, normal.size) == ("Times New Roman", Pt(14))
    fonts = {run.font.name for p in blocks(minutes_doc) for run in p.runs if run.text.strip()}
    assert fonts == {"Times New Roman"}


def test_header_blocks_follow_the_party_presentation_rules(minutes_doc):
    header = minutes_doc.tables[0]
    left, right = header.rows[0].cells
    lines = [p for p in left.paragraphs if p.text]
    assert [p.text for p in lines] == ["ĐẢNG BỘ TỈNH HÀ TĨNH", "ĐẢNG BỘ QUÂN SỰ TỈNH", "*", "Số 01-BB/ĐH"]
    assert not any(run.font.bold for run in lines[0].runs)  # upper level: regular caps
    assert all_bold(lines[1]) and size(lines[1]) == 14
    assert size(lines[3]) == 14
    party, date_line = [p for p in right.paragraphs if p.text]
    assert party.text == "ĐẢNG CỘNG SẢN VIỆT NAM" and all_bold(party) and size(party) == 15
    assert has_rule_under(party)
    assert date_line.text == "Hà Tĩnh, ngày 07 tháng 7 năm 2025"
    assert all(run.font.italic for run in date_line.runs) and size(date_line) == 14
    title = find(minutes_doc, r"^BIÊN BẢN$")
    assert all_bold(title) and size(title) == 16
    # Too long for one line: set on two, broken before "LẦN THỨ" rather than wherever the width runs out.
    subtitle = find(minutes_doc, r"^ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ QUÂN SỰ TỈNH$")
    assert all_bold(subtitle) and size(subtitle) == 15
    assert find(minutes_doc, r"^LẦN THỨ XIII, NHIỆM KỲ 2025–2030$")
    body = find(minutes_doc, r"^Hôm nay, vào hồi 07 giờ 30 phút, ngày 07 tháng 7 năm 2025, tại Hội trường")
    assert size(body) == 14


def test_attendance_with_reasons_and_the_later_change(minutes_doc):
    text = full_text(minutes_doc)
    assert "Tổng số đại biểu được triệu tập: 150 đồng chí." in text
    assert "có mặt 146 đồng chí; vắng mặt 4 đồng chí (lý do: ốm, công tác đột xuất)" in text
    assert "Lúc 09 giờ 08 phút, số đại biểu có mặt thay đổi: có mặt 145 đồng chí; vắng mặt 5 đồng chí" in text
    assert "Đồng chí Phó Bí thư Thường trực Tỉnh ủy" in find(minutes_doc, "^Đại biểu cấp trên dự").text


def test_items_in_running_order_with_actual_times(minutes_doc):
    numbered = [p.text for p in blocks(minutes_doc) if re.match(r"^\d+\. ", p.text) and "giờ" in p.text]
    titles = [re.match(r"^\d+\. (.+?) \(", t).group(1) for t in numbered]
    assert titles == [
        "Bầu Đoàn Chủ tịch Đại hội",
        "Thông qua chương trình Đại hội",
        "Chào cờ",
        "Báo cáo chính trị",
        "Phát biểu chỉ đạo của đại diện cấp ủy cấp trên",
        "Thảo luận, tham luận",
        "Bầu Ban Chấp hành Đảng bộ",
        "Thông qua Nghị quyết Đại hội",
        "Thông qua Biên bản Đại hội",
        "Bế mạc",
    ]
    assert "4. Báo cáo chính trị (từ 07 giờ 45 phút đến 08 giờ 23 phút)" in numbered
    moved = find(minutes_doc, r"^5\. Phát biểu chỉ đạo")
    assert "điều chỉnh thứ tự so với chương trình" in moved.text
    title_run = next(r for r in moved.runs if r.text.startswith("5. "))
    assert title_run.font.bold  # the item's title is bold, the remark italic
    assert next(r for r in moved.runs if "điều chỉnh thứ tự" in r.text).font.italic
    text = full_text(minutes_doc)
    assert "Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu chỉ đạo Đại hội." in text
    # No speaker events in this journal: the registered contributions are listed as registered.
    assert "Danh sách tham luận đăng ký theo chương trình" in text
    assert "Đồng chí Nguyễn Văn Hùng, Ban CHQS huyện Kỳ Anh: Xây dựng lực lượng dân quân" in text


def test_vote_table_holds_every_show_of_hands_decided_against_the_attendance_in_force(minutes_doc):
    table = next(
        t
        for t in minutes_doc.tables
        if t.rows[0].cells[0].text == "TT" and "Tán thành" in [c.text for c in t.rows[0].cells]
    )
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert rows == [
        ["1", "Bầu Đoàn Chủ tịch Đại hội", "146", "146", "0", "0", "97,33%", "Thông qua"],
        ["2", "Thông qua chương trình Đại hội", "146", "140", "4", "2", "93,33%", "Thông qua"],
        ["3", "Thông qua Nghị quyết Đại hội", "145", "76", "60", "9", "50,67%", "Thông qua"],
        ["4", "Thông qua Biên bản Đại hội", "145", "145", "0", "0", "96,67%", "Thông qua"],
    ]
    assert all(run.font.bold for cell in table.rows[0].cells for p in cell.paragraphs for run in p.runs)
    assert size(table.rows[1].cells[1].paragraphs[0]) == 13


def test_seventy_five_of_150_convened_is_not_more_than_half(sample, tmp_path):
    other = congress(tmp_path, resolution_for=75)
    out = tmp_path / "bb.docx"
    assert cli_export.main(SimpleNamespace(what="minutes", db=other.db, run=None, output=out, lang="vi")) == 0
    doc = Document(str(out))
    table = next(t for t in doc.tables if "Tán thành" in [c.text for c in t.rows[0].cells])
    assert [c.text for c in table.rows[3].cells][3:] == ["75", "60", "9", "50%", "Không thông qua"]
    assert "chưa đạt quá 1/2 tổng số đại biểu được triệu tập (cần ít nhất 76 đồng chí)" in full_text(doc)


def test_counting_record_on_its_own_page_ranks_by_votes_and_elects_over_half_of_convened(minutes_doc):
    paragraphs = blocks(minutes_doc)
    record_title = next(i for i, p in enumerate(paragraphs) if p.text == "BIÊN BẢN KIỂM PHIẾU")
    before = paragraphs[:record_title]
    breaks = [p for p in before if 'w:br w:type="page"' in p._p.xml]
    assert breaks, "the counting record starts on a new page"
    text = full_text(minutes_doc)
    assert "Số 02-BB/BKP" in text and "BAN KIỂM PHIẾU" in text
    for line in (
        "Số phiếu phát ra: 145",
        "Số phiếu thu về: 145",
        "Số phiếu hợp lệ: 143",
        "Số phiếu không hợp lệ: 2",
        "Số lượng cần bầu: 4",
    ):
        assert line in text
    table = next(t for t in minutes_doc.tables if t.rows[0].cells[1].text == "Họ và tên")
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert rows == [
        ["1", "Nguyễn Văn An", "140", "93,33%", "Trúng cử"],
        ["2", "Hoàng Thị Em", "131", "87,33%", "Trúng cử"],
        ["3", "Trần Thị Bình", "120", "80%", "Trúng cử"],
        ["4", "Lê Văn Cường", "76", "50,67%", "Trúng cử"],
        ["5", "Phạm Văn Dũng", "70", "46,67%", ""],
    ]
    assert (
        "Bầu Ban Chấp hành Đảng bộ (lần 1), Biên bản kiểm phiếu Số 02-BB/BKP: trúng cử 4/4 đồng chí: "
        "Nguyễn Văn An, Hoàng Thị Em, Trần Thị Bình, Lê Văn Cường"
    ) in text


def test_deviations_closing_adoption_and_signatures(minutes_doc):
    text = full_text(minutes_doc)
    assert (
        "Lúc 08 giờ 23 phút: điều chỉnh thứ tự, tiến hành nội dung “Phát biểu chỉ đạo của đại diện cấp ủy "
        "cấp trên” (theo chương trình là mục thứ 6)."
    ) in text
    assert "Lúc 08 giờ 47 phút: tạm dừng 4 phút trong khi thực hiện nội dung “Thảo luận, tham luận”." in text
    assert "xử lý tình huống “Mất điện, hỏng âm thanh”" in text
    assert "Đại hội bế mạc vào hồi 09 giờ 56 phút, ngày 07 tháng 7 năm 2025." in text
    assert "Biên bản này đã được Đại hội thông qua vào hồi 09 giờ 50 phút, ngày 07 tháng 7 năm 2025." in text
    signers = [p for p in blocks(minutes_doc) if p.text.startswith("T/M ")]
    assert [p.text for p in signers] == ["T/M ĐOÀN THƯ KÝ", "T/M ĐOÀN CHỦ TỊCH", "T/M BAN KIỂM PHIẾU"]
    assert all(all_bold(p) and size(p) == 14 for p in signers)
    assert "BẢN TỔNG DUYỆT" not in text  # the live run is the real thing


def test_a_rehearsal_is_marked_as_not_the_official_minutes(sample, tmp_path):
    out = tmp_path / "tong-duyet.docx"
    args = SimpleNamespace(what="minutes", db=sample.db, run=str(sample.rehearsal_id), output=out, lang="vi")
    assert cli_export.main(args) == 0
    banner = find(Document(str(out)), "BẢN TỔNG DUYỆT")
    assert all_bold(banner)


def test_speaker_turns_from_the_journal_are_listed_with_their_length(sample):
    """Speaker events, once the podium records them, give who spoke and for how long."""
    program = load_program(sample.program_path)
    with Journal.open(sample.db, readonly=True) as journal:
        events = journal.events(sample.live_id)
    goto = next(e for e in events if e.kind == "goto")
    at_discussion = next(e for e in events if e.kind == "next" and e.seq > goto.seq)  # opens the discussion
    base = at_discussion.at
    spoken = [
        Event(0, "speaker", base + 60, {"name": "Trần Thị Mai"}),
        Event(0, "speaker", base + 60 + 7 * 60, {"name": "Nguyễn Văn Hùng"}),
        Event(0, "speaker-done", base + 60 + 16 * 60, {}),
        Event(0, "speaker-floor", base + 60 + 16 * 60, {"name": "Lê Thị Hoa", "unit": "Đảng ủy Cơ quan"}),
        Event(0, "speaker-written", base + 60 + 16 * 60, {"name": "Lê Thị Hoa"}),
    ]
    position = events.index(at_discussion) + 1
    merged = events[:position] + spoken + events[position:]
    merged = [Event(i, e.kind, e.at, e.payload) for i, e in enumerate(merged, 1)]
    merged.sort(key=lambda e: (e.at, e.seq))
    merged = [Event(i, e.kind, e.at, e.payload) for i, e in enumerate(merged, 1)]
    minutes = build_minutes(program, fold(program, merged))
    line = next(i for i in minutes.items if i.item_id == "tham-luan")
    spoken_names = [(s.name, s.status, round(s.seconds / 60) if s.seconds else None) for s in line.speakers]
    # Hùng's turn holds the 4-minute pause: 9 minutes on the clock, 5 spoken.
    assert spoken_names == [
        ("Trần Thị Mai", "done", 7),
        ("Nguyễn Văn Hùng", "done", 5),
        ("Lê Thị Hoa", "written", None),
    ]


@pytest.mark.parametrize(
    "case, expected",
    [
        ("unknown-run", "không có lượt chạy số 9; các lượt chạy có trong nhật ký: 1, 2"),
        ("bad-run", "mã lượt chạy phải là một số nguyên, không phải “hai”"),
        ("no-db", "không có tệp nhật ký này"),
        ("empty-db", "nhật ký chưa có lượt chạy nào"),
        ("no-folder", "không tồn tại"),
    ],
)
def test_bad_input_gives_a_message_and_exit_1(sample, tmp_path, capsys, case, expected):
    db, run, out = sample.db, None, tmp_path / "bb.docx"
    if case == "unknown-run":
        run = "9"
    elif case == "bad-run":
        run = "hai"
    elif case == "no-db":
        db = tmp_path / "khong-co.db"
    elif case == "empty-db":
        db = tmp_path / "rong.db"
        db.write_bytes(b"")
    elif case == "no-folder":
        out = tmp_path / "khong-co" / "bb.docx"
    code = cli_export.main(SimpleNamespace(what="minutes", db=db, run=run, output=out, lang=None))
    err = capsys.readouterr().err
    assert code == 1 and expected in err and "Traceback" not in err
    assert not out.exists()


def test_a_changed_program_file_is_reported_and_the_journal_copy_used(sample, tmp_path, capsys):
    original = sample.program_path.read_bytes()
    try:
        sample.program_path.write_bytes(original.replace(b'duration = "30m"', b'duration = "45m"'))
        out = tmp_path / "bb.docx"
        code = cli_export.main(SimpleNamespace(what="minutes", db=sample.db, run=None, output=out, lang="vi"))
    finally:
        sample.program_path.write_bytes(original)
    err = capsys.readouterr().err
    assert code == 0
    assert "đã thay đổi; dùng bản chương trình lưu trong nhật ký" in err


# --- guests and signers named in the program ---------------------------------------------------------

NAMED = """\
guests = [
  "Đồng chí Trần Minh Khoa, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh",
  "Đồng chí Thiếu tướng Lê Bá Sơn, Phó Chính ủy Quân khu 4.",
]

[congress.signers]
presidium = "Đại tá Nguyễn Hữu Thành"
secretariat = "Thiếu tá Nguyễn Thị Thu Hà"
counting = "Trung tá Nguyễn Đình Phong"
"""


def live_minutes(tmp_path, congress_extra: str):
    """The live run of the shared program with `congress_extra` added to its [congress] table, exported."""
    from presidium.app.session import CongressSession
    from presidium.core.clock import FakeClock
    from support.congress import PROGRAM, day_start, play

    path = tmp_path / "dai-hoi.toml"
    path.write_text(
        PROGRAM.replace("delegates_convened = 150\n", "delegates_convened = 150\n" + congress_extra, 1),
        encoding="utf-8",
    )
    db, clock = tmp_path / "journal.db", FakeClock(day_start())
    session = CongressSession.open(load_program(path), db, "live", clock)
    play(session, clock)
    session.close()
    out = tmp_path / "bien-ban.docx"
    assert cli_export.main(SimpleNamespace(what="minutes", db=db, run=None, output=out, lang="vi")) == 0
    return Document(str(out))


def signature_cells(document):
    """The text of each signature block, one list of paragraph texts per T/M cell, in document order."""
    return [
        [p.text for p in cell.paragraphs]
        for table in document.tables
        for cell in table.rows[0].cells
        if cell.paragraphs and cell.paragraphs[0].text.startswith("T/M ")
    ]


def test_named_signers_are_printed_under_their_blocks_and_guests_listed(tmp_path):
    doc = live_minutes(tmp_path, NAMED)
    cells = signature_cells(doc)
    assert [cell[0] for cell in cells] == ["T/M ĐOÀN THƯ KÝ", "T/M ĐOÀN CHỦ TỊCH", "T/M BAN KIỂM PHIẾU"]
    # Room to sign, then the name, bold and as written; no note asking for a handwritten name.
    assert cells[0] == ["T/M ĐOÀN THƯ KÝ", "", "", "", "", "Thiếu tá Nguyễn Thị Thu Hà"]
    assert cells[1] == ["T/M ĐOÀN CHỦ TỊCH", "", "", "", "", "Đại tá Nguyễn Hữu Thành"]
    assert cells[2] == ["T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", "", "", "", "", "Trung tá Nguyễn Đình Phong"]
    name = find(doc, "^Đại tá Nguyễn Hữu Thành$")
    assert all_bold(name) and size(name) == 14
    assert "(Ký, ghi rõ họ và tên)" not in full_text(doc)
    # The counting committee's block sits on the right half, as the minutes' presidium block does.
    counting_row = next(t for t in doc.tables if t.rows[0].cells[-1].paragraphs[0].text == "T/M BAN KIỂM PHIẾU").rows[0]
    assert len(counting_row.cells) == 2 and counting_row.cells[0].text == ""

    paragraphs = [p.text for p in blocks(doc)]
    start = paragraphs.index("Khách mời dự Đại hội:")
    assert paragraphs[start + 1 : start + 3] == [
        "- Đồng chí Trần Minh Khoa, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh;",
        "- Đồng chí Thiếu tướng Lê Bá Sơn, Phó Chính ủy Quân khu 4.",
    ]
    assert paragraphs.index("I. THÀNH PHẦN DỰ ĐẠI HỘI") < start < paragraphs.index("III. DIỄN BIẾN ĐẠI HỘI")
    # The listed guests replace the line inferred from the upper-level speech.
    assert not any(p.startswith("Đại biểu cấp trên dự") for p in paragraphs)


def test_a_block_without_a_name_keeps_the_room_for_a_handwritten_one(tmp_path):
    doc = live_minutes(tmp_path, '[congress.signers]\npresidium = "Đại tá Nguyễn Hữu Thành"\n')
    cells = signature_cells(doc)
    assert cells[0] == ["T/M ĐOÀN THƯ KÝ", "(Ký, ghi rõ họ và tên)", "", "", ""]
    assert cells[1] == ["T/M ĐOÀN CHỦ TỊCH", "", "", "", "", "Đại tá Nguyễn Hữu Thành"]
    assert cells[2] == ["T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", "(Ký, ghi rõ họ và tên)", "", "", ""]


def test_a_program_without_guests_or_signers_exports_as_before(minutes_doc):
    assert signature_cells(minutes_doc) == [
        ["T/M ĐOÀN THƯ KÝ", "(Ký, ghi rõ họ và tên)", "", "", ""],
        ["T/M ĐOÀN CHỦ TỊCH", "(Ký, ghi rõ họ và tên)", "", "", ""],
        ["T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", "(Ký, ghi rõ họ và tên)", "", "", ""],
    ]
    text = full_text(minutes_doc)
    assert "Khách mời dự Đại hội:" not in text
    assert find(minutes_doc, "^Đại biểu cấp trên dự").text == (
        "Đại biểu cấp trên dự và chỉ đạo Đại hội: Đồng chí Phó Bí thư Thường trực Tỉnh ủy."
    )


def test_a_signature_block_keeps_with_the_line_before_it(minutes_doc):
    """The last line of a counting record travels with the signature to the next page if it must."""
    from docx.text.paragraph import Paragraph

    body = list(minutes_doc.element.body.iterchildren())
    found = 0
    for i, child in enumerate(body):
        if child.tag.endswith("}tbl") and "T/M " in "".join(child.itertext()):
            before = body[i - 1]
            assert before.tag.endswith("}p")
            assert Paragraph(before, minutes_doc).paragraph_format.keep_with_next is True
            found += 1
    assert found == 2  # the minutes' blocks and the counting record's


def test_working_bodies_approved_by_show_of_hands_are_listed_as_elected():
    from presidium.core.minutes import _is_working_body

    assert _is_working_body("Thông qua số lượng và danh sách Đoàn Chủ tịch Đại hội gồm 05 đồng chí")
    assert _is_working_body("Bầu Ban Kiểm phiếu")
    assert not _is_working_body("Thông qua Báo cáo của Ban Kiểm phiếu")
    assert not _is_working_body("Thông qua Quy chế làm việc của Đại hội")


def test_an_association_without_a_national_heading_gets_plain_english_documents(tmp_path):
    import subprocess
    import sys

    from docx import Document

    from presidium.app.samples import sample_path

    script = tmp_path / "agm.actions"
    script.write_text(  # the vote on the agenda (a vote on the quorum check, a procedure, is refused)
        "00:00 start\n00:30 present 180\n05:00 next\n07:00 next\n08:00 vote for=170 against=5 abstain=5\n09:00 finish\n",
        encoding="utf-8",
    )
    db, out = tmp_path / "agm.db", tmp_path / "minutes.docx"
    cli = [sys.executable, "-m", "presidium", "--lang", "en"]
    assert (
        subprocess.run(
            cli + ["simulate", str(sample_path("en")), "--db", str(db), "--script", str(script)], capture_output=True
        ).returncode
        == 0
    )
    done = subprocess.run(cli + ["export", "minutes", "--db", str(db), "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    header = Document(str(out)).tables[0].rows[0].cells[1].text
    assert "ĐẢNG CỘNG SẢN" not in header
    assert header.strip() == "Riverside, 22 March 2025"


def test_happenings_of_the_same_minute_keep_the_order_they_were_recorded(minutes_doc):
    text = full_text(minutes_doc)
    card = text.index("xử lý tình huống “Mất điện, hỏng âm thanh”")
    pause = text.index("tạm dừng 4 phút trong khi thực hiện nội dung “Thảo luận, tham luận”")
    assert card < pause  # the card was opened, then the chair paused

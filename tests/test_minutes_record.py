"""The minutes say everything a real biên bản says, in the order it happened: everyone elected across
the rounds, a counting record per round (a void one saying why), a skipped item at its time, the lunch
break not an incident, the base of each vote, the working bodies' members, one percentage format, and
tables that never break a word or split a row."""

from __future__ import annotations

import re
from datetime import datetime
from types import SimpleNamespace

import pytest
from docx import Document
from docx.oxml.ns import qn

from presidium.app import cli_export
from presidium.app.session import CongressSession
from presidium.core.clock import FakeClock
from presidium.core.loader import load_program
from presidium.infra.docx_party import CELL_PADDING_MM
from presidium.infra.text_width import longest_word_mm
from support.congress import PROGRAM
from support.documents import blocks, full_text

MINUTE = 60
NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Văn Dũng", "Hoàng Thị Em"]

TEXT = PROGRAM.replace(
    "delegates_convened = 150\n",
    """delegates_convened = 150

[congress.members]
presidium = ["Đại tá Nguyễn Hữu Thành", "Đại tá Võ Đình Khải", "Thượng tá Lê Văn Minh"]
secretariat = ["Thiếu tá Nguyễn Thị Thu Hà", "Đại úy Trần Văn Long"]
counting = ["Trung tá Nguyễn Đình Phong", "Thiếu tá Hồ Sỹ Tuấn", "Đại úy Phan Thị Hoa"]

[rules.present]
fraction = "1/2"
base = "present"
strict = true
""",
    1,
).replace(
    'vote = { question = "Thông qua chương trình Đại hội", rule = "motion" }',
    'vote = { question = "Thông qua chương trình Đại hội", rule = "present" }',
)


def at(hour: int, minute: int) -> float:
    return datetime(2025, 7, 7, hour, minute).timestamp()


@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    """The journal of the live run below (its minutes: `record`)."""
    tmp = tmp_path_factory.mktemp("record")
    path = tmp / "dai-hoi.toml"
    path.write_text(TEXT, encoding="utf-8")
    program = load_program(path)
    clock = FakeClock(at(7, 30))
    s = CongressSession.open(program, tmp / "j.db", "live", clock)
    s.start()  # 07:30 bầu Đoàn Chủ tịch
    s.set_attendance(146)
    clock.advance(5 * MINUTE)
    s.record_vote(unanimous=True)
    s.next()  # 07:35 thông qua chương trình: the preparatory session's last item
    clock.advance(4 * MINUTE)
    s.record_vote(140, 4, 2)
    s.pause()  # 07:39 the break between the sessions
    clock.advance(20 * MINUTE)
    s.resume()
    clock.advance(1 * MINUTE)
    s.next()  # 08:00 chào cờ
    clock.advance(2 * MINUTE)
    s.skip("cap-tren")  # 08:02 the guest cannot come
    clock.advance(3 * MINUTE)
    s.next()  # 08:05 báo cáo chính trị
    clock.advance(30 * MINUTE)
    s.next()  # thảo luận
    clock.advance(20 * MINUTE)
    s.next()  # bầu BCH
    clock.advance(10 * MINUTE)
    s.use_card("mat-dien")
    s.record_ballot(145, 146, 0, {NAMES[0]: 140, NAMES[1]: 120, NAMES[2]: 100, NAMES[3]: 70, NAMES[4]: 60})
    clock.advance(10 * MINUTE)
    s.record_ballot(145, 145, 1, {NAMES[0]: 140, NAMES[1]: 120, NAMES[2]: 100, NAMES[3]: 70, NAMES[4]: 60})
    clock.advance(10 * MINUTE)
    s.record_ballot(145, 145, 0, {NAMES[3]: 90, NAMES[4]: 50})
    clock.advance(5 * MINUTE)
    s.next()  # nghị quyết
    s.record_vote(120, 20, 5)
    clock.advance(5 * MINUTE)
    s.next()  # biên bản
    s.record_vote(unanimous=True)
    s.next()  # bế mạc
    clock.advance(5 * MINUTE)
    s.finish()
    s.close()
    return tmp / "j.db"


@pytest.fixture(scope="module")
def record(journal):
    out = journal.parent / "bien-ban.docx"
    assert cli_export.main(SimpleNamespace(what="minutes", db=journal, run=None, output=out, lang=None)) == 0
    return Document(str(out))


def paragraphs(document) -> list[str]:
    return [p.text for p in blocks(document)]


def after(texts: list[str], start: str, n: int) -> list[str]:
    index = next(i for i, text in enumerate(texts) if text.startswith(start))
    return texts[index + 1 : index + 1 + n]


def test_section_v_lists_everyone_elected_across_the_rounds(record):
    texts = paragraphs(record)
    line = next(t for t in texts if t.startswith("Như vậy, Đại hội đã bầu"))
    assert line == (
        "Như vậy, Đại hội đã bầu đủ 4/4 đồng chí vào Ban Chấp hành Đảng bộ (qua 3 lần bỏ phiếu), gồm các đồng chí:"
    )
    assert after(texts, line, 4) == ["1. Nguyễn Văn An", "2. Trần Thị Bình", "3. Lê Văn Cường", "4. Phạm Văn Dũng"]


def test_each_counting_record_has_its_own_round_and_a_void_one_says_why(record):
    text = full_text(record)
    assert list(re.findall(r"BẦU BAN CHẤP HÀNH ĐẢNG BỘ \(LẦN (\d)\)", text)) == ["1", "2", "3"]
    void = text[text.index("BẦU BAN CHẤP HÀNH ĐẢNG BỘ (LẦN 1)") : text.index("BẦU BAN CHẤP HÀNH ĐẢNG BỘ (LẦN 2)")]
    assert "Số phiếu thu về (146) nhiều hơn số phiếu phát ra (145)" in void
    assert "Số phiếu hợp lệ" not in void and "Số phiếu không hợp lệ" not in void
    counted = text[text.index("BẦU BAN CHẤP HÀNH ĐẢNG BỘ (LẦN 2)") :]
    assert "- Số phiếu hợp lệ: 144" in counted


def test_a_skipped_item_is_logged_when_it_was_skipped_in_order(record):
    texts = paragraphs(record)
    section = texts[next(i for i, t in enumerate(texts) if t.endswith("NHỮNG VẤN ĐỀ PHÁT SINH")) + 1 :]
    events = [t for t in section[:3] if t.startswith("- Lúc")]
    assert events == [
        "- Lúc 08 giờ 02 phút: không thực hiện nội dung “Phát biểu chỉ đạo của đại diện cấp ủy cấp trên”.",
        "- Lúc 09 giờ 05 phút: xử lý tình huống “Mất điện, hỏng âm thanh” trong khi thực hiện nội dung "
        "“Bầu Ban Chấp hành Đảng bộ”.",
    ]


def test_the_break_between_sessions_is_no_incident_and_does_not_stretch_the_last_item(record):
    text = full_text(record)
    assert "tạm dừng" not in text
    assert "2. Thông qua chương trình Đại hội (từ 07 giờ 35 phút đến 07 giờ 39 phút)" in text


def test_the_vote_footnote_names_the_base_each_rule_used(record):
    text = full_text(record)
    assert (
        "Tỷ lệ tán thành tính theo cơ sở quy chế quy định cho từng nội dung: tổng số đại biểu được triệu tập "
        "(nội dung 1, 3, 4); số đại biểu có mặt (nội dung 2)."
    ) in text


def test_the_working_bodies_members_are_printed(record):
    texts = paragraphs(record)
    assert after(texts, "Đoàn Chủ tịch Đại hội gồm 03 đồng chí:", 3) == [
        "1. Đại tá Nguyễn Hữu Thành",
        "2. Đại tá Võ Đình Khải",
        "3. Thượng tá Lê Văn Minh",
    ]
    assert after(texts, "Đoàn Thư ký Đại hội gồm 02 đồng chí:", 2) == [
        "1. Thiếu tá Nguyễn Thị Thu Hà",
        "2. Đại úy Trần Văn Long",
    ]
    assert (
        "Ban Kiểm phiếu gồm các đồng chí: Trung tá Nguyễn Đình Phong, Thiếu tá Hồ Sỹ Tuấn, Đại úy Phan Thị Hoa."
        in texts
    )


def test_one_percentage_format_in_the_whole_document(record):
    shares = re.findall(r"\d+(?:,(\d+))?%", full_text(record))
    assert shares and {len(decimals) for decimals in shares if decimals} == {2}
    assert "đạt 97,33% tổng số đại biểu được triệu tập" in full_text(record)  # the announcement, as in the table


def grid_tables(document):
    return [t for t in document.tables if t._tbl.tblPr.find(qn("w:tblStyle")) is not None]


def test_table_columns_hold_their_longest_word_and_rows_never_split(record):
    tables = grid_tables(record)
    assert len(tables) >= 3  # the votes and the standings of the two counted rounds
    for table in tables:
        widths = [col.width.mm for col in table.columns]
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
            for cell, width in zip(row.cells, widths, strict=True):
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        if run.text.strip():
                            needed = longest_word_mm(run.text, run.font.size.pt, bool(run.font.bold))
                            assert needed + CELL_PADDING_MM <= width + 0.01, (run.text, width)


def test_english_minutes_word_the_new_parts_naturally(journal, tmp_path):
    out = tmp_path / "minutes-en.docx"
    assert cli_export.main(SimpleNamespace(what="minutes", db=journal, run=None, output=out, lang="en")) == 0
    text = full_text(Document(str(out)))
    assert (
        "The share for is of the base the rules set for each motion: delegates convened (motions 1, 3, 4); "
        "delegates present (motion 2)."
    ) in text
    assert "The meeting elected 4 of the 4 members of Ban Chấp hành Đảng bộ (in 3 rounds of voting):" in text
    assert "this candidate is elected to Ban Chấp hành Đảng bộ:" in text and "these 1 " not in text
    assert "The presidium (3):" in text and "Vote-counting committee: Trung tá Nguyễn Đình Phong" in text

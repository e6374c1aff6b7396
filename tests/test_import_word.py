"""Importing kịch bản written in Word: the five shapes, detected on their own, and a messy real-looking mix."""

from __future__ import annotations

from datetime import date, time

import pytest

from presidium.app.importing import import_file
from presidium.core.importing.said import ImportRefused
from presidium.core.loader import load_program_text
from support import importing_docs as docs


def items_of(result):
    return [(item.title, item.by, item.duration) for item in result.draft.items]


def finish(toml: str, convened: int = 120) -> str:
    """What the user does in the editor: fill in the delegates convened."""
    return toml.replace("# delegates_convened = ", f"delegates_convened = {convened}")


def test_shape1_table_with_presenter_column(tmp_path):
    result = import_file(docs.shape1(tmp_path / "kb.docx"))
    assert result.draft.shape == "table-by"
    assert result.shape == "bảng STT | Nội dung | Người điều hành"
    assert [s.title for s in result.draft.sessions] == ["Phiên trù bị", "Phiên chính thức"]
    first = result.draft.sessions[0]
    assert (first.date, first.start) == (date(2025, 7, 15), time(7, 30))
    assert items_of(result) == [
        ("Khai mạc phiên trù bị", "Đ/c Nguyễn Văn An", 300),
        ("Bầu Đoàn Chủ tịch", "Đ/c Nguyễn Văn An", 300),
        ("Chào cờ", "Đ/c Trần Văn Bình", 300),
        ("Báo cáo chính trị", "Đ/c Lê Văn Cường", 2700),
    ]
    opening, vote, flag, report = result.draft.items
    assert opening.script_text == "Kính thưa các đồng chí đại biểu!\n(Vỗ tay)"
    # the row without a number carries on the item above; the dotted blank becomes a blank to fill
    assert vote.script_text == "Kính thưa Đại hội! Xin mời đ/c [……] đọc danh sách Đoàn Chủ tịch."
    assert flag.script_text == "(Cử nhạc Quốc ca, Quốc tế ca)"
    # the header block and the approval block are neither items nor "not placed"
    assert result.unplaced == []
    assert result.summary.endswith("2 phiên, 4 nội dung, 4 lời dẫn, 3 người thực hiện; 0 đoạn chưa xếp được")


def test_shape2_script_column_headers_without_diacritics_in_any_order(tmp_path):
    result = import_file(docs.shape2(tmp_path / "kb.docx"), "en")
    assert result.draft.shape == "table-script"
    (session,) = result.draft.sessions
    assert (session.title, session.date, session.start) == ("Phiên chính thức", date(2025, 7, 16), time(8, 0))
    assert [(i.title, i.by) for i in session.items] == [
        ("Chào cờ", "Đ/c Hà"),
        ("Tuyên bố lý do, giới thiệu đại biểu", "Đ/c Hà"),
        ("Diễn văn khai mạc", "Đ/c Minh"),
        ("Giải lao", "Đ/c Minh"),
    ]
    assert session.items[0].script_text == "(Cử nhạc Quốc ca, Quốc tế ca)\n\nXin mời các đồng chí ngồi."
    assert result.summary == (
        "Recognised: table No. | Task | Script | Assigned to. 1 session, 4 items, 4 scripts, "
        "2 presenters; 0 paragraphs not placed"
    )
    # no duration anywhere in the document: left for the user, each one listed with its line
    missing = [p for p in result.problems if p.code == "problem.missing" and p.params["field"] == "duration"]
    assert len(missing) == 4 and all(p.line > 0 for p in missing)


def test_shape3_time_column_gives_starts_and_durations(tmp_path):
    result = import_file(docs.shape3(tmp_path / "kb.docx"))
    assert result.draft.shape == "table-time"
    assert [(i.title, i.start, i.duration) for i in result.draft.items] == [
        ("Chào cờ", time(7, 30), 300),  # "07:30–07:35"
        ("Tuyên bố lý do, giới thiệu đại biểu", time(7, 35), 600),  # "7h35" until the next start
        ("Báo cáo chính trị", time(7, 45), 2700),  # "7 giờ 45" until 8h30
        ("Giải lao", time(8, 30), 900),
    ]  # "8h30 - 8h45"
    assert result.draft.sessions[0].start == time(7, 30)
    # the document's date line dates the single session; with the delegates filled in it loads
    program = load_program_text(finish(result.toml))
    assert program.sessions[0].date == date(2025, 7, 10)
    assert program.sessions[0].planned_seconds == 4500


def test_shape4_prose_with_markers_presenters_and_lists_inside_the_words(tmp_path):
    result = import_file(docs.shape4(tmp_path / "kb.docx"))
    assert result.draft.shape == "prose"
    assert [s.title for s in result.draft.sessions] == ["Phần trù bị", "Phần chính thức"]
    assert (result.draft.sessions[0].date, result.draft.sessions[0].start) == (date(2025, 7, 15), time(7, 30))
    assert [(i.title, i.by, i.duration) for i in result.draft.items] == [
        ("Khai mạc phiên trù bị", "Nguyễn Văn An", None),  # "Đồng chí … điều hành" under the session marker
        ("Bầu Đoàn Chủ tịch", "Trần Văn Bình", None),  # "(Đ/c … trình bày)"
        ("Chào cờ", "", 300),  # "(5 phút)" in the heading
        ("Báo cáo chính trị", "Đ/c Lê Văn Cường", 2700),
    ]
    chair = result.draft.items[1]
    # "1. Đồng chí …" lines are the list the chair reads, not items; the direction stays a direction
    assert chair.script == [
        "Kính thưa Đại hội! Đoàn Chủ tịch gồm 03 đồng chí:",
        "1. Đồng chí Nguyễn Văn An;",
        "2. Đồng chí Trần Văn Bình;",
        "3. Đồng chí Lê Văn Cường.",
        "(Vỗ tay)",
    ]
    assert result.draft.items[0].script[1] == "Theo báo cáo của Ban Tổ chức, có mặt [……] đồng chí."
    assert result.draft.title == "ĐẠI HỘI ĐẢNG BỘ XÃ AN PHÚ LẦN THỨ V, NHIỆM KỲ 2025–2030"
    assert result.unplaced == []


def test_shape5_program_list_matched_with_the_detailed_steps(tmp_path):
    result = import_file(docs.shape5(tmp_path / "kb.docx"))
    assert result.draft.shape == "steps"
    (session,) = result.draft.sessions
    assert (session.title, session.date, session.start) == ("Phiên chính thức", date(2025, 7, 16), time(8, 0))
    # times from the list, words and presenters from the steps; "Tuyên bố lý do và giới thiệu đại biểu"
    # in the steps is the list's "Tuyên bố lý do, giới thiệu đại biểu"
    assert [(i.title, i.duration, i.by) for i in session.items] == [
        ("Chào cờ", 300, "Phạm Thị Dung"),
        ("Tuyên bố lý do và giới thiệu đại biểu", 600, ""),
        ("Diễn văn khai mạc", 900, "Nguyễn Văn An"),
        ("Bế mạc", 600, ""),
    ]
    assert session.items[0].script == [
        "Xin mời toàn thể các đồng chí đứng dậy làm lễ chào cờ!",
        "(Quốc ca, Quốc tế ca)",
    ]
    program = load_program_text(finish(result.toml))
    assert [item.kind for item in program.items] == ["ceremony", "announcement", "speech", "announcement"]


def test_messy_document_lists_what_it_cannot_place_and_warns_of_text_boxes(tmp_path):
    result = import_file(docs.messy(tmp_path / "kb.docx"))
    # Word's list numbering in the STT column reads like typed numbers
    assert [i.title for i in result.draft.items] == [
        "Khai mạc phiên trù bị",
        "Bầu Đoàn Chủ tịch, Đoàn Thư ký",
        "Thông qua “Nội quy” Đại hội",
        "Chào cờ",
        "Bế mạc",
    ]
    # the presenter cell merged down over two rows belongs to both items
    assert [i.by for i in result.draft.items[:3]] == ["Đ/c Nguyễn Văn An", "Đ/c Nguyễn Văn An", "Đ/c Trần Văn Bình"]
    assert [i.duration for i in result.draft.items[:3]] == [300, 600, 300]  # "5 phút", "10'", "0:05"
    assert [s.title for s in result.draft.sessions] == ["Phiên trù bị", "Phiên chính thức"]
    # nothing dropped silently: the paragraph between the tables is listed with its number
    assert ("đoạn 5", "Nội dung này do văn phòng bổ sung sau.") in result.unplaced
    assert any("text box" in notice and "Bản dự thảo lần 2" in notice for notice in result.notices)
    assert not any("Bản dự thảo" in item.script_text for item in result.draft.items)
    assert "2 đoạn chưa xếp được" in result.summary


def test_a_paragraph_too_long_to_keep_whole_is_cut_and_the_user_told_so(tmp_path):
    from docx import Document

    path = docs.shape4(tmp_path / "kb.docx")
    document = Document(str(path))
    document.add_paragraph("Kính thưa Đại hội! " * 2_000)  # 38,000 characters pasted into one paragraph
    document.save(str(path))
    number = len(document.paragraphs)
    said = import_file(path).notices
    assert f"đoạn {number}: đoạn quá dài, chỉ giữ 20000 ký tự đầu" in said  # the notice was never given before
    assert f"paragraph {number}: too long, only the first 20000 characters kept" in import_file(path, "en").notices
    assert not any("quá dài" in notice for notice in import_file(docs.shape4(tmp_path / "ok.docx")).notices)


def test_word_list_numbering_makes_prose_items(tmp_path):
    result = import_file(docs.numbered_prose(tmp_path / "kb.docx"))
    assert [(i.title, i.script_text) for i in result.draft.items] == [
        ("Chào cờ", "(Quốc ca, Quốc tế ca)"),
        ("Bế mạc", "Kính thưa Đại hội! Xin tuyên bố bế mạc."),
    ]


def test_generated_toml_reads_like_the_samples_and_lists_what_to_finish(tmp_path):
    result = import_file(docs.shape1(tmp_path / "kb.docx"))
    text = result.toml
    assert text.startswith("# Chương trình nhập từ kb.docx")
    assert '[[session.item]]\nid = "chao-co"\ntitle = "Chào cờ"\nkind = "ceremony"' in text
    assert 'vote = { question = "Bầu Đoàn Chủ tịch", rule = "motion" }' in text
    assert "[rules.motion]" in text and 'base = "convened"' in text
    codes = sorted((p.code, p.params.get("field")) for p in result.problems)
    assert codes == [("problem.missing", "delegates_convened"), ("problem.missing", "start")]
    assert result.program is None
    program = load_program_text(finish(text).replace("# CẦN ĐIỀN: giờ bắt đầu", 'start = "09:00"\n#'))
    assert [item.id for item in program.items] == [
        "khai-mac-phien-tru-bi",
        "bau-doan-chu-tich",
        "chao-co",
        "bao-cao-chinh-tri",
    ]
    assert program.item("bau-doan-chu-tich").vote.rule == "motion"


def test_a_file_that_is_not_a_script_is_refused_with_a_reason(tmp_path):
    old = tmp_path / "kb.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0 old word")
    with pytest.raises(ImportRefused) as refused:
        import_file(old)
    assert "lưu lại thành .docx" in refused.value.message("vi")
    broken = tmp_path / "kb.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportRefused) as refused:
        import_file(broken)
    assert refused.value.message("en").startswith(f"{broken}: damaged or not a Word .docx file")
    empty = tmp_path / "empty.docx"
    from docx import Document

    document = Document()
    document.add_paragraph("Biên bản họp chi bộ tháng 7")
    document.save(str(empty))
    with pytest.raises(ImportRefused) as refused:
        import_file(empty)
    assert refused.value.code == "importing.nothing"


def test_sessions_numbered_in_the_stt_column_and_bulleted_presenter_lines(tmp_path):
    document = docs.Document()
    table = document.add_table(rows=1, cols=3)
    docs.fill(table.rows[0], ["STT", "Nội dung", "Người điều hành"])
    docs.fill(table.add_row(), ["I", "PHIÊN TRÙ BỊ", ""])
    docs.fill(table.add_row(), ["1", "Khai mạc\n- Đồng chí Nguyễn Văn An điều hành\nKính thưa Đại hội!", ""])
    docs.fill(table.add_row(), ["II", "PHIÊN CHÍNH THỨC", ""])
    docs.fill(table.add_row(), ["1", "Chào cờ", "Ban Tổ chức"])
    document.save(str(tmp_path / "kb.docx"))
    result = import_file(tmp_path / "kb.docx")
    assert [(s.title, [(i.title, i.by, i.script_text) for i in s.items]) for s in result.draft.sessions] == [
        ("Phiên trù bị", [("Khai mạc", "Nguyễn Văn An", "Kính thưa Đại hội!")]),
        ("Phiên chính thức", [("Chào cờ", "Ban Tổ chức", "")]),
    ]

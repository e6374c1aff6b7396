"""Importing agendas kept in Excel (.xlsx, built here with openpyxl) and as CSV: one row per item."""

from __future__ import annotations

from datetime import date, datetime, time

import openpyxl
import pytest

from presidium.app.importing import guess_columns, import_file
from presidium.core.importing.said import ImportRefused
from presidium.core.loader import load_program_text


def workbook(path, sheets):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


def test_vietnamese_headers_times_and_durations_as_excel_keeps_them(tmp_path):
    path = workbook(
        tmp_path / "chuong-trinh.xlsx",
        [
            (
                "Chương trình",
                [
                    ("CHƯƠNG TRÌNH ĐẠI HỘI",),  # a title row above the header
                    ("STT", "Nội dung", "Thời gian", "Thời lượng", "Người trình bày", "Ghi chú"),
                    (1, "Chào cờ", time(7, 30), time(0, 5), "Ban Tổ chức", "Kiểm tra nhạc"),
                    (2, "Diễn văn khai mạc", "7h35", "15 phút", "Đ/c Nguyễn Văn An", None),
                    (None, None, None, None, None, None),  # an empty row
                    (3, "Báo cáo chính trị", "7 giờ 50", 45, "Đ/c Lê Văn Cường", None),  # minutes as a number
                ],
            )
        ],
    )
    result = import_file(path)
    assert result.draft.shape == "sheet"
    assert [(i.title, i.start, i.duration, i.by) for i in result.draft.items] == [
        ("Chào cờ", time(7, 30), 300, "Ban Tổ chức"),
        ("Diễn văn khai mạc", time(7, 35), 900, "Đ/c Nguyễn Văn An"),
        ("Báo cáo chính trị", time(7, 50), 2700, "Đ/c Lê Văn Cường"),
    ]
    assert result.draft.items[0].notes == ["Kiểm tra nhạc"]
    assert result.draft.sessions[0].title == "Chương trình"  # a named sheet names its session
    assert result.unplaced == []
    assert result.summary.endswith("1 phiên, 3 nội dung, 0 lời dẫn, 3 người thực hiện; 0 dòng chưa xếp được")


def test_several_sheets_make_several_sessions_and_english_headers_work(tmp_path):
    rows = [("Title", "Start", "Duration", "Presenter", "Script")]
    path = workbook(
        tmp_path / "agenda.xlsx",
        [
            (
                "Preparatory",
                rows + [("Opening", datetime(1899, 12, 30, 7, 30), "5m", "Chair", "Good morning, everyone.")],
            ),
            (
                "Official",
                rows
                + [
                    ("Reports", "09:00", "1h30m", "Treasurer", "We now hear the reports."),
                    ("Closing", "10:30", "10 min", "Chair", "Thank you all."),
                ],
            ),
        ],
    )
    result = import_file(path, "en")
    assert [(s.title, s.start) for s in result.draft.sessions] == [
        ("Preparatory", time(7, 30)),
        ("Official", time(9, 0)),
    ]
    assert [(i.title, i.duration, i.script_text) for i in result.draft.items] == [
        ("Opening", 300, "Good morning, everyone."),
        ("Reports", 5400, "We now hear the reports."),
        ("Closing", 600, "Thank you all."),
    ]
    assert result.summary == (
        "Recognised: spreadsheet, one row per item. 2 sessions, 3 items, 3 scripts, 2 presenters; 0 rows not placed"
    )


def test_session_column_and_rows_that_cannot_be_placed(tmp_path):
    path = workbook(
        tmp_path / "ct.xlsx",
        [
            (
                "Sheet1",
                [
                    ("Phiên", "Ngày", "Nội dung", "Thời lượng"),
                    ("Phiên trù bị", date(2025, 7, 15), "Bầu Đoàn Chủ tịch", "5"),
                    ("Phiên trù bị", None, "Thông qua Nội quy", "5"),
                    ("Phiên chính thức", date(2025, 7, 15), "Chào cờ", "5"),
                    ("Phiên chính thức", None, None, "10"),  # a duration with nothing to hang it on
                ],
            )
        ],
    )
    result = import_file(path)
    assert [(s.title, s.date) for s in result.draft.sessions] == [
        ("Phiên trù bị", date(2025, 7, 15)),
        ("Phiên chính thức", date(2025, 7, 15)),
    ]
    assert [i.title for i in result.draft.items] == ["Bầu Đoàn Chủ tịch", "Thông qua Nội quy", "Chào cờ"]
    assert result.unplaced == [("trang tính “Sheet1”, dòng 5", "Phiên chính thức | 10")]
    program = load_program_text(
        result.toml.replace("# delegates_convened = ", "delegates_convened = 99").replace(
            "# CẦN ĐIỀN: giờ bắt đầu", 'start = "07:30"\n#'
        )
    )
    assert [item.kind for item in program.items] == ["vote", "vote", "ceremony"]


def test_csv_with_semicolons_bom_curly_quotes_and_control_characters(tmp_path):
    path = tmp_path / "ct.csv"
    text = (
        "STT;Nội dung;Người thực hiện;Thời lượng;Lời dẫn\r\n"
        "1;Chào cờ;Ban Tổ chức;5 phút;“Nghiêm! Chào cờ — Chào!”\x07\r\n"
        "2;Bế mạc;Đ/c An;10';Kính thưa Đại hội!\r\n"
    )
    path.write_bytes(text.encode("utf-8-sig"))
    result = import_file(path)
    assert [(i.title, i.by, i.duration) for i in result.draft.items] == [
        ("Chào cờ", "Ban Tổ chức", 300),
        ("Bế mạc", "Đ/c An", 600),
    ]
    assert result.draft.items[0].script_text == "“Nghiêm! Chào cờ — Chào!”"  # the bell character is gone
    assert 'script = "“Nghiêm! Chào cờ — Chào!”"' in result.toml


def test_csv_in_the_windows_vietnamese_code_page(tmp_path):
    path = tmp_path / "ct.csv"
    path.write_bytes("Noi dung,Thoi luong\nChao co,5\n".encode("cp1258"))
    result = import_file(path)
    assert [(i.title, i.duration) for i in result.draft.items] == [("Chao co", 300)]


def test_a_sheet_without_a_recognisable_header_is_listed_row_by_row(tmp_path):
    path = workbook(tmp_path / "x.xlsx", [("Danh sách", [("Họ tên", "Đơn vị"), ("Nguyễn Văn An", "Xã An Phú")])])
    with pytest.raises(ImportRefused) as refused:
        import_file(path)
    assert refused.value.code == "importing.nothing"


def test_durations_no_agenda_can_have_are_not_taken(tmp_path):
    path = workbook(
        tmp_path / "x.xlsx", [("S", [("Nội dung", "Thời lượng"), ("Chào cờ", "5000 phút"), ("Bế mạc", "0 phút")])]
    )
    result = import_file(path)
    assert [i.duration for i in result.draft.items] == [None, None]
    assert sum(1 for p in result.problems if p.params.get("field") == "duration") == 2


def test_a_column_mapping_corrects_what_the_headers_said(tmp_path):
    path = workbook(
        tmp_path / "ct.xlsx",
        [
            (
                "Sheet1",
                [
                    ("Mục", "Việc", "Ai", "Phút"),  # "Việc" and "Ai" say nothing the importer knows
                    (1, "Chào cờ", "Ban Tổ chức", 5),
                    (2, "Bế mạc", "Đ/c An", 10),
                ],
            )
        ],
    )
    with pytest.raises(ImportRefused):  # no column says what the items are called
        import_file(path)
    (columns,) = guess_columns(path)
    assert (columns.headers, columns.meanings, columns.recognised) == (
        ("Mục", "Việc", "Ai", "Phút"),
        ["number", None, None, "duration"],
        False,
    )
    corrected = import_file(path, mapping={columns.table.number: ["number", "title", "by", "duration"]})
    assert [(i.title, i.by, i.duration) for i in corrected.draft.items] == [
        ("Chào cờ", "Ban Tổ chức", 300),
        ("Bế mạc", "Đ/c An", 600),
    ]
    # a column the user sets aside is not imported, and said so
    ignored = import_file(path, mapping={columns.table.number: ["number", "title", None, "duration"]})
    assert [i.by for i in ignored.draft.items] == ["", ""]
    assert any("“Ai”" in notice for notice in ignored.notices)

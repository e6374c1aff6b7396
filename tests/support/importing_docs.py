"""Builders of test kịch bản in the shapes offices write them, with python-docx (shared by the import tests)."""

from __future__ import annotations

from pathlib import Path

from docx import Document  # noqa: F401 - the tests build their own documents too

HEADER = ("ĐẢNG BỘ XÃ AN PHÚ", "ĐẢNG CỘNG SẢN VIỆT NAM")


def header_block(document) -> None:
    """The document's own header: issuing body and the Party's name, the date — never part of the program."""
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "ĐẢNG BỘ HUYỆN AN PHÚ\nĐẢNG BỘ XÃ AN PHÚ\n*"
    table.rows[0].cells[1].text = "ĐẢNG CỘNG SẢN VIỆT NAM\nAn Phú, ngày 10 tháng 7 năm 2025"
    document.add_paragraph("KỊCH BẢN ĐIỀU HÀNH")
    document.add_paragraph("ĐẠI HỘI ĐẢNG BỘ XÃ AN PHÚ LẦN THỨ V, NHIỆM KỲ 2025–2030")


def approval_block(document) -> None:
    document.add_paragraph("")
    document.add_paragraph("T/M BAN THƯỜNG VỤ")
    document.add_paragraph("BÍ THƯ")
    document.add_paragraph("(Đã ký)")
    document.add_paragraph("Nguyễn Văn Bình")


def bold(document, text: str, style: str | None = None):
    paragraph = document.add_paragraph(style=style)
    paragraph.add_run(text).bold = True
    return paragraph


def fill(row, values) -> None:
    for cell, value in zip(row.cells, values, strict=True):
        cell.text = value


def shape1(path: Path) -> Path:
    """STT | NỘI DUNG | NGƯỜI ĐIỀU HÀNH, sessions as rows merged across the table."""
    document = Document()
    header_block(document)
    table = document.add_table(rows=1, cols=3)
    fill(table.rows[0], ["STT", "NỘI DUNG", "NGƯỜI ĐIỀU HÀNH"])

    def session(title):
        row = table.add_row()
        row.cells[0].text = title
        row.cells[0].merge(row.cells[2])

    session("PHIÊN TRÙ BỊ (7 giờ 30, ngày 15/7/2025)")
    fill(
        table.add_row(),
        ["1", "Khai mạc phiên trù bị (5 phút)\nKính thưa các đồng chí đại biểu!\n(Vỗ tay)", "Đ/c Nguyễn Văn An"],
    )
    fill(table.add_row(), ["2", "Bầu Đoàn Chủ tịch (5 phút)", "Đ/c Nguyễn Văn An"])
    fill(table.add_row(), ["", "Kính thưa Đại hội! Xin mời đ/c …… đọc danh sách Đoàn Chủ tịch.", ""])
    session("PHIÊN CHÍNH THỨC")
    fill(table.add_row(), ["1", "Chào cờ (5')\n(Cử nhạc Quốc ca, Quốc tế ca)", "Đ/c Trần Văn Bình"])
    fill(
        table.add_row(),
        ["2", "Báo cáo chính trị (45 phút)\nKính thưa Đại hội, xin mời đồng chí Bí thư trình bày.", "Đ/c Lê Văn Cường"],
    )
    approval_block(document)
    document.save(str(path))
    return path


def shape2(path: Path) -> Path:
    """STT | Công việc | Lời dẫn | Phân công, headers without diacritics and in another order."""
    document = Document()
    header_block(document)
    bold(document, "PHIÊN CHÍNH THỨC (8h00 ngày 16/7/2025)")
    table = document.add_table(rows=1, cols=4)
    fill(table.rows[0], ["Phan cong", "STT", "Cong viec", "Loi dan"])
    fill(table.add_row(), ["Đ/c Hà", "1", "Chào cờ", "(Cử nhạc Quốc ca, Quốc tế ca)\n\nXin mời các đồng chí ngồi."])
    fill(
        table.add_row(),
        [
            "Đ/c Hà",
            "2",
            "Tuyên bố lý do, giới thiệu đại biểu",
            "Kính thưa các đồng chí đại biểu!\n\nHôm nay, tại hội trường …, Đảng bộ xã long trọng tổ chức Đại hội.",
        ],
    )
    fill(
        table.add_row(),
        ["Đ/c Minh", "3", "Diễn văn khai mạc", "Xin trân trọng kính mời đồng chí Bí thư đọc diễn văn khai mạc."],
    )
    fill(table.add_row(), ["", "", "", ""])  # an empty row left in the table
    fill(table.add_row(), ["Đ/c Minh", "4", "Giải lao", "Đại hội nghỉ giải lao 15 phút."])
    approval_block(document)
    document.save(str(path))
    return path


def shape3(path: Path) -> Path:
    """Thời gian | Nội dung | Người thực hiện, the times written three ways."""
    document = Document()
    header_block(document)
    table = document.add_table(rows=1, cols=3)
    fill(table.rows[0], ["Thời gian", "Nội dung", "Người thực hiện"])
    fill(table.add_row(), ["07:30–07:35", "Chào cờ", "Ban Tổ chức"])
    fill(table.add_row(), ["7h35", "Tuyên bố lý do, giới thiệu đại biểu", "Đ/c Phạm Thị Dung"])
    fill(table.add_row(), ["7 giờ 45", "Báo cáo chính trị", "Đ/c Lê Văn Cường"])
    fill(table.add_row(), ["8h30 - 8h45", "Giải lao", ""])
    document.save(str(path))
    return path


def shape4(path: Path) -> Path:
    """Prose: session markers, numbered bold headings, the presenter on its own line, then the words."""
    document = Document()
    header_block(document)
    bold(document, "A. PHẦN TRÙ BỊ")
    document.add_paragraph("(Từ 7 giờ 30 đến 8 giờ, ngày 15/7/2025)")
    document.add_paragraph("Đồng chí Nguyễn Văn An điều hành")
    bold(document, "1. Khai mạc phiên trù bị")
    document.add_paragraph("Kính thưa các đồng chí đại biểu!")
    document.add_paragraph("Theo báo cáo của Ban Tổ chức, có mặt …… đồng chí.")
    bold(document, "2. Bầu Đoàn Chủ tịch")
    document.add_paragraph("(Đ/c Trần Văn Bình trình bày)")
    document.add_paragraph("Kính thưa Đại hội! Đoàn Chủ tịch gồm 03 đồng chí:")
    document.add_paragraph("1. Đồng chí Nguyễn Văn An;")  # a list of names inside the words, not item 1
    document.add_paragraph("2. Đồng chí Trần Văn Bình;")
    document.add_paragraph("3. Đồng chí Lê Văn Cường.")
    document.add_paragraph("(Vỗ tay)")
    bold(document, "B. PHẦN CHÍNH THỨC")
    bold(document, "1. Chào cờ (5 phút)")
    document.add_paragraph("(Cử nhạc Quốc ca, Quốc tế ca)")
    bold(document, "2. Báo cáo chính trị")
    document.add_paragraph("Thời gian: 45 phút")
    document.add_paragraph("Người thực hiện: Đ/c Lê Văn Cường")
    document.add_paragraph("Kính thưa Đại hội! Xin mời đồng chí Lê Văn Cường trình bày Báo cáo chính trị.")
    approval_block(document)
    document.save(str(path))
    return path


def shape5(path: Path) -> Path:
    """A numbered program list with times, then the detailed steps matched to it by title."""
    document = Document()
    header_block(document)
    bold(document, "A- CHƯƠNG TRÌNH")
    document.add_paragraph("PHIÊN CHÍNH THỨC (ngày 16/7/2025)")
    document.add_paragraph("1. Chào cờ (8h00 – 8h05)")
    document.add_paragraph("2. Tuyên bố lý do, giới thiệu đại biểu (8h05 – 8h15)")
    document.add_paragraph("3. Diễn văn khai mạc (8h15 – 8h30)")
    document.add_paragraph("4. Bế mạc (8h30 – 8h40)")
    bold(document, "B- CÁC BƯỚC CHI TIẾT")
    bold(document, "1. Chào cờ")
    document.add_paragraph("Đồng chí Phạm Thị Dung điều hành")
    document.add_paragraph("Xin mời toàn thể các đồng chí đứng dậy làm lễ chào cờ!")
    document.add_paragraph("(Quốc ca, Quốc tế ca)")
    bold(document, "2. Tuyên bố lý do và giới thiệu đại biểu")
    document.add_paragraph("Kính thưa các đồng chí đại biểu!")
    bold(document, "3. Diễn văn khai mạc")
    document.add_paragraph("(Đ/c Nguyễn Văn An trình bày)")
    document.add_paragraph("Kính thưa Đại hội! Tôi xin tuyên bố khai mạc Đại hội.")
    bold(document, "4. Bế mạc")
    document.add_paragraph("Kính thưa Đại hội! Đại hội đã hoàn thành chương trình.")
    approval_block(document)
    document.save(str(path))
    return path


def _text_box(paragraph, text: str) -> None:
    """A floating text box (as Word writes one, with its fallback) anchored in `paragraph`."""
    run = paragraph.add_run()
    xml = (
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>"
        + text
        + "</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
    )
    from lxml import etree

    run._r.append(etree.fromstring(xml))


def messy(path: Path) -> Path:
    """A real-looking mix: Word's list numbering for STT, a presenter cell merged down over two items,
    empty rows, a stray paragraph between two tables, a text box and curly quotes."""
    document = Document()
    header_block(document)
    box = document.add_paragraph("Ghi chú của văn phòng")
    _text_box(box, "Bản dự thảo lần 2 – chưa duyệt")
    bold(document, "PHIÊN TRÙ BỊ")
    table = document.add_table(rows=1, cols=4)
    fill(table.rows[0], ["TT", "Nội dung công việc", "Người thực hiện", "Thời lượng"])
    rows = [
        ("Khai mạc phiên trù bị", "Đ/c Nguyễn Văn An", "5 phút"),
        ("Bầu Đoàn Chủ tịch, Đoàn Thư ký", "", "10'"),
        ("Thông qua “Nội quy” Đại hội", "Đ/c Trần Văn Bình", "0:05"),
    ]
    for title, by, length in rows:
        row = table.add_row()
        number = row.cells[0].paragraphs[0]
        number.style = document.styles["List Number"]  # the STT typed by Word, not by hand
        row.cells[1].text = title
        row.cells[2].text = by
        row.cells[3].text = length
    table.rows[1].cells[2].merge(table.rows[2].cells[2])  # one presenter for the first two items
    fill(table.add_row(), ["", "", "", ""])
    document.add_paragraph("Nội dung này do văn phòng bổ sung sau.")  # between the tables: not placed
    bold(document, "PHIÊN CHÍNH THỨC")
    second = document.add_table(rows=1, cols=3)
    fill(second.rows[0], ["STT", "NOI DUNG", "NGUOI DIEU HANH"])
    fill(second.add_row(), ["1", "Chào cờ", "Ban Tổ chức"])
    fill(second.add_row(), ["", "", ""])
    fill(second.add_row(), ["2", "Bế mạc", "Đ/c Nguyễn Văn An"])
    approval_block(document)
    document.save(str(path))
    return path


def numbered_prose(path: Path) -> Path:
    """Prose whose item numbers come from Word's "List Number" style, not typed."""
    document = Document()
    bold(document, "PHIÊN CHÍNH THỨC")
    for title, words in (("Chào cờ", "(Quốc ca, Quốc tế ca)"), ("Bế mạc", "Kính thưa Đại hội! Xin tuyên bố bế mạc.")):
        paragraph = document.add_paragraph(style="List Number")
        paragraph.add_run(title).bold = True
        document.add_paragraph(words)
    document.save(str(path))
    return path

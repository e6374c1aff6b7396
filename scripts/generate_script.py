"""Write a long kịch bản in Word (prose, shape 4) for the import benchmark: ITEMS items over sessions of 12.

    python scripts/generate_script.py --items 84 -o kich-ban-60-trang.docx

84 items make 60 A4 pages (measured through LibreOffice): the header block, session markers with
their date and time, bold numbered headings, a presenter line, a time line, nine paragraphs of words
and a direction per item, and the approval block at the end.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from docx import Document

PAGES_PER_ITEM = 60 / 84


def script_docx(path: Path, items: int = 84) -> Path:
    document = Document()
    header = document.add_table(rows=1, cols=2)
    header.rows[0].cells[0].text = "ĐẢNG BỘ HUYỆN AN PHÚ\nĐẢNG BỘ XÃ AN PHÚ\n*"
    header.rows[0].cells[1].text = "ĐẢNG CỘNG SẢN VIỆT NAM\nAn Phú, ngày 10 tháng 7 năm 2025"
    document.add_paragraph("KỊCH BẢN ĐIỀU HÀNH")
    document.add_paragraph("ĐẠI HỘI ĐẢNG BỘ XÃ AN PHÚ LẦN THỨ V, NHIỆM KỲ 2025–2030")
    for index in range(items):
        session, number = divmod(index, 12)
        if number == 0:
            document.add_paragraph().add_run(f"PHIÊN {session + 1} (7 giờ 30, ngày {15 + session}/7/2025)").bold = True
        document.add_paragraph().add_run(f"{number + 1}. Nội dung số {number + 1} của phiên {session + 1}").bold = True
        document.add_paragraph("Người thực hiện: Đ/c Nguyễn Văn An")
        document.add_paragraph("Thời gian: 10 phút")
        for line in range(9):
            document.add_paragraph(
                "Kính thưa Đại hội! Thực hiện chương trình, Đại hội tiến hành nội dung tiếp theo; "
                f"đề nghị các đồng chí đại biểu tập trung theo dõi (đoạn {line + 1})."
            )
        document.add_paragraph("(Vỗ tay)")
    for line in ("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "(Đã ký)", "Nguyễn Văn Bình"):
        document.add_paragraph(line)
    document.save(str(path))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=84)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    script_docx(args.output, args.items)


if __name__ == "__main__":
    main()

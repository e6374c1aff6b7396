"""`presidium import` and `presidium export script` as a user runs them: messages, exit codes, files."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from presidium.cli import main
from support import importing_docs as docs

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources/samples/dai-hoi-quan-su-tinh.toml"


def test_import_writes_the_program_and_says_what_it_recognised(tmp_path, capsys):
    source = docs.messy(tmp_path / "kich-ban.docx")
    output = tmp_path / "dai-hoi.toml"
    assert main(["import", str(source), "-o", str(output)]) == 0
    out = capsys.readouterr().out
    assert "Nhận dạng: bảng STT | Nội dung | Người điều hành. 2 phiên, 5 nội dung" in out
    assert (
        "Chưa xếp được (2):\n  đoạn 3: Ghi chú của văn phòng\n  đoạn 5: Nội dung này do văn phòng bổ sung sau." in out
    )
    assert "chữ trong khung văn bản (text box) không được nhập" in out
    assert (
        f"{output}:6: [congress]: thiếu trường bắt buộc 'số đại biểu được triệu tập' (viết delegates_convened = …)"
        in out
    )
    assert output.read_text(encoding="utf-8").startswith("# Chương trình nhập từ kich-ban.docx")
    # the same file is not overwritten unless asked
    assert main(["import", str(source), "-o", str(output)]) == 1
    assert "đã có; thêm --force để ghi đè" in capsys.readouterr().err
    assert main(["--lang", "en", "import", str(source), "-o", str(output), "--force"]) == 0
    assert "Recognised: table No. | Content | Presenter. 2 sessions, 5 items" in capsys.readouterr().out


def test_import_refusals_are_one_clear_line(tmp_path, capsys):
    assert main(["import", str(tmp_path / "none.docx"), "-o", str(tmp_path / "x.toml")]) == 1
    assert capsys.readouterr().err.strip() == f"presidium import: {tmp_path / 'none.docx'}: không có tệp này"
    sheet = tmp_path / "ct.xls"
    sheet.write_bytes(b"\xd0\xcf\x11\xe0")
    assert main(["--lang", "en", "import", str(sheet), "-o", str(tmp_path / "x.toml")]) == 1
    assert "an old Excel file (.xls); open it in Excel, save it as .xlsx" in capsys.readouterr().err
    assert main(["import", str(sheet), "-o", str(tmp_path / "no" / "x.toml")]) == 1
    assert "thư mục" in capsys.readouterr().err
    assert not (tmp_path / "x.toml").exists()


def test_export_script_from_the_program_file(tmp_path, capsys):
    output = tmp_path / "KICH-BAN.docx"
    assert main(["export", "script", "--program", str(SAMPLE), "-o", str(output)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Đã xuất kịch bản (3 phiên, 35 nội dung)")
    document = Document(str(output))
    texts = [p.text for p in document.paragraphs]
    assert "KỊCH BẢN ĐIỀU HÀNH" in texts
    assert "1. Khai mạc phiên trù bị, báo cáo số đại biểu có mặt" in texts
    assert "Thời gian: 07:30 – 07:35 (5 phút)" in texts
    assert any(
        t.startswith("Biểu quyết: Thông qua số lượng và danh sách Đoàn Chủ tịch")
        and "trên một phần hai (1/2) tổng số đại biểu được triệu tập" in t
        for t in texts
    )
    assert any(
        t.startswith(
            "Bầu cử: Ban Chấp hành Đảng bộ Quân sự tỉnh khóa XIII, nhiệm kỳ 2025–2030 — 15 người; "
            "số dư tối đa 30% số lượng cần bầu; bỏ phiếu kín; trúng cử khi có số phiếu bầu trên"
        )
        for t in texts
    )
    assert "PHỤ LỤC: THẺ TÌNH HUỐNG" in texts
    # a placeholder is a dotted blank with its hint; a direction is in italics; the words in large type
    words = next(p for p in document.paragraphs if p.text.startswith("Theo báo cáo của Ban Tổ chức Đại hội"))
    assert "…… (số đại biểu được triệu tập)" in words.text
    assert words.runs[0].font.size.pt == 16
    direction = next(r for p in document.paragraphs for r in p.runs if r.text == "(Chờ ý kiến.)")
    assert direction.italic
    # the footer on every page names the program's fingerprint
    from presidium.core.loader import load_program

    fingerprint = load_program(SAMPLE).short_fingerprint
    section = document.sections[0]
    for footer in (section.footer, section.first_page_footer):
        assert fingerprint in footer.paragraphs[-1].text and "in lúc" in footer.paragraphs[-1].text


def test_export_script_refuses_a_broken_program_and_needs_its_arguments(tmp_path, capsys):
    broken = tmp_path / "p.toml"
    broken.write_text(
        SAMPLE.read_text(encoding="utf-8").replace('duration = "5m"', 'duration = "5 phút"', 1), encoding="utf-8"
    )
    output = tmp_path / "kb.docx"
    assert main(["export", "script", "--program", str(broken), "-o", str(output)]) == 1
    err = capsys.readouterr().err
    assert "chương trình còn 1 lỗi, chưa xuất được kịch bản" in err and "không phải thời lượng" in err
    assert not output.exists()
    assert main(["--lang", "en", "export", "script", "-o", str(output)]) == 1
    assert "add --program FILE" in capsys.readouterr().err
    assert main(["export", "minutes", "-o", str(output)]) == 2
    assert "thêm --db TỆP" in capsys.readouterr().err

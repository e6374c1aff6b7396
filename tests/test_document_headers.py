"""The document header fits the organisation: the Party's heading and "*", a trade union's two-line
state heading (quốc hiệu, tiêu ngữ with its short rule) and no star, a youth union's "***"; and no line
of either block wraps, whatever the names' length. The three bundled Vietnamese samples show them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from presidium.core.loader import load_program
from presidium.infra import docx_party as party
from presidium.infra.docx_party import CELL_PADDING_MM, IssuingBody, has_rule_under, header_layout
from presidium.infra.text_width import width_mm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "samples"))
import render_headers  # noqa: E402  (the script that renders the samples' headers)

SAMPLES = ROOT / "resources" / "samples"


@pytest.fixture(scope="module")
def headers(tmp_path_factory):
    """name -> the first table (the header) of each sample's exported minutes."""
    out = {}
    for name, sample in render_headers.SAMPLES.items():
        folder = tmp_path_factory.mktemp(name)
        out[name] = Document(str(render_headers.minutes_of(sample, folder))).tables[0]
    return out


def column(table, c):
    return [p for p in table.rows[0].cells[c].paragraphs if p.text.strip()]


def test_the_samples_name_their_organisation_in_the_heading():
    headings = {name: load_program(SAMPLES / sample).congress for name, sample in render_headers.SAMPLES.items()}
    assert (headings["header-party"].heading, headings["header-party"].mark) == ("ĐẢNG CỘNG SẢN VIỆT NAM", "*")
    union = headings["header-trade-union"]
    assert (union.heading, union.motto, union.mark) == (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
    )
    assert (headings["header-youth-union"].heading, headings["header-youth-union"].mark) == (
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "***",
    )


def test_party_header_keeps_its_star_and_ruled_heading(headers):
    left, right = column(headers["header-party"], 0), column(headers["header-party"], 1)
    assert [p.text for p in left][-2:] == ["*", "Số 01-BB/ĐH"]
    assert right[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM" and has_rule_under(right[0])


def test_trade_union_header_has_the_two_line_state_heading_and_no_star(headers):
    left, right = column(headers["header-trade-union"], 0), column(headers["header-trade-union"], 1)
    assert [p.text for p in right[:2]] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert not has_rule_under(right[0]) and has_rule_under(right[1])  # the short rule is under the motto
    assert right[2].text == "Nam Định, ngày 16 tháng 9 năm 2023"
    assert "*" not in [p.text.strip() for p in left] and "***" not in [p.text.strip() for p in left]
    assert left[-1].text == "Số: 01/BB-ĐH"  # the state's order: number / kind - issuer
    issuing = left[:-1]
    assert has_rule_under(issuing[-1]) and issuing[-1].text == "ĐẠI HỘI LẦN THỨ V"


def test_youth_union_header_has_three_stars(headers):
    left, right = column(headers["header-youth-union"], 0), column(headers["header-youth-union"], 1)
    assert right[0].text == "ĐOÀN TNCS HỒ CHÍ MINH" and has_rule_under(right[0])
    assert [p.text for p in left][-2:] == ["***", "Số: 01-BB/ĐH"]  # the youth union's "Số:" before the Party order


@pytest.mark.parametrize("name", list(render_headers.SAMPLES))
def test_no_header_line_wraps_in_its_column(headers, name):
    table = headers[name]
    for c, col in enumerate(table.columns):
        for paragraph in column(table, c):
            run = paragraph.runs[0]
            needed = width_mm(paragraph.text, run.font.size.pt, bool(run.font.bold)) + CELL_PADDING_MM
            assert needed <= col.width.mm + 0.01, (paragraph.text, col.width.mm)


def test_a_long_name_comes_down_in_size_then_splits_between_words_never_inside_one():
    body = IssuingBody(
        "Liên đoàn Lao động tỉnh Nam Định",
        ("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên Cơ khí Sông Hồng",),
        "Số 01-BB/ĐH",
        "Nam Định",
        date(2025, 3, 1),
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "vi",
        motto="Độc lập - Tự do - Hạnh phúc",
        mark="",
    )
    left_mm, left, right_mm, right = header_layout(body)
    assert left_mm + right_mm == pytest.approx(160)
    words = [
        "CÔNG",
        "ĐOÀN",
        "CƠ",
        "SỞ",
        "CÔNG",
        "TY",
        "TRÁCH",
        "NHIỆM",
        "HỮU",
        "HẠN",
        "MỘT",
        "THÀNH",
        "VIÊN",
        "CƠ",
        "KHÍ",
        "SÔNG",
        "HỒNG",
    ]
    lines = [line.text for line in left if line.bold]
    assert " ".join(lines).split() == words and len(lines) >= 2
    for line in left + right:
        assert width_mm(line.text, line.size, line.bold) + CELL_PADDING_MM <= (left_mm if line in left else right_mm)
    explicit = header_layout(
        IssuingBody("", ("Công đoàn cơ sở\nCông ty Cơ khí Sông Hồng",), "Số 01", "", date(2025, 3, 1))
    )
    assert [line.text for line in explicit[1] if line.bold] == ["CÔNG ĐOÀN CƠ SỞ", "CÔNG TY CƠ KHÍ SÔNG HỒNG"]


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")), reason="needs LibreOffice")
def test_libreoffice_lays_the_trade_union_header_out_without_wrapping(tmp_path):
    docx = render_headers.minutes_of(render_headers.SAMPLES["header-trade-union"], tmp_path)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(tmp_path / "bien-ban.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    header = text[: text.index("BIÊN BẢN")]
    for line in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ĐẠI HỘI LẦN THỨ V",
        "CÔNG ĐOÀN CƠ SỞ CÔNG TY",
        "CỔ PHẦN MAY SÔNG HỒNG",
    ):
        assert line in header, header


def test_party_layout_is_unchanged_for_a_program_without_heading_fields(tmp_path):
    document = party.new_document()
    party.party_header(
        document, IssuingBody("Đảng bộ tỉnh", ("Đảng bộ Quân sự tỉnh",), "Số 01-BB/ĐH", "Hà Tĩnh", date(2025, 7, 7))
    )
    left = [p.text for p in document.tables[0].rows[0].cells[0].paragraphs]
    assert left == ["ĐẢNG BỘ TỈNH", "ĐẢNG BỘ QUÂN SỰ TỈNH", "*", "Số 01-BB/ĐH"]


def test_a_long_title_breaks_where_a_reader_expects_it():
    document = party.new_document()
    party.title(
        document, "Biên bản", ["Đại hội đại biểu Đảng bộ Quân sự tỉnh Hà Tĩnh lần thứ XIII, nhiệm kỳ 2025–2030"]
    )
    assert [p.text for p in document.paragraphs if p.text] == [
        "BIÊN BẢN",
        "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ QUÂN SỰ TỈNH HÀ TĨNH",
        "LẦN THỨ XIII, NHIỆM KỲ 2025–2030",
    ]
    party.title(document, "Biên bản", ["Đại hội lần thứ V"])  # a short one stays on its line
    assert [p.text for p in document.paragraphs if p.text][-1] == "ĐẠI HỘI LẦN THỨ V"


@pytest.mark.parametrize(
    "sample,mark", [("dai-hoi-cong-doan-co-so.toml", None), ("dai-hoi-doan-thanh-nien.toml", "***")]
)
def test_the_script_carries_the_organisations_header_like_the_minutes(tmp_path, sample, mark):
    from presidium.infra.export_script import write_script

    program = load_program(SAMPLES / sample)
    header = Document(str(write_script(program, tmp_path / "kich-ban.docx", "vi"))).tables[0]
    left, right = column(header, 0), column(header, 1)
    left_texts = [p.text.strip() for p in left]
    assert "*" not in left_texts  # the Party's star is the Party's alone
    if mark:
        assert mark in left_texts
    if program.congress.motto:
        assert [p.text for p in right[:2]] == [program.congress.heading, program.congress.motto]
        assert has_rule_under(right[1])

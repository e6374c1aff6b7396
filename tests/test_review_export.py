"""The review (rút kinh nghiệm) .docx read back: totals per session, overruns ranked with the rehearsals,
changes, situations, suggestions, charts, fonts."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from docx import Document

from presidium.app import cli_export
from support.congress import congress
from support.documents import blocks, find, full_text, size


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return congress(tmp_path_factory.mktemp("congress"))


@pytest.fixture(scope="module")
def review_doc(sample, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "rkn.docx"
    args = SimpleNamespace(what="review", db=sample.db, run=None, output=out, lang=None)
    assert cli_export.main(args) == 0
    return Document(str(out))


def table_after(document, first_header: str, second_header: str):
    return next(
        t
        for t in document.tables
        if t.rows[0].cells[0].text == first_header and t.rows[0].cells[1].text == second_header
    )


def rows(table):
    return [[cell.text for cell in row.cells] for row in table.rows[1:]]


def test_title_layout_and_fonts(review_doc):
    section = review_doc.sections[0]
    assert [
        round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    ] == [25, 25, 35, 15]
    assert size(find(review_doc, "^BÁO CÁO$")) == 16
    assert size(find(review_doc, "^RÚT KINH NGHIỆM CÔNG TÁC ĐIỀU HÀNH ĐẠI HỘI$")) == 15
    fonts = {run.font.name for p in blocks(review_doc) for run in p.runs if run.text.strip()}
    assert fonts == {"Times New Roman"}
    assert "lượt số 2 (chính thức)" in full_text(review_doc)
    assert "So sánh với 1 lượt tổng duyệt (lượt số 1)." in full_text(review_doc)


def test_totals_per_session(review_doc):
    table = table_after(review_doc, "Phiên", "Dự kiến (phút)")
    assert rows(table) == [
        ["Phiên trù bị", "10", "9", "−1", "2/0/0"],
        ["Phiên chính thức", "125", "133", "+8", "8/0/0"],
        ["Cộng", "135", "142", "+7", "10/0/0"],
    ]
    assert all(run.font.bold for cell in table.rows[-1].cells for run in cell.paragraphs[0].runs if run.text)
    assert "Tổng thời gian tạm dừng: 4 phút." in full_text(review_doc)


def test_overruns_ranked_with_the_rehearsal_figures(review_doc):
    table = table_after(review_doc, "TT", "Nội dung")
    assert rows(table) == [
        ["1", "Báo cáo chính trị", "30", "38", "+8", "45,6"],
        ["2", "Thảo luận, tham luận", "20", "27", "+7", "32,4"],
    ]
    assert "Các nội dung kết thúc sớm hơn dự kiến: Bầu Ban Chấp hành Đảng bộ (−5)." in full_text(review_doc)


def test_changes_situations_and_notes_by_category(review_doc):
    text = full_text(review_doc)
    assert (
        "Điều chỉnh thứ tự: “Phát biểu chỉ đạo của đại diện cấp ủy cấp trên” (theo chương trình là mục 6, "
        "thực hiện ở vị trí 5, lúc 08:23 ngày 07/07/2025)."
    ) in text
    assert "Sử dụng 1 lần thẻ tình huống:" in text
    assert "“Mất điện, hỏng âm thanh”, khi thực hiện nội dung “Thảo luận, tham luận”" in text
    category = find(review_doc, "^Về kỹ thuật")
    assert category.text == "Về kỹ thuật (1)"
    assert "08:51, Thảo luận, tham luận: Âm thanh bị ngắt 4 phút, chuyển micro dự phòng" in text


def test_suggestions_only_where_the_figures_support_them(review_doc):
    text = full_text(review_doc)
    assert (
        "Nội dung “Báo cáo chính trị” vượt thời gian cả khi tổng duyệt và khi tiến hành (bình quân vượt "
        "12 phút): đề nghị điều chỉnh thời lượng lên khoảng 42 phút"
    ) in text
    assert (
        "Phần “Thảo luận, tham luận” vượt 7 phút: đề nghị chuyển khoảng 1 tham luận sang hình thức gửi văn bản"
    ) in text
    assert "Nội dung “Phát biểu chỉ đạo của đại diện cấp ủy cấp trên” phải điều chỉnh thứ tự" in text
    # Items that kept to time get no suggestion.
    assert "“Chào cờ”" not in text.split("ĐỀ XUẤT, KIẾN NGHỊ")[1].split("PHỤ LỤC")[0]


def test_two_charts_are_embedded_full_width(review_doc):
    shapes = review_doc.inline_shapes
    assert len(shapes) == 2
    assert all(round(shape.width.mm) == 160 for shape in shapes)
    captions = [p.text for p in blocks(review_doc) if p.text.startswith("Hình ")]
    assert captions == [
        "Hình 1. Tiến độ kế hoạch và thực tế theo từng phiên",
        "Hình 2. Chênh lệch so với thời lượng dự kiến (phút)",
    ]


def test_appendix_lists_every_item_in_running_order_with_the_rehearsal(review_doc):
    table = [t for t in review_doc.tables if t.rows[0].cells[0].text == "TT"][-1]
    header = [c.text for c in table.rows[0].cells]
    assert header == ["TT", "Nội dung", "Dự kiến", "Thực tế", "Chênh lệch", "TD 1", "Ghi chú"]
    body = rows(table)
    assert [r[1] for r in body][3:6] == [
        "Báo cáo chính trị",
        "Phát biểu chỉ đạo của đại diện cấp ủy cấp trên",
        "Thảo luận, tham luận",
    ]
    assert body[4][-1] == "đổi thứ tự" and body[5][-1] == "1 thẻ tình huống"
    assert len(body) == 10


def test_a_rehearsal_reviewed_alone_says_so_and_suggests_from_its_own_figures(sample, tmp_path):
    out = tmp_path / "rkn-td.docx"
    assert cli_export.main(SimpleNamespace(what="review", db=sample.db, run="1", output=out, lang="vi")) == 0
    text = full_text(Document(str(out)))
    assert "Không có lượt tổng duyệt nào để so sánh." in text
    assert "Nội dung “Báo cáo chính trị” vượt 16 phút so với 30 phút dự kiến" in text


def test_without_qt_the_review_is_written_without_charts(sample, tmp_path, monkeypatch):
    def no_qt():
        raise ImportError("No module named 'PySide6'")

    monkeypatch.setattr(cli_export, "default_renderer", no_qt)
    out = tmp_path / "rkn.docx"
    outcome = cli_export.export("review", sample.db, None, out, "vi")
    assert any("không vẽ được biểu đồ (No module named 'PySide6')" in note for note in outcome.warnings)
    document = Document(str(out))
    assert len(document.inline_shapes) == 0
    assert rows(table_after(document, "Phiên", "Dự kiến (phút)"))[2][:4] == ["Cộng", "135", "142", "+7"]
    assert outcome.rehearsals == 1


def test_english_review(sample, tmp_path):
    out = tmp_path / "review-en.docx"
    assert cli_export.main(SimpleNamespace(what="review", db=sample.db, run=None, output=out, lang="en")) == 0
    text = full_text(Document(str(out)))
    assert "ITEMS THAT OVERRAN" in text
    assert "“Thảo luận, tham luận” overran by 7 min: move about 1 contributions to written submission" in text


def test_review_when_the_program_file_is_gone_uses_the_journal_copy(sample, tmp_path, capsys):
    moved = sample.program_path.with_suffix(".bak")
    sample.program_path.rename(moved)
    try:
        code = cli_export.main(
            SimpleNamespace(what="review", db=sample.db, run=None, output=tmp_path / "r.docx", lang="vi")
        )
    finally:
        moved.rename(sample.program_path)
    assert code == 0
    assert "không còn; dùng bản chương trình lưu trong nhật ký" in capsys.readouterr().err

"""Party document layout for python-docx (2018 guidance of the Party Central Office).

A4, Times New Roman; margins top 25, bottom 25, left 35, right 15 mm; "ĐẢNG CỘNG SẢN VIỆT NAM" top
right, 15 pt bold caps over a rule; the issuing body top left (upper level 14 pt regular caps, the
issuing body 14 pt bold caps, "*"); number 14 pt; place and date 14 pt italic; document type
15–16 pt bold caps; body 14 pt. Header blocks and signatures sit in borderless two-column tables.
Page numbers at the top centre from the second page on.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.styles import CT_Style
from docx.oxml.text.paragraph import CT_P
from docx.oxml.text.run import CT_R
from docx.section import Section
from docx.shared import Cm, Emu, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from presidium.core import catalogue
from presidium.core.text_input import printable
from presidium.infra import text_width

if TYPE_CHECKING:
    from presidium.core.program import Congress

FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 13
PAGE_W, PAGE_H = Mm(210), Mm(297)
MARGINS = {"top": Mm(25), "bottom": Mm(25), "left": Mm(35), "right": Mm(15)}
TEXT_WIDTH = PAGE_W - MARGINS["left"] - MARGINS["right"]  # 160 mm
PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"
Container = DocumentType | _Cell  # where paragraphs and tables go: the body, or a table's cell


def _set_fonts(rpr_parent: CT_R | CT_Style, name: str = FONT) -> None:
    """Name the font for every script slot, so Vietnamese letters never fall back to another face."""
    rpr = rpr_parent.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), name)


def new_document() -> DocumentType:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = PAGE_W, PAGE_H
    section.top_margin, section.bottom_margin = MARGINS["top"], MARGINS["bottom"]
    section.left_margin, section.right_margin = MARGINS["left"], MARGINS["right"]
    section.header_distance = section.footer_distance = Mm(12)
    for style_name in ("Normal", "Table Grid"):
        style = document.styles[style_name]
        style.font.name = FONT
        style.font.size = Pt(BODY_PT)
        _set_fonts(style.element)
    normal = document.styles["Normal"].paragraph_format
    normal.space_before, normal.space_after = Pt(0), Pt(6)
    normal.line_spacing = 1.1
    _page_numbers(section)
    return document


def _page_numbers(section: Section) -> None:
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    _font(run, BODY_PT)
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), tag)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _font(run: Run, size: float, bold: bool = False, italic: bool = False, underline: bool = False) -> None:
    run.font.name = FONT
    _set_fonts(run._r)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    run.font.underline = underline


_TEMPLATES: dict[tuple, CT_P] = {}  # formatted, empty paragraphs (XML) by their formatting


def text(
    container: Container,
    content: str = "",
    *,
    size: float = BODY_PT,
    bold: bool = False,
    italic: bool = False,
    align: str = "justify",
    indent: bool = False,
    after: float = 6,
    before: float = 0,
    keep_with_next: bool = False,
) -> Paragraph:
    """One paragraph in `container` (document or cell), holding one run with `content`.

    The first paragraph of each formatting is built through python-docx; later ones are copies of
    its XML with the text replaced — the same document, an order of magnitude faster for long runs.
    """
    key = (size, bold, italic, align, indent, after, before, keep_with_next)
    paragraph = container.add_paragraph()
    template = _TEMPLATES.get(key)
    if template is None:
        _font(paragraph.add_run(""), size, bold, italic)
        fmt = paragraph.paragraph_format
        fmt.alignment = {
            "left": WD_ALIGN_PARAGRAPH.LEFT,
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        }[align]
        fmt.first_line_indent = Cm(1) if indent else None
        fmt.space_after, fmt.space_before = Pt(after), Pt(before)
        fmt.keep_with_next = keep_with_next
        template = _TEMPLATES[key] = deepcopy(paragraph._p)
    element = deepcopy(template)
    t = element.find(qn("w:r")).find(qn("w:t"))
    if t is None:
        t = OxmlElement("w:t")
        element.find(qn("w:r")).append(t)
    t.text = printable(content)
    t.set(qn("xml:space"), "preserve")
    paragraph._p.getparent().replace(paragraph._p, element)
    return Paragraph(element, paragraph._parent)


def runs(
    container: Container,
    parts: Sequence[tuple[str, str]],
    *,
    size: float = BODY_PT,
    indent: bool = True,
    align: str = "justify",
    after: float = 6,
) -> Paragraph:
    """A paragraph of (style, text) parts; style is any of "", "b", "i", "bi"."""
    paragraph = text(container, "", size=size, indent=indent, align=align, after=after)
    for style, content in parts:
        _font(paragraph.add_run(printable(content)), size, "b" in style, "i" in style)
    return paragraph


def heading(document: Container, content: str, *, before: float = 6) -> Paragraph:
    """A section heading of the body: 14 pt bold, keeps with what follows."""
    return text(document, content, bold=True, align="left", indent=True, before=before, keep_with_next=True)


def _rule_under(paragraph: Paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def has_rule_under(paragraph: Paragraph) -> bool:
    return paragraph._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:bottom')}") is not None


def borderless(document: Container, rows: int, widths: Sequence[int]) -> Table:
    table = document.add_table(rows=rows, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)
    set_widths(table, widths)
    return table


def set_widths(table: Table, widths: Sequence[int]) -> None:
    """Column widths in the grid and in every cell: Word reads the cells, LibreOffice the grid."""
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _clear(cell: _Cell) -> _Cell:
    """A fresh cell holds one empty paragraph; drop it so text() calls start at the top."""
    for paragraph in list(cell.paragraphs):
        paragraph._p.getparent().remove(paragraph._p)
    return cell


@dataclass(frozen=True)
class IssuingBody:
    superior: str  # upper-level body, regular caps ("" when none)
    lines: tuple[str, ...]  # issuing body, bold caps, one or two lines
    number: str  # "Số 01-BB/ĐH"
    place: str
    day: date | datetime
    heading: str = PARTY  # the national line, top right; "" for none
    lang: str = "vi"  # of the place-and-date line
    motto: str = ""  # the heading's second line (tiêu ngữ) of a state-style heading, ruled under
    mark: str = "*"  # under the issuing body: "*" (Party), "***" (youth union); "" rules a short line instead

    @classmethod
    def of(
        cls, congress: Congress, lines: tuple[str, ...], number: str, day: date | datetime, lang: str = "vi"
    ) -> IssuingBody:
        """The header a document of this congress carries: its organisation's heading, motto and mark."""
        return cls(
            congress.superior,
            lines,
            number,
            congress.place,
            day,
            congress.heading,
            lang,
            motto=congress.motto,
            mark=congress.mark,
        )


def date_words(day: date | datetime, lang: str = "vi") -> str:
    """ "ngày 07 tháng 7 năm 2025" / "07 July 2025" (catalogue entries documents.date and documents.month.*)."""
    month = catalogue.text(f"documents.month.{day.month}", lang)
    return catalogue.text("documents.date", lang, day=f"{day.day:02d}", month=month, year=day.year)


CELL_PADDING_MM = 4.0  # Word's default cell margins, left and right (1.9 mm each), and a little air
SMALLEST_HEADER_PT = 11  # a long name comes down to this size before it is split over two lines


@dataclass(frozen=True)
class HeaderLine:
    text: str
    size: float
    bold: bool = False
    italic: bool = False
    rule: bool = False  # a short rule under the line (the motto; a state-style issuing body)


def _fit(text: str, size: float, bold: bool, width_mm: float) -> list[tuple[str, float]]:
    """The line on one line of `width_mm` at `size` or a point less; failing that, two lines split at the
    space nearest the middle, at the largest size down to SMALLEST_HEADER_PT that holds both; failing
    that, as many lines as it takes. Lines break only between words; a newline in the text is a break
    the program asks for."""
    if "\n" in text:
        return [part for line in text.split("\n") if line.strip() for part in _fit(line.strip(), size, bold, width_mm)]
    for points in (size, size - 1):  # one point smaller still reads as the same line; further, split it
        if text_width.width_mm(text, points, bold) <= width_mm:
            return [(text, points)]
    words = text.split()
    if len(words) < 2:
        return [(text, SMALLEST_HEADER_PT)]
    cut = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    halves = [" ".join(words[:cut]), " ".join(words[cut:])]
    for points in range(int(size), SMALLEST_HEADER_PT - 1, -1):
        if all(text_width.width_mm(half, points, bold) <= width_mm for half in halves):
            return [(half, points) for half in halves]
    # A name longer than two lines can hold: as many lines as it takes at the smallest size.
    lines: list[str] = []
    for word in words:
        if lines and text_width.width_mm(f"{lines[-1]} {word}", SMALLEST_HEADER_PT, bold) <= width_mm:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return [(line, SMALLEST_HEADER_PT) for line in lines]


def header_layout(body: IssuingBody) -> tuple[float, list[HeaderLine], float, list[HeaderLine]]:
    """(left width, left lines, right width, right lines) in mm: the two header blocks with column widths
    chosen so the national heading never wraps and the issuing body's lines never break inside a name.

    Party documents: "ĐẢNG CỘNG SẢN VIỆT NAM" 15 pt bold over a rule, the issuing body 14 pt and "*".
    A state-style heading (a trade union's): "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" 13 pt bold, the motto
    14 pt bold with a short rule under it; the issuing body 13 pt with a short rule instead of a star.
    A youth union's: "ĐOÀN TNCS HỒ CHÍ MINH" as the Party's heading, "***" under the issuing body.
    """
    state = bool(body.motto)
    heading_pt, body_pt = (13, 13) if state else (15, BODY_PT)
    dated = date_words(body.day, body.lang)
    dated = f"{body.place}, {dated}" if body.place else dated
    right = []
    if body.heading:
        right.append(HeaderLine(body.heading.upper(), heading_pt, bold=True, rule=not state))
    if body.motto:
        right.append(HeaderLine(body.motto, BODY_PT, bold=True, rule=True))
    total = TEXT_WIDTH / 36000  # EMU to mm
    # The right block must hold the heading on one line; the left its lines at their full size if it can.
    heading_mm = max([text_width.width_mm(line.text, line.size, line.bold) for line in right] + [0.0])
    right_need = max(heading_mm, text_width.width_mm(dated, BODY_PT)) + CELL_PADDING_MM
    wanted = [(body.superior.upper(), False)] * bool(body.superior) + [(line.upper(), True) for line in body.lines]
    left_need = max([text_width.width_mm(t, body_pt, b) for t, b in wanted] + [0.0]) + CELL_PADDING_MM
    if left_need + right_need <= total:  # room for both: share what is left over
        left_mm = left_need + (total - left_need - right_need) / 2
    else:
        left_mm = total - max(right_need if right_need + 50 <= total else heading_mm + CELL_PADDING_MM, 0.0)
    right_mm = total - left_mm
    room = left_mm - CELL_PADDING_MM
    left: list[HeaderLine] = []
    if body.superior:
        left += [HeaderLine(text, pt) for text, pt in _fit(body.superior.upper(), body_pt, False, room)]
    for i, line in enumerate(body.lines):
        fitted = _fit(line.upper(), body_pt, True, room)
        last = i == len(body.lines) - 1
        left += [
            HeaderLine(text, pt, bold=True, rule=last and j == len(fitted) - 1 and not body.mark)
            for j, (text, pt) in enumerate(fitted)
        ]
    if body.mark:
        left.append(HeaderLine(body.mark, body_pt))
    left.append(HeaderLine(body.number, body_pt))
    right.append(HeaderLine(dated, BODY_PT, italic=True))
    return left_mm, left, right_mm, right


def _short_rule(paragraph: Paragraph, column_mm: float, text_mm: float) -> None:
    """A rule under the paragraph as wide as its text (a third of the column at least), centred."""
    rule_mm = min(column_mm - CELL_PADDING_MM, max(text_mm, column_mm / 3))
    side = max(0.0, (column_mm - CELL_PADDING_MM - rule_mm) / 2)
    _rule_under(paragraph)
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = Mm(side)


def party_header(document: DocumentType, body: IssuingBody) -> Table:
    """The two header blocks: issuing body and number on the left, the national heading and the date on the
    right, laid out by `header_layout` for the organisation (Party, trade union, youth union, none)."""
    left_mm, left_lines, right_mm, right_lines = header_layout(body)
    table = borderless(document, 1, (Mm(left_mm), Mm(right_mm)))
    for cell, lines, column in zip(
        (_clear(c) for c in table.rows[0].cells), (left_lines, right_lines), (left_mm, right_mm), strict=True
    ):
        for line in lines:
            after = (12 if lines is right_lines else 6) if line.rule else 0
            paragraph = text(
                cell, line.text, size=line.size, bold=line.bold, italic=line.italic, align="center", after=after
            )
            if line.rule:
                _short_rule(paragraph, column, text_width.width_mm(line.text, line.size, line.bold))
    return table


def title(
    document: DocumentType, kind: str, subtitle: Iterable[str] = (), *, before: float = 18, as_written: bool = False
) -> None:
    """Document type (16 pt bold caps) and its subject (15 pt bold caps), centred. `as_written`: the
    subject keeps its case under capitals set by the font (the script, which the importer reads back)."""
    text(document, kind.upper(), size=16, bold=True, align="center", before=before, after=0, keep_with_next=True)
    lines = [
        part
        for line in subtitle
        if line
        for part in (title_parts(line) if as_written else _title_lines(line.upper(), 15))
    ]
    for i, line in enumerate(lines):
        paragraph = text(
            document,
            line if as_written else line.upper(),
            size=15,
            bold=True,
            align="center",
            after=12 if i == len(lines) - 1 else 0,
            keep_with_next=True,
        )
        if as_written:
            paragraph.runs[0].font.all_caps = True
    if not lines:
        text(document, "", after=6)


def _title_lines(line: str, size: float) -> list[str]:
    """A subject too long for one line is set on two, broken where a reader expects it: before "LẦN THỨ"
    or "NHIỆM KỲ", or after a comma ("…TỈNH HÀ TĨNH" / "LẦN THỨ XIII, NHIỆM KỲ 2025–2030"); else at the
    space that balances the two lines best. Never wherever the width happens to run out."""
    room = TEXT_WIDTH / 36000 - 2
    words = line.split()
    if text_width.width_mm(line, size, True) <= room or len(words) < 2:
        return [line]

    def widths(i: int) -> tuple[float, float]:
        return (
            text_width.width_mm(" ".join(words[:i]), size, True),
            text_width.width_mm(" ".join(words[i:]), size, True),
        )

    natural = [
        i
        for i in range(1, len(words))
        if words[i - 1].endswith(",")
        or words[i] == "NHIỆM"
        or (words[i] == "LẦN" and i + 1 < len(words) and words[i + 1] == "THỨ")
    ]
    for candidates in (natural, range(1, len(words))):
        fitting = [i for i in candidates if max(widths(i)) <= room]
        if fitting:
            best = min(fitting, key=lambda i: max(widths(i)))
            return [" ".join(words[:best]), " ".join(words[best:])]
    return [line]


def title_parts(subject: str, size: float = 15) -> list[str]:
    """The subject as written, cut where `title` breaks its capitals."""
    words = subject.split()
    cuts = [len(part.split()) for part in _title_lines(subject.upper(), size)]
    if sum(cuts) != len(words):  # upper() changed the words (ß → SS): keep the subject whole
        return [subject]
    parts, start = [], 0
    for count in cuts:
        parts.append(" ".join(words[start : start + count]))
        start += count
    return parts


def signatures(document: DocumentType, blocks: Sequence[tuple[str, ...]], *, lang: str = "vi") -> Table:
    """Signature blocks side by side: (on behalf of …, title[, signer]) each, with room to sign.

    A signer's name is printed under the room to sign, bold and as written ("Đại tá Trần Văn A");
    without one, a note in `lang` asks for the name to be written by hand under the signature. The paragraph
    before the blocks keeps with them: a signature never starts a page alone.
    """
    body = document.element.body
    last = next((child for child in reversed(body) if child.tag != qn("w:sectPr")), None)
    if last is not None and last.tag == qn("w:p"):
        Paragraph(last, document).paragraph_format.keep_with_next = True
    note = catalogue.text("documents.sign_note", lang)
    width = TEXT_WIDTH // len(blocks)
    table = borderless(document, 1, [width] * len(blocks))
    for cell, (behalf, role, *signer) in zip(table.rows[0].cells, blocks, strict=True):
        cell = _clear(cell)
        if not behalf:  # an empty block keeps the signer on the right, as the layout requires
            text(cell, "", after=0)
            continue
        name = signer[0].strip() if signer and signer[0] else ""
        text(cell, behalf.upper(), bold=True, align="center", after=0, keep_with_next=True)
        if role:
            text(cell, role.upper(), bold=True, align="center", after=0, keep_with_next=True)
        if not name:
            text(cell, note, italic=True, align="center", after=0, keep_with_next=True)
        for _ in range(3 if not name else 4):  # the same room to sign, the note's line included
            text(cell, "", after=0)
        if name:
            text(cell, name, bold=True, align="center", after=0)
    row_pr = table.rows[0]._tr.get_or_add_trPr()
    row_pr.append(OxmlElement("w:cantSplit"))
    return table


def grid(
    document: DocumentType,
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    widths: Sequence[int],
    *,
    align: Sequence[str] | None = None,
    size: float = TABLE_PT,
) -> Table:
    """A ruled table: bold header row, then the rows; cells 13 pt.

    The first data row is laid out through python-docx and every other row is a copy of it with its
    texts replaced: a 400-row appendix takes milliseconds instead of seconds.
    """
    rows = [[str(value) for value in values] for values in rows]
    widths, size = fit_columns(header, rows, widths, size)
    table = document.add_table(rows=2 if rows else 1, cols=len(header))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    align = align or ["left"] * len(header)
    for c, cell in enumerate(table.rows[0].cells):
        text(_clear(cell), header[c], size=size, bold=True, align="center", after=0)
    if rows:
        for c, cell in enumerate(table.rows[1].cells):
            text(_clear(cell), "·", size=size, align=align[c], after=0)
        # A row is never split across two pages (each copy below carries this).
        table.rows[1]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    set_widths(table, widths)
    _repeat_header(table)
    if rows:
        template = table.rows[1]._tr
        tbl = table._tbl
        tbl.remove(template)
        for values in rows:
            tr = deepcopy(template)
            for element, value in zip(tr.iter(qn("w:t")), values, strict=False):
                element.text = printable(value)
                element.set(qn("xml:space"), "preserve")
            tbl.append(tr)
    return table


def fit_columns(
    header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence, size: float = TABLE_PT, smallest: float = 10
) -> tuple[list, float]:
    """Column widths (and a font size) at which every column holds its longest word: "Thông qua" never
    prints as "Thôn/g qua". Width goes to a column that needs it from those with room to spare, the
    widest spare first; only when the words cannot all fit does the size come down (to `smallest`)."""
    total = sum(int(w) for w in widths)
    points = size
    while True:
        needed = []
        for c, title in enumerate(header):
            words = [text_width.longest_word_mm(title, points, bold=True)]
            words += [text_width.longest_word_mm(row[c], points) for row in rows if c < len(row)]
            needed.append(int(Mm(max(words) + CELL_PADDING_MM)))
        if sum(needed) <= total or points <= smallest:
            break
        points -= 0.5
    out = [int(w) for w in widths]
    for c in range(len(out)):
        deficit = needed[c] - out[c]
        while deficit > 0:
            donors = sorted((out[d] - needed[d], d) for d in range(len(out)) if d != c and out[d] > needed[d])
            if not donors:
                break
            spare, donor = donors[-1]
            given = min(spare, deficit)
            out[donor] -= given
            out[c] += given
            deficit -= given
    return [Emu(w) for w in out], points


def _repeat_header(table: Table) -> None:
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    tr_pr.append(element)


def page_break(document: DocumentType) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def picture(document: DocumentType, png: bytes, width: int = TEXT_WIDTH, caption: str = "") -> None:
    paragraph = text(document, "", align="center", after=2, keep_with_next=bool(caption))
    paragraph.add_run().add_picture(BytesIO(png), width=width)
    if caption:
        text(document, caption, size=12, italic=True, align="center", after=10)


def record_footer(document: DocumentType, text: str) -> None:
    """A small line at the foot of every page naming what the paper pins of the journal (run, events,
    head hash, program fingerprint), so a signed copy can be checked with `presidium verify --expect`."""
    if not text:
        return
    for section in document.sections:
        for footer in (section.footer, section.first_page_footer):
            paragraph = (
                footer.paragraphs[0] if footer.paragraphs and not footer.paragraphs[0].text else footer.add_paragraph()
            )
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(paragraph.add_run(text), 8)


def save(document: DocumentType, path: str | Path) -> None:
    """Write through a temporary file flushed to the disk, so a failed export never leaves half a
    document behind (presidium.infra.files)."""
    from presidium.infra.files import write_durably

    write_durably(document.save, path)


def roman(n: int) -> str:
    values = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in values:
        while n >= value:
            out, n = out + letters, n - value
    return out


class SectionedWriter:
    """A document being written in `lang`: sections numbered I., II., … headed by catalogue entries,
    indented paragraphs."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.doc = new_document()
        self.section = 0

    def say(self, code: str, **params: object) -> str:
        """The catalogue entry `code` in the document's language."""
        return catalogue.text(code, self.lang, **params)

    def header(self, code: str, columns: Iterable[str]) -> list[str]:
        """A table's header row: the entries "<code>.<column>"."""
        return [self.say(f"{code}.{column}") for column in columns]

    def heading(self, code: str) -> None:
        self.section += 1
        heading(self.doc, f"{roman(self.section)}. {self.say(code)}")

    def para(self, content: str, **options: Any) -> None:
        text(self.doc, content, indent=True, **options)

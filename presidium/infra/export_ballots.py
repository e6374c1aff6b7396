"""The ballot papers of an election round (`presidium ballots`), in the organisation's layout.

Top left the convening body with room for its seal, top right the national line when the program
has one; "PHIẾU BẦU", the body and term, the number to elect, the instruction line, then the names
in ballot order, numbered. With surplus candidates the voter crosses names out; without, each name
has the columns "Đồng ý" / "Không đồng ý": each box carries its own word in small grey type and the
"Không đồng ý" column is shaded, so the two boxes are told apart at a glance even far from the column
heads, and the instruction says what both or neither marked means. As many ballots as fit go on one A4
page, with a dashed cut line between them.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocumentType
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Cell

from presidium.core.catalogue import text
from presidium.core.counting.paper import BallotPaper
from presidium.core.program import Congress
from presidium.infra import docx_party as party

MARGIN = Mm(12)
USABLE_MM = 297 - 2 * 12
ROW_MM = 6.6
# Header, title, seats, one instruction line, spacing and the cut line: 58.5 mm measured in LibreOffice
# (a 3-name ballot's pitch on the page, less its rows); the rest is room for Word's own line heights.
FIXED_MM = 62
CUT_MM = 10  # the cut line and its spacing, which the last ballot on a page does not have
BOXES_MM = 4.4  # the no-surplus instruction's second line, what both or neither box means (measured)
LABEL_PT = 8  # the word printed in each box of a list without surplus
LABEL_GREY = RGBColor(0x70, 0x70, 0x70)  # light enough that a voter's X over it still reads
DISAGREE_FILL = "E3E3E3"  # the "Không đồng ý" column's shading: about 11% grey, clear on a photocopy


class BallotLayoutError(ValueError):
    """--per-page asks for more ballots than fit on a page: `fit` is how many do."""

    def __init__(self, asked: int, fit: int) -> None:
        super().__init__(f"{asked} ballots do not fit on a page; {fit} do")
        self.asked, self.fit = asked, fit


def ballots_per_page(paper: BallotPaper) -> int:
    height = FIXED_MM + (len(paper.candidates) + 1) * ROW_MM + (0 if paper.surplus else BOXES_MM)
    return max(1, int((USABLE_MM + CUT_MM) // height))


def write_ballots(
    congress: Congress, paper: BallotPaper, path: str | Path, *, per_page: int | None = None, lang: str = "vi"
) -> tuple[Path, int]:
    """The ballot papers: one A4 page holding `per_page` ballots (as many as fit by default)."""
    fit = ballots_per_page(paper)
    count = fit if per_page is None else per_page
    if not 1 <= count <= fit:
        raise BallotLayoutError(count, fit)
    document = party.new_document()
    section = document.sections[0]
    section.top_margin = section.bottom_margin = section.left_margin = section.right_margin = MARGIN
    body = document.element.body
    for paragraph in list(document.paragraphs):
        body.remove(paragraph._p)
    for index in range(count):
        if index:
            _cut_line(document, text("ballot_paper.cut", lang))
        _ballot(document, congress, paper, lang)
    path = Path(path)
    party.save(document, path)
    return path, count


def _ballot(document: DocumentType, congress: Congress, paper: BallotPaper, lang: str) -> None:
    width = party.PAGE_W - 2 * MARGIN
    header = party.borderless(document, 1, (Mm(80), width - Mm(80)))
    left, right = (party._clear(cell) for cell in header.rows[0].cells)
    if congress.superior:
        party.text(left, congress.superior.upper(), size=12, align="center", after=0)
    party.text(left, congress.organization.upper(), size=12, bold=True, align="center", after=0)
    # The organisation's mark under the issuing body ("*" Party, "***" youth union); the seal goes over
    # the body's name either way.
    party.text(left, congress.mark, size=12, align="center", after=14)
    if congress.heading:
        party.text(right, congress.heading.upper(), size=13, bold=True, align="center", after=0)
    if congress.motto:  # a state-style heading's second line (tiêu ngữ)
        party.text(right, congress.motto, size=12, bold=True, align="center", after=0)
    party.text(
        document,
        text("ballot_paper.ballot", lang),
        size=16,
        bold=True,
        align="center",
        before=2,
        after=0,
        keep_with_next=True,
    )
    party.text(document, paper.body.upper(), size=13, bold=True, align="center", after=0, keep_with_next=True)
    if paper.round_no > 1:
        party.text(
            document,
            text("ballot_paper.round", lang, n=paper.round_no),
            size=12,
            italic=True,
            align="center",
            after=0,
            keep_with_next=True,
        )
    party.text(
        document,
        text("ballot_paper.seats", lang, seats=paper.seats),
        size=12,
        italic=True,
        align="center",
        after=2,
        keep_with_next=True,
    )
    instruction = text("ballot_paper.struck" if paper.surplus else "ballot_paper.boxes", lang, seats=paper.seats)
    party.text(document, instruction, size=11, italic=True, align="center", after=4, keep_with_next=True)
    if paper.surplus:
        header_row, widths = [text(f"ballot_paper.{key}", lang) for key in ("no", "name")], [Mm(16), Mm(110)]
        rows = [[str(i), name] for i, name in enumerate(paper.candidates, start=1)]
        align = ["center", "left"]
    else:
        header_row = [text(f"ballot_paper.{key}", lang) for key in ("no", "name", "agree", "disagree")]
        widths = [Mm(14), Mm(92), Mm(30), Mm(30)]
        # Each box says what it means: a voter marking the fifth name does not have to look up to the heads.
        boxes = header_row[2:]
        rows = [[str(i), name, *boxes] for i, name in enumerate(paper.candidates, start=1)]
        align = ["center", "left", "center", "center"]
    table = party.grid(document, header_row, rows, widths, align=align, size=12)
    for row in table.rows:
        row.height = Mm(ROW_MM - 0.4)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    if not paper.surplus:
        _style_boxes(table)


def _style_boxes(table: Table) -> None:
    """The words in the boxes small and grey, the "Không đồng ý" column shaded (its head included)."""
    for index, row in enumerate(table.rows):
        agree, disagree = row.cells[2], row.cells[3]
        _shade(disagree, DISAGREE_FILL)
        if index == 0:
            continue
        for cell in (agree, disagree):
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(LABEL_PT)
                    run.font.italic = True
                    run.font.color.rgb = LABEL_GREY


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shading.set(qn(key), value)
    cell._tc.get_or_add_tcPr().append(shading)


def _cut_line(document: DocumentType, label: str) -> None:
    paragraph = party.text(document, label, size=8, italic=True, align="right", before=10, after=10)
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "dashed"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)

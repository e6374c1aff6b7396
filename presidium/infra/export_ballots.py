"""The ballot papers of an election round (`presidium ballots`), in the organisation's layout.

Top left the convening body with room for its seal, top right the national line when the program
has one; "PHIẾU BẦU", the body and term, the number to elect, the instruction line, then the names
in ballot order, numbered. With surplus candidates the voter crosses names out; without, each name
has the columns "Đồng ý" / "Không đồng ý". As many ballots as fit go on one A4 page, with a dashed
cut line between them.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocumentType
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

from presidium.core.catalogue import text
from presidium.core.counting.paper import BallotPaper
from presidium.core.program import Congress
from presidium.infra import docx_party as party

MARGIN = Mm(12)
USABLE_MM = 297 - 2 * 12
ROW_MM = 6.6
FIXED_MM = 64  # header, title, seats, instruction, spacing and the cut line (measured in LibreOffice)


class BallotLayoutError(ValueError):
    """--per-page asks for more ballots than fit on a page: `fit` is how many do."""

    def __init__(self, asked: int, fit: int) -> None:
        super().__init__(f"{asked} ballots do not fit on a page; {fit} do")
        self.asked, self.fit = asked, fit


def ballots_per_page(paper: BallotPaper) -> int:
    height = FIXED_MM + (len(paper.candidates) + 1) * ROW_MM
    return max(1, int(USABLE_MM // height))


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
        rows = [[str(i), name, "", ""] for i, name in enumerate(paper.candidates, start=1)]
        align = ["center", "left", "center", "center"]
    table = party.grid(document, header_row, rows, widths, align=align, size=12)
    for row in table.rows:
        row.height = Mm(ROW_MM - 0.4)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _cut_line(document: DocumentType, label: str) -> None:
    paragraph = party.text(document, label, size=8, italic=True, align="right", before=10, after=10)
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "dashed"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)

"""The ballot papers of an election round (`presidium ballots`), in the organisation's layout.

Top left the convening body with room for its seal, top right the national line when the program
has one; "PHIẾU BẦU", the body and term, the number to elect, the instruction line, then the names
in ballot order, numbered. With surplus candidates the voter crosses names out; without, each name
has the columns "Đồng ý" / "Không đồng ý". As many ballots as fit go on one A4 page, with a dashed
cut line between them.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

from presidium.core.counting.paper import BallotPaper
from presidium.core.program import Congress
from presidium.infra import docx_party as party

MARGIN = Mm(12)
USABLE_MM = 297 - 2 * 12
ROW_MM = 6.6
FIXED_MM = 64  # header, title, seats, instruction, spacing and the cut line (measured in LibreOffice)

TEXTS = {
    "vi": {
        "ballot": "PHIẾU BẦU", "seats": "(Số lượng cần bầu: {seats} đồng chí)",
        "round": "Lần bầu thứ {n}",
        "struck": "Đồng ý bầu đồng chí nào thì để nguyên họ tên; không đồng ý bầu đồng chí nào thì gạch ngang cả họ "
                  "và tên đồng chí đó. Phiếu để lại nhiều hơn {seats} người là phiếu không hợp lệ.",
        "boxes": "Đánh dấu X vào một ô “Đồng ý” hoặc “Không đồng ý” bên cạnh tên mỗi đồng chí.",
        "no": "STT", "name": "Họ và tên", "agree": "Đồng ý", "disagree": "Không đồng ý",
        "cut": "✂ cắt theo đường này",
    },
    "en": {
        "ballot": "BALLOT PAPER", "seats": "(Seats to fill: {seats})",
        "round": "Round {n}",
        "struck": "To vote for a candidate, leave the name as it is; to vote against, strike the whole name out. "
                  "A ballot that keeps more than {seats} names is invalid.",
        "boxes": "Mark one box, “Agree” or “Disagree”, beside each name.",
        "no": "No.", "name": "Name", "agree": "Agree", "disagree": "Disagree",
        "cut": "✂ cut along this line",
    },
}


class BallotLayoutError(ValueError):
    """--per-page asks for more ballots than fit on a page: `fit` is how many do."""

    def __init__(self, asked: int, fit: int) -> None:
        super().__init__(f"{asked} ballots do not fit on a page; {fit} do")
        self.asked, self.fit = asked, fit


def ballots_per_page(paper: BallotPaper) -> int:
    height = FIXED_MM + (len(paper.candidates) + 1) * ROW_MM
    return max(1, int(USABLE_MM // height))


def write_ballots(congress: Congress, paper: BallotPaper, path: str | Path, *, per_page: int | None = None,
                  lang: str = "vi") -> tuple[Path, int]:
    """The ballot papers: one A4 page holding `per_page` ballots (as many as fit by default)."""
    fit = ballots_per_page(paper)
    count = fit if per_page is None else per_page
    if not 1 <= count <= fit:
        raise BallotLayoutError(count, fit)
    t = TEXTS["en" if lang == "en" else "vi"]
    document = party.new_document()
    section = document.sections[0]
    section.top_margin = section.bottom_margin = section.left_margin = section.right_margin = MARGIN
    body = document.element.body
    for paragraph in list(document.paragraphs):
        body.remove(paragraph._p)
    for index in range(count):
        if index:
            _cut_line(document, t["cut"])
        _ballot(document, congress, paper, t)
    path = Path(path)
    party.save(document, path)
    return path, count


def _ballot(document, congress: Congress, paper: BallotPaper, t: dict) -> None:
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
    party.text(document, t["ballot"], size=16, bold=True, align="center", before=2, after=0, keep_with_next=True)
    party.text(document, paper.body.upper(), size=13, bold=True, align="center", after=0, keep_with_next=True)
    if paper.round_no > 1:
        party.text(document, t["round"].format(n=paper.round_no), size=12, italic=True, align="center", after=0,
                   keep_with_next=True)
    party.text(document, t["seats"].format(seats=paper.seats), size=12, italic=True, align="center", after=2,
               keep_with_next=True)
    instruction = t["struck"] if paper.surplus else t["boxes"]
    party.text(document, instruction.format(seats=paper.seats), size=11, italic=True, align="center", after=4,
               keep_with_next=True)
    if paper.surplus:
        header_row, widths = [t["no"], t["name"]], [Mm(16), Mm(110)]
        rows = [[str(i), name] for i, name in enumerate(paper.candidates, start=1)]
        align = ["center", "left"]
    else:
        header_row, widths = [t["no"], t["name"], t["agree"], t["disagree"]], [Mm(14), Mm(92), Mm(30), Mm(30)]
        rows = [[str(i), name, "", ""] for i, name in enumerate(paper.candidates, start=1)]
        align = ["center", "left", "center", "center"]
    table = party.grid(document, header_row, rows, widths, align=align, size=12)
    for row in table.rows:
        row.height = Mm(ROW_MM - 0.4)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _cut_line(document, label: str) -> None:
    paragraph = party.text(document, label, size=8, italic=True, align="right", before=10, after=10)
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "dashed"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)

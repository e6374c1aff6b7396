"""Write the kịch bản (.docx) of a program: for the standing committee's approval and as the paper copy
the chair falls back on when the power or the laptop fails.

The Party document layout comes from `docx_party` (header blocks, A4, Times New Roman, page numbers);
this module adds the script's own parts: sessions, numbered items with their small-print lines, the
words to read in large type with directions in italics, the cards as an annex, and a footer line on
every page with the program's fingerprint and the time of printing, so a paper copy can be matched to
the file the podium runs. The words come from `presidium.core.script_print`.
"""

from __future__ import annotations

from copy import deepcopy
from datetime import datetime
from pathlib import Path

from docx.document import Document as DocumentType
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from presidium.core import catalogue
from presidium.core.program import Program
from presidium.core.script_print import PrintedScript, Spoken, printed_script
from presidium.infra import docx_party as party

_R, _RPR, _T, _BR, _SPACE = qn("w:r"), qn("w:rPr"), qn("w:t"), qn("w:br"), qn("xml:space")
WORDS_PT = 16  # the words to read: larger than the body, for a lectern at arm's length
SMALL_PT = 12
BLANK_PT = 12


def write_script(program: Program, path: str | Path, lang: str = "vi", printed_at: datetime | None = None) -> Path:
    """The kịch bản of `program` in `path` (written through a temporary file)."""
    printed = printed_script(program, printed_at or datetime.now(), lang)
    document = _Writer(program, printed, lang).write()
    party.save(document, path)
    return Path(path)


def _set(rpr: etree._Element, tag: str, value: str) -> None:
    element = rpr.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        rpr.append(element)
    element.set(qn("w:val"), value)


class _Writer:
    def __init__(self, program: Program, printed: PrintedScript, lang: str) -> None:
        self.program, self.printed, self.lang = program, printed, lang
        self.doc = party.new_document()

    def write(self) -> DocumentType:
        congress = self.program.congress
        first_day = self.program.sessions[0].date if self.program.sessions else datetime.now().date()
        lines = tuple(x for x in (congress.organization, congress.congress_name) if x)
        party.party_header(self.doc, party.IssuingBody.of(congress, lines, "", first_day, self.lang))
        party.title(self.doc, self.printed.kind, [congress.title], as_written=True)
        party.text(self.doc, self.printed.total, italic=True, align="center", after=12)
        for session in self.printed.sessions:
            heading = party.text(
                self.doc, session.title, size=15, bold=True, align="center", before=12, after=2, keep_with_next=True
            )
            heading.runs[0].font.all_caps = True  # shown in capitals, kept as written for the way back
            party.text(self.doc, session.when, italic=True, align="center", after=10, keep_with_next=True)
            for item in session.items:
                party.text(
                    self.doc,
                    f"{item.number}. {item.title}",
                    bold=True,
                    align="left",
                    before=10,
                    after=2,
                    keep_with_next=True,
                )
                for line in item.lines:
                    self.small(line)
                for paragraph in item.words:
                    self.words(paragraph)
        if self.printed.cards:
            self.annex()
        self.footer()
        return self.doc

    def small(self, line: str) -> None:
        """A small-print line above the words (time, presenter, vote, notes), line breaks kept."""
        self.words(Spoken(((line, "direction"),)), size=SMALL_PT, indent=False, after=1, keep_with_next=True)

    def words(
        self,
        paragraph: Spoken,
        size: float = WORDS_PT,
        *,
        indent: bool = True,
        after: float = 6,
        keep_with_next: bool = False,
    ) -> None:
        """One paragraph to read: spoken parts upright, directions italic, line breaks kept."""
        # left-aligned: a justified line ending in a line break would be stretched across the page
        p = party.text(self.doc, "", size=size, indent=indent, align="left", after=after, keep_with_next=keep_with_next)
        template = p._p.find(_R)
        p._p.remove(template)
        for child in list(template):
            if child.tag != _RPR:
                template.remove(child)
        for text, style in paragraph.parts:
            run = deepcopy(template)
            rpr = run.find(_RPR)
            if style == "direction":
                _set(rpr, "w:i", "1")
            elif style == "blank":  # the hint in smaller upright type: it is to be filled, not read or obeyed
                _set(rpr, "w:sz", str(int(BLANK_PT * 2)))
            for index, line in enumerate(text.split("\n")):
                if index:
                    etree.SubElement(run, _BR)
                t = etree.SubElement(run, _T)
                t.text = line
                t.set(_SPACE, "preserve")
            p._p.append(run)

    def annex(self) -> None:
        party.page_break(self.doc)
        party.text(self.doc, self.printed_annex_title(), size=15, bold=True, align="center", after=10)
        for number, card in enumerate(self.printed.cards, 1):
            party.text(
                self.doc, f"{number}. {card.title}", bold=True, align="left", before=8, after=2, keep_with_next=True
            )
            for line in (card.when, card.refs):
                if line:
                    self.small(line)
            for index, step in enumerate(card.steps, 1):
                party.text(self.doc, f"{index}) {step}", size=13, align="justify", indent=True, after=2)
            for paragraph in card.words:
                self.words(paragraph, size=14)

    def printed_annex_title(self) -> str:
        return catalogue.text("script.annex", self.lang).upper()

    def footer(self) -> None:
        """The fingerprint line on every page, the first included."""
        section = self.doc.sections[0]
        for footer in (section.footer, section.first_page_footer):
            footer.is_linked_to_previous = False
            paragraph = (
                footer.paragraphs[0] if footer.paragraphs and not footer.paragraphs[0].text else footer.add_paragraph()
            )
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(self.printed.footer)
            run.font.size = Pt(10)
            run.font.italic = True
            run.font.name = party.FONT

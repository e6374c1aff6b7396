"""Read a .docx into paragraphs and tables as plain values, in reading order.

What the recognisers need and python-docx does not give directly: the number Word's list numbering
shows in front of a paragraph (typed numbers and list styles must read alike), a merged cell's text
once (across) or with a "merged down" mark (down), and text boxes found and reported instead of read:
their text floats outside the reading order, so it is listed as a warning, never guessed into a script.
Headers and footers are never read.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentType
from docx.opc.exceptions import OpcError
from lxml import etree

from presidium.core.catalogue import Message
from presidium.core.catalogue.system import reason
from presidium.core.importing.model import Notice, Para, Row, Table
from presidium.core.importing.said import ImportRefused
from presidium.core.importing.words import MAX_TEXT, clean

MAX_BLOCKS = 100_000  # paragraphs and rows: a 60-page script has about 1,500

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_TAGS = {_W + "t": None, _W + "tab": " ", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}


def read_docx(path: str | Path) -> tuple[list[Para | Table], list[Notice]]:
    """(blocks in reading order, notices) of the document; ImportRefused when it cannot be read."""
    path = Path(path)
    try:
        document = Document(str(path))
    except (zipfile.BadZipFile, OpcError, KeyError, ValueError, etree.XMLSyntaxError) as error:
        raise ImportRefused(
            "importing.damaged", file=str(path), kind="Word .docx", detail=type(error).__name__
        ) from None
    except OSError as error:
        raise ImportRefused("importing.unreadable", file=str(path), detail=reason(error)) from None
    return _Reader(document, str(path)).read()


class _Reader:
    def __init__(self, document: DocumentType, file: str) -> None:
        self.document, self.file = document, file
        self.numbering = _Numbering(document)
        self.styles = _style_numbering(document)
        self.notices: list[Notice] = []
        self.count = 0

    def read(self) -> tuple[list[Para | Table], list[Notice]]:
        blocks: list[Para | Table] = []
        paragraphs = tables = 0
        for child in self.document.element.body.iterchildren():
            if child.tag == _W + "p":
                paragraphs += 1
                blocks.append(self.paragraph(child, paragraphs))
            elif child.tag == _W + "tbl":
                tables += 1
                blocks.append(self.table(child, tables, paragraphs))
            elif child.tag == _W + "sdt":  # a content control wrapping paragraphs (Word's cover pages)
                for inner in child.iter(_W + "p"):
                    paragraphs += 1
                    blocks.append(self.paragraph(inner, paragraphs))
            self.count += 1
            if self.count > MAX_BLOCKS:
                raise ImportRefused("importing.too-many", file=self.file, limit=MAX_BLOCKS)
        return blocks, self.notices

    def paragraph(self, p: etree._Element, number: int) -> Para:
        for box in p.iter(_W + "txbxContent"):
            inside = clean(" ".join(t.text or "" for t in box.iter(_W + "t")))
            if inside:
                self.notices.append(
                    Notice(Message("importing.textbox", where=Message("importing.para", n=number), text=_short(inside)))
                )
        text, bold, italic, cut = self.text_of(p)
        if cut:  # a pasted book: kept only in part, and the user is told so
            self.notices.append(
                Notice(Message("importing.cut", where=Message("importing.para", n=number), limit=MAX_TEXT))
            )
        style = self.style_name(p)
        label = self.numbering.label(p, self.styles.get(style))
        if label and text:
            text = f"{label} {text}"
        return Para(number, text, bold=bold, style=style, auto_number=bool(label), italic=italic)

    def text_of(self, p: etree._Element) -> tuple[str, bool, bool, bool]:
        """The paragraph's visible text (runs, hyperlinks, fields' results; not text boxes, not deleted
        revisions), whether every run with text is bold / italic, and whether the text was cut at MAX_TEXT."""
        parts: list[str] = []
        flags: list[tuple[bool, bool]] = []
        default = self.style_fonts().get(self.style_name(p), (False, False))
        for run in p.iter(_W + "r"):
            if _inside(run, (_W + "txbxContent", _W + "del")):
                continue
            pieces: list[str] = []
            for child in run:
                if child.tag in _TEXT_TAGS:
                    fixed = _TEXT_TAGS[child.tag]  # a tab, a break, a hyphen: its character; w:t its text
                    pieces.append(child.text or "" if fixed is None else fixed)
            piece = "".join(pieces)
            if piece:
                parts.append(piece)
                if piece.strip():
                    flags.append(_run_flags(run, default))
            if sum(map(len, parts)) > MAX_TEXT:
                break
        whole = "".join(parts)
        cut = len(" ".join(whole.split())) > MAX_TEXT  # clean() keeps MAX_TEXT characters once spaces are collapsed
        return (clean(whole), bool(flags) and all(b for b, _ in flags), bool(flags) and all(i for _, i in flags), cut)

    def style_name(self, p: etree._Element) -> str:
        ppr = p.find(_W + "pPr")
        style = ppr.find(_W + "pStyle") if ppr is not None else None
        if style is None:
            return ""
        ident = style.get(_W + "val", "")
        return self.styles_by_id().get(ident, ident)

    def style_fonts(self) -> dict[str, tuple[bool, bool]]:
        """Style name -> (bold, italic) as the style sets it, through the styles it is based on."""
        if not hasattr(self, "_style_fonts"):
            fonts = {}
            for style in self.document.styles:
                bold = italic = None
                current, depth = style, 0
                while current is not None and depth < 10 and (bold is None or italic is None):
                    font = getattr(current, "font", None)
                    if font is not None:
                        bold = font.bold if bold is None else bold
                        italic = font.italic if italic is None else italic
                    current, depth = getattr(current, "base_style", None), depth + 1
                fonts[style.name] = (bool(bold), bool(italic))
            self._style_fonts = fonts
        return self._style_fonts

    def styles_by_id(self) -> dict[str, str]:
        if not hasattr(self, "_style_names"):
            self._style_names = {s.style_id: s.name for s in self.document.styles}
        return self._style_names

    def table(self, tbl: etree._Element, number: int, after: int) -> Table:
        rows: list[Row] = []
        above: dict[int, str] = {}
        for index, tr in enumerate(tbl.iterchildren(_W + "tr"), 1):
            cells: list[str] = []
            continued: set[int] = set()
            for tc in tr.iterchildren(_W + "tc"):
                tcpr = tc.find(_W + "tcPr")
                span = 1
                merge = None
                if tcpr is not None:
                    grid = tcpr.find(_W + "gridSpan")
                    span = int(grid.get(_W + "val", "1")) if grid is not None else 1
                    vmerge = tcpr.find(_W + "vMerge")
                    merge = (vmerge.get(_W + "val") or "continue") if vmerge is not None else None
                column = len(cells)
                if merge == "continue":
                    text = above.get(column, "")
                    continued.add(column)
                else:
                    text = self.cell_text(tc)
                cells.append(text)
                cells.extend([""] * (max(1, span) - 1))  # merged across: the text once, in its first column
                above[column] = text
            self.count += 1
            if self.count > MAX_BLOCKS:
                raise ImportRefused("importing.too-many", file=self.file, limit=MAX_BLOCKS)
            rows.append(Row(index, tuple(cells), frozenset(continued)))
        return Table(number, tuple(rows), after_para=after)

    def cell_text(self, tc: etree._Element) -> str:
        """A cell's paragraphs, a blank line between them, each with its list number."""
        parts = []
        for p in tc.iter(_W + "p"):
            if _inside(p, (_W + "txbxContent",)):
                continue
            text, _, _, _ = self.text_of(p)
            label = self.numbering.label(p, self.styles.get(self.style_name(p)))
            if label:
                text = f"{label} {text}".strip()
            if text:
                parts.append(text)
        return "\n\n".join(parts)[:MAX_TEXT]


def _inside(element: etree._Element, tags: tuple[str, ...]) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _on(rpr: etree._Element | None, tag: str) -> bool | None:
    if rpr is None:
        return None
    element = rpr.find(_W + tag)
    if element is None:
        return None
    return element.get(_W + "val", "true") not in ("0", "false", "off")


def _run_flags(run: etree._Element, default: tuple[bool, bool]) -> tuple[bool, bool]:
    """Bold and italic of a run: its own setting, else its paragraph style's."""
    rpr = run.find(_W + "rPr")
    bold, italic = _on(rpr, "b"), _on(rpr, "i")
    return (default[0] if bold is None else bold), (default[1] if italic is None else italic)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _style_numbering(document: DocumentType) -> dict[str, tuple[str, int]]:
    """Paragraph styles that number their paragraphs ("List Number"): style name -> (numId, level)."""
    found: dict[str, tuple[str, int]] = {}
    by_id = {style.style_id: style for style in document.styles}
    for style in document.styles:
        current, seen = style, 0
        while current is not None and seen < 10:
            ppr = current.element.find(_W + "pPr")
            numpr = ppr.find(_W + "numPr") if ppr is not None else None
            if numpr is not None and numpr.find(_W + "numId") is not None:
                level = numpr.find(_W + "ilvl")
                found[style.name] = (
                    numpr.find(_W + "numId").get(_W + "val"),
                    int(level.get(_W + "val")) if level is not None else 0,
                )
                break
            based = current.element.find(_W + "basedOn")
            current = by_id.get(based.get(_W + "val")) if based is not None else None
            seen += 1
    return found


class _Numbering:
    """Counts Word's list numbers as Word shows them: per list, per level, deeper levels restarting."""

    def __init__(self, document: DocumentType) -> None:
        self.formats: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, level) -> (fmt, text, start)
        self.abstract_of: dict[str, str] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            part = document.part.numbering_part
        except (NotImplementedError, KeyError, AttributeError):
            return
        root = part.element
        abstracts = {}
        for abstract in root.iterchildren(_W + "abstractNum"):
            levels = {}
            for lvl in abstract.iterchildren(_W + "lvl"):
                fmt = lvl.find(_W + "numFmt")
                text = lvl.find(_W + "lvlText")
                start = lvl.find(_W + "start")
                levels[int(lvl.get(_W + "ilvl", "0"))] = (
                    fmt.get(_W + "val") if fmt is not None else "decimal",
                    text.get(_W + "val") if text is not None else "%1.",
                    int(start.get(_W + "val")) if start is not None else 1,
                )
            abstracts[abstract.get(_W + "abstractNumId")] = levels
        for num in root.iterchildren(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            if ref is None:
                continue
            num_id, abstract_id = num.get(_W + "numId"), ref.get(_W + "val")
            self.abstract_of[num_id] = abstract_id
            for level, spec in abstracts.get(abstract_id, {}).items():
                self.formats[(num_id, level)] = spec

    def label(self, p: etree._Element, style_numbering: tuple[str, int] | None) -> str:
        ppr = p.find(_W + "pPr")
        numpr = ppr.find(_W + "numPr") if ppr is not None else None
        num_id, level = style_numbering or (None, 0)
        if numpr is not None:
            ident = numpr.find(_W + "numId")
            lvl = numpr.find(_W + "ilvl")
            num_id = ident.get(_W + "val") if ident is not None else num_id
            level = int(lvl.get(_W + "val")) if lvl is not None else level
        if not num_id or num_id == "0" or (num_id, level) not in self.formats:
            return ""
        fmt, text, start = self.formats[(num_id, level)]
        key = self.abstract_of.get(num_id, num_id)  # lists sharing a definition count on together, as in Word
        counts = self.counters.setdefault(key, [0] * 9)
        level = min(max(level, 0), 8)
        counts[level] = (counts[level] or start - 1) + 1
        for deeper in range(level + 1, 9):
            counts[deeper] = 0
        if fmt == "bullet" or fmt == "none":
            return "-" if fmt == "bullet" else ""
        label = text
        for n in range(level + 1):
            spec = self.formats.get((num_id, n), ("decimal", "", 1))
            label = label.replace(f"%{n + 1}", _format(counts[n] or spec[2], spec[0]))
        return label


def _format(value: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
        out, n = "", value
        for amount, letters in numerals:
            while n >= amount:
                out, n = out + letters, n - amount
        return out if fmt == "upperRoman" else out.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (value - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    return str(value)

"""Reading the Word files the exports write: paragraphs in reading order (table cells included), their
text, the first that matches, its one font size."""

from __future__ import annotations

import re


def blocks(document):
    """Every paragraph in reading order, table cells included (row by row, cell by cell)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            out.append(Paragraph(child, document))
        elif child.tag.endswith("}tbl"):
            for row in Table(child, document).rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    out.extend(cell.paragraphs)
    return out


def full_text(document) -> str:
    return "\n".join(p.text for p in blocks(document))


def find(document, pattern: str):
    for paragraph in blocks(document):
        if re.search(pattern, paragraph.text):
            return paragraph
    raise AssertionError(f"no paragraph matches {pattern!r}")


def size(paragraph) -> float:
    sizes = {run.font.size.pt for run in paragraph.runs if run.text.strip()}
    assert len(sizes) == 1, (paragraph.text, sizes)
    return sizes.pop()

"""Import a kịch bản (.docx) or an agenda (.xlsx, .csv) as a program file, without Qt.

`import_file(path, lang)` reads the file, recognises its shape and gives an `ImportResult`: the TOML
text of the program, the sentence saying what was recognised, the paragraphs or rows not placed (each
with its number) and notices; `problems` are what the loader still finds in the TOML (a missing
`delegates_convened`, a date the document did not give) for the user to finish in the editor. The
command line (`presidium import`) and the editor's File → Import both call it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from presidium.core.catalogue import Message
from presidium.core.importing.model import Draft, Notice, Table, Unplaced
from presidium.core.importing.recognise import Mapping, recognise, recognise_sheets, summary
from presidium.core.importing.said import ImportRefused
from presidium.core.importing.tables import find_header
from presidium.core.importing.toml_out import program_toml
from presidium.core.loader import load_program_text
from presidium.core.problems import Problem, ProgramError
from presidium.core.program import Program

MAX_MB = 50
KINDS = {".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx", ".csv": "csv", ".txt": "csv"}


@dataclass
class ImportResult:
    toml: str  # the program file's text, ready to save or open in the editor
    summary: str  # "2 phiên, 31 nội dung, 27 lời dẫn, 4 người thực hiện; 3 đoạn chưa xếp được"
    unplaced: list[tuple[str, str]]  # (where, text): "đoạn 12", "bảng 1, dòng 4" …
    notices: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # what the loader still asks for
    shape: str = ""  # the recognised kind of document, in the chosen language
    draft: Draft | None = None
    program: Program | None = None  # the program, when the TOML already loads without problems
    tables: list[Table] = field(default_factory=list)  # the agenda tables and sheets, for a column-mapping step

    def problem_lines(self, lang: str = "vi") -> list[str]:
        return [
            f"{problem.line}: {problem.message(lang)}" if problem.line else problem.message(lang)
            for problem in self.problems
        ]


def check_file(path: str | Path) -> str:
    """The kind of file ("docx", "xlsx", "csv"), or ImportRefused saying why it cannot be imported."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ImportRefused("importing.missing", file=str(path))
    if suffix == ".doc":
        raise ImportRefused("importing.old-doc", file=str(path))
    if suffix == ".xls":
        raise ImportRefused("importing.old-xls", file=str(path))
    if suffix not in KINDS:
        raise ImportRefused("importing.unsupported", file=str(path))
    size = path.stat().st_size
    if size > MAX_MB * 1024 * 1024:
        raise ImportRefused("importing.too-big", file=str(path), size=size // (1024 * 1024), limit=MAX_MB)
    return KINDS[suffix]


def read_blocks(path: str | Path) -> tuple[str, list, list[Notice]]:
    """(kind, blocks or sheets, reader notices) of the file."""
    kind = check_file(path)
    if kind == "docx":
        from presidium.infra.importers.docx_reader import read_docx

        blocks, notices = read_docx(path)
        return kind, blocks, notices
    from presidium.infra.importers.sheet_reader import read_csv, read_xlsx

    return kind, (read_xlsx(path) if kind == "xlsx" else read_csv(path)), []


@dataclass
class Columns:
    """A table or sheet as a column-mapping step shows it: the header row found (or the first row) and
    the meaning read for each column (None: not understood), which the user may correct."""

    table: Table
    header: int
    meanings: list[str | None]
    recognised: bool  # the headers alone were enough to import it

    @property
    def headers(self) -> tuple[str, ...]:
        return self.table.rows[self.header].cells if self.table.rows else ()


def guess_columns(path: str | Path) -> list[Columns]:
    """Every table of a Word file, or sheet of a spreadsheet, with the columns' meanings as read from
    their headers: what a column-mapping step starts from before `import_file(path, mapping=…)`."""
    from presidium.core.importing.tables import meaning_of

    _, blocks, _ = read_blocks(path)
    out = []
    for table in (b for b in blocks if isinstance(b, Table)):
        found = find_header(table)
        if found:
            out.append(Columns(table, found[0], list(found[1]), True))
        elif table.rows:
            first = table.rows[0].cells
            out.append(Columns(table, 0, [meaning_of(cell) if cell.strip() else None for cell in first], False))
    return out


def import_file(path: str | Path, lang: str = "vi", mapping: Mapping | None = None) -> ImportResult:
    """The program read from `path`; `mapping` (table or sheet number -> meaning per column) overrides
    the columns recognised from the headers. ImportRefused when the file cannot be imported at all."""
    path = Path(path)
    kind, blocks, notices = read_blocks(path)
    if kind == "docx":
        draft = recognise(blocks, mapping)
        tables = [b for b in blocks if isinstance(b, Table) and find_header(b)]
        unit = "para"
    else:
        draft = recognise_sheets(blocks, mapping, csv=kind == "csv")
        tables = list(blocks)
        unit = "row"
    draft.notices[:0] = notices
    if not draft.items:
        raise ImportRefused("importing.nothing", file=str(path))
    shape = Message(f"importing.shape-{draft.shape}").message(lang)
    text = program_toml(draft, path.name, Message(f"importing.shape-{draft.shape}").message("vi"))
    problems: list[Problem] = []
    program = None
    try:
        program = load_program_text(text, source=path.with_suffix(".toml").name)
    except ProgramError as error:
        problems = list(error.problems)
    sentence = Message("importing.recognised", shape=shape).message(lang) + " " + summary(draft, unit).message(lang)
    return ImportResult(
        toml=text,
        summary=sentence,
        unplaced=[(u.where.message(lang), u.text) for u in draft.unplaced],
        notices=[n.message.message(lang) for n in draft.notices],
        problems=problems,
        shape=shape,
        draft=draft,
        program=program,
        tables=tables,
    )


__all__ = [
    "Columns",
    "ImportRefused",
    "ImportResult",
    "Unplaced",
    "check_file",
    "guess_columns",
    "import_file",
    "read_blocks",
]

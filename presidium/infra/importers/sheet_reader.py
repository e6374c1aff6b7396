"""Read an agenda kept in Excel (.xlsx, with openpyxl) or as CSV into sheets of text rows.

Cell values come back as the text a person would read in the cell: a time of day "07:30", a duration
Excel keeps as a time ("0:05") or a number of minutes as typed, a date "15/07/2025". Merged cells
carry their text in the first cell only, as Excel shows them.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from presidium.core.catalogue.system import reason
from presidium.core.importing.model import Row, Table
from presidium.core.importing.said import ImportRefused
from presidium.core.importing.words import MAX_TEXT, clean

MAX_ROWS = 20_000
MAX_COLUMNS = 60


def read_xlsx(path: str | Path) -> list[Table]:
    """Every sheet with something in it, in the workbook's order."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    try:
        # read_only streams the rows: a workbook with a stray formatted millionth row stays cheap
        workbook = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError) as error:
        raise ImportRefused(
            "importing.damaged", file=str(path), kind="Excel .xlsx", detail=type(error).__name__
        ) from None
    except OSError as error:
        raise ImportRefused("importing.unreadable", file=str(path), detail=reason(error)) from None
    sheets: list[Table] = []
    total = 0
    try:
        for number, sheet in enumerate(workbook.worksheets, 1):
            rows: list[Row] = []
            for index, values in enumerate(sheet.iter_rows(values_only=True), 1):
                cells = tuple(_cell_text(value) for value in values[:MAX_COLUMNS])
                total += 1
                if total > MAX_ROWS:
                    raise ImportRefused("importing.too-many", file=str(path), limit=MAX_ROWS)
                if any(cells):
                    rows.append(Row(index, cells))
            if rows:
                sheets.append(Table(number, tuple(rows), name=sheet.title))
    finally:
        workbook.close()
    return sheets


def read_csv(path: str | Path) -> list[Table]:
    """The file as one sheet; UTF-8 (with or without Excel's BOM) or the Vietnamese Windows code page;
    comma, semicolon or tab between the fields, whichever the file uses."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ImportRefused("importing.unreadable", file=str(path), detail=reason(error)) from None
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1258 decodes nearly anything; kept for a file it refuses
        raise ImportRefused("importing.encoding", file=str(path))
    if "\x00" in text:
        raise ImportRefused("importing.encoding", file=str(path))
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    rows: list[Row] = []
    csv.field_size_limit(MAX_TEXT * 4)
    try:
        for index, values in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), 1):
            if index > MAX_ROWS:
                raise ImportRefused("importing.too-many", file=str(path), limit=MAX_ROWS)
            cells = tuple(clean(value) for value in values[:MAX_COLUMNS])
            if any(cells):
                rows.append(Row(index, cells))
    except csv.Error as error:
        raise ImportRefused("importing.damaged", file=str(path), kind="CSV", detail=str(error)) from None
    return [Table(1, tuple(rows))] if rows else []


def _cell_text(value: object) -> str:  # what openpyxl holds in a cell, or a CSV field
    if value is None:
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, datetime):
        if value.year < 1901:  # Excel's day zero: a time of day or a duration typed as h:mm
            return f"{value:%H:%M}"
        if value.time() == time(0):
            return f"{value:%d/%m/%Y}"
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, timedelta):
        minutes = round(value.total_seconds() / 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
    if isinstance(value, float):
        if 0 < value < 1:  # a time of day kept as a fraction of the day in a cell without a time format
            minutes = round(value * 24 * 60)
            return f"{minutes // 60:02d}:{minutes % 60:02d}"
        return f"{value:g}"
    return clean(str(value))

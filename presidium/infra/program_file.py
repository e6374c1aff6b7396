"""Read a program file into an editable draft and write it back as a person would have written it.

tomlkit keeps the comments, the key order and the blank lines of the file: load → save with no edit
gives the same bytes, and one changed duration changes only that line. New entries are laid out like
the bundled samples (a `[[session.item]]` block with a blank line after it, `vote = { … }` inline,
multi-line scripts between triple quotes).

Saving is atomic: the text goes to a temporary file in the same folder, is flushed to the disk, and
replaces the file by a rename; the version it replaces is kept as FILE.bak. Unsaved work is written
to a recovery file beside the program (`.FILE.recovery.toml`) that the editor offers back after a crash.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, Comment, Table, Whitespace

from presidium.core.catalogue import Refusal
from presidium.core.catalogue.system import reason
from presidium.core.editing import Layout, ProgramDraft


class ProgramFileError(Refusal):
    """A program file the editor cannot read, parse or write (the catalogue's "program_file" area)."""


class TomlLayout(Layout):
    """New tables and values as the samples write them."""

    def table(self, values: dict) -> MutableMapping:
        table = tomlkit.table()
        nested: list[tuple[str, MutableMapping | AoT]] = []  # sub-tables and arrays of tables come after
        # the plain keys and a blank line
        for key, value in values.items():
            if (
                isinstance(value, list)
                and all(isinstance(v, dict) for v in value)
                and (value or key in ("item", "article"))
            ):
                aot = tomlkit.aot()
                for entry in value:
                    aot.append(self.table(entry))
                nested.append((key, aot))
            elif isinstance(value, dict) and key == "election":
                nested.append((key, self.table(value)))
            else:
                table.add(key, self.value(key, value))
        table.add(tomlkit.nl())
        for key, value in nested:
            table.add(key, value)
        return table

    def value(self, key: str, value: Any) -> Any:
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            aot = tomlkit.aot()  # [[session.item.speaker]] blocks, as the samples write them
            for entry in value:
                aot.append(self.table(entry))
            return aot
        if isinstance(value, str) and "\n" in value:
            return tomlkit.string(value, multiline=True)
        if isinstance(value, dict) and key == "election":
            return self.table(value)  # [session.item.election], as the samples write it
        if isinstance(value, dict):
            inline = tomlkit.inline_table()
            inline.update(value)
            return inline
        if isinstance(value, list) and len(value) > 3 and all(isinstance(v, str) for v in value):
            array = tomlkit.array()  # a long list (candidates, steps): one entry a line, as the samples do
            array.extend(value)
            array.multiline(True)
            return array
        return value

    def tables(self) -> list:
        return tomlkit.aot()

    def plain(self, data: Any) -> Any:
        return data.unwrap() if hasattr(data, "unwrap") else super().plain(data)

    def insert(self, entries: list, index: int, table: MutableMapping) -> None:
        if isinstance(table, Table) and not _ends_blank(table) and not _has_nested(table):
            table.add(tomlkit.nl())
        if index > 0 and isinstance(table, Table):
            # Comments after the entry before (a banner such as "# Contingency cards") belong to what
            # follows it: the new entry goes above them.
            _move_trailing_comments(_leaf(entries[index - 1]), _leaf(table))
        entries.insert(index, table)

    def remove(self, entries: list, index: int) -> MutableMapping:
        table = entries[index]
        if index > 0 and isinstance(table, Table):
            _move_trailing_comments(_leaf(table), _leaf(entries[index - 1]))  # the banner stays in place
        return entries.pop(index)

    def add_table(self, holder: MutableMapping, key: str, table: MutableMapping) -> None:
        last = next((value for value in reversed(list(holder.values())) if isinstance(value, Table)), None)
        if last is not None and isinstance(table, Table):
            _move_trailing_comments(_leaf(last), _leaf(table))  # [rules.new] goes above the next banner
        holder[key] = table

    def remove_table(self, holder: MutableMapping, key: str) -> MutableMapping:
        table = holder[key]
        names = list(holder)
        earlier = [holder[name] for name in names[: names.index(key)] if isinstance(holder[name], Table)]
        if earlier and isinstance(table, Table):
            _move_trailing_comments(_leaf(table), _leaf(earlier[-1]))  # the banner stays in place
        del holder[key]
        return table


def _leaf(table: Table) -> Table:
    """The table whose body ends where the next header of the file begins."""
    body = table.value.body
    for key, value in reversed(body):
        if isinstance(value, AoT) and len(value):
            return _leaf(value[-1])
        if isinstance(value, Table):
            return _leaf(value)
        if key is not None:
            break
    return table


def _move_trailing_comments(source: Table, target: Table) -> None:
    """Move the comment block at the end of `source` (after its blank line) to the end of `target`."""
    body = source.value.body
    start = len(body)
    while start > 0 and body[start - 1][0] is None and isinstance(body[start - 1][1], (Comment, Whitespace)):
        start -= 1
    while start < len(body) and isinstance(body[start][1], Whitespace):
        start += 1  # the blank line that separates it from the next block stays
    moving = body[start:]
    if not any(isinstance(item, Comment) for _, item in moving):
        return
    del body[start:]
    for _, item in moving:
        target.value.append(None, item)


def _has_nested(table: Table) -> bool:
    return any(isinstance(value, (AoT, Table)) for _, value in table.value.body)


def _ends_blank(table: Table) -> bool:
    body = table.value.body
    return bool(body) and body[-1][0] is None and isinstance(body[-1][1], Whitespace)


def read_draft(path: Path) -> tuple[ProgramDraft, str]:
    """The draft of a program file and the text it was read from."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ProgramFileError("program_file.unreadable", path=path, reason=reason(error)) from None
    return draft_of_text(text, path), text


def draft_of_text(text: str, path: Path | str = "<text>") -> ProgramDraft:
    try:
        document = tomlkit.parse(text)
    except Exception as error:  # tomlkit raises several ParseError kinds; any of them means "not TOML"
        raise ProgramFileError("program_file.syntax", path=path, detail=str(error)) from None
    for name in ("congress",):
        if name not in document:
            document[name] = tomlkit.table()
    return ProgramDraft(document, TomlLayout())


def text_of(draft: ProgramDraft) -> str:
    return tomlkit.dumps(draft.data)


def fingerprint(text: str) -> str:
    """What the podium calls the program's fingerprint: SHA-256 of the file's bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def save_text(path: Path, text: str, *, backup: bool = True) -> None:
    """Write atomically: temporary file, fsync, rename over the old one (kept as FILE.bak first)."""
    data = text.encode("utf-8")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            if backup and path.exists():
                _keep_backup(path)
            os.replace(temporary, path)  # the file is the old version or the new one, never a mix or missing
        except BaseException:
            if os.path.exists(temporary):
                os.unlink(temporary)
            raise
        _sync_folder(folder)
    except OSError as error:
        raise ProgramFileError("program_file.unwritable", path=path, reason=reason(error)) from None


def _keep_backup(path: Path) -> None:
    """FILE.bak: the version about to be replaced, linked (or copied) while FILE itself stays in place."""
    bak = path.with_name(path.name + ".bak")
    staging = path.with_name(f".{path.name}.bak.tmp")
    if staging.exists():
        staging.unlink()
    try:
        os.link(path, staging)
    except OSError:  # no hard links (FAT, some network shares)
        shutil.copyfile(path, staging)
    os.replace(staging, bak)


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk only when the folder is flushed (not possible on Windows)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def recovery_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.recovery.toml")


def write_recovery(path: Path, text: str) -> None:
    save_text(recovery_path(path), text, backup=False)


def pending_recovery(path: Path) -> str | None:
    """Unsaved work left by an editor that did not close normally, when it differs from the file."""
    recovery = recovery_path(path)
    try:
        text = recovery.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    try:
        saved = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        saved = None
    return text if text != saved else None


def drop_recovery(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        recovery_path(path).unlink()

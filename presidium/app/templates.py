"""The program templates: a starting program for each kind of congress, and a new file made from one.

Templates are ordinary program files in `resources/templates/`, listed with their titles and one-line
descriptions (in Vietnamese and English) in `resources/templates/catalogue.toml`, so an office can
read, copy or add one without touching the code. `list_templates()` reads the catalogue;
`create_from_template(name, path)` writes a template's bytes, unchanged, to a new file — comments and
layout included, since the person who fills in the blanks ('……') reads them. No Qt here: the command
line and the editor's File → New both call these two functions.
"""

from __future__ import annotations

import difflib
import os
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from presidium.app.samples import resources_dir
from presidium.core.catalogue import Message, Refusal
from presidium.core.catalogue.system import reason

CATALOGUE = "catalogue.toml"
_FIELDS = ("name", "file", "title_vi", "title_en", "description_vi", "description_en")


@dataclass(frozen=True)
class TemplateInfo:
    name: str  # what `presidium new --template NAME` takes
    title_vi: str
    title_en: str
    description_vi: str  # one line, for a list
    description_en: str
    path: Path  # the template's program file

    def title(self, lang: str = "vi") -> str:
        return self.title_en if lang == "en" else self.title_vi

    def description(self, lang: str = "vi") -> str:
        return self.description_en if lang == "en" else self.description_vi


class TemplateError(Refusal):
    """A template cannot be listed or a new program cannot be written; the message says why and where."""


def templates_dir() -> Path:
    return resources_dir() / "templates"


def list_templates() -> list[TemplateInfo]:
    """The templates in the catalogue's order; TemplateError if the catalogue itself is damaged."""
    path = templates_dir() / CATALOGUE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        entries = data["template"]
        found = []
        for entry in entries:
            missing = [key for key in _FIELDS if not isinstance(entry.get(key), str) or not entry[key].strip()]
            if missing:
                raise ValueError(f"[[template]] {entry.get('name', '?')}: {', '.join(missing)}")
            found.append(
                TemplateInfo(
                    entry["name"],
                    entry["title_vi"],
                    entry["title_en"],
                    entry["description_vi"],
                    entry["description_en"],
                    templates_dir() / entry["file"],
                )
            )
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as error:
        raise TemplateError("template.catalogue", path=path, error=error) from None
    return found


def find_template(name: str) -> TemplateInfo:
    """The template called `name` (case and surrounding spaces forgiven); TemplateError naming the others."""
    templates = list_templates()
    wanted = name.strip().lower()
    for info in templates:
        if info.name == wanted:
            return info
    names = [info.name for info in templates]
    close = difflib.get_close_matches(wanted, names, n=1)
    hint = Message("template.hint", close=close[0]) if close else ""
    # The name is shown as typed, without control characters and cut short: it came from a command line or a form.
    shown = "".join(c for c in name if c.isprintable())[:60]
    raise TemplateError("template.unknown", name=shown, hint=hint, known=", ".join(names))


def create_from_template(name: str, path: str | Path, *, overwrite: bool = False) -> Path:
    """Write the template `name` to `path` as a new program file and return the path.

    An existing file is never replaced unless `overwrite` is true. The file is written whole or not at
    all (a temporary file in the same folder, flushed to disk, then renamed over the target)."""
    info = find_template(name)
    target = Path(path)
    if target.is_dir():
        raise TemplateError("template.is-dir", path=target)
    if not target.parent.is_dir():
        raise TemplateError("template.no-dir", path=target, parent=target.parent)
    if target.exists() and not overwrite:
        raise TemplateError("template.exists", path=target)
    try:
        content = info.path.read_bytes()
    except OSError:
        raise TemplateError("template.missing-file", name=info.name, path=info.path) from None
    _write_atomically(target, content, overwrite)
    return target


def _write_atomically(target: Path, content: bytes, overwrite: bool) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        if overwrite:
            os.replace(temporary, target)
        else:
            # A link fails if someone created the file meanwhile, where a rename would silently replace it.
            try:
                os.link(temporary, target)
            except FileExistsError:
                raise TemplateError("template.exists", path=target) from None
            except OSError:  # a file system without hard links (FAT, some network shares)
                if target.exists():
                    raise TemplateError("template.exists", path=target) from None
                os.replace(temporary, target)
        _sync_folder(target.parent)
    except TemplateError:
        raise
    except OSError as error:
        raise TemplateError("template.cannot-write", path=target, error=reason(error)) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _sync_folder(folder: Path) -> None:
    """Make the new name itself durable (POSIX); Windows has no directory handle to flush."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)

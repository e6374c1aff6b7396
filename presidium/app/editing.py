"""What the program editor needs from outside the file it edits, without Qt.

- Where a new program starts from: the templates (`presidium.app.templates`, `presidium templates`) when
  this build has them, else the bundled samples. `starting_points()` is the one place that chooses.
- Whether the program already has a live run in its journal: saving then changes the fingerprint the
  live run was started with, and the podium will warn when it is opened again.
"""

from __future__ import annotations

import importlib
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from presidium.app.samples import SAMPLES, resources_dir
from presidium.core.loader import load_program
from presidium.core.problems import ProgramError
from presidium.infra.journal import Journal, JournalError
from presidium.infra.paths import data_dir, default_db_path


@dataclass(frozen=True)
class StartingPoint:
    name: str
    title: str
    create: Callable[[Path], object]  # writes the new program at the path given
    description: str = ""  # one line, for the list


def starting_points(lang: str = "vi") -> list[StartingPoint]:
    """Programs a new one can be made from, titled in `lang`: the templates if available, else the
    bundled samples."""
    try:
        templates = importlib.import_module("presidium.app.templates")
    except ModuleNotFoundError:
        templates = None
    if templates is not None and hasattr(templates, "list_templates"):
        return [
            StartingPoint(t.name, t.title(lang), _creator(templates, t.name), t.description(lang))
            for t in templates.list_templates()
        ]
    points = []
    for name in SAMPLES.values():
        path = resources_dir() / "samples" / name
        try:
            title = load_program(path).congress.title
        except ProgramError:
            title = name
        points.append(StartingPoint(Path(name).stem, title, _copier(path)))
    return points


def _creator(module: ModuleType, name: str) -> Callable[[Path], object]:
    return lambda path: module.create_from_template(name, Path(path))


def _copier(source: Path) -> Callable[[Path], object]:
    return lambda path: shutil.copyfile(source, path)


UNTITLED = "untitled-program"


def untitled_path() -> Path:
    """A name of its own for one new, never saved program: its recovery file is kept beside it in the user
    data folder (`.untitled-program-<id>.toml.recovery.toml`), so two editor windows never share one."""
    return data_dir() / f"{UNTITLED}-{uuid.uuid4().hex[:12]}.toml"


def untitled_recoveries() -> list[Path]:
    """The new programs left unsaved by editor windows that did not close, oldest first (their names as
    `untitled_path` gives them; `untitled-program.toml` is the one name earlier versions used)."""
    folder = data_dir()
    names = sorted(folder.glob(f".{UNTITLED}*.toml.recovery.toml"), key=_modified)
    return [folder / name.name.removeprefix(".").removesuffix(".recovery.toml") for name in names]


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


@dataclass(frozen=True)
class LiveRun:
    run_id: int
    fingerprint: str
    finished: bool


def live_run(program_path: Path, db: Path | None = None) -> LiveRun | None:
    """The latest live run recorded for this program (in its default journal), if any."""
    db = db or default_db_path(program_path)
    if not db.is_file():
        return None
    try:
        with Journal.open(db, readonly=True) as journal:
            runs = journal.runs("live")
    except JournalError:
        return None
    if not runs:
        return None
    last = runs[-1]
    return LiveRun(last.id, last.fingerprint, last.finished is not None)

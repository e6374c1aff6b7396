"""Command line: the GUI by default, sub-commands for headless work.

Each sub-command lives in its own module (`presidium.app.cli_<name>` or the GUI launcher) exposing
`main(args) -> int`; this file only defines the arguments and dispatches, so start-up imports nothing
heavy until a command is chosen.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from presidium import __version__, cli_words
from presidium.core.catalogue import text

# sub-command -> module holding its main(args)
HANDLERS = {
    "gui": "presidium.ui.launch",
    "open": "presidium.ui.launch",
    "validate": "presidium.app.cli_validate",
    "simulate": "presidium.app.cli_simulate",
    "runs": "presidium.app.cli_runs",
    "verify": "presidium.app.cli_verify",
    "export": "presidium.app.cli_export",
    "templates": "presidium.app.cli_templates",
    "new": "presidium.app.cli_new",
    "backup": "presidium.app.cli_backup",
    "ballots": "presidium.app.cli_ballots",
    "count": "presidium.app.cli_count",
    "tally": "presidium.app.cli_tally",
    "import": "presidium.app.cli_import",
    "edit": "presidium.ui.editor.launch",
}


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The parser with its help in `lang` (argparse's own words too: see cli_words)."""
    _ = cli_words.use(lang)
    parser = argparse.ArgumentParser(
        prog="presidium",
        description=_("cli_help.description"),
    )
    # argparse's own help for --version is a fixed English default, not said through gettext
    parser.add_argument(
        "--version", action="version", version=f"presidium {__version__}", help=_("cli_help.argparse.version")
    )
    parser.add_argument("--lang", choices=["vi", "en"], help=_("cli_help.lang"))
    parser.add_argument("--db", type=Path, help=_("cli_help.db"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    open_cmd = commands.add_parser("open", help=_("cli_help.open"))
    open_cmd.add_argument("file", type=Path)
    open_cmd.add_argument("--live", action="store_true", help=_("cli_help.open.live"))
    open_cmd.add_argument("--db", type=Path, dest="db_open", help=_("cli_help.journal"))
    open_cmd.add_argument("--mirror", type=Path, metavar="DIR", help=_("cli_help.open.mirror"))

    edit = commands.add_parser("edit", help=_("cli_help.edit"))
    edit.add_argument("file", type=Path, nargs="?")

    validate = commands.add_parser("validate", help=_("cli_help.validate"))
    validate.add_argument("file", type=Path)

    simulate = commands.add_parser("simulate", help=_("cli_help.simulate"))
    simulate.add_argument("file", type=Path)
    simulate.add_argument("--db", type=Path, required=True, dest="db_cmd")
    simulate.add_argument("--script", type=Path, required=True, help=_("cli_help.simulate.script"))
    simulate.add_argument("--live", action="store_true", help=_("cli_help.simulate.live"))

    runs = commands.add_parser("runs", help=_("cli_help.runs"))
    runs.add_argument("--db", type=Path, required=True, dest="db_cmd")
    runs.add_argument("--json", action="store_true", help=_("cli_help.json"))

    verify = commands.add_parser("verify", help=_("cli_help.verify"))
    verify.add_argument("--db", type=Path, required=True, dest="db_cmd")
    verify.add_argument("--run", help=_("cli_help.verify.run"))
    verify.add_argument("--expect", metavar="HASH", help=_("cli_help.verify.expect"))

    backup = commands.add_parser("backup", help=_("cli_help.backup"))
    backup.add_argument("--db", type=Path, required=True, dest="db_cmd")
    backup.add_argument("-o", "--output", type=Path, required=True, help=_("cli_help.backup.output"))

    ballots = commands.add_parser("ballots", help=_("cli_help.ballots"))
    ballots.add_argument("file", type=Path)
    _round_arguments(ballots, _)
    ballots.add_argument("-o", "--output", type=Path, required=True)
    ballots.add_argument("--per-page", type=int, help=_("cli_help.ballots.per-page"))

    count = commands.add_parser("count", help=_("cli_help.count"))
    count.add_argument("file", type=Path)
    _round_arguments(count, _)
    count.add_argument("--station", required=True, help=_("cli_help.count.station"))
    count.add_argument("--db", type=Path, required=True, dest="db_cmd", help=_("cli_help.count.db"))
    count.add_argument("--script", type=Path, help=_("cli_help.count.script"))

    tally = commands.add_parser("tally", help=_("cli_help.tally"))
    tally.add_argument("file", type=Path)
    _round_arguments(tally, _, names=False)
    tally.add_argument("stations", type=Path, nargs="+", help=_("cli_help.tally.stations"))
    tally.add_argument("--issued", type=int, help=_("cli_help.tally.issued"))
    tally.add_argument("--present", type=int, help=_("cli_help.tally.present"))
    tally.add_argument("--json", action="store_true", help=_("cli_help.json"))
    tally.add_argument("-o", "--output", type=Path, help=_("cli_help.tally.output"))

    export = commands.add_parser("export", help=_("cli_help.export"))
    export.add_argument("what", choices=["minutes", "review", "entry-log", "script"])
    export.add_argument("--db", type=Path, dest="db_cmd", help=_("cli_help.export.db"))
    export.add_argument("--program", type=Path, help=_("cli_help.export.program"))
    export.add_argument("--run", help=_("cli_help.export.run"))
    export.add_argument("-o", "--output", type=Path, required=True)
    export.add_argument("--json", action="store_true", help=_("cli_help.export.json"))

    commands.add_parser("templates", help=_("cli_help.templates"))

    new = commands.add_parser("new", help=_("cli_help.new"))
    new.add_argument("--template", required=True, metavar="NAME", help=_("cli_help.new.template"))
    new.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help=_("cli_help.new.output"))
    new.add_argument("--force", action="store_true", help=_("cli_help.new.force"))

    imports = commands.add_parser("import", help=_("cli_help.import"))
    imports.add_argument("file", type=Path)
    imports.add_argument("-o", "--output", type=Path, required=True, help=_("cli_help.import.output"))
    imports.add_argument("--force", action="store_true", help=_("cli_help.import.force"))
    return parser


def _round_arguments(parser: argparse.ArgumentParser, _, names: bool = True) -> None:
    parser.add_argument("--item", required=True, help=_("cli_help.round.item"))
    parser.add_argument("--round", type=int, default=1, help=_("cli_help.round.round"))
    if names:
        parser.add_argument("--seats", type=int, help=_("cli_help.round.seats"))
        parser.add_argument("--candidates", help=_("cli_help.round.candidates"))


def main(argv: list[str] | None = None) -> int:
    lang = cli_words.language(sys.argv[1:] if argv is None else argv)
    args = build_parser(lang).parse_args(argv)
    command = args.command or "gui"
    # One attribute name for the database whatever the command put it under.
    args.db = getattr(args, "db_cmd", None) or getattr(args, "db_open", None) or args.db
    try:
        handler = importlib.import_module(HANDLERS[command])
    except ModuleNotFoundError as missing:
        if missing.name and missing.name.startswith("presidium"):
            print(text("cli.unavailable", lang, command=command, module=missing.name), file=sys.stderr)
            return 2
        raise
    try:
        return int(handler.main(args) or 0)
    except BrokenPipeError:  # output piped into `head` and closed early: not an error for the user
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())

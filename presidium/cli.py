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
        description=_("Podium companion for the presidium of a congress. With no command, opens the bundled "
                      "sample congress in rehearsal."),
    )
    parser.add_argument("--version", action="version", version=f"presidium {__version__}")
    parser.add_argument("--lang", choices=["vi", "en"], help=_("interface language (default: Vietnamese)"))
    parser.add_argument("--db", type=Path, help=_("journal database (default: one per program in the user data folder)"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    open_cmd = commands.add_parser("open", help=_("open a program file at the podium (rehearsal unless --live)"))
    open_cmd.add_argument("file", type=Path)
    open_cmd.add_argument("--live", action="store_true", help=_("the real congress, not a rehearsal"))
    open_cmd.add_argument("--db", type=Path, dest="db_open", help=_("journal database"))
    open_cmd.add_argument("--mirror", type=Path, metavar="DIR",
                          help=_("keep a consistent copy of the journal in DIR after every action (a USB stick)"))

    edit = commands.add_parser("edit", help=_("the program editor: open FILE, or a new program (from a template) saved as FILE"))
    edit.add_argument("file", type=Path, nargs="?")

    validate = commands.add_parser("validate", help=_("check a program file; exit 1 with FILE:LINE: messages"))
    validate.add_argument("file", type=Path)

    simulate = commands.add_parser("simulate", help=_("headless dry run of a program on a simulated clock"))
    simulate.add_argument("file", type=Path)
    simulate.add_argument("--db", type=Path, required=True, dest="db_cmd")
    simulate.add_argument("--script", type=Path, required=True, help=_("actions file: one 'TIME ACTION [ARGS]' a line"))
    simulate.add_argument("--live", action="store_true", help=_("record the simulated run as live instead of rehearsal"))

    runs = commands.add_parser("runs", help=_("list the runs in a journal"))
    runs.add_argument("--db", type=Path, required=True, dest="db_cmd")
    runs.add_argument("--json", action="store_true", help=_("machine-readable output"))

    verify = commands.add_parser("verify", help=_("check the journal's hash chain; exit 1 if altered"))
    verify.add_argument("--db", type=Path, required=True, dest="db_cmd")
    verify.add_argument("--run", help=_("the run whose head --expect names (default: the live run, else the latest)"))
    verify.add_argument("--expect", metavar="HASH",
                        help=_("the head hash printed at the foot of the signed minutes; exit 1 unless it matches"))

    backup = commands.add_parser("backup", help=_("make a consistent copy of a journal (SQLite online backup)"))
    backup.add_argument("--db", type=Path, required=True, dest="db_cmd")
    backup.add_argument("-o", "--output", type=Path, required=True, help=_("the copy (a file, or a folder to put it in)"))

    ballots = commands.add_parser("ballots", help=_("the ballot papers of an election item, as .docx"))
    ballots.add_argument("file", type=Path)
    _round_arguments(ballots, _)
    ballots.add_argument("-o", "--output", type=Path, required=True)
    ballots.add_argument("--per-page", type=int, help=_("ballots on one A4 page (default: as many as fit)"))

    count = commands.add_parser("count", help=_("enter ballots at one counting station (the window, or --script)"))
    count.add_argument("file", type=Path)
    _round_arguments(count, _)
    count.add_argument("--station", required=True, help=_("this station's name, e.g. A"))
    count.add_argument("--db", type=Path, required=True, dest="db_cmd", help=_("this station's own journal file"))
    count.add_argument("--script", type=Path, help=_("enter an ENTRIES file headless (docs/counting.md)"))

    tally = commands.add_parser("tally", help=_("reconcile the stations ballot by ballot and count"))
    tally.add_argument("file", type=Path)
    _round_arguments(tally, _, names=False)
    tally.add_argument("stations", type=Path, nargs="+", help=_("the stations' journal files"))
    tally.add_argument("--issued", type=int, help=_("ballots issued (phát ra), as the counting committee counted them"))
    tally.add_argument("--present", type=int, help=_("delegates present at the vote (default: all convened)"))
    tally.add_argument("--json", action="store_true", help=_("machine-readable output"))
    tally.add_argument("-o", "--output", type=Path, help=_("write the result file the podium takes"))

    export = commands.add_parser(
        "export", help=_("write the minutes, the post-congress review, a station's entry log or the script as .docx"))
    export.add_argument("what", choices=["minutes", "review", "entry-log", "script"])
    export.add_argument("--db", type=Path, dest="db_cmd", help=_("journal database (minutes, review, entry-log)"))
    export.add_argument("--program", type=Path, help=_("program file (script)"))
    export.add_argument("--run", help=_("run id (default: the live run, else the latest)"))
    export.add_argument("-o", "--output", type=Path, required=True)
    export.add_argument("--json", action="store_true", help=_("print the outcome as one JSON object (for the window)"))

    commands.add_parser("templates", help=_("list the program templates, one line each"))

    new = commands.add_parser("new", help=_("write a new program file from a template"))
    new.add_argument("--template", required=True, metavar="NAME", help=_("a name from 'presidium templates'"))
    new.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help=_("the new program file (.toml)"))
    new.add_argument("--force", action="store_true", help=_("replace FILE if it already exists"))

    imports = commands.add_parser("import", help=_("a program file from a kịch bản (.docx) or an agenda (.xlsx, .csv)"))
    imports.add_argument("file", type=Path)
    imports.add_argument("-o", "--output", type=Path, required=True, help=_("the program file to write (.toml)"))
    imports.add_argument("--force", action="store_true", help=_("overwrite the output file if it exists"))
    return parser


def _round_arguments(parser: argparse.ArgumentParser, _, names: bool = True) -> None:
    parser.add_argument("--item", required=True, help=_("the election item's id"))
    parser.add_argument("--round", type=int, default=1, help=_("the round of the election (default 1)"))
    if names:
        parser.add_argument("--seats", type=int, help=_("seats of this round, when not the program's"))
        parser.add_argument("--candidates", help=_("names of this round separated by ';', when not the program's list"))


def main(argv: list[str] | None = None) -> int:
    args = build_parser(cli_words.language(sys.argv[1:] if argv is None else argv)).parse_args(argv)
    command = args.command or "gui"
    # One attribute name for the database whatever the command put it under.
    args.db = getattr(args, "db_cmd", None) or getattr(args, "db_open", None) or args.db
    try:
        handler = importlib.import_module(HANDLERS[command])
    except ModuleNotFoundError as missing:
        if missing.name and missing.name.startswith("presidium"):
            print(f"presidium: the '{command}' command is not available in this build ({missing.name}).", file=sys.stderr)
            return 2
        raise
    try:
        return int(handler.main(args) or 0)
    except BrokenPipeError:  # output piped into `head` and closed early: not an error for the user
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())

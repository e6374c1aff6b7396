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

from presidium import cli_words

# sub-command -> module holding its main(args)
HANDLERS = {
    "gui": "presidium.ui.launch",
    "open": "presidium.ui.launch",
    "validate": "presidium.app.cli_validate",
    "simulate": "presidium.app.cli_simulate",
    "runs": "presidium.app.cli_runs",
    "verify": "presidium.app.cli_verify",
    "export": "presidium.app.cli_export",
}


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The parser with its help in `lang` (argparse's own words too: see cli_words)."""
    _ = cli_words.use(lang)
    parser = argparse.ArgumentParser(
        prog="presidium",
        description=_("Podium companion for the presidium of a congress. With no command, opens the bundled "
                      "sample congress in rehearsal."),
    )
    parser.add_argument("--lang", choices=["vi", "en"], help=_("interface language (default: Vietnamese)"))
    parser.add_argument("--db", type=Path, help=_("journal database (default: one per program in the user data folder)"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    open_cmd = commands.add_parser("open", help=_("open a program file at the podium (rehearsal unless --live)"))
    open_cmd.add_argument("file", type=Path)
    open_cmd.add_argument("--live", action="store_true", help=_("the real congress, not a rehearsal"))
    open_cmd.add_argument("--db", type=Path, dest="db_open", help=_("journal database"))

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

    export = commands.add_parser("export", help=_("write the minutes or the post-congress review as .docx"))
    export.add_argument("what", choices=["minutes", "review"])
    export.add_argument("--db", type=Path, required=True, dest="db_cmd")
    export.add_argument("--run", help=_("run id (default: the live run, else the latest)"))
    export.add_argument("-o", "--output", type=Path, required=True)
    export.add_argument("--json", action="store_true", help=_("print the outcome as one JSON object (for the window)"))
    return parser


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

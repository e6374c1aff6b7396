"""`presidium ballots PROGRAM --item ID -o PHIEU-BAU.docx [--per-page N] [--round N] [--seats N]
[--candidates "A; B; …"]`: the ballot papers of an election round, ready to print."""

from __future__ import annotations

import argparse
import sys

from presidium.app.cli_count import _candidates
from presidium.app.counting import paper_for
from presidium.core.catalogue import Message, counted, text
from presidium.core.catalogue.system import reason
from presidium.core.counting.messages import CountingError
from presidium.core.loader import load_program
from presidium.core.problems import ProgramError
from presidium.infra.export_ballots import BallotLayoutError, write_ballots


def main(args: argparse.Namespace) -> int:
    lang = args.lang or "vi"
    try:
        program = load_program(args.file)
        paper = paper_for(program, args.item, args.round, args.seats, _candidates(args.candidates))
        path, count = write_ballots(program.congress, paper, args.output, per_page=args.per_page, lang=lang)
    except ProgramError as error:
        print(error.text(lang), file=sys.stderr)
        return 1
    except CountingError as error:
        print(f"presidium: {error.message(lang)}", file=sys.stderr)
        return 1
    except BallotLayoutError as error:
        print(f"presidium: {text('cli.ballots.fit', lang, asked=error.asked, fit=error.fit)}", file=sys.stderr)
        return 1
    except OSError as error:
        said = text("cli.cannot-write-docx", lang, path=args.output, error=reason(error))
        print(f"presidium: {said}", file=sys.stderr)
        return 1
    form = Message("cli.ballots.surplus" if paper.surplus else "cli.ballots.no-surplus")
    said = counted("cli.ballots.written", count)
    print(text(said, lang, count=count, path=path, form=form))
    return 0

"""`presidium ballots PROGRAM --item ID -o PHIEU-BAU.docx [--per-page N] [--round N] [--seats N]
[--candidates "A; B; …"]`: the ballot papers of an election round, ready to print."""

from __future__ import annotations

import sys

from presidium.app.cli_count import _candidates
from presidium.app.counting import paper_for
from presidium.core.counting.messages import CountingError
from presidium.core.loader import load_program
from presidium.core.messages import Message
from presidium.core.problems import ProgramError
from presidium.infra.export_ballots import BallotLayoutError, write_ballots

TEXTS: dict[str, tuple[str, str]] = {
    "written": ("Đã ghi {count} phiếu bầu trên một trang A4 vào {path} ({form})",
                "Wrote {count} ballot papers on one A4 page to {path} ({form})"),
    "surplus": ("có số dư: gạch tên", "with surplus: names struck out"),
    "no-surplus": ("không có số dư: cột Đồng ý / Không đồng ý", "without surplus: Agree / Disagree columns"),
    "fit": ("không đặt được {asked} phiếu trên một trang A4; chỉ vừa {fit} phiếu",
            "{asked} ballots do not fit on one A4 page; {fit} do"),
    "cannot-write": ("{path}: không ghi được tệp ({error}); tệp có đang mở trong Word không?",
                     "{path}: cannot write the file ({error}); is it open in Word?"),
}


def main(args) -> int:
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
        print(f"presidium: {Message(TEXTS, 'fit', asked=error.asked, fit=error.fit).message(lang)}", file=sys.stderr)
        return 1
    except OSError as error:
        said = Message(TEXTS, "cannot-write", path=args.output, error=error.strerror or error).message(lang)
        print(f"presidium: {said}", file=sys.stderr)
        return 1
    form = Message(TEXTS, "surplus" if paper.surplus else "no-surplus").message(lang)
    print(Message(TEXTS, "written", count=count, path=path, form=form).message(lang))
    return 0

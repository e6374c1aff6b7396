"""`presidium validate FILE`: a short summary and exit 0, or FILE:LINE: messages and exit 1."""

from __future__ import annotations

import argparse
import sys

from presidium.core.ballots import max_candidates, surplus_words
from presidium.core.catalogue import Message, counted, text
from presidium.core.catalogue.vocabulary import base
from presidium.core.decisions import change_rule, quorum
from presidium.core.durations import format_duration
from presidium.core.loader import load_program
from presidium.core.problems import ProgramError
from presidium.core.program import Program, Rule


def summary(program: Program, file: str, lang: str) -> str:
    counts = {
        "sessions": len(program.sessions),
        "items": len(program.items),
        "cards": len(program.cards),
        "rules": len(program.rules),
    }
    said = {name: Message(counted(f"cli.validate.{name}", n), n=n) for name, n in counts.items()}
    lines = [text("cli.validate.ok", lang, file=file, **said)]
    for session in program.sessions:
        lines.append(
            text(
                "cli.validate.session",
                lang,
                title=session.title,
                date=session.date.strftime(text("cli.validate.date", lang)),
                count=len(session.items),
                total=format_duration(session.planned_seconds),
                start=f"{session.starts_at:%H:%M}",
                end=f"{session.planned_end:%H:%M}",
            )
        )
    # a rule an election counts ballots by is said with the ballot's bases, any other with a show of hands'
    by_ballot = {item.election.rule for item in program.items if item.election is not None}
    for rule in program.rules.values():
        kind = "ballot" if rule.name in by_ballot else "vote"
        lines.append(text("cli.validate.rule", lang, name=rule.name, phrase=_phrase(rule, kind)))
    found = quorum(program, None)
    if found is not None:
        lines.append(
            text(
                "cli.validate.quorum",
                lang,
                name=found.rule.name,
                phrase=_phrase(found.rule, "vote"),
                needed=found.needed,
                convened=found.convened,
            )
        )
    for item in program.items:
        spec = item.election
        if spec is None:
            continue
        # a change to an election's list is decided by a show of hands
        phrases = {change: _phrase(change_rule(program, item, change), "vote") for change in ("withdraw", "nominate")}
        lines.append(
            text(
                "cli.validate.election",
                lang,
                item=item.id,
                body=spec.body,
                seats=spec.seats,
                limit=max_candidates(spec.seats, spec.max_surplus),
                cap=surplus_words(spec.max_surplus),
                withdraw=phrases["withdraw"],
                nominate=phrases["nominate"],
            )
        )
    lines.append(text("cli.validate.fingerprint", lang, fingerprint=program.fingerprint))
    return "\n".join(lines)


def _phrase(rule: Rule, kind: str) -> Message:
    relation = Message("cli.validate.more" if rule.strict else "cli.validate.least")
    return Message(
        "cli.validate.phrase", relation=relation, fraction=rule.fraction, base=Message(base(kind, rule.base))
    )


def main(args: argparse.Namespace) -> int:
    lang = args.lang or "vi"
    try:
        program = load_program(args.file)
    except ProgramError as error:
        print(error.text(lang), file=sys.stderr)
        count = len(error.problems)
        print(
            text(counted("cli.validate.count", count), lang, file=args.file, count=count),
            file=sys.stderr,
        )
        return 1
    print(summary(program, str(args.file), lang))
    return 0

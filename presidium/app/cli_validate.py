"""`presidium validate FILE`: a short summary and exit 0, or FILE:LINE: messages and exit 1."""

from __future__ import annotations

import sys

from presidium.core.ballots import max_candidates, surplus_words
from presidium.core.decisions import change_rule, quorum
from presidium.core.durations import format_duration
from presidium.core.loader import load_program
from presidium.core.problems import ProgramError
from presidium.core.program import Program

TEXT = {
    "vi": {
        "ok": "{file}: hợp lệ — {sessions} phiên, {items} mục, {cards} thẻ tình huống, {rules} quy tắc biểu quyết",
        "session": "  {title} ({date:%d/%m/%Y}): {count} mục, {total}, {start:%H:%M}–{end:%H:%M}",
        "rule": "  quy tắc '{name}': {relation} {fraction} {base}",
        "more": "hơn", "least": "ít nhất",
        "bases": {"convened": "số đại biểu được triệu tập", "present": "số đại biểu có mặt",
                  "valid": "số phiếu hợp lệ", "cast": "số phiếu bầu"},
        "fingerprint": "  dấu vân tay: {fingerprint}",
        "count": "{file}: {count} lỗi",
        "election": "  bầu cử '{item}' ({body}): {seats} người; danh sách có thể có tối đa {limit} người (dư tối đa "
                    "{cap}); rút tên: {withdraw}; đề cử bổ sung: {nominate}",
        "phrase": "{relation} {fraction} {base}",
        "quorum": "  điều kiện tiến hành (quy tắc '{name}'): có mặt {phrase}, tức là ít nhất {needed}/{convened} "
                  "đại biểu",
    },
    "en": {
        "ok": "{file}: valid — {sessions} session{sessions_s}, {items} item{items_s}, {cards} contingency card{cards_s}, "
              "{rules} vote rule{rules_s}",
        "session": "  {title} ({date:%Y-%m-%d}): {count} items, {total}, {start:%H:%M}–{end:%H:%M}",
        "rule": "  rule '{name}': {relation} {fraction} of {base}",
        "more": "more than", "least": "at least",
        "bases": {"convened": "delegates convened", "present": "delegates present",
                  "valid": "valid ballots", "cast": "ballots cast"},
        "fingerprint": "  fingerprint: {fingerprint}",
        "count": "{file}: {count} problems",
        "election": "  election '{item}' ({body}): {seats} seats; the list may hold up to {limit} names (surplus at "
                    "most {cap}); withdrawal: {withdraw}; nomination: {nominate}",
        "phrase": "{relation} {fraction} of {base}",
        "quorum": "  quorum (rule '{name}'): present {phrase}, that is at least {needed} of {convened} delegates",
    },
}


def summary(program: Program, file: str, lang: str) -> str:
    text = TEXT[lang]
    counts = {"sessions": len(program.sessions), "items": len(program.items),
              "cards": len(program.cards), "rules": len(program.rules)}
    plurals = {f"{name}_s": "" if count == 1 else "s" for name, count in counts.items()}
    lines = [text["ok"].format(file=file, **counts, **plurals)]
    for session in program.sessions:
        lines.append(text["session"].format(
            title=session.title, date=session.date, count=len(session.items),
            total=format_duration(session.planned_seconds), start=session.starts_at, end=session.planned_end))
    for rule in program.rules.values():
        relation = text["more"] if rule.strict else text["least"]
        lines.append(text["rule"].format(name=rule.name, relation=relation, fraction=rule.fraction,
                                         base=text["bases"][rule.base]))
    found = quorum(program, None)
    if found is not None:
        lines.append(text["quorum"].format(name=found.rule.name, phrase=_phrase(found.rule, text), needed=found.needed,
                                           convened=found.convened))
    for item in program.items:
        spec = item.election
        if spec is None:
            continue
        phrases = {change: _phrase(change_rule(program, item, change), text) for change in ("withdraw", "nominate")}
        lines.append(text["election"].format(
            item=item.id, body=spec.body, seats=spec.seats, limit=max_candidates(spec.seats, spec.max_surplus),
            cap=surplus_words(spec.max_surplus).message(lang), withdraw=phrases["withdraw"],
            nominate=phrases["nominate"]))
    lines.append(text["fingerprint"].format(fingerprint=program.fingerprint))
    return "\n".join(lines)


def _phrase(rule, text: dict) -> str:
    relation = text["more"] if rule.strict else text["least"]
    return text["phrase"].format(relation=relation, fraction=rule.fraction, base=text["bases"][rule.base])


def main(args) -> int:
    lang = args.lang or "vi"
    try:
        program = load_program(args.file)
    except ProgramError as error:
        print(error.text(lang), file=sys.stderr)
        print(TEXT[lang]["count"].format(file=args.file, count=len(error.problems)), file=sys.stderr)
        return 1
    print(summary(program, str(args.file), lang))
    return 0

"""What the printed kịch bản says, as plain data: the words of `presidium export script`.

Each session with its date and planned times, each item numbered with its planned time and duration,
the presenter, the vote or election spelled out with its rule in words, the chair's notes, and the
words to read split into spoken text and stage directions (text in parentheses). Placeholders and
blanks are printed as dotted blanks with a hint (`presidium.core.importing.blanks`). The lines use the
labels the importer reads ("Thời gian:", "Người thực hiện:", "Biểu quyết:", "Bầu cử:", "Ghi chú:"), so a
printed script imported again gives the same sessions, items, presenters, durations and scripts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from fractions import Fraction
from typing import Any

from presidium.core.ballots import surplus_words
from presidium.core.importing.blanks import DOTS, to_print
from presidium.core.importing.words import format_minutes_en, format_minutes_vi
from presidium.core.program import Item, Program, Rule

TEXT: dict[str, dict[str, Any]] = {
    "vi": {
        "kind": "Kịch bản điều hành", "time": "Thời gian: {start} – {end} ({length})",
        "session_time": "Thời gian: {start} – {end}, ngày {day}",
        "by": "Người thực hiện: {by}", "vote": "Biểu quyết: {question} — giơ thẻ biểu quyết; {rule}",
        "election": "Bầu cử: {body} — {seats} người; số dư tối đa {surplus}; bỏ phiếu kín; {rule}",
        "candidates": "Danh sách bầu cử ({n} người): {names}",
        "notes": "Ghi chú: {notes}", "speakers": "Đăng ký phát biểu: {names}",
        "passes": "thông qua khi có {relation} {fraction} {base} tán thành",
        "elected": "trúng cử khi có số phiếu bầu {relation} {fraction} {base}",
        "more": "trên", "least": "ít nhất",
        "bases": {"convened": "tổng số đại biểu được triệu tập", "present": "tổng số đại biểu có mặt",
                  "valid": "tổng số phiếu hợp lệ", "cast": "tổng số phiếu bầu"},
        "annex": "Phụ lục: thẻ tình huống", "card_when": "Khi: {when}", "card_refs": "Căn cứ: {refs}",
        "card_steps": "Các bước:", "card_words": "Lời dẫn:",
        "footer": "Kịch bản — dấu vân tay {fingerprint} — in lúc {printed}",
        "printed": "{t:%H:%M} ngày {t:%d/%m/%Y}", "day": "{d:%d/%m/%Y}",
        "total": "Tổng thời gian dự kiến: {length}",
    },
    "en": {
        "kind": "Running script", "time": "Time: {start} – {end} ({length})",
        "session_time": "Time: {start} – {end}, {day}",
        "by": "Presenter: {by}", "vote": "Vote: {question} — show of hands; {rule}",
        "election": "Election: {body} — {seats} seats; surplus at most {surplus}; secret ballot; {rule}",
        "candidates": "Candidates ({n}): {names}",
        "notes": "Notes: {notes}", "speakers": "Registered speakers: {names}",
        "passes": "passes with {relation} {fraction} of {base} in favour",
        "elected": "elected with {relation} {fraction} of {base}",
        "more": "more than", "least": "at least",
        "bases": {"convened": "the members convened", "present": "the members present",
                  "valid": "the valid ballots", "cast": "the ballots cast"},
        "annex": "Annex: contingency cards", "card_when": "When: {when}", "card_refs": "Regulations: {refs}",
        "card_steps": "Steps:", "card_words": "Words:",
        "footer": "Running script — fingerprint {fingerprint} — printed {printed}",
        "printed": "{t:%Y-%m-%d %H:%M}", "day": "{d:%Y-%m-%d}",
        "total": "Planned time in all: {length}",
    },
}

_FRACTION_WORDS = {Fraction(1, 2): "một phần hai (1/2)", Fraction(2, 3): "hai phần ba (2/3)",
                   Fraction(1, 3): "một phần ba (1/3)", Fraction(3, 4): "ba phần tư (3/4)"}


@dataclass(frozen=True)
class Spoken:
    """A paragraph of the words to read as (text, style) parts: "" spoken, "direction" (in parentheses,
    not read aloud), "blank" (a dotted blank with its hint, filled when read); "\n" is a line break."""

    parts: tuple[tuple[str, str], ...]


@dataclass
class PrintedItem:
    number: int
    title: str
    lines: list[str]  # time, presenter, vote or election, notes: small print above the words
    words: list[Spoken] = field(default_factory=list)


@dataclass
class PrintedSession:
    title: str
    when: str
    items: list[PrintedItem]


@dataclass
class PrintedCard:
    title: str
    when: str
    steps: list[str]
    words: list[Spoken]
    refs: str


@dataclass
class PrintedScript:
    kind: str
    congress: str
    sessions: list[PrintedSession]
    cards: list[PrintedCard]
    footer: str
    total: str


def rule_words(rule: Rule, lang: str = "vi", *, election: bool = False) -> str:
    """"thông qua khi có trên một phần hai (1/2) tổng số đại biểu được triệu tập tán thành"."""
    t = TEXT[lang]
    fraction = _FRACTION_WORDS.get(rule.fraction, f"{rule.fraction.numerator}/{rule.fraction.denominator}") \
        if lang == "vi" else f"{rule.fraction.numerator}/{rule.fraction.denominator}"
    if rule.fraction.denominator in (10, 100, 5, 20, 4) and rule.fraction not in _FRACTION_WORDS:
        fraction = f"{float(rule.fraction * 100):g}%"
    return str(t["elected" if election else "passes"]).format(
        relation=t["more"] if rule.strict else t["least"], fraction=fraction, base=t["bases"][rule.base])


_BLANK = re.compile(r"(" + DOTS + r"(?: \([^()\n]*\))?)")


def spoken(text: str, lang: str = "vi") -> list[Spoken]:
    """A script's paragraphs as printed: blanks dotted, directions (in parentheses) marked."""
    out = []
    for paragraph in re.split(r"\n\s*\n", to_print(text, lang)):
        paragraph = paragraph.strip("\n")
        if not paragraph.strip():
            continue
        parts = []
        for piece in _BLANK.split(paragraph):
            if _BLANK.fullmatch(piece):
                parts.append((piece, "blank"))
                continue
            for part in re.split(r"(\([^()]*\))", piece):
                if part:
                    parts.append((part, "direction" if part.startswith("(") and part.endswith(")") else ""))
        out.append(Spoken(tuple(parts)))
    return out


def _clock(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def _length(seconds: int, lang: str) -> str:
    return format_minutes_en(seconds) if lang == "en" else format_minutes_vi(seconds)


def printed_item(program: Program, item: Item, number: int, lang: str = "vi") -> PrintedItem:
    t = TEXT[lang]
    slot = program.slot(item.id)
    lines = [t["time"].format(start=_clock(slot.start), end=_clock(slot.end), length=_length(item.duration, lang))]
    if item.by:
        lines.append(t["by"].format(by=to_print(item.by, lang)))
    if item.vote:
        rule = program.rules.get(item.vote.rule)
        lines.append(t["vote"].format(question=item.vote.question, rule=rule_words(rule, lang) if rule else item.vote.rule))
    if item.election:
        spec = item.election
        rule = program.rules.get(spec.rule)
        surplus = surplus_words(spec.max_surplus).message(lang)  # a share, a number of names, or the default
        lines.append(t["election"].format(body=spec.body, seats=spec.seats, surplus=surplus,
                                          rule=rule_words(rule, lang, election=True) if rule else spec.rule))
        if spec.candidates:
            lines.append(t["candidates"].format(n=len(spec.candidates), names="; ".join(spec.candidates)))
    if item.speakers:
        names = "; ".join(s.name + (f" ({s.unit})" if s.unit else "") for s in item.speakers)
        lines.append(t["speakers"].format(names=names))
    if item.notes:
        lines.append(t["notes"].format(notes=item.notes))
    return PrintedItem(number, item.title, lines, spoken(item.script, lang))


def printed_script(program: Program, printed_at: datetime, lang: str = "vi") -> PrintedScript:
    """The whole kịch bản of `program`, printed at `printed_at` (local time, for the footer)."""
    t = TEXT[lang]
    sessions = []
    for session in program.sessions:
        when = t["session_time"].format(start=f"{session.start:%H:%M}", end=_clock(session.planned_end),
                                        day=t["day"].format(d=session.date))
        items = [printed_item(program, item, number, lang) for number, item in enumerate(session.items, 1)]
        sessions.append(PrintedSession(session.title, when, items))
    cards = []
    for card in program.cards:
        refs = []
        for ref in card.refs:
            try:
                regulation, article = program.article(ref)
            except KeyError:
                refs.append(ref)
                continue
            refs.append(f"{article.number}" + (f" ({article.title})" if article.title else "") + f", {regulation.title}")
        cards.append(PrintedCard(card.title, t["card_when"].format(when=card.when) if card.when else "",
                                 list(card.steps), spoken(card.script, lang),
                                 t["card_refs"].format(refs="; ".join(refs)) if refs else ""))
    total = sum(item.duration for item in program.items)
    footer = t["footer"].format(fingerprint=program.short_fingerprint or "—",
                                printed=t["printed"].format(t=printed_at))
    return PrintedScript(t["kind"], program.congress.title, sessions, cards, footer,
                         t["total"].format(length=_length(total, lang)))

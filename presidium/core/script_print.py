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

from presidium.core.ballots import surplus_words
from presidium.core.catalogue import CATALOGUE, text
from presidium.core.importing.blanks import DOTS, to_print
from presidium.core.importing.words import format_minutes_en, format_minutes_vi
from presidium.core.program import Item, Program, Rule


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
    """ "thông qua khi có trên một phần hai (1/2) tổng số đại biểu được triệu tập tán thành"."""
    fraction = rule.fraction
    spelled = f"script.fraction.{fraction.numerator}-{fraction.denominator}"
    if spelled in CATALOGUE:
        words = text(spelled, lang)
    elif fraction.denominator in (10, 100, 5, 20, 4):
        words = f"{float(fraction * 100):g}%"
    else:
        words = f"{fraction.numerator}/{fraction.denominator}"
    return text(
        "script.elected" if election else "script.passes",
        lang,
        relation=text("script.more" if rule.strict else "script.least", lang),
        fraction=words,
        base=text(f"script.bases.{rule.base}", lang),
    )


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
    slot = program.slot(item.id)
    lines = [
        text("script.time", lang, start=_clock(slot.start), end=_clock(slot.end), length=_length(item.duration, lang))
    ]
    if item.by:
        lines.append(text("script.by", lang, by=to_print(item.by, lang)))
    if item.vote:
        rule = program.rules.get(item.vote.rule)
        lines.append(
            text(
                "script.vote",
                lang,
                question=item.vote.question,
                rule=rule_words(rule, lang) if rule else item.vote.rule,
            )
        )
    if item.election:
        spec = item.election
        rule = program.rules.get(spec.rule)
        surplus = surplus_words(spec.max_surplus).message(lang)  # a share, a number of names, or the default
        lines.append(
            text(
                "script.election",
                lang,
                body=spec.body,
                seats=spec.seats,
                surplus=surplus,
                rule=rule_words(rule, lang, election=True) if rule else spec.rule,
            )
        )
        if spec.candidates:
            lines.append(text("script.candidates", lang, n=len(spec.candidates), names="; ".join(spec.candidates)))
    if item.speakers:
        names = "; ".join(s.name + (f" ({s.unit})" if s.unit else "") for s in item.speakers)
        lines.append(text("script.speakers", lang, names=names))
    if item.notes:
        lines.append(text("script.notes", lang, notes=item.notes))
    return PrintedItem(number, item.title, lines, spoken(item.script, lang))


def printed_script(program: Program, printed_at: datetime, lang: str = "vi") -> PrintedScript:
    """The whole kịch bản of `program`, printed at `printed_at` (local time, for the footer)."""
    sessions = []
    for session in program.sessions:
        when = text(
            "script.session_time",
            lang,
            start=f"{session.start:%H:%M}",
            end=_clock(session.planned_end),
            day=session.date.strftime(text("script.day", lang)),
        )
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
            refs.append(
                f"{article.number}" + (f" ({article.title})" if article.title else "") + f", {regulation.title}"
            )
        cards.append(
            PrintedCard(
                card.title,
                text("script.card_when", lang, when=card.when) if card.when else "",
                list(card.steps),
                spoken(card.script, lang),
                text("script.card_refs", lang, refs="; ".join(refs)) if refs else "",
            )
        )
    total = sum(item.duration for item in program.items)
    printed = text("script.printed", lang, time=_clock(printed_at), day=printed_at.strftime(text("script.day", lang)))
    footer = text("script.footer", lang, fingerprint=program.short_fingerprint or "—", printed=printed)
    return PrintedScript(
        text("script.kind", lang),
        program.congress.title,
        sessions,
        cards,
        footer,
        text("script.total", lang, length=_length(total, lang)),
    )

"""What the presiding member reads out after a vote or a count, in Vietnamese or English.

Percentages are of the rule's legal base and use the decimal comma in Vietnamese ("95,9%"). A share
below 100% is never rounded up to "100%": that word is kept for a unanimous vote.
"""

from __future__ import annotations

from fractions import Fraction

from presidium.core.ballots import RETURNED_EXCEEDS_ISSUED, ElectionResult
from presidium.core.catalogue import CATALOGUE, Message, template, text
from presidium.core.catalogue.vocabulary import base
from presidium.core.program import Rule
from presidium.core.votes import VoteError, VoteResult

LANGS = ("vi", "en")


def format_percent(value: Fraction, lang: str = "vi", decimals: int = 1) -> str:
    """'95,9%' / '95.9%'; half rounds up, except to 100. An exact value is written as it is, without
    trailing zeros ('100%', '97,5%' with two decimals); a rounded one keeps all its decimals ('66,67%')."""
    _check_lang(lang)
    if value.denominator == 1:
        return f"{value.numerator}%"
    scale = 10**decimals
    exact = (value * scale).denominator == 1
    scaled = int(value * scale + Fraction(1, 2))  # half up (values are never negative)
    if scaled >= 100 * scale and value < 100:
        scaled = 100 * scale - 1
    whole, part = divmod(scaled, scale)
    sep = template("vocabulary.decimal-mark", lang)
    digits = f"{part:0{decimals}d}" if decimals else ""
    if exact:
        digits = digits.rstrip("0")
    return f"{whole}{sep}{digits}%" if digits else f"{whole}%"


def rule_phrase(rule: Rule, base_words: object, lang: str = "vi") -> str:
    """'quá 1/2 tổng số đại biểu được triệu tập' / 'more than 1/2 of the delegates convened'."""
    f = rule.fraction
    share = f"{f.numerator}/{f.denominator}" if f.denominator <= 4 else format_percent(100 * f, lang, 2)
    return text("announce.rule.strict" if rule.strict else "announce.rule.at-least", lang, share=share, base=base_words)


def announce_vote(result: VoteResult, question: str, lang: str = "vi", decimals: int = 1) -> str:
    """The announcement of a show of hands on `question`."""
    _check_lang(lang)
    t, present = result.tally, result.attendance.present
    base_words = Message(base("vote", result.base))
    share = format_percent(result.percent_for, lang, decimals)
    of_base = result.base != "present" or result.base_value != present  # worth saying what the % is of
    if result.unanimous:
        first = text("announce.vote.unanimous", lang, present=present)
        if of_base:
            first += text("announce.vote.of-base", lang, share=share, base=base_words)
    else:
        first = text("announce.vote.for", lang, for_=t.for_, present=present, share=share, base=base_words)
    if not result.passed:
        needed = rule_phrase(result.rule, base_words, lang)
        first += text("announce.vote.short", lang, needed=needed, threshold=result.threshold)
    sentences = [first + "."]
    others = [
        Message(code, n=n)
        for code, n in (("announce.vote.against", t.against), ("announce.vote.abstain", t.abstain))
        if n
    ]
    if others:
        sentences.append(text("announce.vote.others", lang, parts=others))
    sentences.append(_outcome(question, result.passed, result.unanimous, lang))
    return " ".join(sentences)


def announce_election(result: ElectionResult, body: str | None = None, lang: str = "vi", decimals: int = 2) -> str:
    """The counting record summary and, in rank order, those elected with votes and % of the base."""
    _check_lang(lang)
    body = body or result.body
    c, att = result.count, result.attendance
    lines = [text("announce.election.title", lang, body=body, round=result.round_no)]
    convened = str(att.convened)
    if att.legal_convened != att.convened:
        convened += text("announce.election.excused", lang, excused=att.excused, legal=att.legal_convened)
    lines.append(text("announce.election.attendance", lang, convened=convened, present=att.present))
    lines.append(
        text("announce.election.count", lang, issued=c.issued, returned=c.returned, valid=c.valid, invalid=c.invalid)
    )
    if result.void:
        lines.append(void_text(result, lang))
        return "\n".join(lines)

    base_words = Message(base("ballot", result.base))
    lines.append(text("announce.election.standings", lang, base=base_words, value=result.base_value))
    lines += [_standing(i, s.name, s.votes, s.percent, lang, decimals) for i, s in enumerate(result.standings, 1)]
    needed = rule_phrase(result.rule, base_words, lang)
    if result.elected:
        code = "announce.election.elected-one" if len(result.elected) == 1 else "announce.election.elected"
        lines.append(text(code, lang, needed=needed, body=body))
        by_name = {s.name: s for s in result.standings}
        lines += [
            _standing(i, name, by_name[name].votes, by_name[name].percent, lang, decimals)
            for i, name in enumerate(result.elected, 1)
        ]
    elif not result.tie:
        lines.append(text("announce.election.none", lang, needed=needed))
    if result.tie:
        lines.append(text("vocabulary.outcome.tie", lang, names=list(result.tie), seats=result.tie_seats))
    elif result.unfilled:
        lines.append(text("vocabulary.outcome.unfilled", lang, n=result.unfilled, seats=result.seats))
    return "\n".join(lines)


def election_warnings(result: ElectionResult, lang: str = "vi") -> list[str]:
    """Notes for the presidium (not read aloud): figures the counting committee should check again."""
    _check_lang(lang)
    figures = {"issued": result.count.issued, "returned": result.count.returned, "present": result.attendance.present}
    return [text(f"vote.note.{code}", lang, **figures) for code in result.warnings if f"vote.note.{code}" in CATALOGUE]


def void_text(result: ElectionResult, lang: str = "vi") -> str:
    """Why a count is void, and that the vote is held again (the note the screen shows says the same)."""
    c = result.count
    if result.void_reason != RETURNED_EXCEEDS_ISSUED:
        return text("vocabulary.outcome.void", lang)
    return text(f"vote.note.{RETURNED_EXCEEDS_ISSUED}", lang, returned=c.returned, issued=c.issued)


def _outcome(question: str, passed: bool, unanimous: bool, lang: str) -> str:
    question = " ".join(question.split()).rstrip(".")
    code = (
        "announce.vote.rejected"
        if not passed
        else "announce.vote.passed-unanimous"
        if unanimous
        else "announce.vote.passed"
    )
    return text(code, lang, what=_object(question, lang))


def _object(question: str, lang: str) -> object:
    """What was approved. Vietnamese grammar: "Thông qua chương trình đại hội" reads "Đại hội đã … thông qua
    chương trình đại hội", not "thông qua Thông qua"; any other question is quoted as "nội dung “…”"."""
    prefix = "thông qua "
    if lang == "vi" and question.lower().startswith(prefix):
        return question[len(prefix) :]
    return Message("announce.vote.object", question=question)


def _standing(rank: int, name: str, votes: int, share: Fraction, lang: str, decimals: int) -> str:
    """'1. Nguyễn Văn An: 130 phiếu, đạt 86,67%' / '1. Nguyễn Văn An: 130 votes, 86.67%'."""
    said = text("announce.election.vote" if votes == 1 else "announce.election.votes", lang, n=votes)
    reached = text("announce.election.reached", lang, percent=format_percent(share, lang, decimals))
    return f"{rank}. {name}: {said}, {reached}"


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise VoteError("announce.lang", lang=repr(lang))

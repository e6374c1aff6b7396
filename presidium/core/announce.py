"""What the presiding member reads out after a vote or a count, in Vietnamese or English.

Percentages are of the rule's legal base and use the decimal comma in Vietnamese ("95,9%"). A share
below 100% is never rounded up to "100%": that word is kept for a unanimous vote.
"""

from __future__ import annotations

from fractions import Fraction

from presidium.core.ballots import RETURNED_EXCEEDS_ISSUED, ElectionResult
from presidium.core.catalogue import CATALOGUE, text
from presidium.core.program import Rule
from presidium.core.votes import VoteError, VoteResult

LANGS = ("vi", "en")

# How each base is named after "đạt 94,7% …" / "94.7% of …"; hands and ballots differ for cast/valid.
_BASE_HANDS = {
    "vi": {"convened": "tổng số đại biểu được triệu tập", "present": "số đại biểu có mặt",
           "cast": "số đại biểu tham gia biểu quyết", "valid": "số đại biểu tham gia biểu quyết"},
    "en": {"convened": "the delegates convened", "present": "the delegates present",
           "cast": "those who voted", "valid": "those who voted"},
}
_BASE_BALLOTS = {
    "vi": dict(_BASE_HANDS["vi"], cast="số phiếu thu về", valid="số phiếu hợp lệ"),
    "en": dict(_BASE_HANDS["en"], cast="the ballots returned", valid="the valid ballots"),
}


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
    sep = "," if lang == "vi" else "."
    digits = f"{part:0{decimals}d}" if decimals else ""
    if exact:
        digits = digits.rstrip("0")
    return f"{whole}{sep}{digits}%" if digits else f"{whole}%"


def rule_phrase(rule: Rule, base_words: str, lang: str = "vi") -> str:
    """'quá 1/2 tổng số đại biểu được triệu tập' / 'more than 1/2 of the delegates convened'."""
    f = rule.fraction
    share = f"{f.numerator}/{f.denominator}" if f.denominator <= 4 else format_percent(100 * f, lang, 2)
    if lang == "vi":
        return f"{'quá' if rule.strict else 'ít nhất'} {share} {base_words}"
    return f"{'more than' if rule.strict else 'at least'} {share} of {base_words}"


def announce_vote(result: VoteResult, question: str, lang: str = "vi", decimals: int = 1) -> str:
    """The announcement of a show of hands on `question`."""
    _check_lang(lang)
    t, present = result.tally, result.attendance.present
    base_words = _BASE_HANDS[lang][result.base]
    share = format_percent(result.percent_for, lang, decimals)
    of_base = result.base != "present" or result.base_value != present  # worth saying what the % is of
    vi = lang == "vi"
    if result.unanimous:
        first = (f"100% đại biểu có mặt ({present}/{present} đồng chí) biểu quyết tán thành" if vi
                 else f"100% of the delegates present ({present}/{present}) voted in favour")
        if of_base:
            first += f", đạt {share} {base_words}" if vi else f", {share} of {base_words}"
    else:
        first = (f"Có {t.for_}/{present} đồng chí có mặt biểu quyết tán thành, đạt {share} {base_words}" if vi
                 else f"{t.for_} of the {present} delegates present voted in favour, {share} of {base_words}")
    if not result.passed:
        needed = rule_phrase(result.rule, base_words, lang)
        first += (f", chưa đạt {needed} (cần ít nhất {result.threshold} đồng chí)" if vi
                  else f", short of {needed} ({result.threshold} needed)")
    sentences = [first + "."]
    others = _others(t.against, t.abstain, lang)
    if others:
        sentences.append(others)
    sentences.append(_outcome(question, result.passed, result.unanimous, lang))
    return " ".join(sentences)


def announce_election(result: ElectionResult, body: str | None = None, lang: str = "vi", decimals: int = 2) -> str:
    """The counting record summary and, in rank order, those elected with votes and % of the base."""
    _check_lang(lang)
    body = body or result.body
    vi, c, att = lang == "vi", result.count, result.attendance
    lines = [f"Kết quả bầu cử {body} (lần {result.round_no})" if vi else f"Election of {body}, round {result.round_no}"]
    convened = str(att.convened)
    if att.legal_convened != att.convened:
        convened += (f" (trừ {att.excused_whole_congress} đồng chí vắng mặt cả đại hội không có người thay thế, "
                     f"còn {att.legal_convened})" if vi else
                     f" ({att.excused_whole_congress} absent for the whole meeting without a substitute, "
                     f"leaving {att.legal_convened})")
    lines.append(f"Tổng số đại biểu được triệu tập: {convened}; có mặt: {att.present}." if vi
                 else f"Delegates convened: {convened}; present: {att.present}.")
    lines.append(f"Số phiếu phát ra: {c.issued}; số phiếu thu về: {c.returned}; số phiếu hợp lệ: {c.valid}; "
                 f"số phiếu không hợp lệ: {c.invalid}." if vi else
                 f"Ballots issued: {c.issued}; returned: {c.returned}; valid: {c.valid}; invalid: {c.invalid}.")
    if result.void:
        lines.append(void_text(result, lang))
        return "\n".join(lines)

    base_words = _BASE_BALLOTS[lang][result.base]
    lines.append(f"Số phiếu bầu cho từng đồng chí (tỷ lệ so với {base_words}: {result.base_value}):" if vi
                 else f"Votes for each candidate (percentage of {base_words}: {result.base_value}):")
    lines += [f"{i}. {s.name}: {_votes(s.votes, lang)}, {_reached(s.percent, lang, decimals)}"
              for i, s in enumerate(result.standings, 1)]
    needed = rule_phrase(result.rule, base_words, lang)
    if result.elected:
        who = "Đồng chí sau đây" if len(result.elected) == 1 else "Các đồng chí sau đây"
        lines.append(f"{who} có số phiếu bầu {needed}, trúng cử {body} "
                     "(xếp theo số phiếu từ cao xuống thấp):" if vi else
                     f"Elected to {body} with {needed}, in order of votes:")
        by_name = {s.name: s for s in result.standings}
        lines += [f"{i}. {name}: {_votes(by_name[name].votes, lang)}, {_reached(by_name[name].percent, lang, decimals)}"
                  for i, name in enumerate(result.elected, 1)]
    elif not result.tie:
        lines.append(f"Không có đồng chí nào có số phiếu bầu {needed}." if vi
                     else f"No candidate received {needed}.")
    if result.tie:
        votes = _votes(result.count.votes.get(result.tie[0], 0), lang)
        names = ", ".join(result.tie)
        lines.append(f"Các đồng chí {names} có số phiếu bằng nhau ({votes}) cho {result.tie_seats} vị trí còn lại; "
                     "đề nghị Đại hội bầu lại giữa các đồng chí này." if vi else
                     f"{names} received the same number of votes ({votes}) for {result.tie_seats} remaining "
                     "seat(s); the presidium proposes a further round among them.")
    elif result.unfilled:
        lines.append(f"Số người trúng cử còn thiếu {result.unfilled} so với số lượng cần bầu ({result.seats}); "
                     "đề nghị Đại hội xem xét, quyết định việc bầu tiếp trong số các đồng chí chưa trúng cử." if vi else
                     f"{result.unfilled} of the {result.seats} seats remain unfilled; the meeting decides whether "
                     "to hold a further round among those not elected.")
    return "\n".join(lines)


def election_warnings(result: ElectionResult, lang: str = "vi") -> list[str]:
    """Notes for the presidium (not read aloud): figures the counting committee should check again."""
    _check_lang(lang)
    figures = {"issued": result.count.issued, "returned": result.count.returned, "present": result.attendance.present}
    return [text(f"vote.note.{code}", lang, **figures) for code in result.warnings if f"vote.note.{code}" in CATALOGUE]


def void_text(result: ElectionResult, lang: str = "vi") -> str:
    """Why a count is void, and that the vote is held again (the counting record says so in these words)."""
    c = result.count
    if result.void_reason != RETURNED_EXCEEDS_ISSUED:
        return "Kết quả kiểm phiếu không có giá trị; Đại hội tiến hành bỏ phiếu lại." if lang == "vi" \
            else "The count is void; the meeting votes again."
    if lang == "vi":
        return (f"Số phiếu thu về ({c.returned}) nhiều hơn số phiếu phát ra ({c.issued}). Theo quy định, "
                "kết quả kiểm phiếu lần này không có giá trị và không được loại bỏ phiếu thừa; "
                "Đại hội tiến hành bỏ phiếu lại.")
    return (f"More ballots were returned ({c.returned}) than issued ({c.issued}). The count is void; extra "
            "ballots may not be discarded, and the meeting votes again.")


def _outcome(question: str, passed: bool, unanimous: bool, lang: str) -> str:
    question = " ".join(question.split()).rstrip(".")
    if lang == "en":
        return f"The meeting {'unanimously ' if unanimous else ''}approved: {question}." if passed \
            else f"Not approved: {question}."
    # "Thông qua chương trình đại hội" reads "Đại hội đã … thông qua chương trình đại hội", not "thông qua Thông qua".
    prefix = "thông qua "
    if question.lower().startswith(prefix):
        what = question[len(prefix):]
    else:
        what = f"nội dung “{question}”"
    if passed:
        return f"Như vậy, Đại hội đã {'nhất trí ' if unanimous else ''}biểu quyết thông qua {what}."
    return f"Như vậy, Đại hội chưa thông qua {what}."


def _others(against: int, abstain: int, lang: str) -> str:
    if lang == "vi":
        parts = [f"{against} đồng chí không tán thành" if against else "",
                 f"{abstain} đồng chí không biểu quyết" if abstain else ""]
        text = ", ".join(p for p in parts if p)
        return f"Có {text}." if text else ""
    parts = [f"{against} against" if against else "", f"{abstain} abstained" if abstain else ""]
    text = ", ".join(p for p in parts if p)
    return text[0].upper() + text[1:] + "." if text else ""


def _votes(n: int, lang: str) -> str:
    return f"{n} phiếu" if lang == "vi" else f"{n} vote{'' if n == 1 else 's'}"


def _reached(value: Fraction, lang: str, decimals: int) -> str:
    return f"đạt {format_percent(value, lang, decimals)}" if lang == "vi" else format_percent(value, lang, decimals)


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise VoteError("announce.lang", lang=repr(lang))

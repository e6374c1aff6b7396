"""The program file (TOML) written from an import draft, laid out like the bundled samples.

What the document did not say is left for the user to finish, never invented: a missing
`delegates_convened`, a session's date or an item's duration stays out of the file with a comment in
its place, and `presidium validate` (or the editor) lists each one with its line. Vote items get the
Party's default rule (more than half of the delegates convened), written out so it can be changed.
"""

from __future__ import annotations

import re
from typing import Any

from presidium.core.durations import format_duration
from presidium.core.importing.model import Draft, DraftItem
from presidium.core.importing.words import strip_accents

DEFAULT_RULES = {
    "motion": {
        "fraction": "1/2",
        "base": "convened",
        "strict": True,
        "description": "Biểu quyết được thông qua khi có trên một phần hai (1/2) tổng số đại biểu "
        "được triệu tập tán thành.",
    },
    "election": {
        "fraction": "1/2",
        "base": "convened",
        "strict": True,
        "description": "Người trúng cử phải có số phiếu bầu đạt trên một phần hai (1/2) tổng số đại "
        "biểu được triệu tập.",
    },
}

# Words of a title (without diacritics) -> the item's kind; the first that matches wins.
KIND_RULES: tuple[tuple[str, str], ...] = (
    (r"cong bo ket qua|announcement of", "announcement"),
    (r"chao co|quoc ca|mac niem|van nghe|flag|anthem", "ceremony"),
    (r"giai lao|nghi giua|an trua|nghi trua|break|lunch", "break"),
    (
        r"bau (ban chap hanh|cap uy|ban thuong vu|bi thu|pho bi thu|uy ban kiem tra|doan dai bieu|dai bieu di du)"
        r"|bo phieu|ket qua bau cu|election of|elect the",
        "election",
    ),
    (
        r"bieu quyet|thong qua|bau doan chu tich|bau doan thu ky|bau ban tham tra|bau ban kiem phieu|vote on|approval of|adopt",
        "vote",
    ),
    (r"thao luan|tham luan|discussion|questions from", "discussion"),
    (r"bao cao|to trinh|report|accounts", "report"),
    (r"dien van|phat bieu|speech|address|remarks", "speech"),
    (r"tuyen bo|cong bo|gioi thieu|thong bao|ket thuc|be mac|khai mac|announcement|closing|opening", "announcement"),
)


def guess_kind(title: str) -> str:
    plain = strip_accents(title)
    for pattern, kind in KIND_RULES:
        if re.search(pattern, plain):
            return kind
    return "procedure"


def _kind(item: DraftItem, explicit: bool) -> str:
    if item.kind:
        return item.kind
    if item.election:
        return "election"
    if item.vote:
        return "vote"
    if item.speakers:
        return "discussion"
    kind = guess_kind(item.title)
    if explicit and kind in ("vote", "election"):  # every vote of such a document has its line: this is none
        return "announcement" if kind == "election" else "procedure"
    return kind


def slug(text: str, limit: int = 40) -> str:
    """An id from a title: "Chào cờ" -> "chao-co" (lower case, no diacritics, dashes)."""
    words = re.sub(r"[^a-z0-9]+", "-", strip_accents(text)).strip("-")
    if len(words) > limit:
        words = words[:limit].rsplit("-", 1)[0]
    return words or "muc"


def _unique(base: str, seen: set[str]) -> str:
    ident, n = base, 2
    while ident in seen:
        ident, n = f"{base}-{n}", n + 1
    seen.add(ident)
    return ident


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _control(found: re.Match[str]) -> str:
    return f"\\u{ord(found[0]):04x}"


def basic(text: str) -> str:
    """A TOML basic string ("…"), every character that needs it escaped."""
    text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return '"' + _CONTROL.sub(_control, text) + '"'


def multiline(text: str) -> str:
    """A TOML multi-line basic string (triple quotes), as the samples write scripts."""
    if "\n" not in text:
        return basic(text)
    body = _CONTROL.sub(_control, text.replace("\\", "\\\\").replace("\t", "\\t"))
    # never three quotes in a row, and none just before the closing delimiter
    body = re.sub(r'"{2,}', lambda run: '"' + '\\"' * (len(run[0]) - 1), body)
    if body.endswith('"') and not body.endswith('\\"'):
        body = body[:-1] + '\\"'
    if body.startswith("\n"):  # a newline just after the opening delimiter would be dropped
        body = "\\n" + body[1:]
    return '"""' + body + '"""'


def program_toml(draft: Draft, source: str, shape_name: str = "") -> str:
    """The whole program file for `draft`, read from the file named `source`."""
    out = [
        f"# Chương trình nhập từ {source}" + (f" ({shape_name})" if shape_name else "") + ".",
        "# Hoàn thiện những chỗ ghi “CẦN ĐIỀN”, rồi kiểm tra bằng: presidium validate TỆP",
        "",
        "format = 1",
        "",
        "[congress]",
    ]
    out.append(f"title = {basic(' '.join(draft.title.split()) or 'CẦN ĐIỀN: tên đại hội')}")
    out.append(
        f"organization = {basic(draft.organization)}  # CẦN ĐIỀN: đơn vị tổ chức (in trên văn bản)"
        if not draft.organization
        else f"organization = {basic(draft.organization)}"
    )
    if draft.place:
        out.append(f"place = {basic(draft.place)}")
    if draft.venue:
        out.append(f"venue = {basic(draft.venue)}")
    out.append("# CẦN ĐIỀN: số đại biểu được triệu tập (mọi biểu quyết tính theo số này)")
    out.append("# delegates_convened = ")
    items = draft.items
    explicit = any(item.vote or item.election for item in items)  # the document spells out its votes
    kinds = {id(item): _kind(item, explicit) for item in items}
    rules = _rules(items, kinds)
    for name, rule in rules.items():
        out += [
            "",
            f"[rules.{name}]",
            f"fraction = {basic(rule['fraction'])}",
            f"base = {basic(rule['base'])}",
            f"strict = {'true' if rule['strict'] else 'false'}",
            f"description = {basic(rule['description'])}",
        ]
    session_ids: set[str] = set()
    item_ids: set[str] = set()
    previous_day = None
    for session in draft.sessions:  # a title is one line, however the document broke it
        session.title = " ".join(session.title.split())
        for item in session.items:
            item.title = " ".join(item.title.split())
    for number, session in enumerate(draft.sessions, 1):
        out += [
            "",
            "# " + "=" * 93,
            f"# {session.title or f'Phiên {number}'}",
            "# " + "=" * 93,
            "",
            "[[session]]",
            f"id = {basic(_unique(slug(session.title) if session.title else f'phien-{number}', session_ids))}",
            f"title = {basic(session.title or f'Phiên {number}')}",
        ]
        day = session.date or draft.day
        if day:
            out.append(f"date = {day.isoformat()}")
        elif previous_day:
            out.append(
                f"date = {previous_day.isoformat()}  # CẦN KIỂM TRA: tài liệu không ghi ngày, lấy theo phiên trước"
            )
        else:
            out.append("# CẦN ĐIỀN: ngày họp, viết như date = 2025-07-15")
        previous_day = day or previous_day
        start = session.start
        out.append(f'start = "{start:%H:%M}"' if start else '# CẦN ĐIỀN: giờ bắt đầu, viết như start = "07:30"')
        for item in session.items:
            out += [""] + _item(item, kinds[id(item)], item_ids, rules)
    return "\n".join(out) + "\n"


def _rule_key(rule: dict[str, Any]) -> tuple[str, str, bool]:
    return rule["fraction"], rule["base"], rule["strict"]


def _rules(items: list[DraftItem], kinds: dict[int, str]) -> dict[str, dict[str, Any]]:
    """The rules the items use: those the document spells out, each once, else the Party's defaults."""
    rules: dict[str, dict[str, Any]] = {}
    for item in items:
        kind = kinds[id(item)]
        if kind not in ("vote", "election"):
            continue
        family = "motion" if kind == "vote" else "election"
        spelled = ((item.vote if kind == "vote" else item.election) or {}).get("rule") or DEFAULT_RULES[family]
        if any(_rule_key(rule) == _rule_key(spelled) for name, rule in rules.items() if name.startswith(family)):
            continue
        name, n = family, 2
        while name in rules:
            name, n = f"{family}-{n}", n + 1
        rules[name] = spelled
    return rules


def _rule_name(rules: dict[str, dict[str, Any]], family: str, spelled: dict[str, Any] | None) -> str:
    spelled = spelled or DEFAULT_RULES[family]
    for name, rule in rules.items():
        if name.startswith(family) and _rule_key(rule) == _rule_key(spelled):
            return name
    return family


def _item(item: DraftItem, kind: str, seen: set[str], rules: dict[str, dict[str, Any]]) -> list[str]:
    out = [
        "[[session.item]]",
        f"id = {basic(_unique(slug(item.title), seen))}",
        f"title = {basic(item.title or 'CẦN ĐIỀN: tên nội dung')}",
        f"kind = {basic(kind)}",
    ]
    if item.by:
        out.append(f"by = {basic(item.by)}")
    if item.duration:
        out.append(f"duration = {basic(format_duration(item.duration))}")
    else:
        out.append(
            '# CẦN ĐIỀN: thời lượng, viết như duration = "5m"' + (f" (đọc từ {item.source})" if item.source else "")
        )
    if kind == "vote":
        question = (item.vote or {}).get("question") or item.title
        rule = _rule_name(rules, "motion", (item.vote or {}).get("rule"))
        out.append(f"vote = {{ question = {basic(question)}, rule = {basic(rule)} }}")
    if kind == "election":
        spec = item.election or {}
        body = spec.get("body") or re.sub(r"^(bầu|Bầu)\s+", "", item.title)
        seats = spec.get("seats")
        names = spec.get("candidates") or []
        listed = (", candidates = [" + ", ".join(basic(name) for name in names) + "]") if names else ""
        rule = _rule_name(rules, "election", spec.get("rule"))
        cap = spec.get("max_surplus")  # a share ("20%") or a number of names; none: the default
        surplus = f", max_surplus = {cap if isinstance(cap, int) else basic(cap)}" if cap else ""
        line = (
            f"election = {{ body = {basic(body)}, rule = {basic(rule)}"
            + (f", seats = {seats}" if seats else "")
            + surplus
            + listed
            + " }"
        )
        out.append(line)
        if not seats:
            out.append("# CẦN ĐIỀN: số lượng cần bầu, thêm seats = … vào dòng election ở trên")
    if item.notes:
        out.append(f"notes = {multiline(chr(10).join(item.notes))}")
    if item.script_text:
        out.append(f"script = {multiline(item.script_text)}")
    for name, unit in item.speakers if kind == "discussion" else ():
        out += ["", "[[session.item.speaker]]", f"name = {basic(name)}"] + ([f"unit = {basic(unit)}"] if unit else [])
    return out

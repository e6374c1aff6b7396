"""The podium's lasting line on the hall (`presidium.core.hall`): delegates present of those convened, and
whether the congress has its quorum under the program's rule."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # the line in two parts: the figures, then the verdict when the program names a quorum rule
    "present": ("Có mặt {present}/{convened}", "Present {present}/{convened}"),
    "met": ("đủ số đại biểu", "quorum met"),
    # the vote panel says the number needed even when the quorum is met
    "met-needed": ("đủ số đại biểu (cần ít nhất {needed})", "quorum met (at least {needed} needed)"),
    "lacking": ("chưa đủ số đại biểu (cần {needed})", "no quorum ({needed} needed)"),
    # the two on one line
    "line": ("{figures} · {verdict}", "{figures} · {verdict}"),
    # the longer sentence under the mouse: the rule behind the line
    "detail": (
        "Điều kiện tiến hành: có mặt ít nhất {needed}/{convened} đại biểu (quy tắc '{rule}'); hiện có mặt {present}",
        "Quorum: at least {needed} of {convened} delegates present (rule '{rule}'); {present} present now",
    ),
    "detail-no-rule": (
        "Chương trình không quy định số đại biểu tối thiểu phải có mặt",
        "The program sets no quorum",
    ),
}

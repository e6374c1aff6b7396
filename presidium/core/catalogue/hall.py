"""The podium's lasting line on the hall (`presidium.core.hall`): delegates present of those convened, and
whether the congress has its quorum under the program's rule."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # no quorum rule in the program: the figures alone
    "present": ("Có mặt {present}/{convened}", "Present {present}/{convened}"),
    "quorum-met": ("Có mặt {present}/{convened} · đủ số đại biểu", "Present {present}/{convened} · quorum met"),
    "quorum-lacking": (
        "Có mặt {present}/{convened} · chưa đủ số đại biểu (cần {needed})",
        "Present {present}/{convened} · no quorum ({needed} needed)",
    ),
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

"""What the minutes (core/minutes.py) say in their own words: the question a change to the candidate list
is voted on, and the note on a vote taken without the quorum."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "question.withdrawal": ("việc đồng chí {name} rút khỏi danh sách bầu cử",
                            "the withdrawal of {name} from the candidate list"),
    "question.nomination": ("việc bổ sung đồng chí {name} vào danh sách bầu cử", "adding {name} to the candidate list"),
    "below-quorum": (
        "(Biểu quyết khi Đại hội không đủ số đại biểu theo quy chế; Đoàn Chủ tịch đã xác nhận tiến hành.)",
        "(Voted without the quorum; the presidium confirmed the vote would go ahead.)",
    ),
}

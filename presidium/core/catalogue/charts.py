"""What the review's charts say (presidium.ui.charts): lane names, the legend, the empty-chart sentence and
the overrun chart's axis. The same paint functions draw the review window and the Word review's images.
"""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "planned": ("Kế hoạch", "Planned"),
    "actual": ("Thực tế", "Actual"),
    "minutes": ("phút", "min"),
    "no_overrun": (
        "Không có nội dung nào chênh lệch quá {tol} phút so với kế hoạch.",
        "No item was more than {tol} min off its planned time.",
    ),
    "shifted": ("(thực tế dời về giờ bắt đầu dự kiến)", "(actual shifted to the planned start)"),
    "timeline": ("Tiến độ kế hoạch và thực tế", "Planned and actual timeline"),
    "on_time": ("Thực hiện", "Held"),
    "over": ("Vượt thời gian", "Overran"),
    "inserted": ("Phát sinh", "Inserted"),
    "skipped": ("Không thực hiện", "Not held"),
    "overruns": ("Chênh lệch so với thời lượng dự kiến (phút)", "Difference from the planned time (min)"),
}

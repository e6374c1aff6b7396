"""Write a large, valid program for benchmarks and scale tests: N items over D days.

python scripts/generate_program.py --items 500 --days 3 -o big.toml
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

KINDS = ["report", "speech", "discussion", "vote", "procedure", "announcement", "break", "ceremony"]
SCRIPT = (
    "Kính thưa Đại hội! Tiếp theo chương trình, xin trân trọng kính mời {item.by} trình bày {item.title}. "
    "Hiện có {present}/{convened} đại biểu có mặt."
)


def program_text(items: int = 500, days: int = 3, cards: int = 40) -> str:
    out = [
        "format = 1",
        "[congress]",
        'title = "Đại hội đại biểu thử tải lần thứ I, nhiệm kỳ 2025–2030"',
        'organization = "Đảng bộ Thử tải"',
        'superior = "Đảng bộ tỉnh"',
        'place = "Hà Tĩnh"',
        "delegates_convened = 500",
        "[rules.motion]",
        'fraction = "1/2"',
        'base = "convened"',
        "strict = true",
        "[rules.election]",
        'fraction = "1/2"',
        'base = "convened"',
        "strict = true",
    ]
    per_session = -(-items // (days * 2))
    number = 0
    for day in range(days):
        for half, start in ((0, "07:30"), (1, "13:30")):
            out += [
                "",
                "[[session]]",
                f'id = "ngay-{day + 1}-{half + 1}"',
                f'title = "Ngày {day + 1}, buổi {"sáng" if half == 0 else "chiều"}"',
                f"date = {date(2025, 7, 7) + timedelta(days=day)}",
                f'start = "{start}"',
            ]
            for _ in range(per_session):
                if number >= items:
                    break
                number += 1
                kind = KINDS[number % len(KINDS)]
                out += [
                    "[[session.item]]",
                    f'id = "muc-{number}"',
                    f'title = "Nội dung số {number}"',
                    f'kind = "{kind}"',
                    f'duration = "{1 + number % 9}m"',
                    'by = "Đoàn Chủ tịch"',
                    f'script = "{SCRIPT}"',
                    f'cards = ["the-{number % cards}"]',
                ]
                if kind == "vote":
                    out.append(f'vote = {{ question = "Biểu quyết nội dung số {number}", rule = "motion" }}')
    for card in range(cards):
        out += [
            "",
            "[[card]]",
            f'id = "the-{card}"',
            f'title = "Tình huống số {card}"',
            'when = "Khi phát sinh"',
            'steps = ["Bước một", "Bước hai"]',
            f'refs = ["dieu-{card % 10}"]',
        ]
    out += ["", "[[regulation]]", 'id = "quy-che"', 'title = "Quy chế làm việc"']
    for article in range(10):
        out += [
            "[[regulation.article]]",
            f'id = "dieu-{article}"',
            f'number = "Điều {article + 1}"',
            'text = "Nội dung điều khoản."',
        ]
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--days", type=int, default=3)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    args.output.write_text(program_text(args.items, args.days), encoding="utf-8")


if __name__ == "__main__":
    main()

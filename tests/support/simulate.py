"""A program file and a rehearsal script for the headless commands (`simulate`, `runs`, `verify`).

`write_files(folder)` writes both and returns (program, script, journal); the `files` fixture in
tests/conftest.py does it in the test's own folder.
"""

from __future__ import annotations

from pathlib import Path

PROGRAM = """\
format = 1
[congress]
title = "Đại hội thử nghiệm"
organization = "Đảng bộ thử nghiệm"
delegates_convened = 150

[rules.motion]
fraction = "1/2"
base = "convened"
strict = true

[[session]]
id = "chinh-thuc"
title = "Phiên chính thức"
date = 2020-07-07
start = "07:30"

[[session.item]]
id = "chao-co"
title = "Chào cờ"
kind = "ceremony"
duration = "5m"

[[session.item]]
id = "bao-cao"
title = "Báo cáo chính trị"
kind = "report"
duration = "30m"

[[session.item]]
id = "thong-qua"
title = "Thông qua nghị quyết"
kind = "vote"
duration = "3m"
vote = { question = "Thông qua nghị quyết", rule = "motion" }

[[session.item]]
id = "be-mac"
title = "Bế mạc"
kind = "ceremony"
duration = "5m"

[[card]]
id = "mat-dien"
title = "Mất điện"
"""

SCRIPT = """\
0:00 start
5:30 next                 # 30 s over
20:00 card mat-dien
20:10 pause
25:10 resume
38:00 present 140
38:00 next                # report: 27:30 net of the pause
39:00 vote for=139 against=1 abstain=0
41:00 insert 4m kind=announcement Đọc thư chúc mừng
41:30 next
45:00 next
50:00 finish
"""


def write_files(folder: Path) -> tuple[Path, Path, Path]:
    program = folder / "dai-hoi.toml"
    program.write_text(PROGRAM, encoding="utf-8")
    script = folder / "tong-duyet.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    return program, script, folder / "dai-hoi.presidium.db"

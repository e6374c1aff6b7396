"""A small congress run on a fake clock through CongressSession, shared by the export and review tests.

No tests here: `congress(tmp_path)` writes the program, plays a rehearsal and a live run into a journal
and returns where they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from presidium.app.session import CongressSession
from presidium.core.clock import FakeClock
from presidium.core.loader import load_program

PROGRAM = """\
format = 1

[congress]
title = "Đại hội đại biểu Đảng bộ Quân sự tỉnh lần thứ XIII, nhiệm kỳ 2025–2030"
organization = "Đảng bộ Quân sự tỉnh"
superior = "Đảng bộ tỉnh Hà Tĩnh"
place = "Hà Tĩnh"
venue = "Hội trường Bộ Chỉ huy Quân sự tỉnh"
delegates_convened = 150

[rules.motion]
fraction = "1/2"
base = "convened"
strict = true

[rules.election]
fraction = "1/2"
base = "convened"
strict = true

[[session]]
id = "tru-bi"
title = "Phiên trù bị"
date = 2025-07-07
start = "07:30"

[[session.item]]
id = "bau-dct"
title = "Bầu Đoàn Chủ tịch Đại hội"
kind = "vote"
duration = "5m"
by = "Ban Tổ chức"
vote = { question = "Bầu Đoàn Chủ tịch Đại hội", rule = "motion" }

[[session.item]]
id = "thong-qua-ct"
title = "Thông qua chương trình Đại hội"
kind = "vote"
duration = "5m"
by = "Đoàn Chủ tịch"
vote = { question = "Thông qua chương trình Đại hội", rule = "motion" }

[[session]]
id = "chinh-thuc"
title = "Phiên chính thức"
date = 2025-07-07
start = "08:00"

[[session.item]]
id = "chao-co"
title = "Chào cờ"
kind = "ceremony"
duration = "5m"
by = "Ban Tổ chức"

[[session.item]]
id = "bao-cao"
title = "Báo cáo chính trị"
kind = "report"
duration = "30m"
by = "Đồng chí Bí thư Đảng ủy"

[[session.item]]
id = "tham-luan"
title = "Thảo luận, tham luận"
kind = "discussion"
duration = "20m"
by = "Đoàn Chủ tịch"
[[session.item.speaker]]
name = "Nguyễn Văn Hùng"
unit = "Ban CHQS huyện Kỳ Anh"
topic = "Xây dựng lực lượng dân quân"
[[session.item.speaker]]
name = "Trần Thị Mai"
unit = "Phòng Chính trị"
topic = "Công tác dân vận"

[[session.item]]
id = "cap-tren"
title = "Phát biểu chỉ đạo của đại diện cấp ủy cấp trên"
kind = "speech"
duration = "15m"
by = "Đồng chí Phó Bí thư Thường trực Tỉnh ủy"

[[session.item]]
id = "bau-bch"
title = "Bầu Ban Chấp hành Đảng bộ"
kind = "election"
duration = "40m"
by = "Ban Kiểm phiếu"
[session.item.election]
body = "Ban Chấp hành Đảng bộ"
seats = 4
rule = "election"
candidates = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Văn Dũng", "Hoàng Thị Em"]

[[session.item]]
id = "nghi-quyet"
title = "Thông qua Nghị quyết Đại hội"
kind = "vote"
duration = "5m"
by = "Đoàn Thư ký"
vote = { question = "Thông qua Nghị quyết Đại hội", rule = "motion" }

[[session.item]]
id = "bien-ban"
title = "Thông qua Biên bản Đại hội"
kind = "vote"
duration = "5m"
by = "Đoàn Thư ký"
vote = { question = "Thông qua Biên bản Đại hội", rule = "motion" }

[[session.item]]
id = "be-mac"
title = "Bế mạc"
kind = "ceremony"
duration = "5m"
by = "Đồng chí Bí thư Đảng ủy"

[[card]]
id = "mat-dien"
title = "Mất điện, hỏng âm thanh"
"""

MINUTE = 60


@dataclass
class Sample:
    program_path: Path
    db: Path
    rehearsal_id: int
    live_id: int
    live_start: float


def day_start() -> float:
    """07:30 local time on the program's date: the live run happens "on the day"."""
    return datetime(2025, 7, 7, 7, 30).timestamp()


def play(session: CongressSession, clock: FakeClock, *, slow: float = 1.0, resolution_for: int = 76) -> None:
    """One run of the program; `slow` stretches the report and the discussion (rehearsals overrun too)."""
    clock.advance(0)
    session.start()  # bầu Đoàn Chủ tịch
    session.set_attendance(146, reason="ốm, công tác đột xuất")
    clock.advance(4 * MINUTE)
    session.record_vote(unanimous=True)
    clock.advance(1 * MINUTE)
    session.next()  # thông qua chương trình
    clock.advance(3 * MINUTE)
    session.record_vote(140, 4, 2)
    clock.advance(1 * MINUTE)
    session.next()  # chào cờ (08:00 planned; the preparatory session ran 10 min)
    clock.advance(6 * MINUTE)
    session.next()  # báo cáo chính trị: 38 min against 30
    clock.advance(38 * MINUTE * slow)
    session.goto("cap-tren")  # the guest has to leave early: speech before the discussion
    clock.advance(14 * MINUTE)
    session.next()  # thảo luận (20 min planned) — 27 min, with a pause for the sound
    clock.advance(10 * MINUTE * slow)
    session.use_card("mat-dien")
    session.pause()
    clock.advance(4 * MINUTE)
    session.resume()
    session.note("Âm thanh bị ngắt 4 phút, chuyển micro dự phòng", "technical")
    clock.advance(17 * MINUTE * slow)
    session.set_attendance(145, reason="ốm, công tác đột xuất, 01 đồng chí xin về sớm")
    session.next()  # bầu BCH
    clock.advance(30 * MINUTE)
    session.record_ballot(
        145,
        145,
        2,
        {"Nguyễn Văn An": 140, "Trần Thị Bình": 120, "Lê Văn Cường": 76, "Phạm Văn Dũng": 70, "Hoàng Thị Em": 131},
    )
    clock.advance(5 * MINUTE)
    session.next()  # nghị quyết
    clock.advance(4 * MINUTE)
    session.record_vote(resolution_for, 60, 9)  # 76 of 150 convened: more than half, barely
    session.next()  # biên bản
    clock.advance(3 * MINUTE)
    session.record_vote(unanimous=True)
    clock.advance(1 * MINUTE)
    session.next()  # bế mạc
    clock.advance(5 * MINUTE)
    session.finish()


def congress(tmp_path: Path, *, resolution_for: int = 76) -> Sample:
    program_path = tmp_path / "dai-hoi.toml"
    program_path.write_text(PROGRAM, encoding="utf-8")
    program = load_program(program_path)
    db = tmp_path / "journal.db"
    rehearsal_clock = FakeClock(datetime(2025, 7, 5, 14, 0).timestamp())
    rehearsal = CongressSession.open(program, db, "rehearsal", rehearsal_clock)
    play(rehearsal, rehearsal_clock, slow=1.2)
    rehearsal_id = rehearsal.run_id
    rehearsal.close()
    live_clock = FakeClock(day_start())
    live = CongressSession.open(program, db, "live", live_clock)
    play(live, live_clock, resolution_for=resolution_for)
    live_id = live.run_id
    live.close()
    return Sample(program_path, db, rehearsal_id, live_id, day_start())

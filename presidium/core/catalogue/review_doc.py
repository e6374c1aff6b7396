"""What the post-congress review (báo cáo rút kinh nghiệm) says (presidium.infra.export_review). A table's
header is one entry per column ("totals_header.planned"); a speaker's form one per status ("forms.absent").

The modes and the note categories' headings are the vocabulary's (vocabulary.py).
"""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "when": ("{time} ngày {day}", "{time} on {day}"),
    # the number left blank to fill by hand, in the organisation's form (core.minutes.NUMBER_FORMS):
    # BC, a report; ĐCT, the presidium that issues it
    "number.party": ("Số        -BC/ĐCT", "No.        "),
    "number.youth": ("Số:        -BC/ĐCT", "No.        "),
    "number.state": ("Số:        /BC-ĐCT", "No.        "),
    "number.plain": ("Số:        ", "No.        "),
    "report": ("Báo cáo", "Report"),
    "subject": ("Rút kinh nghiệm công tác điều hành Đại hội", "Lessons learned in running the congress"),
    "intro": (
        "Báo cáo này tổng hợp từ nhật ký điều hành lượt số {run} ({mode}), bắt đầu lúc {start}, kết thúc lúc {end}; "
        "thời lượng tính theo thời gian thực hiện, không kể thời gian tạm dừng.",
        "Compiled from the journal of run {run} ({mode}), from {start} to {end}; times are time spent on each item, "
        "pauses excluded.",
    ),
    "not_finished": ("(chưa kết thúc)", "(not finished)"),
    "compared": ("So sánh với {n} lượt tổng duyệt (lượt số {ids}).", "Compared with {n} rehearsal(s) (runs {ids})."),
    "no_rehearsals": ("Không có lượt tổng duyệt nào để so sánh.", "No rehearsal to compare with."),
    "totals": ("TỔNG HỢP THỜI GIAN THEO PHIÊN", "TIME BY SESSION"),
    "totals_header.session": ("Phiên", "Session"),
    "totals_header.planned": ("Dự kiến (phút)", "Planned (min)"),
    "totals_header.actual": ("Thực tế (phút)", "Actual (min)"),
    "totals_header.difference": ("Chênh lệch (phút)", "Difference (min)"),
    "totals_header.held": ("Thực hiện / không thực hiện / phát sinh", "Held / not held / added"),
    "total": ("Cộng", "Total"),
    "totals_note": (
        "Chênh lệch dương: kéo dài hơn dự kiến; âm: ngắn hơn dự kiến.",
        "A positive difference ran longer than planned; a negative one shorter.",
    ),
    "paused": ("Tổng thời gian tạm dừng: {n} phút.", "Pauses in all: {n} min."),
    "gaps": (
        "Hệ thống điều hành bị gián đoạn {count} lần, tổng cộng {n} phút.",
        "The podium system was interrupted {count} time(s), {n} min in all.",
    ),
    "figure": ("Hình", "Figure"),
    "timeline": ("Tiến độ kế hoạch và thực tế theo từng phiên", "Planned and actual timeline by session"),
    "overruns": ("Chênh lệch so với thời lượng dự kiến (phút)", "Difference from the planned time (min)"),
    "overruns_heading": ("CÁC NỘI DUNG VƯỢT THỜI GIAN", "ITEMS THAT OVERRAN"),
    "overruns_intro": (
        "Có {n} nội dung vượt thời gian quá {tol} phút, xếp theo mức vượt từ cao xuống thấp:",
        "{n} item(s) overran by more than {tol} min, largest first:",
    ),
    "no_overruns": ("Không có nội dung nào vượt thời gian quá {tol} phút.", "No item overran by more than {tol} min."),
    "overruns_header.no": ("TT", "No."),
    "overruns_header.item": ("Nội dung", "Item"),
    "overruns_header.planned": ("Dự kiến (phút)", "Planned (min)"),
    "overruns_header.actual": ("Thực tế (phút)", "Actual (min)"),
    "overruns_header.over": ("Vượt (phút)", "Over (min)"),
    "overruns_header.rehearsals": ("Các lần tổng duyệt (phút)", "Rehearsals (min)"),
    "early": ("Các nội dung kết thúc sớm hơn dự kiến: {items}.", "Items that ended early: {items}."),
    "discussions": ("THẢO LUẬN, THAM LUẬN", "DISCUSSION AND CONTRIBUTIONS"),
    "speakers_totals": (
        "Có {spoken} lượt phát biểu tại hội trường; tổng thời gian cho phép {allowed} phút, thực tế {actual} phút "
        "(chênh lệch {delta} phút).",
        "{spoken} contribution(s) were spoken; {allowed} min allowed, {actual} min spoken (difference {delta} min).",
    ),
    "discussion_times": ("dự kiến {planned} phút, thực tế {actual} phút", "{planned} min planned, {actual} min actual"),
    "no_speaker_records": (
        "Nhật ký điều hành không ghi nhận từng lượt phát biểu của phần này.",
        "The journal holds no record of the individual contributions to this item.",
    ),
    "speakers_header.speaker": ("Người phát biểu", "Speaker"),
    "speakers_header.unit": ("Đơn vị", "Unit"),
    "speakers_header.allowed": ("Thời gian cho phép (phút)", "Time allowed (min)"),
    "speakers_header.spoken": ("Thời gian thực tế (phút)", "Time spoken (min)"),
    "speakers_header.difference": ("Chênh lệch / hình thức", "Difference / form"),
    "speakers_note": (
        "Phát biểu: {spoke}; vắng mặt: {absent}; gửi văn bản: {written}; đăng ký tại hội trường: {floor}; chưa phát "
        "biểu: {waiting}.",
        "Spoke: {spoke}; absent: {absent}; in writing: {written}; from the floor: {floor}; not reached: {waiting}.",
    ),
    "forms.absent": ("vắng mặt", "absent"),
    "forms.waiting": ("chưa phát biểu", "not reached"),
    "forms.speaking": ("đang phát biểu", "speaking"),
    "form_written": ("gửi văn bản (tiết kiệm {n} phút)", "in writing ({n} min recovered)"),
    "form_floor": ("đăng ký tại hội trường", "from the floor"),
    "speaker_overruns_intro": (
        "Có {n} đồng chí phát biểu vượt thời gian cho phép quá {tol} phút, xếp theo mức vượt từ cao xuống thấp:",
        "{n} speaker(s) overran their allowance by more than {tol} min, largest first:",
    ),
    "no_speaker_overruns": (
        "Không có đồng chí nào phát biểu vượt thời gian cho phép quá {tol} phút.",
        "No speaker overran their allowance by more than {tol} min.",
    ),
    "speaker_overruns_header.no": ("TT", "No."),
    "speaker_overruns_header.speaker": ("Người phát biểu", "Speaker"),
    "speaker_overruns_header.unit": ("Đơn vị", "Unit"),
    "speaker_overruns_header.allowed": ("Cho phép (phút)", "Allowed (min)"),
    "speaker_overruns_header.spoken": ("Thực tế (phút)", "Spoken (min)"),
    "speaker_overruns_header.over": ("Vượt (phút)", "Over (min)"),
    "recovered": (
        "{count} tham luận chuyển sang hình thức gửi văn bản đã tiết kiệm {n} phút so với thời gian cho phép.",
        "{count} contribution(s) submitted in writing recovered {n} min of allowed time.",
    ),
    "changes": ("THAY ĐỔI SO VỚI CHƯƠNG TRÌNH", "CHANGES TO THE PROGRAM"),
    "no_changes": (
        "Các nội dung được thực hiện đầy đủ, đúng thứ tự chương trình.",
        "Every item was held, in the program's order.",
    ),
    "skipped": ("Không thực hiện: “{title}”.", "Not held: “{title}”."),
    "moved": (
        "Điều chỉnh thứ tự: “{title}” (theo chương trình là mục {planned}, thực hiện ở vị trí {held}, lúc {at}).",
        "Moved: “{title}” (item {planned} in the program, held at position {held}, at {at}).",
    ),
    "inserted": (
        "Nội dung phát sinh: “{title}” ({state}, {actual} phút).",
        "Added: “{title}” ({state}, {actual} min).",
    ),
    "held": ("đã thực hiện", "held"),
    "not_held": ("chưa thực hiện", "not held"),
    "situations": ("TÌNH HUỐNG PHÁT SINH VÀ GHI CHÚ ĐIỀU HÀNH", "SITUATIONS AND CHAIR'S NOTES"),
    "cards": ("Sử dụng {n} lần thẻ tình huống:", "Contingency cards used {n} time(s):"),
    "card": ("{at}: “{title}”, khi thực hiện nội dung “{item}”.", "{at}: “{title}”, during “{item}”."),
    "no_cards": ("Không phải sử dụng thẻ tình huống.", "No contingency card was needed."),
    "no_notes": ("Không có ghi chú điều hành.", "No notes were taken."),
    "suggestions": ("ĐỀ XUẤT, KIẾN NGHỊ", "SUGGESTIONS"),
    "no_suggestions": (
        "Số liệu điều hành không cho thấy nội dung cần điều chỉnh.",
        "The figures show nothing that needs changing.",
    ),
    "sign": ("T/M Đoàn Chủ tịch", "For the presidium"),
    "appendix": ("PHỤ LỤC", "APPENDIX"),
    "appendix_subject": (
        "Thời lượng dự kiến và thực tế của từng nội dung (theo thứ tự thực hiện)",
        "Planned and actual time of every item, in running order",
    ),
    "items_header.no": ("TT", "No."),
    "items_header.item": ("Nội dung", "Item"),
    "items_header.planned": ("Dự kiến", "Planned"),
    "items_header.actual": ("Thực tế", "Actual"),
    "items_header.difference": ("Chênh lệch", "Difference"),
    "items_header.remarks": ("Ghi chú", "Remarks"),
    "rehearsal_short": ("TD", "R"),
    "mark_inserted": ("phát sinh", "added"),
    "mark_moved": ("đổi thứ tự", "moved"),
    "mark_skipped": ("không thực hiện", "not held"),
    "mark_cards": ("{n} thẻ tình huống", "{n} card(s)"),
}

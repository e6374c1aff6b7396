"""What the minutes (biên bản đại hội) and their counting records (biên bản kiểm phiếu) say
(presidium.infra.export_minutes), and what core/minutes.py says in its own words: the question a
change to the candidate list is voted on, and the note on a vote taken without the quorum. A table's header is one entry per column ("vote_header.for").

Vote bases, outcomes and the tie, unfilled and void sentences are the vocabulary's (vocabulary.py).
"""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "clock": ("{hour} giờ {minute} phút", "{hour}:{minute}"),
    "minutes": ("Biên bản", "Minutes"),
    # the document's number and code, as each organisation writes it (core.minutes.NUMBER_FORMS)
    "number.party": ("Số {reference}", "No. {reference}"),
    "number.youth": ("Số: {reference}", "No. {reference}"),
    "number.state": ("Số: {reference}", "No. {reference}"),
    "number.plain": ("Số: {reference}", "No. {reference}"),
    "rehearsal": (
        "BẢN TỔNG DUYỆT — KHÔNG PHẢI BIÊN BẢN CHÍNH THỨC CỦA ĐẠI HỘI",
        "REHEARSAL — NOT THE OFFICIAL MINUTES",
    ),
    "unfinished": (
        "(Đại hội chưa kết thúc; biên bản ghi đến {at})",
        "(The meeting has not closed; these minutes run to {at})",
    ),
    "opening": (
        "Hôm nay, vào hồi {time}, {day}{where}, {title} đã khai mạc.",
        "{title} opened at {time} on {day}{where}.",
    ),
    "at_venue": (", tại {venue}", ", at {venue}"),
    "attendance": ("THÀNH PHẦN DỰ ĐẠI HỘI", "ATTENDANCE"),
    "convened": ("Tổng số đại biểu được triệu tập: {n} đồng chí.", "Delegates convened: {n}."),
    "no_attendance": ("Chưa ghi nhận số liệu thẩm tra tư cách đại biểu.", "No credentials figures were recorded."),
    "present_first": (
        "Theo báo cáo của Ban Thẩm tra tư cách đại biểu (lúc {time}): có mặt {present} đồng chí; vắng mặt {absent} "
        "đồng chí{reason}.",
        "Credentials report (at {time}): {present} present, {absent} absent{reason}.",
    ),
    "present_change": (
        "Lúc {time}, số đại biểu có mặt thay đổi: có mặt {present} đồng chí; vắng mặt {absent} đồng chí{reason}. Các "
        "biểu quyết sau thời điểm này tính theo số liệu này.",
        "At {time} attendance changed: {present} present, {absent} absent{reason}. Later votes use these figures.",
    ),
    "reason": (" (lý do: {reason})", " (reason: {reason})"),
    "reasons": (
        " (vắng có lý do {with_reason} đồng chí: {reason}; vắng không có lý do {without} đồng chí)",
        " ({with_reason} excused: {reason}; {without} without a reason)",
    ),
    "all_excused": (", đều có lý do ({reason})", ", all excused ({reason})"),
    "correction": (
        "Lúc {time}, số đại biểu được triệu tập được điều chỉnh từ {old} thành {new} đồng chí (lý do: {why}); có mặt "
        "{present} đồng chí, vắng mặt {absent} đồng chí{reason}.",
        "At {time} the number convened was corrected from {old} to {new} (reason: {why}); {present} present, "
        "{absent} absent{reason}.",
    ),
    "alternates": (
        "Trong số đại biểu có mặt có {n} đồng chí đại biểu dự khuyết thay thế.",
        "Alternates seated among those present, in place of absent delegates: {n}.",
    ),
    "excused": (
        "Có {n} đồng chí vắng mặt suốt Đại hội không có người thay thế, không tính vào số đại biểu được triệu tập "
        "khi biểu quyết.",
        "{n} were absent for the whole meeting without a substitute and are not counted among those convened for the "
        "votes.",
    ),
    "quorum": (
        "Đại hội có đủ số đại biểu để tiến hành theo quy chế (có mặt {present}/{convened} đồng chí, cần ít nhất "
        "{needed} đồng chí).",
        "The meeting had its quorum ({present} of {convened} present, at least {needed} needed).",
    ),
    "no_quorum": (
        "Đại hội không đủ số đại biểu theo quy chế (có mặt {present}/{convened} đồng chí, cần ít nhất {needed} đồng "
        "chí).",
        "The meeting did not have its quorum ({present} of {convened} present, at least {needed} needed).",
    ),
    "guests": ("Đại biểu cấp trên dự và chỉ đạo Đại hội: {names}.", "Upper-level representatives attending: {names}."),
    "guests_listed": ("Khách mời dự Đại hội:", "Guests:"),
    "bodies": (
        "ĐOÀN CHỦ TỊCH, ĐOÀN THƯ KÝ VÀ CÁC BAN GIÚP VIỆC CỦA ĐẠI HỘI",
        "PRESIDIUM, SECRETARIAT AND COMMITTEES OF THE CONGRESS",
    ),
    "proceedings": ("DIỄN BIẾN ĐẠI HỘI", "PROCEEDINGS"),
    "span": ("từ {start} đến {end}", "{start}–{end}"),
    "span_open": ("bắt đầu lúc {start}", "from {start}"),
    "moved": ("điều chỉnh thứ tự so với chương trình", "moved from its place in the program"),
    "inserted": ("nội dung phát sinh, không có trong chương trình", "added; not in the program"),
    "not_held": ("không thực hiện", "not held"),
    "not_reached": ("chưa thực hiện", "not reached"),
    "by": ("Trình bày, điều hành: {by}.", "Presented by {by}."),
    "upper_level": ("Đồng chí {by} phát biểu chỉ đạo Đại hội.", "{by} addressed the meeting."),
    "registered": (
        "Danh sách tham luận đăng ký theo chương trình (chưa ghi nhận lượt phát biểu):",
        "Contributions registered in the program (no turns recorded):",
    ),
    "spoke": ("Có {n} ý kiến phát biểu, tham luận tại Đại hội:", "{n} contributions were delivered:"),
    "spoke.one": ("Có {n} ý kiến phát biểu, tham luận tại Đại hội:", "{n} contribution was delivered:"),
    "minutes_n": ("{n} phút", "{n} min"),
    "floor": (" — đăng ký tại Đại hội", " — from the floor"),
    "written": ("Gửi tham luận bằng văn bản: {names}.", "Handed in writing: {names}."),
    "speaker": ("Đồng chí {name}", "{name}"),
    "see_record": (
        "Kết quả bầu {body} (lần {n}): xem Biên bản kiểm phiếu {number} kèm theo.",
        "Election of {body} (round {n}): see counting record {number}, attached.",
    ),
    "vote_error": (
        "Biểu quyết “{question}”: số liệu ghi nhận không hợp lệ ({error}); đề nghị Đoàn Thư ký đối chiếu.",
        "Vote on “{question}”: the recorded figures are not valid ({error}); the secretariat should check.",
    ),
    "votes": ("KẾT QUẢ BIỂU QUYẾT", "VOTES"),
    "vote_header.no": ("TT", "No."),
    "vote_header.motion": ("Nội dung biểu quyết", "Motion"),
    "vote_header.present": ("Có mặt", "Present"),
    "vote_header.for": ("Tán thành", "For"),
    "vote_header.against": ("Không tán thành", "Against"),
    "vote_header.abstain": ("Không biểu quyết", "Abstaining"),
    "vote_header.share": ("Tỷ lệ tán thành", "Share for"),
    "vote_header.result": ("Kết quả", "Result"),
    "vote_base_none": ("Không có nội dung nào xác định được tỷ lệ tán thành.", "No motion could be decided."),
    "vote_base_one": (
        "Tỷ lệ tán thành tính trên {base}, theo quy chế.",
        "The share for is of the {base}, as the rules set.",
    ),
    "vote_base_many": (
        "Tỷ lệ tán thành tính theo cơ sở quy chế quy định cho từng nội dung: {parts}.",
        "The share for is of the base the rules set for each motion: {parts}.",
    ),
    "vote_base_rows": ("{base} (nội dung {rows})", "{base} (motions {rows})"),
    "vote_base_row": ("{base} (nội dung {rows})", "{base} (motion {rows})"),
    "members_presidium": ("Đoàn Chủ tịch Đại hội gồm {n} đồng chí:", "The presidium ({n}):"),
    "members_secretariat": ("Đoàn Thư ký Đại hội gồm {n} đồng chí:", "The secretariat ({n}):"),
    "members_counting": ("Ban Kiểm phiếu gồm {n} đồng chí:", "The vote-counting committee ({n}):"),
    "counting_members": ("Ban Kiểm phiếu gồm các đồng chí: {names}.", "Vote-counting committee: {names}."),
    "elected_total": (
        "Như vậy, Đại hội đã bầu đủ {n}/{seats} đồng chí vào {body}{rounds}, gồm các đồng chí:",
        "The meeting elected {n} of the {seats} members of {body}{rounds}:",
    ),
    "elected_total_short": (
        "Như vậy, Đại hội đã bầu được {n}/{seats} đồng chí vào {body}{rounds}, gồm các đồng chí:",
        "The meeting elected {n} of the {seats} members of {body}{rounds}; seats remain:",
    ),
    "over_rounds": (" (qua {rounds} lần bỏ phiếu)", " (in {rounds} rounds of voting)"),
    "elected_none_total": (
        "Sau {rounds} lần bỏ phiếu, chưa có đồng chí nào trúng cử {body}.",
        "After {rounds} round(s) of voting, nobody was elected to {body}.",
    ),
    "elections": ("KẾT QUẢ BẦU CỬ", "ELECTIONS"),
    "election_line": (
        "Bầu {body} (lần {n}), Biên bản kiểm phiếu {number}",
        "Election of {body} (round {n}), counting record {number}",
    ),
    "elected": ("trúng cử {n}/{seats} đồng chí: {names}", "{n} of {seats} elected: {names}"),
    "none_elected": ("không có đồng chí nào", "nobody"),
    "count_error": ("số liệu kiểm phiếu không hợp lệ ({error})", "the counting figures are not valid ({error})"),
    "happenings": ("NHỮNG VẤN ĐỀ PHÁT SINH", "DEVIATIONS FROM THE PROGRAM"),
    "no_happenings": (
        "Đại hội diễn ra theo đúng chương trình đã thông qua, không có vấn đề phát sinh.",
        "The meeting followed the approved program.",
    ),
    "h_skipped": ("Lúc {at}: không thực hiện nội dung “{title}”.", "At {at}: “{title}” was not held."),
    "h_not_reached": (
        "Nội dung “{title}” chưa được thực hiện khi Đại hội kết thúc.",
        "“{title}” had not been reached when the meeting closed.",
    ),
    "h_reordered": (
        "Lúc {at}: điều chỉnh thứ tự, tiến hành nội dung “{title}” (theo chương trình là mục thứ {detail}).",
        "At {at}: “{title}” was taken out of order (item {detail} in the program).",
    ),
    "h_inserted": (
        "Lúc {at}: bổ sung nội dung “{title}” (không có trong chương trình).",
        "At {at}: “{title}” was added (not in the program).",
    ),
    "h_paused": (
        "Lúc {at}: tạm dừng {n} phút trong khi thực hiện nội dung “{title}”.",
        "At {at}: a {n}-minute pause during “{title}”.",
    ),
    "h_interrupted": (
        "Lúc {at}: hệ thống điều hành bị gián đoạn {n} phút.",
        "At {at}: the podium system was interrupted for {n} minutes.",
    ),
    "h_card": (
        "Lúc {at}: xử lý tình huống “{detail}” trong khi thực hiện nội dung “{title}”.",
        "At {at}: situation “{detail}” handled during “{title}”.",
    ),
    "closed": ("Đại hội bế mạc vào hồi {time}, {day}.", "The meeting closed at {time} on {day}."),
    "adopted": (
        "Biên bản này đã được Đại hội thông qua vào hồi {time}, {day}.",
        "These minutes were adopted by the meeting at {time} on {day}.",
    ),
    "adopted_blank": (
        "Biên bản này đã được Đại hội thông qua vào hồi …… giờ …… phút, ngày …… tháng …… năm ……",
        "These minutes were adopted by the meeting at ………… on …………",
    ),
    "sign_secretariat": ("T/M Đoàn Thư ký", "For the secretariat"),
    "sign_presidium": ("T/M Đoàn Chủ tịch", "For the presidium"),
    "counting_committee": ("Ban Kiểm phiếu", "Vote-counting committee"),
    "stations_intro": (
        "Phiếu được nhập trên máy tại {n} bàn độc lập, kết quả các bàn khớp nhau từng phiếu; nhật ký nhập phiếu của "
        "mỗi bàn (mã băm cuối dưới đây) được lưu kèm hồ sơ:",
        "The ballots were entered by computer at {n} independent stations, which agreed ballot by ballot; each "
        "station's entry log (head hash below) is filed with the records:",
    ),
    "station_line": (
        "- Bàn {name}: lượt {run}, {events} sự kiện, mã băm cuối:",
        "- Station {name}: run {run}, {events} events, head hash:",
    ),
    "counting": ("Biên bản kiểm phiếu", "Counting record"),
    "counting_subject": ("Bầu {body} (lần {n})", "Election of {body} (round {n})"),
    "counting_opening": (
        "Vào hồi {time}, {day}, Ban Kiểm phiếu đã tiến hành kiểm phiếu bầu {body} (lần {n}). Kết quả như sau:",
        "At {time} on {day} the vote-counting committee counted the ballots of the election of {body} (round {n}):",
    ),
    "c_convened": ("Tổng số đại biểu được triệu tập", "Delegates convened"),
    "c_present": ("Số đại biểu có mặt", "Delegates present"),
    "c_seats": ("Số lượng cần bầu", "Seats"),
    "c_candidates": ("Số người trong danh sách bầu cử", "Candidates"),
    "c_issued": ("Số phiếu phát ra", "Ballots issued"),
    "c_returned": ("Số phiếu thu về", "Ballots returned"),
    "c_valid": ("Số phiếu hợp lệ", "Valid ballots"),
    "c_invalid": ("Số phiếu không hợp lệ", "Invalid ballots"),
    "standings_intro": (
        "Số phiếu bầu cho từng đồng chí (tỷ lệ so với {base}: {value}; để trúng cử cần ít nhất {threshold} phiếu):",
        "Votes per candidate (share of {base}: {value}; {threshold} votes needed to be elected):",
    ),
    "standings_header.no": ("TT", "No."),
    "standings_header.name": ("Họ và tên", "Name"),
    "standings_header.votes": ("Số phiếu bầu", "Votes"),
    "standings_header.share": ("Tỷ lệ", "Share"),
    "standings_header.elected": ("Trúng cử", "Elected"),
    "elected_intro": (
        "Căn cứ quy chế bầu cử, {n} đồng chí sau đây trúng cử {body} (xếp theo số phiếu từ cao xuống thấp):",
        "Under the election rules, these {n} are elected to {body}, in order of votes:",
    ),
    "elected_intro_one": (
        "Căn cứ quy chế bầu cử, đồng chí sau đây trúng cử {body}:",
        "Under the election rules, this candidate is elected to {body}:",
    ),
    "ballots_word": ("phiếu", "votes"),
    "sign_counting": ("T/M Ban Kiểm phiếu", "For the vote-counting committee"),
    "sign_counting_role": ("Trưởng ban", "Chair"),
    # core/minutes.py
    "question.withdrawal": (
        "việc đồng chí {name} rút khỏi danh sách bầu cử",
        "the withdrawal of {name} from the candidate list",
    ),
    "question.nomination": ("việc bổ sung đồng chí {name} vào danh sách bầu cử", "adding {name} to the candidate list"),
    "below-quorum": (
        "(Biểu quyết khi Đại hội không đủ số đại biểu theo quy chế; Đoàn Chủ tịch đã xác nhận tiến hành.)",
        "(Voted without the quorum; the presidium confirmed the vote would go ahead.)",
    ),
}

"""What the review (core/review.py) suggests to the organisers after a run, in either language; the
counting words that fill its sentences ("every.*": "cả hai lần tổng duyệt" / "both rehearsals"; "situation.*":
a contingency card used so many times)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "suggestion.overran_always": (
        "Nội dung “{title}” vượt thời gian ở {every} lần tổng duyệt và khi tiến hành "
        "(bình quân vượt {over} phút): đề nghị điều chỉnh thời lượng lên khoảng {proposed} phút "
        "hoặc rút gọn nội dung trình bày.",
        "“{title}” overran in {every} rehearsals and in the run itself (by {over} min "
        "on average): allow about {proposed} min or shorten the presentation.",
    ),
    "suggestion.overran_both": (
        "Nội dung “{title}” vượt thời gian cả khi tổng duyệt và khi tiến hành (bình quân vượt "
        "{over} phút): đề nghị điều chỉnh thời lượng lên khoảng {proposed} phút hoặc rút gọn nội "
        "dung trình bày.",
        "“{title}” overran in the rehearsal and in the run itself (by {over} min on average): "
        "allow about {proposed} min or shorten the presentation.",
    ),
    "suggestion.overran_once": (
        "Nội dung “{title}” vượt {over} phút so với {planned} phút dự kiến: đề nghị xem lại "
        "thời lượng hoặc chuẩn bị bản tóm tắt để trình bày.",
        "“{title}” overran by {over} min against {planned} min planned: review its time or "
        "prepare a summary to present.",
    ),
    "suggestion.discussion_written": (
        "Phần “{title}” vượt {over} phút: đề nghị chuyển khoảng {count} tham luận sang hình "
        "thức gửi văn bản, hoặc giới hạn mỗi tham luận không quá {allowance} phút.",
        "“{title}” overran by {over} min: move about {count} contributions to written "
        "submission, or hold each to {allowance} min.",
    ),
    "suggestion.speakers_over": (
        "Tại phần “{title}”, {count} đồng chí phát biểu vượt thời gian, tổng cộng {over} phút "
        "(nhiều nhất là đồng chí {name}, vượt {most} phút): đề nghị quy định chặt chẽ mỗi tham "
        "luận không quá {allowance} phút, thông báo trước cho các đồng chí trình bày và dùng màn "
        "hình sân khấu nhắc khi còn 1 phút, khi hết giờ.",
        "In “{title}”, {count} speaker(s) overran, {over} min in all (most: {name}, {most} min "
        "over): hold each contribution firmly to {allowance} min, tell the speakers beforehand and "
        "use the stage display to warn at 1 min left and at time.",
    ),
    "suggestion.written_recovered": (
        "Tại phần “{title}”, {count} tham luận chuyển sang hình thức gửi văn bản đã tiết kiệm "
        "{recovered} phút: đề nghị dự kiến trước các tham luận có thể chuyển sang gửi văn bản "
        "khi chương trình bị chậm.",
        "In “{title}”, {count} contribution(s) submitted in writing recovered {recovered} min: "
        "agree in advance which contributions can go to writing when the day runs late.",
    ),
    "suggestion.floor_spoke": (
        "Tại phần “{title}”, {count} đồng chí đăng ký phát biểu tại hội trường, sử dụng {spoken} "
        "phút: đề nghị dành thời gian dự phòng tương ứng cho ý kiến phát biểu trực tiếp.",
        "In “{title}”, {count} speaker(s) from the floor took {spoken} min: keep that much in "
        "reserve for contributions from the floor.",
    ),
    "suggestion.early_always": (
        "Nội dung “{title}” kết thúc sớm ở {every} lần tổng duyệt và khi tiến hành: có thể rút "
        "thời lượng từ {planned} phút xuống khoảng {proposed} phút để dự phòng cho các nội dung khác.",
        "“{title}” ended early in {every} rehearsals and in the run itself: its {planned} min "
        "could shrink to about {proposed} min, leaving a reserve for other items.",
    ),
    "suggestion.early_both": (
        "Nội dung “{title}” kết thúc sớm cả khi tổng duyệt và khi tiến hành: có thể rút thời lượng "
        "từ {planned} phút xuống khoảng {proposed} phút để dự phòng cho các nội dung khác.",
        "“{title}” ended early in the rehearsal and in the run itself: its {planned} min could "
        "shrink to about {proposed} min, leaving a reserve for other items.",
    ),
    "suggestion.early_once": (
        "Nội dung “{title}” kết thúc sớm hơn dự kiến: có thể rút thời lượng từ {planned} phút "
        "xuống khoảng {proposed} phút để dự phòng cho các nội dung khác.",
        "“{title}” ended early: its {planned} min could shrink to about {proposed} min, leaving a "
        "reserve for other items.",
    ),
    "suggestion.moved": (
        "Nội dung “{title}” phải điều chỉnh thứ tự (theo chương trình là mục {planned}, thực hiện ở vị "
        "trí {held}): đề nghị dự kiến trước phương án bố trí linh hoạt và thống nhất thời điểm với "
        "các đồng chí liên quan.",
        "“{title}” had to be moved (item {planned} in the program, held at position {held}): plan a "
        "flexible slot and agree the time with those concerned in advance.",
    ),
    "suggestion.cards_used": (
        "Các tình huống đã phát sinh: {situations}. Đề nghị kiểm tra lại khâu chuẩn bị liên quan và "
        "đưa phương án xử lý các tình huống này vào buổi tổng duyệt.",
        "Situations that arose: {situations}. Check the preparations concerned and take the "
        "response to each through the rehearsal.",
    ),
    "suggestion.session_over": (
        "{title} kéo dài hơn dự kiến {over} phút: đề nghị bố trí thời gian dự phòng hoặc điều "
        "chỉnh chương trình phiên.",
        "{title} ran {over} min over: add a reserve or adjust the session's program.",
    ),
    "suggestion.interrupted": (
        "Hệ thống điều hành bị gián đoạn {count} lần (tổng cộng {total} phút): đề nghị chuẩn bị "
        "máy tính, nguồn điện dự phòng và bản in kịch bản.",
        "The podium system was interrupted {count} time(s) ({total} min in all): prepare a spare "
        "laptop, backup power and a printed script.",
    ),
    "suggestion.skipped": (
        "Nội dung “{title}” không được thực hiện: đề nghị xem lại sự cần thiết của nội dung này trong chương trình.",
        "“{title}” was not held: review whether the program needs it.",
    ),
    "every.two": ("cả hai", "both"),
    "every.n": ("cả {n}", "all {n}"),
    "situation.once": ("“{title}” (1 lần)", "“{title}” (once)"),
    "situation.twice": ("“{title}” (2 lần)", "“{title}” (twice)"),
    "situation.times": ("“{title}” ({count} lần)", "“{title}” ({count} times)"),
}

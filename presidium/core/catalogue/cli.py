"""What the headless commands print (`presidium validate`, `simulate`, `runs`, `verify`, `backup`,
`templates`, `new`, `import`, `ballots`, `count --script`, `tally`, `export entry-log`), keyed
"<command>.<what>". Their refusals come from the areas that refuse (loader, journal, counting, …);
the vote bases, modes and item states they name are the shared vocabulary's.
"""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # said by more than one command
    "unavailable": (
        "presidium: lệnh '{command}' không có trong bản cài đặt này ({module}).",
        "presidium: the '{command}' command is not available in this build ({module}).",
    ),
    "cannot-write-docx": (
        "{path}: không ghi được tệp ({error}); tệp có đang mở trong Word không?",
        "{path}: cannot write the file ({error}); is it open in Word?",
    ),
    "on-time": ("đúng giờ", "on time"),
    # validate
    "validate.ok": (
        "{file}: hợp lệ — {sessions}, {items}, {cards}, {rules}",
        "{file}: valid — {sessions}, {items}, {cards}, {rules}",
    ),
    "validate.sessions.one": ("{n} phiên", "{n} session"),
    "validate.sessions": ("{n} phiên", "{n} sessions"),
    "validate.items.one": ("{n} mục", "{n} item"),
    "validate.items": ("{n} mục", "{n} items"),
    "validate.cards.one": ("{n} thẻ tình huống", "{n} contingency card"),
    "validate.cards": ("{n} thẻ tình huống", "{n} contingency cards"),
    "validate.rules.one": ("{n} quy tắc biểu quyết", "{n} vote rule"),
    "validate.rules": ("{n} quy tắc biểu quyết", "{n} vote rules"),
    # the day of a session: the order of day, month and year is the language's (strftime)
    "validate.date": ("%d/%m/%Y", "%Y-%m-%d"),
    "validate.session": (
        "  {title} ({date}): {count} mục, {total}, {start}–{end}",
        "  {title} ({date}): {count} items, {total}, {start}–{end}",
    ),
    "validate.rule": ("  quy tắc '{name}': {phrase}", "  rule '{name}': {phrase}"),
    "validate.more": ("hơn", "more than"),
    "validate.least": ("ít nhất", "at least"),
    "validate.phrase": ("{relation} {fraction} {base}", "{relation} {fraction} of {base}"),
    "validate.quorum": (
        "  điều kiện tiến hành (quy tắc '{name}'): có mặt {phrase}, tức là ít nhất {needed}/{convened} đại biểu",
        "  quorum (rule '{name}'): present {phrase}, that is at least {needed} of {convened} delegates",
    ),
    "validate.election": (
        "  bầu cử '{item}' ({body}): {seats} người; danh sách có thể có tối đa {limit} người (dư tối "
        "đa {cap}); rút tên: {withdraw}; đề cử bổ sung: {nominate}",
        "  election '{item}' ({body}): {seats} seats; the list may hold up to {limit} names (surplus "
        "at most {cap}); withdrawal: {withdraw}; nomination: {nominate}",
    ),
    "validate.fingerprint": ("  dấu vân tay: {fingerprint}", "  fingerprint: {fingerprint}"),
    "validate.count.one": ("{file}: {count} lỗi", "{file}: {count} problem"),
    "validate.count": ("{file}: {count} lỗi", "{file}: {count} problems"),
    # simulate
    "simulate.item": ("mục", "item"),
    "simulate.planned": ("dự kiến", "planned"),
    "simulate.actual": ("thực tế", "actual"),
    "simulate.delta": ("chênh", "delta"),
    "simulate.status": ("trạng thái", "status"),
    "simulate.inserted": ("(phát sinh)", "(inserted)"),
    "simulate.behind": ("chậm", "behind"),
    "simulate.ahead": ("sớm", "ahead"),
    "simulate.summary": (
        "chênh lệch so với chương trình: {delta} ({verdict}); tạm dừng {paused}; {deviations} sai khác",
        "schedule delta: {delta} ({verdict}); paused {paused}; {deviations} deviations",
    ),
    "simulate.run": ("lần chạy {run} ({mode}) trong {db}: {title}", "run {run} ({mode}) in {db}: {title}"),
    "simulate.warning": ("cảnh báo: {warning}", "warning: {warning}"),
    # runs
    "runs.heading-rehearsal": ("lần tổng duyệt: {count}", "rehearsal runs: {count}"),
    "runs.heading-live": ("lần chạy chính thức: {count}", "live runs: {count}"),
    "runs.row": (
        "  #{id:<4} bắt đầu {started}  kết thúc {finished:<16}  mục hiện tại {current:<20} chênh lệch {delta}",
        "  #{id:<4} started {started}  finished {finished:<16}  current {current:<20} delta {delta}",
    ),
    "runs.minutes": ("{minutes} phút", "{minutes} min"),
    # verify
    "verify.verified": ("đã kiểm tra {events} sự kiện: nhật ký nguyên vẹn", "{events} events verified"),
    "verify.altered": (
        "{path}: {problem} (đã kiểm tra {events} sự kiện trước đó)",
        "{path}: {problem} ({events} events before it verified)",
    ),
    "verify.legacy": (
        "lưu ý: {count} lần chạy được ghi trước khi thông tin lần chạy và thứ tự các lần chạy được đưa vào chuỗi "
        "liên kết; với các lần chạy đó, tiêu đề, tệp chương trình và việc xóa cả một lần chạy không được phát hiện",
        "note: {count} run(s) were recorded before run records and the order of runs were chained; for them a "
        "changed title or program file, or a whole run removed, is not detected",
    ),
    "verify.matches": (
        "lần chạy số {run}: mã cuối {head} khớp với bản đã ký ({events} sự kiện)",
        "run {run}: head {head} matches the signed paper ({events} events)",
    ),
    "verify.differs": (
        "lần chạy số {run}: mã cuối trong nhật ký là {head} ({events} sự kiện), không phải {expected} như trên bản "
        "đã ký — nhật ký không phải nhật ký đã lập biên bản",
        "run {run}: the journal's head is {head} ({events} events), not {expected} as printed on the signed paper "
        "— this is not the journal the minutes were made from",
    ),
    "verify.bad-hash": (
        "“{hash}” không phải mã băm: cần ít nhất 8 chữ số thập lục phân (0–9, a–f), như in ở chân trang",
        "“{hash}” is not a hash: at least 8 hexadecimal digits (0–9, a–f), as printed in the footer",
    ),
    "verify.bad-run": (
        "mã lần chạy phải là một số nguyên, không phải “{run}”",
        "the run id must be a whole number, not “{run}”",
    ),
    "verify.no-runs": ("{path}: nhật ký chưa có lần chạy nào", "{path}: the journal holds no runs"),
    # backup
    "backup.done": (
        "đã sao lưu {runs} lần chạy, {events} sự kiện vào {path} ({seconds} giây); bản sao đã được kiểm tra",
        "copied {runs} run(s), {events} events to {path} ({seconds} s); the copy verifies",
    ),
    # templates, new
    "templates.head": (
        "Các mẫu chương trình (tạo tệp mới: presidium new --template TÊN -o TỆP.toml):",
        "Program templates (make a new file: presidium new --template NAME -o FILE.toml):",
    ),
    "new.done": (
        "Đã tạo {path} từ mẫu “{name}”.\nĐiền các chỗ “……” (tên, số liệu, nhiệm kỳ), sửa ngày giờ các phiên, "
        "rồi kiểm tra: presidium validate {path}",
        "Created {path} from the template “{name}”.\nFill in the blanks “……” (names, figures, term), set the "
        "sessions' dates and times, then check it: presidium --lang en validate {path}",
    ),
    "new.force": (
        "presidium new: thêm --force nếu muốn thay tệp đó bằng mẫu",
        "presidium new: add --force to replace that file with the template",
    ),
    # import
    "import.written": ("Đã ghi {path}.", "Wrote {path}."),
    "import.unplaced": ("Chưa xếp được ({count}):", "Not placed ({count}):"),
    "import.notices": ("Lưu ý:", "Notes:"),
    "import.finish": (
        "Cần hoàn thiện trong tệp chương trình ({count}):",
        "Left to finish in the program file ({count}):",
    ),
    "import.ready": ("Chương trình đọc được ngay, không còn lỗi.", "The program loads as it is, with no problems."),
    "import.exists": (
        "presidium import: {path} đã có; thêm --force để ghi đè",
        "presidium import: {path} exists; add --force to overwrite it",
    ),
    # ballots
    "ballots.written.one": (
        "Đã ghi {count} phiếu bầu trên một trang A4 vào {path} ({form})",
        "Wrote {count} ballot paper on one A4 page to {path} ({form})",
    ),
    "ballots.written": (
        "Đã ghi {count} phiếu bầu trên một trang A4 vào {path} ({form})",
        "Wrote {count} ballot papers on one A4 page to {path} ({form})",
    ),
    "ballots.surplus": ("có số dư: gạch tên", "with surplus: names struck out"),
    "ballots.no-surplus": ("không có số dư: cột Đồng ý / Không đồng ý", "without surplus: Agree / Disagree columns"),
    "ballots.fit": (
        "không đặt được {asked} phiếu trên một trang A4; chỉ vừa {fit} phiếu",
        "{asked} ballots do not fit on one A4 page; {fit} do",
    ),
    # count --script
    "count.done": (
        "bàn {station}: {entered} phiếu đã nhập ({new} phiếu mới, {corrected} phiếu đính chính, {same} phiếu "
        "giữ nguyên); nhật ký {db}, lượt {run}, mã băm cuối {head}",
        "station {station}: {entered} ballots entered ({new} new, {corrected} corrected, {same} unchanged); "
        "journal {db}, run {run}, head hash {head}",
    ),
    # tally
    "tally.stations": ("Bàn nhập phiếu: {list}", "Stations: {list}"),
    "tally.station": (
        "{name} (lượt {run}, {events} sự kiện, mã băm {head})",
        "{name} (run {run}, {events} events, hash {head})",
    ),
    "tally.agree": ("Các bàn nhập khớp nhau ở cả {count} phiếu.", "The stations agree on all {count} ballots."),
    "tally.differences": (
        "Các bàn nhập khác nhau ở {count} phiếu — chưa có kết quả; hãy nhập lại các phiếu sau rồi đối chiếu lại:",
        "The stations differ on {count} ballots — no result; re-enter these ballots and tally again:",
    ),
    "tally.missing": ("(chưa nhập)", "(not entered)"),
    "tally.figures": (
        "Số phiếu nhập: {entered}; hợp lệ: {valid}; không hợp lệ: {invalid}",
        "Ballots entered: {entered}; valid: {valid}; invalid: {invalid}",
    ),
    "tally.reason": ("  không hợp lệ — {reason}: {count}", "  invalid — {reason}: {count}"),
    "tally.issued": ("Số phiếu phát ra: {issued}", "Ballots issued: {issued}"),
    "tally.no-issued": (
        "Chưa có số phiếu phát ra (--issued N): coi như bằng số phiếu thu về; bục điều hành sẽ cần số này",
        "No ballots issued given (--issued N): taken as the ballots returned; the podium will need it",
    ),
    "tally.votes": ("{no}. {name}: {votes} phiếu", "{no}. {name}: {votes} votes"),
    "tally.not-counted": (
        "   ({count} phiếu không tính cho người này: đánh cả hai ô hoặc không ô nào)",
        "   ({count} ballots not counted for this name: both or neither box)",
    ),
    "tally.written": ("Đã ghi tệp kết quả {path}", "Result written to {path}"),
    "tally.cannot-write": ("{path}: không ghi được tệp ({error})", "{path}: cannot write the file ({error})"),
    "tally.present-bad": (
        "số đại biểu có mặt phải từ 0 đến {convened}, không thể là {got}",
        "delegates present must be from 0 to {convened}, not {got}",
    ),
    # export entry-log
    "entry-log.written": (
        "Đã ghi nhật ký nhập phiếu của bàn {station} ({ballots} phiếu, {events} sự kiện) vào {path}",
        "Wrote station {station}'s entry log ({ballots} ballots, {events} events) to {path}",
    ),
    "entry-log.no-run": ("{db}: không có lượt nhập phiếu số {run}", "{db}: no counting run {run}"),
    "entry-log.no-program": (
        "{db}: nhật ký không lưu chương trình của lượt nhập phiếu {run}",
        "{db}: the journal does not hold the program of counting run {run}",
    ),
}

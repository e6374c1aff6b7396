"""What the counting tool says (key -> (Vietnamese, English)): entry mistakes, refusals of a station,
reconciliation, the result file; the entry log's words ("log.*") and the reasons a ballot is invalid
("reason.*", the codes of `core.counting.rules`)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # one line of an entries file, or one entry typed at the window
    "line-empty": ("dòng trống", "an empty line"),
    "line-long": ("dòng dài quá {limit} ký tự", "the line is longer than {limit} characters"),
    "line-control": ("dòng có ký tự điều khiển (mã {code})", "the line holds a control character (code {code})"),
    "number-missing": (
        "thiếu số thứ tự phiếu ở đầu dòng (ví dụ: 12 struck 2 5)",
        "the ballot number is missing at the start of the line (e.g. 12 struck 2 5)",
    ),
    "number-bad": (
        "số thứ tự phiếu “{got}” không hợp lệ: cần một số nguyên từ 1 đến {limit}",
        "ballot number “{got}” is not a whole number from 1 to {limit}",
    ),
    "what-missing": (
        "phiếu số {number}: thiếu nội dung phiếu (struck, disagree, blank hoặc invalid)",
        "ballot {number}: what the ballot shows is missing (struck, disagree, blank or invalid)",
    ),
    "what-unknown": (
        "phiếu số {number}: “{word}” không phải struck, disagree, blank hoặc invalid",
        "ballot {number}: “{word}” is not struck, disagree, blank or invalid",
    ),
    "name-bad": (
        "phiếu số {number}: “{got}” không phải số thứ tự của một người trong danh sách",
        "ballot {number}: “{got}” is not the number of a name on the list",
    ),
    "name-range": (
        "phiếu số {number}: danh sách chỉ có {count} người, không có người số {got}",
        "ballot {number}: the list has {count} names, there is no name {got}",
    ),
    "name-twice": (
        "phiếu số {number}: người số {got} được ghi hai lần",
        "ballot {number}: name {got} is written twice",
    ),
    "dash-alone": (
        "phiếu số {number}: dấu “-” (không gạch tên nào) phải đứng một mình",
        "ballot {number}: “-” (no name) must stand alone",
    ),
    "section-empty": (
        "phiếu số {number}: sau “{word}” cần số thứ tự của người hoặc “-”",
        "ballot {number}: “{word}” needs name numbers or “-”",
    ),
    "mixed-forms": (
        "phiếu số {number}: không thể vừa gạch tên (struck) vừa ghi đồng ý/không đồng ý (disagree, blank)",
        "ballot {number}: struck cannot be mixed with disagree or blank",
    ),
    "reason-missing": (
        "phiếu số {number}: phiếu không hợp lệ cần lý do ({reasons})",
        "ballot {number}: an invalid ballot needs a reason ({reasons})",
    ),
    "reason-unknown": (
        "phiếu số {number}: lý do “{got}” không có trong danh sách ({reasons})",
        "ballot {number}: reason “{got}” is not on the list ({reasons})",
    ),
    "reason-extra": (
        "phiếu số {number}: sau lý do không được ghi thêm “{got}”",
        "ballot {number}: nothing may follow the reason (“{got}”)",
    ),
    "form-surplus": (
        "phiếu số {number}: phiếu bầu có số dư — ghi các tên bị gạch (struck), không ghi disagree/blank",
        "ballot {number}: this list has surplus candidates — write the names crossed out (struck), not disagree/blank",
    ),
    "form-no-surplus": (
        "phiếu số {number}: phiếu không có số dư (cột Đồng ý / Không đồng ý) — ghi disagree và blank, không ghi struck",
        "ballot {number}: this list has no surplus (Agree / Disagree columns) — write disagree and blank, not struck",
    ),
    "same-name-both": (
        "phiếu số {number}: người số {got} vừa ở disagree vừa ở blank",
        "ballot {number}: name {got} is both in disagree and in blank",
    ),
    "file-large": (
        "{path}: tệp lớn quá ({size} byte; tối đa {limit})",
        "{path}: the file is too large ({size} bytes; at most {limit})",
    ),
    "file-unreadable": ("{path}: không đọc được tệp ({detail})", "{path}: cannot read the file ({detail})"),
    "at-line": ("{path}:{line}: {problem}", "{path}:{line}: {problem}"),
    # a station's journal
    "already-entered": (
        "phiếu số {number} đã được nhập ({was}); muốn sửa thì nhập lại phiếu dưới dạng đính chính",
        "ballot {number} is already entered ({was}); re-enter it as a correction to change it",
    ),
    "not-entered": ("phiếu số {number} chưa được nhập", "ballot {number} has not been entered"),
    "same-entry": (
        "phiếu số {number} đã được nhập đúng như vậy; không có gì để đính chính",
        "ballot {number} was entered exactly so; there is nothing to correct",
    ),
    "nothing-to-undo": ("chưa có phiếu nào để hủy", "no ballot to take back"),
    "undo-not-last": (
        "chỉ hủy được phiếu vừa nhập (phiếu số {last}), không phải phiếu số {number}",
        "only the ballot just entered (ballot {last}) can be taken back, not ballot {number}",
    ),
    "not-open": ("bàn nhập phiếu chưa được mở", "the station is not open"),
    "open-twice": ("bàn nhập phiếu đã được mở", "the station is already open"),
    "unknown-event": ("sự kiện “{kind}” không thuộc việc kiểm phiếu", "“{kind}” is not a counting event"),
    "bad-event": ("sự kiện {seq} ({kind}) không đọc được: {detail}", "event {seq} ({kind}) cannot be read: {detail}"),
    "station-name": (
        "tên bàn nhập phiếu cần 1–{limit} chữ hoặc số, không có ký tự điều khiển",
        "a station name needs 1–{limit} letters or digits and no control characters",
    ),
    "not-election": (
        "mục “{item}” không phải mục bầu cử có danh sách ứng cử viên",
        "item “{item}” is not an election with a candidate list",
    ),
    "no-item": ("chương trình không có mục “{item}”", "the program has no item “{item}”"),
    "round-range": (
        "lần bầu phải từ 1 đến {limit}, không thể là {got}",
        "the round must be from 1 to {limit}, not {got}",
    ),
    "names-bad": (
        "danh sách tên không hợp lệ: tối đa {limit} người, mỗi tên 1–{length} ký tự, không có ký tự điều khiển",
        "the list of names is not valid: at most {limit} names of 1–{length} characters, no control characters",
    ),
    "names-twice": ("tên ghi hai lần trong danh sách: {names}", "names written twice on the list: {names}"),
    "podium-journal": (
        "{path}: đây là nhật ký của bục điều hành, không phải của một bàn nhập phiếu; mỗi bàn dùng tệp riêng",
        "{path}: this is the podium's journal, not a counting station's; each station keeps its own file",
    ),
    "seats-range": (
        "số người cần bầu phải từ 1 đến {count} (số người trong danh sách), không thể là {seats}",
        "the seats must be from 1 to {count} (the names on the list), not {seats}",
    ),
    "other-count": (
        "{path}: nhật ký này đã dùng cho {station}, mục {item}, lần bầu {round}; mỗi bàn nhập phiếu dùng tệp riêng",
        "{path}: this journal already holds {station}, item {item}, round {round}; each station keeps its own file",
    ),
    "no-count": ("{path}: không có lượt nhập phiếu nào", "{path}: holds no counting"),
    "no-count-for": (
        "{path}: không có lượt nhập phiếu cho mục {item}, lần bầu {round}",
        "{path}: holds no counting for item {item}, round {round}",
    ),
    "altered": ("{path}: nhật ký đã bị sửa đổi: {problem}", "{path}: the journal was altered: {problem}"),
    # reconciliation
    "stations-few": ("cần ít nhất hai bàn nhập phiếu để đối chiếu", "at least two stations are needed to reconcile"),
    "stations-other": (
        "các bàn không nhập cùng một cuộc bầu: {first} ({what_first}) và {other} ({what_other})",
        "the stations did not count the same round: {first} ({what_first}) and {other} ({what_other})",
    ),
    "station-twice": ("bàn “{station}” được đưa vào hai lần", "station “{station}” is given twice"),
    "disagree": (
        "các bàn nhập khác nhau ở {count} phiếu: chưa có kết quả cho đến khi nhập lại các phiếu đó",
        "the stations differ on {count} ballots: no result until those ballots are re-entered",
    ),
    "missing-entry": ("(chưa nhập)", "(not entered)"),
    "others-count": (
        "chọn nhật ký của 1 đến {limit} bàn khác để đối chiếu (đã chọn {got})",
        "choose the journals of 1 to {limit} other stations to compare with ({got} chosen)",
    ),
    # the differences as the counting window lists them
    "difference": ("Phiếu số {number} — {entered}", "Ballot {number} — {entered}"),
    "this-station": ("{station} (bàn này)", "{station} (this station)"),
    "compare-first": (
        "chưa đối chiếu với bàn nào: nhấn F4 để chọn nhật ký của các bàn khác",
        "not compared with any station yet: press F4 to choose the other stations' journals",
    ),
    "no-differences": ("các bàn không khác nhau ở phiếu nào", "the stations differ on no ballot"),
    # the result file at the podium
    "result-unreadable": (
        "{path}: không đọc được tệp kết quả ({detail})",
        "{path}: cannot read the result file ({detail})",
    ),
    "result-not": (
        "{path}: không phải tệp kết quả kiểm phiếu của Presidium",
        "{path}: not a Presidium counting result",
    ),
    "result-altered": (
        "{path}: tệp kết quả đã bị sửa sau khi lập (mã kiểm tra không khớp) — không nhận",
        "{path}: the result file was changed after it was written (its digest does not match) — refused",
    ),
    "result-chain": (
        "{path}: nhật ký của bàn {station} trong tệp kết quả không khớp với mã băm {head} — không nhận",
        "{path}: station {station}'s journal in the result does not match its hash {head} — refused",
    ),
    "result-figures": (
        "{path}: số liệu trong tệp kết quả khác với số liệu tính lại từ các phiếu đã nhập ({what}) — không nhận",
        "{path}: the result's figures differ from those recounted from the entries ({what}) — refused",
    ),
    "result-program": (
        "{path}: kết quả được kiểm theo một chương trình khác (bản {theirs}, bản tại bục {ours}) — không nhận",
        "{path}: the result was counted against another program (version {theirs}, here {ours}) — refused",
    ),
    "result-item": (
        "{path}: kết quả là của mục “{theirs}”, không phải mục đang bầu “{ours}”",
        "{path}: the result is for item “{theirs}”, not the election at hand “{ours}”",
    ),
    "result-list": (
        "{path}: kết quả được kiểm cho lần bầu {round_theirs} với {theirs} người để bầu {seats_theirs}, nhưng lần bầu "
        "này (lần {round_ours}) có {ours} người để bầu {seats_ours} — không nhận",
        "{path}: the result was counted for round {round_theirs} with {theirs} names for {seats_theirs} seats, but this "
        "round ({round_ours}) has {ours} names for {seats_ours} seats — refused",
    ),
    "result-issued": (
        "{path}: thiếu số phiếu phát ra (ghi issued=N hoặc lập kết quả với --issued N)",
        "{path}: the number of ballots issued is missing (give issued=N, or write the result with --issued N)",
    ),
    "issued-bad": (
        "số phiếu phát ra phải là số nguyên từ 0 đến {limit}, không thể là “{got}”",
        "ballots issued must be a whole number from 0 to {limit}, not “{got}”",
    ),
    "paper": ("{item}, lần bầu {round}, {seats}/{count}", "{item}, round {round}, {seats}/{count}"),
    # what the result's recount found different (result-figures)
    "what-reconciliation": ("đối chiếu giữa các bàn", "the reconciliation of the stations"),
    "what-figures": ("các số liệu tổng hợp", "the totals"),
    # the entry log (nhật ký nhập phiếu): what a ballot showed and the verdict
    "log.struck": ("gạch tên số {names}", "names {names} crossed out"),
    "log.struck-none": ("không gạch tên nào", "no name crossed out"),
    "log.disagree": ("không đồng ý: số {names}", "disagree: {names}"),
    "log.agree-all": ("đồng ý tất cả", "agree to all"),
    "log.blank": ("không tính (cả hai ô hoặc không ô nào): số {names}", "not counted (both or neither box): {names}"),
    "log.invalid": ("không hợp lệ: {reason}", "invalid: {reason}"),
    "log.marked-invalid": ("Ban Kiểm phiếu xác định không hợp lệ", "found invalid by the committee"),
    "log.valid": ("hợp lệ", "valid"),
    "log.invalid-by-rule": ("không hợp lệ — {reason}", "invalid — {reason}"),
    "log.entry-undo": ("hủy phiếu vừa nhập (trước đó: {was})", "taken back (it showed: {was})"),
    "log.entry-correct": ("nhập lại, đính chính (trước đó: {was})", "entered again, corrected (it showed: {was})"),
    "article": ("Điều {number}", "Article {number}"),
    # why a ballot is invalid: decided by the rules, or chosen by the operator who sees the paper
    "reason.over-seats": ("Phiếu để lại nhiều hơn số người cần bầu", "More names kept than seats"),
    "reason.none-kept": ("Phiếu gạch hết tên (danh sách có số dư)", "No name kept (list with surplus)"),
    "reason.not-issued": (
        "Phiếu không do Ban Kiểm phiếu phát ra (không có dấu)",
        "Not issued by the counting committee (no seal)",
    ),
    "reason.name-added": ("Phiếu ghi thêm tên người ngoài danh sách", "A name added that is not on the list"),
    "reason.identifying-marks": ("Phiếu có ký hiệu riêng, đánh dấu người bầu", "Marks that identify the voter"),
    "reason.torn": ("Phiếu bị rách, không còn nguyên vẹn", "Torn, not whole"),
    "reason.other-form": ("Phiếu không đúng mẫu của lần bầu này", "Not this round's ballot paper"),
}

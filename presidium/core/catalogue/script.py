"""What the printed kịch bản says (presidium.core.script_print, presidium.infra.export_script).

Its labels are the ones the importer reads back ("Thời gian:", "Người thực hiện:", "Biểu quyết:"), and so are
the bases of a rule ("bases.cast" is "tổng số phiếu bầu": presidium.core.importing.lines._BASES): change them
together. "day" is a date pattern (strftime); a fraction the Vietnamese spells out is "fraction.<n>-<d>".
"""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "kind": ("Kịch bản điều hành", "Running script"),
    "time": ("Thời gian: {start} – {end} ({length})", "Time: {start} – {end} ({length})"),
    "session_time": ("Thời gian: {start} – {end}, ngày {day}", "Time: {start} – {end}, {day}"),
    "by": ("Người thực hiện: {by}", "Presenter: {by}"),
    "vote": ("Biểu quyết: {question} — giơ thẻ biểu quyết; {rule}", "Vote: {question} — show of hands; {rule}"),
    "election": (
        "Bầu cử: {body} — {seats} người; số dư tối đa {surplus}; bỏ phiếu kín; {rule}",
        "Election: {body} — {seats} seats; surplus at most {surplus}; secret ballot; {rule}",
    ),
    "candidates": ("Danh sách bầu cử ({n} người): {names}", "Candidates ({n}): {names}"),
    "notes": ("Ghi chú: {notes}", "Notes: {notes}"),
    "speakers": ("Đăng ký phát biểu: {names}", "Registered speakers: {names}"),
    "passes": (
        "thông qua khi có {relation} {fraction} {base} tán thành",
        "passes with {relation} {fraction} of {base} in favour",
    ),
    "elected": (
        "trúng cử khi có số phiếu bầu {relation} {fraction} {base}",
        "elected with {relation} {fraction} of {base}",
    ),
    "more": ("trên", "more than"),
    "least": ("ít nhất", "at least"),
    "bases.convened": ("tổng số đại biểu được triệu tập", "the members convened"),
    "bases.present": ("tổng số đại biểu có mặt", "the members present"),
    "bases.valid": ("tổng số phiếu hợp lệ", "the valid ballots"),
    "bases.cast": ("tổng số phiếu bầu", "the ballots cast"),
    "annex": ("Phụ lục: thẻ tình huống", "Annex: contingency cards"),
    "card_when": ("Khi: {when}", "When: {when}"),
    "card_refs": ("Căn cứ: {refs}", "Regulations: {refs}"),
    "card_steps": ("Các bước:", "Steps:"),
    "card_words": ("Lời dẫn:", "Words:"),
    "footer": (
        "Kịch bản — dấu vân tay {fingerprint} — in lúc {printed}",
        "Running script — fingerprint {fingerprint} — printed {printed}",
    ),
    "printed": ("{time} ngày {day}", "{day} {time}"),
    "day": ("%d/%m/%Y", "%Y-%m-%d"),
    "total": ("Tổng thời gian dự kiến: {length}", "Planned time in all: {length}"),
    "fraction.1-2": ("một phần hai (1/2)", "1/2"),
    "fraction.2-3": ("hai phần ba (2/3)", "2/3"),
    "fraction.1-3": ("một phần ba (1/3)", "1/3"),
    "fraction.3-4": ("ba phần tư (3/4)", "3/4"),
}

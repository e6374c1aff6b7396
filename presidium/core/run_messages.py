"""Why an action cannot happen now, in the chair's language (Vietnamese) or in English.

InvalidAction keeps a code and parameters, like the loader's problems, so the screen and the
command line can each say it in their language.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "not-discussion": ("“{title}” không phải mục thảo luận: không có danh sách phát biểu",
                       "“{title}” is not a discussion: it has no list of speakers"),
    "speaker": ("{vi}", "{en}"),
    "speaker-payload": ("thao tác “{kind}” thiếu thông tin người phát biểu", "“{kind}” lacks the speaker's details"),
    "vote-refused": ("không thể ghi kết quả: {reason}", "cannot record the result: {reason}"),
    "excused-over": ("{excused} đại biểu vắng cả đại hội nhưng chỉ có {absent} đại biểu vắng",
                     "{excused} delegates absent for the whole congress, but only {absent} are absent"),
    "unknown-action": ("không có thao tác “{kind}”", "unknown action “{kind}”"),
    "clock-gap": ("khoảng lệch đồng hồ “{gap}” không hợp lệ", "invalid clock gap “{gap}”"),
    "sequence": ("sự kiện {seq} sai thứ tự (cần {expected})", "event {seq} out of sequence (expected {expected})"),
    "backwards": ("thời gian chạy lùi: {at} trước thao tác trước đó ({last})",
                  "time went backwards: {at} is before the previous action ({last})"),
    "finished": ("không thể {action}: phiên họp đã kết thúc", "cannot {action}: the run is finished"),
    "not-started": ("không thể {action}: chưa bắt đầu (hãy bắt đầu trước)",
                    "cannot {action}: the run has not started yet (start first)"),
    "paused": ("không thể {action}: đang tạm dừng (hãy tiếp tục trước)",
               "cannot {action}: the run is paused (resume first)"),
    "already-started": ("không thể bắt đầu: đã bắt đầu rồi", "cannot start: the run has already started"),
    "no-items": ("không thể bắt đầu: chương trình không có mục nào", "cannot start: the program has no items"),
    "last-item": ("“{title}” là mục cuối cùng: dùng “kết thúc” để kết thúc",
                  "“{title}” is the last item: use finish to end the run"),
    "first-item": ("“{title}” là mục đầu tiên: không có mục nào trước đó",
                   "“{title}” is the first item: there is nothing to go back to"),
    "skip-last": ("không thể bỏ qua “{title}”: đó là mục cuối cùng (dùng “kết thúc”)",
                  "cannot skip “{title}”: it is the last item (use finish)"),
    "not-pending": ("không thể bỏ qua “{title}”: mục này {status}", "cannot skip “{title}”: it is already {status}"),
    "unknown-item": ("không thể {action}: chương trình không có mục “{id}”",
                     "cannot {action}: no item “{id}” in the program"),
    "already-current": ("“{title}” đang là mục hiện tại", "“{title}” is already the current item"),
    "no-title": ("không thể thêm mục không có tên", "cannot insert an item without a title"),
    "bad-kind": ("không thể thêm mục: loại “{kind}” không hợp lệ (dùng: {allowed})",
                 "cannot insert: unknown kind “{kind}” (one of {allowed})"),
    "bad-duration": ("không thể thêm “{title}”: thời lượng phải là số giây dương",
                     "cannot insert “{title}”: the duration must be a positive number of seconds"),
    "duplicate-id": ("không thể thêm mục: đã có mục “{id}”", "cannot insert: an item “{id}” already exists"),
    "unknown-card": ("chương trình không có thẻ tình huống “{id}”", "no contingency card “{id}” in the program"),
    "empty-note": ("không thể ghi chú trống", "cannot record an empty note"),
    "bad-category": ("loại ghi chú “{category}” không hợp lệ (dùng: {allowed})",
                     "unknown note category “{category}” (one of {allowed})"),
    "bad-count": ("không thể {action}: “{field}” phải là số nguyên ≥ 0, không phải {got}",
                  "cannot {action}: “{field}” must be a whole number ≥ 0, not {got}"),
    "present-over": ("không thể ghi số có mặt: {present} có mặt nhiều hơn {convened} được triệu tập",
                     "cannot record attendance: {present} present is more than the {convened} convened"),
    "attendance-over": ("không thể ghi số có mặt: {present} có mặt + {absent} vắng vượt quá {convened} được triệu tập",
                        "cannot record attendance: {present} present + {absent} absent exceeds {convened} convened"),
    "vote-needs-for": ("không thể ghi biểu quyết: cần số tán thành (hoặc nhất trí)",
                       "cannot record a vote: give the votes for (or unanimous)"),
    "bad-votes": ("không thể ghi kết quả bầu: cần số phiếu cho từng người", "cannot record a ballot: votes must map each name to a number"),
    "already-paused": ("không thể tạm dừng: đang tạm dừng rồi", "cannot pause: the run is already paused"),
    "not-paused": ("không thể tiếp tục: chưa tạm dừng", "cannot resume: the run is not paused"),
    "nothing-to-undo": ("không có gì để hoàn tác: chỉ hoàn tác được việc vừa chuyển mục",
                        "nothing to undo: only a move between items, just made, can be undone"),
    "undo-not-last": ("không thể hoàn tác sự kiện {target}: chỉ hoàn tác được lần chuyển mục vừa rồi (sự kiện {seq})",
                      "cannot undo event {target}: only the last move (event {seq}) can be undone"),
    "undo-too-late": ("quá muộn để hoàn tác: đã chuyển mục {waited} giây trước (chỉ hoàn tác trong {window} giây)",
                      "too late to undo: the move was {waited} s ago (undo works within {window} s)"),
    "insert-duration": ("không thể thêm “{title}”: {detail}", "cannot insert “{title}”: {detail}"),
}

# Names of actions as they fill {action} above.
ACTIONS: dict[str, tuple[str, str]] = {
    "start": ("bắt đầu", "start"), "next": ("chuyển mục tiếp theo", "go to the next item"),
    "back": ("quay lại mục trước", "go back"), "pause": ("tạm dừng", "pause"), "resume": ("tiếp tục", "resume"),
    "skip": ("bỏ qua mục", "skip"), "goto": ("chuyển đến mục khác", "go to another item"),
    "insert": ("thêm mục", "insert an item"), "card": ("dùng thẻ tình huống", "use a card"),
    "note": ("ghi chú", "note"), "present": ("ghi số có mặt", "record attendance"),
    "vote": ("ghi biểu quyết", "record a vote"), "ballot": ("ghi kết quả bầu", "record a ballot"),
    "finish": ("kết thúc", "finish"), "reopened": ("mở lại", "reopen"), "undo": ("hoàn tác", "undo"),
    "speaker": ("mời người phát biểu", "call a speaker"),
}
STATUS_WORDS: dict[str, tuple[str, str]] = {
    "done": ("đã xong", "done"), "skipped": ("đã bỏ qua", "skipped"), "current": ("đang diễn ra", "current"),
    "pending": ("chưa đến", "pending"),
}


class InvalidAction(Exception):
    """An action that makes no sense in the run's current state. str() is English; message(lang)
    gives Vietnamese ("vi", the default) or English ("en")."""

    def __init__(self, code: str, **params: object) -> None:
        self.code, self.params = code, params
        super().__init__(self.message("en"))

    def message(self, lang: str = "vi") -> str:
        column = 1 if lang == "en" else 0
        rendered = dict(self.params)
        if "action" in rendered:
            rendered["action"] = ACTIONS.get(str(rendered["action"]), (rendered["action"],) * 2)[column]
        if "status" in rendered:
            rendered["status"] = STATUS_WORDS.get(str(rendered["status"]), (rendered["status"],) * 2)[column]
        return MESSAGES[self.code][column].format(**rendered)

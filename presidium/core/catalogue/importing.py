"""What the importer tells its user (key -> (Vietnamese, English)): where a paragraph or row was, the kind of
document recognised, the summary, notices; and why a file cannot be imported at all (`ImportRefused`)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # where a paragraph or a row was
    "para": ("đoạn {n}", "paragraph {n}"),
    "row": ("bảng {table}, dòng {row}", "table {table}, row {row}"),
    "sheet-row": ("trang tính “{sheet}”, dòng {row}", "sheet “{sheet}”, row {row}"),
    "csv-row": ("dòng {row}", "row {row}"),
    # the kinds of document recognised
    "shape-table-by": ("bảng STT | Nội dung | Người điều hành", "table No. | Content | Presenter"),
    "shape-table-script": ("bảng STT | Công việc | Lời dẫn | Phân công", "table No. | Task | Script | Assigned to"),
    "shape-table-time": ("bảng có cột thời gian", "table with a time column"),
    "shape-prose": ("văn bản có tiêu đề phiên, mục và lời dẫn", "prose with session and item headings"),
    "shape-steps": ("chương trình kèm các bước chi tiết", "program list followed by the detailed steps"),
    "shape-sheet": ("bảng tính, mỗi dòng một nội dung", "spreadsheet, one row per item"),
    # the summary sentence
    "summary": (
        "{sessions}, {items}, {scripts}, {presenters}; {unplaced} {unit} chưa xếp được",
        "{sessions}, {items}, {scripts}, {presenters}; {unplaced} {unit} not placed",
    ),
    "sessions": ("{n} phiên", "{n} sessions"),
    "sessions.one": ("{n} phiên", "{n} session"),
    "items": ("{n} nội dung", "{n} items"),
    "items.one": ("{n} nội dung", "{n} item"),
    "scripts": ("{n} lời dẫn", "{n} scripts"),
    "scripts.one": ("{n} lời dẫn", "{n} script"),
    "presenters": ("{n} người thực hiện", "{n} presenters"),
    "presenters.one": ("{n} người thực hiện", "{n} presenter"),
    "unit-para": ("đoạn", "paragraphs"),
    "unit-para.one": ("đoạn", "paragraph"),
    "unit-row": ("dòng", "rows"),
    "unit-row.one": ("dòng", "row"),
    "recognised": ("Nhận dạng: {shape}.", "Recognised: {shape}."),
    # notices
    "textbox": (
        "{where}: chữ trong khung văn bản (text box) không được nhập: “{text}”",
        "{where}: text in a text box is not imported: “{text}”",
    ),
    "column-ignored": (
        "bảng {table}: cột “{header}” không rõ nghĩa, không nhập",
        "table {table}: column “{header}” has no known meaning and is not imported",
    ),
    "cut": (
        "{where}: đoạn quá dài, chỉ giữ {limit} ký tự đầu",
        "{where}: too long, only the first {limit} characters kept",
    ),
    # the hint printed beside a placeholder's dotted blank in a script ("…… (số đại biểu có mặt)"), one per
    # placeholder (presidium.core.placeholders); every hint differs, so a printed one reads back as its placeholder.
    # The figures ({convened}, {present}, {absent}, {election.seats}) are the vocabulary's words.
    "hint.quorum": ("số đại biểu tối thiểu phải có mặt", "quorum"),
    "hint.congress.title": ("tên đại hội", "name of the meeting"),
    "hint.congress.organization": ("tên đơn vị tổ chức", "organisation"),
    "hint.congress.congress_name": ("tên gọi đại hội", "short name of the meeting"),
    "hint.congress.term": ("nhiệm kỳ", "term"),
    "hint.congress.place": ("địa danh", "place"),
    "hint.congress.venue": ("địa điểm đại hội", "venue"),
    "hint.item.title": ("tên nội dung này", "this item"),
    "hint.item.by": ("người thực hiện nội dung này", "presenter of this item"),
    "hint.next.title": ("tên nội dung tiếp theo", "next item"),
    "hint.next.by": ("người thực hiện nội dung tiếp theo", "presenter of the next item"),
    "hint.time": ("giờ lúc đọc", "time of day"),
    "hint.date": ("ngày lúc đọc", "today's date"),
    "hint.speaker.name": ("họ tên người phát biểu", "speaker's name"),
    "hint.speaker.unit": ("đơn vị người phát biểu", "speaker's unit"),
    "hint.speaker.topic": ("chủ đề tham luận", "speaker's topic"),
    "hint.vote.question": ("nội dung biểu quyết", "question put to the vote"),
    "hint.election.body": ("cơ quan được bầu", "body elected"),
    # refusals: the file cannot be imported at all
    "missing": ("{file}: không có tệp này", "{file}: no such file"),
    "unsupported": (
        "{file}: chỉ nhập được tệp .docx, .xlsx hoặc .csv",
        "{file}: only .docx, .xlsx and .csv files can be imported",
    ),
    "old-doc": (
        "{file}: tệp Word cũ (.doc); mở trong Word và lưu lại thành .docx rồi nhập",
        "{file}: an old Word file (.doc); open it in Word, save it as .docx and import that",
    ),
    "old-xls": (
        "{file}: tệp Excel cũ (.xls); mở trong Excel và lưu lại thành .xlsx rồi nhập",
        "{file}: an old Excel file (.xls); open it in Excel, save it as .xlsx and import that",
    ),
    "too-big": (
        "{file}: tệp lớn {size} MB, quá giới hạn {limit} MB của một kịch bản",
        "{file}: the file is {size} MB, over the {limit} MB a script can be",
    ),
    "too-many": (
        "{file}: hơn {limit} đoạn hoặc dòng; đây không phải một kịch bản",
        "{file}: more than {limit} paragraphs or rows; this is not a script",
    ),
    "unreadable": ("{file}: không đọc được tệp ({detail})", "{file}: cannot read the file ({detail})"),
    "damaged": (
        "{file}: tệp hỏng hoặc không phải {kind} ({detail})",
        "{file}: damaged or not a {kind} file ({detail})",
    ),
    "encoding": (
        "{file}: không nhận ra bảng mã; lưu lại dưới dạng CSV UTF-8",
        "{file}: unknown encoding; save it as CSV UTF-8",
    ),
    "nothing": (
        "{file}: không tìm thấy phiên hay nội dung nào của chương trình",
        "{file}: no session or item of a program was found",
    ),
    "output-dir": ("{path}: thư mục {parent} không tồn tại", "{path}: the folder {parent} does not exist"),
    "cannot-write": ("{path}: không ghi được tệp ({detail})", "{path}: cannot write the file ({detail})"),
}

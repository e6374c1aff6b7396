"""The command line's own words: the help of every Presidium command and option ("presidium --help"), and
argparse's headings and errors ("usage:", "the following arguments are required"), so a mistyped command
speaks the language of `--lang` like every other output.

argparse says its words through gettext, keyed by its English text; `presidium.cli_words.ARGPARSE` maps
each of those texts to its "argparse.*" code here, so the English of those entries is argparse's own.
"""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # argparse's own words (the English is argparse's gettext text, %-blanks included)
    "argparse.usage": ("cách dùng: ", "usage: "),
    "argparse.positional": ("tham số", "positional arguments"),
    "argparse.options": ("tùy chọn", "options"),
    "argparse.help": ("in hướng dẫn này rồi thoát", "show this help message and exit"),
    "argparse.version": ("in số phiên bản rồi thoát", "show program's version number and exit"),
    "argparse.error": ("%(prog)s: lỗi: %(message)s\n", "%(prog)s: error: %(message)s\n"),
    "argparse.required": ("thiếu tham số bắt buộc: %s", "the following arguments are required: %s"),
    "argparse.choice": (
        "lựa chọn %(value)r không hợp lệ (chọn một trong: %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "argparse.argument": ("tham số %(argument_name)s: %(message)s", "argument %(argument_name)s: %(message)s"),
    "argparse.unrecognized": ("tham số không nhận ra: %s", "unrecognized arguments: %s"),
    "argparse.one": ("cần một giá trị", "expected one argument"),
    "argparse.at-least-one": ("cần ít nhất một giá trị", "expected at least one argument"),
    "argparse.at-most-one": ("cần nhiều nhất một giá trị", "expected at most one argument"),
    "argparse.invalid-value": ("giá trị %(value)r không hợp lệ", "invalid %(type)s value: %(value)r"),
    "argparse.ambiguous": (
        "tùy chọn %(option)s không rõ: có thể là %(matches)s",
        "ambiguous option: %(option)s could match %(matches)s",
    ),
    "argparse.one-of": ("cần một trong các tham số %s", "one of the arguments %s is required"),
    "argparse.not-with": ("không dùng cùng tham số %s", "not allowed with argument %s"),
    # presidium itself
    "description": (
        "Trợ lý điều hành cho Đoàn Chủ tịch đại hội. Không có lệnh: mở đại hội mẫu đi kèm, ở chế độ tổng duyệt.",
        "Podium companion for the presidium of a congress. With no command, opens the bundled sample "
        "congress in rehearsal.",
    ),
    "lang": ("ngôn ngữ giao diện (mặc định: tiếng Việt)", "interface language (default: Vietnamese)"),
    "db": (
        "tệp nhật ký (mặc định: mỗi chương trình một tệp trong thư mục dữ liệu của người dùng)",
        "journal database (default: one per program in the user data folder)",
    ),
    "journal": ("tệp nhật ký", "journal database"),
    "json": ("in dạng JSON cho máy đọc", "machine-readable output"),
    # open
    "open": (
        "mở một chương trình tại bục điều hành (tổng duyệt, trừ khi có --live)",
        "open a program file at the podium (rehearsal unless --live)",
    ),
    "open.live": ("đại hội chính thức, không phải tổng duyệt", "the real congress, not a rehearsal"),
    "open.mirror": (
        "giữ một bản sao nhất quán của nhật ký trong thư mục DIR sau mỗi thao tác (ví dụ USB)",
        "keep a consistent copy of the journal in DIR after every action (a USB stick)",
    ),
    # edit
    "edit": (
        "trình soạn chương trình: mở TỆP, hoặc soạn chương trình mới (từ mẫu) và lưu thành TỆP",
        "the program editor: open FILE, or a new program (from a template) saved as FILE",
    ),
    # validate, simulate
    "validate": (
        "kiểm tra tệp chương trình; báo lỗi dạng TỆP:DÒNG: và thoát với mã 1",
        "check a program file; exit 1 with FILE:LINE: messages",
    ),
    "simulate": (
        "chạy thử chương trình không cần cửa sổ, theo đồng hồ giả lập",
        "headless dry run of a program on a simulated clock",
    ),
    "simulate.script": (
        "tệp kịch bản: mỗi dòng một 'THỜI_ĐIỂM THAO_TÁC [THAM_SỐ]'",
        "actions file: one 'TIME ACTION [ARGS]' a line",
    ),
    "simulate.live": (
        "ghi lần chạy thử như lần chính thức thay vì tổng duyệt",
        "record the simulated run as live instead of rehearsal",
    ),
    # runs, verify, backup
    "runs": ("liệt kê các lần chạy trong nhật ký", "list the runs in a journal"),
    "verify": (
        "kiểm tra chuỗi băm của nhật ký; thoát với mã 1 nếu bị sửa",
        "check the journal's hash chain; exit 1 if altered",
    ),
    "verify.run": (
        "lần chạy mà --expect đối chiếu (mặc định: lần chính thức, nếu không có thì lần gần nhất)",
        "the run whose head --expect names (default: the live run, else the latest)",
    ),
    "verify.expect": (
        "mã băm in ở chân biên bản đã ký; thoát với mã 1 nếu không khớp",
        "the head hash printed at the foot of the signed minutes; exit 1 unless it matches",
    ),
    "backup": (
        "tạo bản sao nhất quán của nhật ký (sao lưu trực tuyến SQLite)",
        "make a consistent copy of a journal (SQLite online backup)",
    ),
    "backup.output": ("bản sao (một tệp, hoặc thư mục để đặt tệp)", "the copy (a file, or a folder to put it in)"),
    # the counting committee's commands
    "ballots": ("in phiếu bầu của một nội dung bầu cử ra tệp .docx", "the ballot papers of an election item, as .docx"),
    "ballots.per-page": (
        "số phiếu trên một trang A4 (mặc định: nhiều nhất có thể)",
        "ballots on one A4 page (default: as many as fit)",
    ),
    "count": (
        "nhập phiếu tại một máy kiểm phiếu (cửa sổ, hoặc --script)",
        "enter ballots at one counting station (the window, or --script)",
    ),
    "count.station": ("tên máy kiểm phiếu này, ví dụ A", "this station's name, e.g. A"),
    "count.db": ("tệp nhật ký riêng của máy kiểm phiếu này", "this station's own journal file"),
    "count.script": (
        "nhập một tệp phiếu không cần cửa sổ (xem docs/counting.md)",
        "enter an ENTRIES file headless (docs/counting.md)",
    ),
    "tally": (
        "đối chiếu các máy kiểm phiếu từng phiếu một rồi tổng hợp",
        "reconcile the stations ballot by ballot and count",
    ),
    "tally.stations": ("các tệp nhật ký của các máy kiểm phiếu", "the stations' journal files"),
    "tally.issued": (
        "số phiếu phát ra, theo Ban Kiểm phiếu",
        "ballots issued (phát ra), as the counting committee counted them",
    ),
    "tally.present": (
        "số đại biểu có mặt khi bỏ phiếu (mặc định: toàn bộ số được triệu tập)",
        "delegates present at the vote (default: all convened)",
    ),
    "tally.output": ("ghi tệp kết quả để bục điều hành nhận", "write the result file the podium takes"),
    "round.item": ("mã (id) của nội dung bầu cử", "the election item's id"),
    "round.round": ("lần bỏ phiếu (mặc định 1)", "the round of the election (default 1)"),
    "round.seats": (
        "số người cần bầu của lần này, nếu khác chương trình",
        "seats of this round, when not the program's",
    ),
    "round.candidates": (
        "danh sách lần này, các tên cách nhau bằng ';', nếu khác danh sách trong chương trình",
        "names of this round separated by ';', when not the program's list",
    ),
    # export
    "export": (
        "xuất biên bản, báo cáo rút kinh nghiệm, nhật ký nhập phiếu hoặc kịch bản ra tệp .docx",
        "write the minutes, the post-congress review, a station's entry log or the script as .docx",
    ),
    "export.db": (
        "tệp nhật ký (biên bản, rút kinh nghiệm, nhật ký nhập phiếu)",
        "journal database (minutes, review, entry-log)",
    ),
    "export.program": ("tệp chương trình (kịch bản)", "program file (script)"),
    "export.run": (
        "số lần chạy (mặc định: lần chính thức, nếu không có thì lần gần nhất)",
        "run id (default: the live run, else the latest)",
    ),
    "export.json": (
        "in kết quả dạng một đối tượng JSON (cho cửa sổ chương trình)",
        "print the outcome as one JSON object (for the window)",
    ),
    # templates, new, import
    "templates": ("liệt kê các mẫu chương trình, mỗi mẫu một dòng", "list the program templates, one line each"),
    "new": ("tạo tệp chương trình mới từ một mẫu", "write a new program file from a template"),
    "new.template": ("một tên trong 'presidium templates'", "a name from 'presidium templates'"),
    "new.output": ("tệp chương trình mới (.toml)", "the new program file (.toml)"),
    "new.force": ("ghi đè TỆP nếu đã có", "replace FILE if it already exists"),
    "import": (
        "tạo tệp chương trình từ kịch bản (.docx) hoặc bảng chương trình (.xlsx, .csv)",
        "a program file from a kịch bản (.docx) or an agenda (.xlsx, .csv)",
    ),
    "import.output": ("tệp chương trình sẽ ghi (.toml)", "the program file to write (.toml)"),
    "import.force": ("ghi đè tệp kết quả nếu đã có", "overwrite the output file if it exists"),
}

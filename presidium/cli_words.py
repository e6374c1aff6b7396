"""The command line's own words in Vietnamese: the help of every option and command, and argparse's
headings and errors ("usage:", "the following arguments are required"), so `presidium --help` and a
mistyped command speak the language of `--lang` like every other output. English is the source text.
"""

from __future__ import annotations

import argparse

# Python's argparse says these through gettext; Presidium says them in Vietnamese by default.
ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn %(value)r không hợp lệ (chọn một trong: %(choices)s)",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "tham số không nhận ra: %s",
    "expected one argument": "cần một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s không rõ: có thể là %(matches)s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "not allowed with argument %s": "không dùng cùng tham số %s",
}

# The help of Presidium's own commands and options.
HELP_VI = {
    "Podium companion for the presidium of a congress. With no command, opens the bundled sample congress in "
    "rehearsal.": "Trợ lý điều hành cho Đoàn Chủ tịch đại hội. Không có lệnh: mở đại hội mẫu đi kèm, ở chế độ tổng "
                  "duyệt.",
    "interface language (default: Vietnamese)": "ngôn ngữ giao diện (mặc định: tiếng Việt)",
    "journal database (default: one per program in the user data folder)":
        "tệp nhật ký (mặc định: mỗi chương trình một tệp trong thư mục dữ liệu của người dùng)",
    "open a program file at the podium (rehearsal unless --live)":
        "mở một chương trình tại bục điều hành (tổng duyệt, trừ khi có --live)",
    "the real congress, not a rehearsal": "đại hội chính thức, không phải tổng duyệt",
    "journal database": "tệp nhật ký",
    "check a program file; exit 1 with FILE:LINE: messages": "kiểm tra tệp chương trình; báo lỗi dạng TỆP:DÒNG: và thoát với mã 1",
    "headless dry run of a program on a simulated clock": "chạy thử chương trình không cần cửa sổ, theo đồng hồ giả lập",
    "actions file: one 'TIME ACTION [ARGS]' a line": "tệp kịch bản: mỗi dòng một 'THỜI_ĐIỂM THAO_TÁC [THAM_SỐ]'",
    "record the simulated run as live instead of rehearsal": "ghi lần chạy thử như lần chính thức thay vì tổng duyệt",
    "list the runs in a journal": "liệt kê các lần chạy trong nhật ký",
    "machine-readable output": "in dạng JSON cho máy đọc",
    "check the journal's hash chain; exit 1 if altered": "kiểm tra chuỗi băm của nhật ký; thoát với mã 1 nếu bị sửa",
    "write the minutes or the post-congress review as .docx": "xuất biên bản hoặc báo cáo rút kinh nghiệm ra tệp .docx",
    "run id (default: the live run, else the latest)": "số lần chạy (mặc định: lần chính thức, nếu không có thì lần gần nhất)",
    "print the outcome as one JSON object (for the window)": "in kết quả dạng một đối tượng JSON (cho cửa sổ chương trình)",
    "keep a consistent copy of the journal in DIR after every action (a USB stick)":
        "giữ một bản sao nhất quán của nhật ký trong thư mục DIR sau mỗi thao tác (ví dụ USB)",
    "the program editor: open FILE, or a new program (from a template) saved as FILE":
        "trình soạn chương trình: mở TỆP, hoặc soạn chương trình mới (từ mẫu) và lưu thành TỆP",
    "the run whose head --expect names (default: the live run, else the latest)":
        "lần chạy mà --expect đối chiếu (mặc định: lần chính thức, nếu không có thì lần gần nhất)",
    "the head hash printed at the foot of the signed minutes; exit 1 unless it matches":
        "mã băm in ở chân biên bản đã ký; thoát với mã 1 nếu không khớp",
    "make a consistent copy of a journal (SQLite online backup)":
        "tạo bản sao nhất quán của nhật ký (sao lưu trực tuyến SQLite)",
    "the copy (a file, or a folder to put it in)": "bản sao (một tệp, hoặc thư mục để đặt tệp)",
    "the ballot papers of an election item, as .docx": "in phiếu bầu của một nội dung bầu cử ra tệp .docx",
    "ballots on one A4 page (default: as many as fit)": "số phiếu trên một trang A4 (mặc định: nhiều nhất có thể)",
    "enter ballots at one counting station (the window, or --script)":
        "nhập phiếu tại một máy kiểm phiếu (cửa sổ, hoặc --script)",
    "this station's name, e.g. A": "tên máy kiểm phiếu này, ví dụ A",
    "this station's own journal file": "tệp nhật ký riêng của máy kiểm phiếu này",
    "enter an ENTRIES file headless (docs/counting.md)": "nhập một tệp phiếu không cần cửa sổ (xem docs/counting.md)",
    "reconcile the stations ballot by ballot and count": "đối chiếu các máy kiểm phiếu từng phiếu một rồi tổng hợp",
    "the stations' journal files": "các tệp nhật ký của các máy kiểm phiếu",
    "ballots issued (phát ra), as the counting committee counted them":
        "số phiếu phát ra, theo Ban Kiểm phiếu",
    "delegates present at the vote (default: all convened)":
        "số đại biểu có mặt khi bỏ phiếu (mặc định: toàn bộ số được triệu tập)",
    "write the result file the podium takes": "ghi tệp kết quả để bục điều hành nhận",
    "write the minutes, the post-congress review, a station's entry log or the script as .docx":
        "xuất biên bản, báo cáo rút kinh nghiệm, nhật ký nhập phiếu hoặc kịch bản ra tệp .docx",
    "journal database (minutes, review, entry-log)": "tệp nhật ký (biên bản, rút kinh nghiệm, nhật ký nhập phiếu)",
    "program file (script)": "tệp chương trình (kịch bản)",
    "list the program templates, one line each": "liệt kê các mẫu chương trình, mỗi mẫu một dòng",
    "write a new program file from a template": "tạo tệp chương trình mới từ một mẫu",
    "a name from 'presidium templates'": "một tên trong 'presidium templates'",
    "the new program file (.toml)": "tệp chương trình mới (.toml)",
    "replace FILE if it already exists": "ghi đè TỆP nếu đã có",
    "a program file from a kịch bản (.docx) or an agenda (.xlsx, .csv)":
        "tạo tệp chương trình từ kịch bản (.docx) hoặc bảng chương trình (.xlsx, .csv)",
    "the program file to write (.toml)": "tệp chương trình sẽ ghi (.toml)",
    "overwrite the output file if it exists": "ghi đè tệp kết quả nếu đã có",
    "the election item's id": "mã (id) của nội dung bầu cử",
    "the round of the election (default 1)": "lần bỏ phiếu (mặc định 1)",
    "seats of this round, when not the program's": "số người cần bầu của lần này, nếu khác chương trình",
    "names of this round separated by ';', when not the program's list":
        "danh sách lần này, các tên cách nhau bằng ';', nếu khác danh sách trong chương trình",
}


def language(argv: list[str]) -> str:
    """The language asked for on the command line (before argparse runs): Vietnamese unless --lang en."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "vi"
        if arg.startswith("--lang="):
            return "en" if arg.partition("=")[2] == "en" else "vi"
    return "vi"


def use(lang: str):
    """A translator for the help texts, and argparse's own words set to `lang` (argparse looks its
    gettext function up each time it speaks, so this applies to the parser built next)."""
    table = HELP_VI if lang == "vi" else {}
    own = ARGPARSE_VI if lang == "vi" else {}
    argparse._ = lambda text: own.get(text, text)  # type: ignore[attr-defined]
    return lambda text: table.get(text, text)

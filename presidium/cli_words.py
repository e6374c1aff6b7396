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

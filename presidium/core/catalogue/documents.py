"""Words every Word document prints the same way (presidium.infra.docx_party and the documents built on it):
the line under a signature block that has no printed name, and a date ("ngày 07 tháng 7 năm 2025": the day on
two digits, months 1 and 2 as 01, 02; "07 July 2025", month names that never follow the machine's locale).
"""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "sign_note": ("(Ký, ghi rõ họ và tên)", "(signature and full name)"),
    "date": ("ngày {day} tháng {month} năm {year}", "{day} {month} {year}"),
    "month.1": ("01", "January"),
    "month.2": ("02", "February"),
    "month.3": ("3", "March"),
    "month.4": ("4", "April"),
    "month.5": ("5", "May"),
    "month.6": ("6", "June"),
    "month.7": ("7", "July"),
    "month.8": ("8", "August"),
    "month.9": ("9", "September"),
    "month.10": ("10", "October"),
    "month.11": ("11", "November"),
    "month.12": ("12", "December"),
}

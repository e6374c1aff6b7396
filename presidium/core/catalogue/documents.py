"""Words every Word document prints the same way (presidium.infra.docx_party and the documents built on it):
the line under a signature block that has no printed name.
"""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "sign_note": ("(Ký, ghi rõ họ và tên)", "(signature and full name)"),
}

"""What the podium says before Qt starts when no window can open here (presidium/ui/screen_check.py)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "no-display": (
        "presidium: không tìm thấy màn hình (DISPLAY hoặc WAYLAND_DISPLAY chưa được đặt). Hãy chạy trong phiên "
        "làm việc có giao diện đồ họa; các lệnh validate, simulate, runs, verify, export chạy được không cần màn hình.",
        "presidium: no screen found (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a graphical session; "
        "validate, simulate, runs, verify and export work without a screen.",
    ),
    "no-xcb-cursor": (
        "presidium: Qt cần thư viện libxcb-cursor để mở cửa sổ. Trên Debian/Ubuntu: sudo apt install libxcb-cursor0",
        "presidium: Qt needs the libxcb-cursor library to open a window. On Debian/Ubuntu: sudo apt install libxcb-cursor0",
    ),
}

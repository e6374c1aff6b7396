"""Every podium command as a QAction: its words, its keys (design.md), its icon."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from presidium.ui import icons

# name -> keys; the presenter clicker sends PageUp / PageDown.
KEYS: dict[str, tuple[str, ...]] = {
    "next": ("Space", "Right", "PgDown"),
    "back": ("Left", "PgUp"),
    "pause": ("P",),
    "skip": ("S",),
    "finish": (),
    "undo": ("Ctrl+Z",),
    "cards": ("C", "F2"),
    "note": ("N",),
    "vote": ("V",),
    "result": ("R",),
    "call": ("M",),
    "speakers": ("L",),
    "insert": ("I",),
    "attendance": ("A",),
    "stage": ("F5",),
    "message_end": ("F6",),
    "message_brief": ("F7",),
    "message_custom": ("F8",),
    "message_clear": ("F9",),
    "zoom_in": ("Ctrl++", "Ctrl+="),
    "zoom_out": ("Ctrl+-",),
    "dark": ("Ctrl+T",),
    "quit": ("Ctrl+Q",),
    "export_minutes": (),
    "export_review": (),
    "export_script": (),
    "review": (),
    "mirror": (),
}
ICONS = {
    "next": "next",
    "back": "back",
    "pause": "pause",
    "skip": "skip",
    "finish": "finish",
    "undo": "undo",
    "cards": "card",
    "note": "note",
    "vote": "vote",
    "stage": "stage",
    "result": "result",
    "call": "call",
    "speakers": "speakers",
    "insert": "insert",
    "export_minutes": "export",
    "export_review": "export",
    "export_script": "export",
    "review": "review",
    "message_end": "message",
    "message_brief": "message",
    "message_custom": "message",
    "zoom_in": "zoom_in",
    "zoom_out": "zoom_out",
    "dark": "theme",
}


class Actions(QObject):
    """The window's actions by name; texts are set here so one catalogue serves menus and buttons."""

    def __init__(self, parent: QObject, icon_colour: str) -> None:
        super().__init__(parent)
        texts = {
            "next": self.tr("Next"),
            "back": self.tr("Back"),
            "pause": self.tr("Pause"),
            "skip": self.tr("Skip…"),
            "finish": self.tr("Finish…"),
            "undo": self.tr("Undo last move"),
            "cards": self.tr("Cards"),
            "note": self.tr("Note"),
            "vote": self.tr("Vote"),
            "result": self.tr("Result or script"),
            "call": self.tr("Call the next speaker"),
            "speakers": self.tr("Speakers…"),
            "insert": self.tr("Insert an item…"),
            "attendance": self.tr("Attendance…"),
            "stage": self.tr("Stage display"),
            "message_end": self.tr("Please conclude your remarks"),
            "message_brief": self.tr("Please keep your remarks brief"),
            "message_custom": self.tr("Other message…"),
            "message_clear": self.tr("Clear the message"),
            "zoom_in": self.tr("Larger script"),
            "zoom_out": self.tr("Smaller script"),
            "dark": self.tr("Dark theme"),
            "quit": self.tr("Quit"),
            "export_minutes": self.tr("Export the minutes (.docx)…"),
            "export_review": self.tr("Export the review (.docx)…"),
            "review": self.tr("Review screen…"),
            "export_script": self.tr("Export the script (.docx)…"),
            "mirror": self.tr("Standby copy folder…"),
        }
        self.by_name: dict[str, QAction] = {}
        for name, keys in KEYS.items():
            action = QAction(texts[name], parent)
            action.setObjectName(f"action_{name}")
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if name in ICONS:
                action.setIcon(icons.icon(ICONS[name], icon_colour))
            if keys:
                action.setToolTip(
                    f"{texts[name]} ({', '.join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)})"
                )
            self.by_name[name] = action
        # Shorter words on the buttons, where nine must fit across a 1366-pixel screen.
        self.by_name["cards"].setIconText(self.tr("Situations"))
        self.by_name["stage"].setIconText(self.tr("Stage"))
        self.by_name["stage"].setCheckable(True)
        self.by_name["dark"].setCheckable(True)

    def recolour(self, colour: str) -> None:
        for name, role in ICONS.items():
            self.by_name[name].setIcon(icons.icon(role, colour))

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def message_text(self, name: str) -> str:
        return self.by_name[name].text()

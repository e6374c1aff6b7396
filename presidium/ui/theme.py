"""Light and dark high-contrast themes: colours by role, and the one style sheet built from them."""

from __future__ import annotations

from dataclasses import dataclass

THEMES = ("light", "dark")


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    panel: str
    text: str
    muted: str
    accent: str
    border: str
    ok: str  # timer within its budget
    warn: str  # timer in its last stretch (amber)
    over: str  # overrun (red)
    rehearsal_bg: str
    rehearsal_fg: str
    live_bg: str
    live_fg: str
    selection: str
    selection_text: str

    def phase_colour(self, phase: str) -> str:
        return {"warning": self.warn, "overrun": self.over}.get(phase, self.ok)


LIGHT = Theme(
    name="light",
    window="#FFFFFF",
    panel="#F1F3F6",
    text="#000000",
    muted="#333A45",
    accent="#0B3D91",
    border="#5A6270",
    ok="#004D1A",
    warn="#9A4A00",
    over="#B00000",
    rehearsal_bg="#FFD23F",
    rehearsal_fg="#000000",
    live_bg="#B00000",
    live_fg="#FFFFFF",
    selection="#0B3D91",
    selection_text="#FFFFFF",
)
DARK = Theme(
    name="dark",
    window="#000000",
    panel="#14171C",
    text="#FFFFFF",
    muted="#D0D6DE",
    accent="#8CC8FF",
    border="#8A93A0",
    ok="#6BFF8F",
    warn="#FFB300",
    over="#FF5C5C",
    rehearsal_bg="#FFD23F",
    rehearsal_fg="#000000",
    live_bg="#E00000",
    live_fg="#FFFFFF",
    selection="#8CC8FF",
    selection_text="#000000",
)


def theme(name: str | None) -> Theme:
    return DARK if name == "dark" else LIGHT


def style_sheet(t: Theme) -> str:
    return f"""
QWidget {{ background: {t.window}; color: {t.text}; }}
QMenuBar, QMenu, QStatusBar {{ background: {t.panel}; color: {t.text}; }}
QMenu::item:selected, QMenuBar::item:selected {{ background: {t.selection}; color: {t.selection_text}; }}
QFrame#panel {{ background: {t.panel}; border: 1px solid {t.border}; border-radius: 6px; }}
QFrame#panel QLabel, QFrame#panel QTextBrowser {{ background: transparent; }}
QLabel#muted, QLabel#caption {{ color: {t.muted}; }}
QLabel#itemTitle {{ color: {t.text}; }}
QLabel#by {{ color: {t.accent}; }}
QTextBrowser#notes {{ color: {t.muted}; background: {t.panel}; border: 0; border-top: 1px solid {t.border}; }}
QLabel#banner[mode="rehearsal"] {{ background: {t.rehearsal_bg}; color: {t.rehearsal_fg}; }}
QLabel#banner[mode="live"] {{ background: {t.live_bg}; color: {t.live_fg}; }}
QLabel#notice {{ background: {t.accent}; color: {t.window}; padding: 4px 10px; }}
QLabel#status {{ color: {t.text}; }}
QLabel#refusal {{ color: {t.over}; }}
QLabel#quorumLacking {{ color: {t.over}; }}
QLabel#speakerName {{ color: {t.text}; }}
QLabel#status[refusal="true"] {{ color: {t.over}; font-weight: bold; }}
QTextBrowser {{ background: {t.window}; color: {t.text}; border: 1px solid {t.border}; }}
QListWidget, QTreeWidget, QLineEdit, QComboBox {{
    background: {t.window}; color: {t.text}; border: 1px solid {t.border};
}}
QListWidget::item:selected, QTreeWidget::item:selected {{ background: {t.selection}; color: {t.selection_text}; }}
QHeaderView::section {{ background: {t.panel}; color: {t.text}; border: 0; padding: 4px; }}
QPushButton, QToolButton {{
    background: {t.panel}; color: {t.text}; border: 1px solid {t.border}; border-radius: 4px; padding: 6px 10px;
}}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {t.accent}; }}
QPushButton:default {{ border: 2px solid {t.accent}; }}
QPushButton:pressed, QToolButton:pressed {{ background: {t.selection}; color: {t.selection_text}; }}
"""

"""The script editor: a large, spell-friendly text box where placeholders stand out, an Insert menu of
every placeholder with the value it would have now, and a preview filled as the podium fills it."""

from __future__ import annotations

import re
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from presidium.core.entry import EntryError, clean_text
from presidium.core.placeholders import PLACEHOLDERS, check_placeholders, fill
from presidium.ui.editor.fields import Field

_FIELD = re.compile(r"\{[^{}\n]*\}")
PREVIEW_POINTS = 20  # near the podium's default script size, so line lengths read as they will


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Known placeholders in the accent colour, unknown ones underlined in the alarm colour."""

    def __init__(self, document: QTextDocument, accent: str, alarm: str) -> None:
        super().__init__(document)
        self.known = QTextCharFormat()
        self.known.setForeground(QColor(accent))
        self.known.setFontWeight(QFont.Weight.Bold)
        self.unknown = QTextCharFormat()
        self.unknown.setForeground(QColor(alarm))
        self.unknown.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.unknown.setUnderlineColor(QColor(alarm))

    def highlightBlock(self, text: str) -> None:  # noqa: N802
        for match in _FIELD.finditer(text):
            if text[max(0, match.start() - 1) : match.start()] == "{":
                continue  # {{ is a literal brace
            known = match.group()[1:-1] in PLACEHOLDERS
            self.setFormat(match.start(), match.end() - match.start(), self.known if known else self.unknown)


class ScriptField(Field):
    def __init__(self, key: str, lang: str, accent: str, alarm: str) -> None:
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("scriptEditor")
        font = QFont(self.editor.font())
        font.setPointSize(14)
        self.editor.setFont(font)
        self.editor.setMinimumHeight(260)
        self.editor.setTabChangesFocus(True)
        self.highlighter = PlaceholderHighlighter(self.editor.document(), accent, alarm)
        self.insert_button = QToolButton()
        self.insert_button.setObjectName("insertPlaceholder")
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_menu = QMenu(self.insert_button)
        self.insert_button.setMenu(self.insert_menu)
        self.preview = QTextBrowser()
        self.preview.setObjectName("scriptPreview")
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        preview_font = QFont(self.preview.font())
        preview_font.setPointSize(PREVIEW_POINTS)
        self.preview.document().setDefaultFont(preview_font)
        self.preview_caption = QLabel()
        self.preview_caption.setObjectName("caption")

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.insert_button)
        column.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.editor)
        side = QWidget()
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(self.preview_caption)
        side_column.addWidget(self.preview, 1)
        split.addWidget(side)
        split.setSizes([500, 400])
        column.addWidget(split, 1)
        super().__init__(key, body, lang)
        self.values: dict[str, object] = {}
        self.editor.textChanged.connect(self._typed)

    def set_words(self, insert: str, preview: str) -> None:
        self.insert_button.setText(insert)
        self.preview_caption.setText(preview)

    def set_values(self, values: dict[str, object]) -> None:
        """The current sample values: the Insert menu shows them and the preview is filled with them."""
        self.values = values
        self.insert_menu.clear()
        for name in PLACEHOLDERS:
            value = values.get(name)
            shown = str(value) if value not in (None, "") else "…"
            action = self.insert_menu.addAction(f"{{{name}}}  —  {shown[:60]}")
            action.setData(name)
            action.triggered.connect(lambda _checked=False, name=name: self.insert(name))
        self._preview()

    def insert(self, name: str) -> None:
        self.editor.insertPlainText("{" + name + "}")
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_value(self, value: Any) -> None:
        text = str(value or "")
        if self.editor.toPlainText() != text:
            self.editor.setPlainText(text)
        self._preview()

    def _typed(self) -> None:
        try:
            text = clean_text(self.editor.toPlainText())
        except EntryError as error:
            self.set_problem(error.message(self.lang))
            return
        self._preview()
        self.emit_edit(text or None, typing=True)

    def _preview(self) -> None:
        text = self.editor.toPlainText()
        broken = any(name is None for name, _hint in check_placeholders(text))  # an open brace: shown as typed
        filled = text if broken else fill(text, self.values)
        self.preview.setHtml(escape(filled).replace("\n", "<br>"))

    def focus(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

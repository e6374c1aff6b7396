"""The contingency-card palette (C / F2): type to filter, accent-insensitive; Enter opens a card.

Cards linked to the current item come first. Moving through the list previews a card; opening it
(Enter, double-click, or the button) is what the run records as a card use.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from presidium.core.placeholders import fill
from presidium.core.program import Card, Program
from presidium.ui import icons
from presidium.ui.folding import matches


def ordered_cards(program: Program, linked: tuple[str, ...]) -> list[tuple[Card, bool]]:
    """(card, linked to the current item): the item's cards first in the item's order, then the rest."""
    by_id = {card.id: card for card in program.cards}
    first = [by_id[card_id] for card_id in dict.fromkeys(linked) if card_id in by_id]
    rest = [card for card in program.cards if card.id not in linked]
    return [(card, True) for card in first] + [(card, False) for card in rest]


def card_search_text(program: Program, card: Card) -> tuple[str, ...]:
    return (card.title, card.when, " ".join(card.steps), card.script, card.id)


class CardPalette(QDialog):
    card_opened = Signal(str)  # card id, each time the chair opens a card

    def __init__(
        self,
        program: Program,
        linked: tuple[str, ...],
        values: dict[str, object],
        parent: QWidget | None = None,
        icon_colour: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._colour = icon_colour
        self.setObjectName("cardPalette")
        self.setWindowTitle(self.tr("Contingency cards"))
        self._program = program
        self._values = values
        self._entries = ordered_cards(program, linked)
        self._opened: set[str] = set()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type to search, e.g. “mat dien” — Enter opens the card"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search", icon_colour), QLineEdit.ActionPosition.LeadingPosition)
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.opened_label = QLabel()
        self.opened_label.setObjectName("by")
        self.open_button = QPushButton(icons.icon("card", icon_colour), self.tr("Open this card"))
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        self.open_button.setAutoDefault(False)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setSizes([400, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.opened_label, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        for widget in (self.search, self.list, self.detail):
            widget.setFont(QFont(widget.font().family(), 14))

        self.search.textChanged.connect(self._refilter)
        self.search.returnPressed.connect(self.open_selected)
        self.search.installEventFilter(self)
        self.list.currentItemChanged.connect(lambda *_: self._preview())
        self.list.itemActivated.connect(lambda *_: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self._refilter("")
        self.resize(1120, 680)

    # --- list ------------------------------------------------------------------------------
    def visible_titles(self) -> list[str]:
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole + 1) for row in range(self.list.count())]

    def _refilter(self, query: str) -> None:
        self.list.clear()
        for card, linked in self._entries:
            if not matches(query, *card_search_text(self._program, card)):
                continue
            row = QListWidgetItem(icons.icon("linked" if linked else "card", self._colour), card.title)
            row.setData(Qt.ItemDataRole.UserRole, card.id)
            row.setData(Qt.ItemDataRole.UserRole + 1, card.title)
            if linked:
                row.setToolTip(self.tr("Linked to the current item"))
            self.list.addItem(row)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._preview()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            step = 1 if key == Qt.Key.Key_Down else -1 if key == Qt.Key.Key_Up else 0
            if step and self.list.count():
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, self.list.currentRow() + step)))
                return True
        return super().eventFilter(watched, event)

    def selected_card(self) -> Card | None:
        row = self.list.currentItem()
        return self._program.card(row.data(Qt.ItemDataRole.UserRole)) if row else None

    # --- detail ----------------------------------------------------------------------------
    def _preview(self) -> None:
        card = self.selected_card()
        self.open_button.setEnabled(card is not None)
        if card is None:
            nothing = self.tr("No card matches.")
            self.detail.setHtml(f"<p>{escape(nothing)}</p>")
            self.opened_label.clear()
            return
        self.detail.setHtml(self.card_html(card))
        self.opened_label.setText(self.tr("Opened: recorded in the journal") if card.id in self._opened else "")

    def card_html(self, card: Card) -> str:
        situation, steps_title, words_title, rests_on = (
            self.tr("Situation"),
            self.tr("Steps"),
            self.tr("Words to say"),
            self.tr("Rests on"),
        )
        parts = [f"<h2>{escape(card.title)}</h2>"]
        if card.when:
            parts.append(f"<h4>{escape(situation)}</h4><p>{escape(card.when)}</p>")
        if card.steps:
            steps = "".join(f"<li>{escape(step)}</li>" for step in card.steps)
            parts.append(f"<h4>{escape(steps_title)}</h4><ol>{steps}</ol>")
        if card.script:
            words = escape(fill(card.script, self._values)).replace("\n", "<br>")
            parts.append(f"<h4>{escape(words_title)}</h4><p style='font-size:large'><b>{words}</b></p>")
        for ref in card.refs:
            try:
                regulation, article = self._program.article(ref)
            except KeyError:
                continue
            heading = " — ".join(x for x in (article.number, article.title) if x)
            text = escape(article.text).replace("\n", "<br>")
            parts.append(
                f"<h4>{escape(rests_on)}: {escape(heading)}</h4><p><i>{escape(regulation.title)}</i></p><p>{text}</p>"
            )
        return "".join(parts)

    def open_selected(self) -> None:
        card = self.selected_card()
        if card is None:
            return
        self._opened.add(card.id)
        self.card_opened.emit(card.id)
        self._preview()


def open_palette(
    parent: QWidget,
    program: Program,
    linked: tuple[str, ...],
    values: dict[str, object],
    on_open: Callable[[str], object],
    icon_colour: str | None = None,
) -> CardPalette:
    palette = CardPalette(program, linked, values, parent, icon_colour)
    palette.card_opened.connect(on_open)
    palette.setModal(True)
    palette.show()
    palette.search.setFocus()
    return palette

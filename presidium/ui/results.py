"""What the podium shows after a show of hands or a count: a verdict line coloured by outcome, the
ranked standings of a count, the legal base and threshold, and the announcement to read; the
stage display gets the verdict line. Read-only over the run's records; the words come from the
translation catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from presidium.core.announce import announce_election, announce_vote, election_warnings, format_percent
from presidium.core.ballots import ElectionResult, ListChange, RoundSetup
from presidium.core.catalogue import text as say
from presidium.core.program import Item
from presidium.core.records import Recorded
from presidium.core.votes import VoteResult
from presidium.ui.theme import Theme
from presidium.ui.widgets import BreakingLabel, ElidedLabel, label

ELECTED, TIE, OUT = "elected", "tie", "out"
MARKS = {ELECTED: "✓", TIE: "=", OUT: "–"}


@dataclass(frozen=True)
class Verdict:
    """One line that says how it went, and its tone: "ok", "warn" or "danger" (the theme's colours)."""

    text: str
    tone: str

    def colour(self, theme: Theme) -> str:
        return {"ok": theme.ok, "warn": theme.warn}.get(self.tone, theme.over)


@dataclass(frozen=True)
class Row:
    """One candidate's line in the standings: rank, name, votes, % of the legal base, elected / tie / out."""

    rank: int
    name: str
    votes: int
    percent: str
    status: str


def election_of(record: Recorded) -> ElectionResult | None:
    result = record.result
    return result if isinstance(result, ElectionResult) else None


def hands_of(record: Recorded) -> VoteResult | None:
    result = record.result
    if isinstance(result, ListChange):
        return result.vote
    return result if isinstance(result, VoteResult) else None


class Results(QObject):
    """The words around a result; one instance per repaint is cheap (no widget)."""

    @staticmethod
    def question_of(item: Item | None) -> str:
        if item is not None and item.vote is not None:
            return item.vote.question
        return item.title if item is not None else ""

    def change_question(self, change: ListChange) -> str:
        if change.kind == "withdrawal":
            return self.tr("{name}'s withdrawal from the candidate list").format(name=change.name)
        return self.tr("adding {name} to the candidate list").format(name=change.name)

    def heading(self, record: Recorded) -> str:
        result = record.result
        if isinstance(result, ElectionResult):
            return self.tr("Count, round {round}").format(round=result.round_no)
        if isinstance(result, ListChange):
            return (
                self.tr("Show of hands: withdrawal of {name}")
                if result.kind == "withdrawal"
                else self.tr("Show of hands: nomination of {name}")
            ).format(name=result.name)
        return self.tr("Result of the show of hands")

    def announcement(self, record: Recorded, item: Item | None, lang: str) -> str:
        """The text the chair reads out, then (for a count) the next round, and notes to check."""
        result = record.result
        if isinstance(result, VoteResult):
            return announce_vote(result, self.question_of(item), lang)
        if isinstance(result, ListChange):
            lines = [announce_vote(result.vote, self.change_question(result), lang), self.list_line(result)]
            return "\n".join(line for line in lines if line)
        if isinstance(result, ElectionResult):
            lines = [announce_election(result, None, lang)]
            proposal = result.proposal
            if proposal is not None:
                lines += ["", self.next_round_text(proposal)]
            elif result.elected:
                lines += ["", self.tr("All {seats} seats are filled.").format(seats=result.seats)]
            lines += election_warnings(result, lang)
            return "\n".join(lines)
        return ""

    def list_line(self, change: ListChange) -> str:
        count = len(change.candidates)
        if change.problem == "over_surplus":
            return self.tr(
                "The list now has {count} names, more than the surplus allows: an opinion ballot must "
                "decide who stays on it."
            ).format(count=count)
        if change.problem == "too_few":
            return self.tr("The list now has {count} names, fewer than the seats to fill.").format(count=count)
        return self.tr("The candidate list now has {count} names.").format(count=count)

    def next_round_text(self, proposal: RoundSetup) -> str:
        """Who, how many seats, why: the round the app has set up and will count next."""
        reasons = {
            "tie": self.tr("a tie at the last seat"),
            "unfilled": self.tr("seats left unfilled"),
            "repeat": self.tr("the count is void (more ballots returned than issued)"),
        }
        why = reasons.get(proposal.reason, proposal.reason)
        return self.tr("NEXT ROUND SET UP: round {round}, {seats} seat(s) among {count}: {names}. Why: {why}.").format(
            round=proposal.round_no,
            seats=proposal.seats,
            count=len(proposal.candidates),
            names=", ".join(proposal.candidates),
            why=why,
        )

    # --- at a glance -----------------------------------------------------------------------------
    def verdict(self, record: Recorded, lang: str) -> Verdict | None:
        """The one line the chair and the hall read first: passed or not; seats filled, a tie, seats
        left, or a void count, with the round that follows."""
        election = election_of(record)
        if election is not None:
            proposal = election.proposal
            if election.void:
                return Verdict(self.tr("THE COUNT IS VOID — VOTE AGAIN"), "danger")
            if election.tie and proposal is not None:
                return Verdict(
                    self.tr("TIE AT THE LAST SEAT — ROUND {round}: {seats} of {count} candidates").format(
                        round=proposal.round_no, seats=proposal.seats, count=len(proposal.candidates)
                    ),
                    "warn",
                )
            if election.unfilled and proposal is not None:
                return Verdict(
                    self.tr("{missing} SEAT(S) UNFILLED — ROUND {round}: {seats} of {count} candidates").format(
                        missing=election.unfilled,
                        round=proposal.round_no,
                        seats=proposal.seats,
                        count=len(proposal.candidates),
                    ),
                    "warn",
                )
            return Verdict(
                self.tr("ALL SEATS FILLED {elected}/{seats}").format(
                    elected=len(election.elected), seats=election.seats
                ),
                "ok",
            )
        vote = hands_of(record)
        if vote is None:
            return None
        figures = {
            "for_": vote.tally.for_,
            "present": vote.attendance.present,
            "percent": format_percent(vote.percent_for, lang),
        }
        if not vote.passed:
            return Verdict(self.tr("NOT APPROVED — {for_}/{present} in favour, {percent}").format(**figures), "danger")
        if vote.unanimous:
            return Verdict(
                self.tr("APPROVED UNANIMOUSLY — {for_}/{present} in favour, {percent}").format(**figures), "ok"
            )
        return Verdict(self.tr("APPROVED — {for_}/{present} in favour, {percent}").format(**figures), "ok")

    def base_line(self, record: Recorded, lang: str) -> str:
        """ "Base: 152 delegates convened · at least 77 votes needed" ("" for a void count)."""
        election = election_of(record)
        vote = hands_of(record)
        if election is not None:
            if election.void:
                return ""
            counted = say(f"vocabulary.base-count.ballot.{election.base}", lang, n=election.base_value)
            return self.tr("Base: {base} · at least {needed} votes needed").format(
                base=counted, needed=election.threshold
            )
        if vote is not None:
            counted = say(f"vocabulary.base-count.vote.{vote.base}", lang, n=vote.base_value)
            return self.tr("Base: {base} · at least {needed} in favour needed").format(
                base=counted, needed=vote.threshold
            )
        return ""

    @staticmethod
    def rows(result: ElectionResult, lang: str) -> list[Row]:
        """The standings in rank order (the count's own order: votes, then the name)."""

        def status(name: str) -> str:
            return ELECTED if name in result.elected else TIE if name in result.tie else OUT

        return [
            Row(rank, s.name, s.votes, format_percent(s.percent, lang), status(s.name))
            for rank, s in enumerate(result.standings, 1)
        ]


# ---------------------------------------------------------------------------------------------- the board


class _TableArea(QScrollArea):
    """Scrolls the standings only when the window is too short for them; asks for their full height, or
    at most `tallest` pixels (a long list in one column scrolls rather than push out the announcement)."""

    tallest = 0

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        shown = self.widget()
        inner = shown.sizeHint() if shown is not None else QSize(0, 0)
        height = min(inner.height(), self.tallest) if self.tallest else inner.height()
        return QSize(inner.width(), height + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(0, min(self.sizeHint().height(), 4 * QFontMetrics(self.font()).height()))


class ResultBoard(QWidget):
    """Above the announcement: the verdict band, the ranked standings of a count (two columns when
    they are many and every name holds whole in them; else one column that scrolls) and the legal base
    with the threshold."""

    LARGEST, SMALLEST = 17, 12  # points of a standings row: the largest at which every name fits
    TWO_COLUMNS_FROM = 9  # candidates: up to 8 read down one column
    ROWS_IN_VIEW = 8  # a column of more than 9 rows asks for the height of 8½ and scrolls
    SPACING, GUTTER = 8, 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultBoard")
        self.verdict = BreakingLabel(largest=20, smallest=14)
        self.verdict.setObjectName("resultVerdict")
        self.verdict.setFont(label("resultVerdict", 20, bold=True).font())
        self.verdict.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.table = QWidget()
        self.table.setObjectName("standings")
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(self.SPACING)
        self.grid.setVerticalSpacing(1)
        self.area = _TableArea()
        self.area.setObjectName("standingsArea")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(self.table)
        self.area.hide()
        self.base = label("resultBase", 14, bold=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.verdict)
        layout.addWidget(self.area)
        layout.addWidget(self.base)
        self._shown: tuple | None = None
        self._cells: list[list[QLabel]] = []
        self._headers: list[QLabel] = []
        self._halves = 1
        self._rows: list[Row] = []
        self._theme: Theme | None = None
        self.row_points = self.LARGEST

    def columns(self) -> int:
        """How many columns the standings read down (1 or 2)."""
        return self._halves

    # What the tests (and anyone checking the screen) read back.
    def verdict_text(self) -> str:
        return self.verdict.full_text()

    def table_rows(self) -> list[tuple[str, ...]]:
        """Each candidate's cells as shown: rank, name, votes, percent, mark."""
        return [
            tuple(cell.full_text() if isinstance(cell, ElidedLabel) else cell.text() for cell in row)
            for row in self._cells
        ]

    def show_result(self, record: Recorded, theme: Theme, lang: str) -> None:
        key = (record.seq, type(record.result).__name__, theme.name, lang)
        if key == self._shown:
            return
        self._shown = key
        words = Results()
        verdict = words.verdict(record, lang)
        self.verdict.setText(verdict.text if verdict else "")
        self.verdict.setVisible(verdict is not None)
        if verdict is not None:
            self.verdict.setStyleSheet(
                f"color: {theme.window}; background: {verdict.colour(theme)}; padding: 6px 10px; border-radius: 4px;"
            )
        base = words.base_line(record, lang)
        self.base.setText(base)
        self.base.setVisible(bool(base))
        self.base.setStyleSheet(f"color: {theme.muted}; background: transparent;")
        election = election_of(record)
        rows = Results.rows(election, lang) if election is not None else []
        self._fill(rows, theme)
        self.area.setVisible(bool(rows))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._fit()

    def _fill(self, rows: list[Row], theme: Theme, halves: int | None = None) -> None:
        self._rows, self._theme = rows, theme
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self._cells, self._headers = [], []
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
            self.grid.setColumnMinimumWidth(column, 0)
        if not rows:
            return
        if halves is None:
            halves = 2 if len(rows) >= self.TWO_COLUMNS_FROM else 1
        self._halves = halves
        per_half = (len(rows) + halves - 1) // halves
        headers = ("", self.tr("Name"), self.tr("Votes"), self.tr("% of base"), "")
        for half in range(halves):
            first = half * 6
            for offset, text in enumerate(headers):
                header = label("muted", 11, wrap=False)
                header.setText(text)
                header.setStyleSheet(f"color: {theme.muted}; background: transparent;")
                if offset in (2, 3):
                    header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.addWidget(header, 0, first + offset)
                self._headers.append(header)
            if half:
                self.grid.setColumnMinimumWidth(first - 1, self.GUTTER)  # the gutter between the halves
        self.grid.setColumnStretch(halves * 6 - 1, 1)  # the room left over goes after the table, not inside a row
        for index, row in enumerate(rows):
            half, line = divmod(index, per_half)
            first = half * 6
            colour = {ELECTED: theme.text, TIE: theme.warn, OUT: theme.muted}[row.status]
            mark_colour = {ELECTED: theme.ok, TIE: theme.warn, OUT: theme.muted}[row.status]
            strong = row.status != OUT
            name = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)  # at worst "Nguyễn T…Lan Anh"
            name.setText(row.name)
            cells: list[QLabel] = []
            texts = (f"{row.rank}.", None, str(row.votes), row.percent, MARKS[row.status])
            for offset, cell_text in enumerate(texts):
                widget = name if cell_text is None else label("standing", self.row_points, wrap=False)
                if cell_text is not None:
                    widget.setText(cell_text)
                    widget.setAlignment(
                        (Qt.AlignmentFlag.AlignLeft if offset == 4 else Qt.AlignmentFlag.AlignRight)
                        | Qt.AlignmentFlag.AlignVCenter
                    )
                font = widget.font()
                font.setBold(offset in (2, 4) and strong)  # names in regular weight: larger for the same width
                widget.setFont(font)
                widget.setStyleSheet(f"color: {mark_colour if offset == 4 else colour}; background: transparent;")
                self.grid.addWidget(widget, 1 + line, first + offset)
                cells.append(widget)
            self._cells.append(cells)
        self._fit(force=True)

    def _fit(self, force: bool = False) -> None:
        """The largest row size at which each half of the table holds its longest name, votes and share;
        on a narrow window the share goes (it is in the announcement) before a name is cut, and when a
        name would still be cut in two columns, the standings read down one column that scrolls."""
        if not self._cells or self.width() <= 0:
            return
        if len(self._cells) >= self.TWO_COLUMNS_FROM and self._theme is not None:
            halves = 2 if self._choose(2)[1] else 1
            if halves != self._halves:
                self._fill(self._rows, self._theme, halves)  # lays the cells out again, then fits them
                return
        chosen, fits, widths, shown = self._choose(self._halves)
        share_shown = 3 in shown
        for widget in [cells[3] for cells in self._cells] + self._headers[3::5]:
            widget.setVisible(share_shown)
        for half in range(self._halves):  # names as wide as the longest (or, when nothing fits, cut in the middle)
            self.grid.setColumnMinimumWidth(half * 6 + 1, widths[1] + 2 if fits else 0)
            self.grid.setColumnStretch(half * 6 + 1, 0 if fits else 1)
        resized = chosen != self.row_points or force
        if resized:
            self.row_points = chosen
            for cells in self._cells:
                for cell in cells:
                    font = QFont(cell.font())
                    font.setPointSize(chosen)
                    cell.setFont(font)
                    if isinstance(cell, ElidedLabel):
                        cell.setText(cell.full_text())  # elided again at the new size
        per_half = (len(self._cells) + self._halves - 1) // self._halves
        if per_half > self.ROWS_IN_VIEW + 1:
            row = QFontMetrics(self._cells[0][1].font()).height() + self.grid.verticalSpacing()
            tallest = (
                self._headers[0].sizeHint().height() + self.ROWS_IN_VIEW * row + row // 2
            )  # half a row: more below
        else:
            tallest = 0
        if resized or tallest != self.area.tallest:
            self.area.tallest = tallest
            self.table.adjustSize()
            self.area.updateGeometry()

    def _choose(self, halves: int) -> tuple[int, bool, list[int], tuple[int, ...]]:
        """For the standings in `halves` columns: the row size, whether every name holds whole at it,
        the width of each cell column, and the cell columns shown."""
        room = (self.width() - (halves - 1) * (self.GUTTER + 2 * self.SPACING)) // halves - 4
        headers = [
            max((h.fontMetrics().horizontalAdvance(h.text()) for h in self._headers[offset::5]), default=0)
            for offset in range(5)
        ]
        shown: tuple[int, ...] = (0, 1, 2, 3, 4)
        chosen, fits, widths = self.SMALLEST, False, headers
        for columns in ((0, 1, 2, 3, 4), (0, 1, 2, 4)):
            for points in range(self.LARGEST, self.SMALLEST - 1, -1):
                widths = list(headers)
                for cells in self._cells:
                    for offset, cell in enumerate(cells):
                        font = QFont(cell.font())
                        font.setPointSize(points)
                        text = cell.full_text() if isinstance(cell, ElidedLabel) else cell.text()
                        widths[offset] = max(widths[offset], QFontMetrics(font).horizontalAdvance(text))
                if sum(widths[c] for c in columns) + (len(columns) - 1) * self.SPACING <= room:
                    chosen, fits, shown = points, True, columns
                    break
            if fits:
                break
        return chosen, fits, widths, shown

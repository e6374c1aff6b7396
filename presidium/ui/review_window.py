"""The review screen: a run chosen from the journal, planned against actual, the charts, the changes,
the situations and the suggestions — the same review the Word export writes (`presidium.core.review`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from presidium.app.recorded import Unexportable, load_review, runs_in
from presidium.core.catalogue import text
from presidium.core.durations import minutes_text
from presidium.core.review import Review, SpeakerReview
from presidium.ui.charts import PRINT, OverrunChart, Palette, TimelineChart
from presidium.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES

# Exports a run's document, as the Export menu does: (parent, "review", db, run id, language).
Exporter = Callable[[QWidget, str, "str | Path", int, str], object]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ReviewWindow(QWidget):
    """Pass the journal; the window lists its runs and shows the live run (else the latest) first.

    The window's own labels follow the installed translator, like the podium's; `lang` is the language
    of the review itself (messages, suggestions, figures and charts), as in the Word export."""

    def __init__(
        self,
        db: str | Path,
        *,
        lang: str = "vi",
        run: int | None = None,
        palette: Palette = PRINT,
        exporter: Exporter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.lang = Path(db), lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        self.review: Review | None = None
        self.warnings: list[str] = []
        self._exporter = exporter  # the Export menu's path unless a test gives its own
        self.setWindowTitle(self.tr("Review"))
        self.runs = QComboBox()
        self.export_button = QPushButton(self.tr("Export report (.docx)…"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.timeline = TimelineChart(lang=self.lang, palette=palette)
        self.overrun_chart = OverrunChart(lang=self.lang, palette=palette)
        self.items = QTableWidget()
        self.overruns = QTableWidget()
        self.speakers_summary = QLabel()
        self.speakers_summary.setWordWrap(True)
        self.speakers = QTableWidget()
        self.speaker_overruns_label = QLabel()
        self.speaker_overruns_label.setWordWrap(True)
        self.speaker_overruns = QTableWidget()
        self.changes = QTextBrowser()
        self.suggestions = QTextBrowser()
        self.tabs = QTabWidget()
        self._layout()
        self.runs.currentIndexChanged.connect(self._run_chosen)
        self.export_button.clicked.connect(self._export)
        self._fill_runs(run)
        # Esc closes the review, as it closes every dialog the podium opens.
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Run:")))
        top.addWidget(self.runs, 1)
        top.addWidget(self.export_button)
        charts = QWidget()
        column = QVBoxLayout(charts)
        column.addWidget(self.timeline)
        column.addWidget(self.overrun_chart)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        self.tabs.addTab(scroll, self.tr("Charts"))
        self.tabs.addTab(self.items, self.tr("Items"))
        self.tabs.addTab(self.overruns, self.tr("Overruns"))
        self.tabs.addTab(self._discussion_tab(), self.tr("Discussion"))
        self.tabs.addTab(self.changes, self.tr("Changes and situations"))
        self.tabs.addTab(self.suggestions, self.tr("Suggestions"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    def _discussion_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(self.speakers_summary)
        column.addWidget(self.speakers, 3)
        column.addWidget(self.speaker_overruns_label)
        column.addWidget(self.speaker_overruns, 1)
        return tab

    # --- loading ---------------------------------------------------------------------------
    def _fill_runs(self, wanted: int | None) -> None:
        try:
            records = runs_in(self.db, self.lang)
        except Unexportable as error:
            self._show_error(error.message(self.lang))
            return
        live = [r for r in records if r.mode == "live"]
        default = wanted if wanted is not None else (live or records)[-1].id
        self.runs.blockSignals(True)
        for record in records:
            start = datetime.fromtimestamp(record.started).strftime("%H:%M %d/%m/%Y")
            mode = text(f"vocabulary.mode.{record.mode}", self.lang)
            self.runs.addItem(
                self.tr("Run {id} — {mode} — {start}").format(id=record.id, mode=mode, start=start), record.id
            )
        self.runs.setCurrentIndex(max(0, self.runs.findData(default)))
        self.runs.blockSignals(False)
        self._run_chosen()

    def _run_chosen(self, *_args: object) -> None:
        run_id = self.runs.currentData()
        try:
            review, warnings = load_review(self.db, run_id, self.lang)
        except Unexportable as error:
            self._show_error(error.message(self.lang))
            return
        self.show_review(review, warnings)

    def _show_error(self, message: str) -> None:
        self.review = None
        self.status.setText(message)
        self.export_button.setEnabled(False)
        self.timeline.set_review(None)
        self.overrun_chart.set_review(None)

    def show_review(self, review: Review, warnings: Sequence[str] = ()) -> None:
        self.review, self.warnings = review, list(warnings)
        self.export_button.setEnabled(True)
        self.status.setText("\n".join(self.warnings))
        self.status.setVisible(bool(self.warnings))
        self.summary.setText(
            self.tr(
                "Planned {planned} min, actual {actual} min ({delta} min); {over} item(s) overran, {skipped} not held, "
                "{moved} moved, {inserted} added; {cards} contingency card use(s). Compared with {rehearsals} "
                "rehearsal(s)."
            ).format(
                planned=minutes_text(review.planned_so_far, self.lang),
                actual=minutes_text(review.actual_total, self.lang),
                delta=minutes_text(review.actual_total - review.planned_so_far, self.lang, True),
                over=len(review.overruns),
                skipped=len(review.skipped),
                moved=len(review.moves),
                inserted=len(review.inserted),
                cards=len(review.cards),
                rehearsals=len(review.rehearsals),
            )
        )
        if review.pending:  # opened mid-run: what is still to come is not "not held"
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr("The run is still under way: {count} item(s) not reached yet.").format(
                    count=len(review.pending)
                )
            )
        self.timeline.set_review(review)
        self.overrun_chart.set_review(review)
        self._fill_items(review)
        self._fill_overruns(review)
        self._fill_speakers(review)
        self._fill_changes(review)
        self._fill_suggestions(review)

    # --- tabs ------------------------------------------------------------------------------
    def _table(
        self,
        table: QTableWidget,
        header: list[str],
        rows: list[list[str]],
        over: list[bool],
        left: tuple[int, ...] = (1,),
        over_column: int = 4,
    ) -> None:
        table.clear()
        table.clearSpans()
        table.setColumnCount(len(header))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(header)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if c not in left:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if over[r] and c == over_column:
                    cell.setForeground(QColor(PRINT.over))
                table.setItem(r, c, cell)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _fill_items(self, review: Review) -> None:
        lang = self.lang
        header = (
            [self.tr("No."), self.tr("Item"), self.tr("Planned"), self.tr("Actual"), self.tr("Difference")]
            + [self.tr("R {id}", "a rehearsal's column").format(id=x.id) for x in review.rehearsals[-3:]]
            + [self.tr("Remarks")]
        )
        inserted, moved, skipped = self.tr("added"), self.tr("moved"), self.tr("not held")
        to_come = self.tr("not reached yet")
        not_held, pending = set(map(id, review.skipped)), set(map(id, review.pending))
        rows, over = [], []
        for item in review.items:
            marks = (
                [inserted] * item.inserted
                + [moved] * item.moved
                + [skipped] * (id(item) in not_held)
                + [to_come] * (id(item) in pending and not item.inserted)
            )
            earlier = [minutes_text(a, lang) for a in item.rehearsals[-3:]] if review.rehearsals else []
            rows.append(
                [
                    str(item.run_index + 1),
                    item.title,
                    minutes_text(item.planned, lang),
                    minutes_text(item.actual, lang) if item.held else "–",
                    minutes_text(item.delta, lang, True) if item.held else "–",
                    *earlier,
                    ", ".join(marks),
                ]
            )
            over.append(item.held and item.delta > review.tolerance)
        self._table(self.items, header, rows, over)

    def _fill_overruns(self, review: Review) -> None:
        lang = self.lang
        rows = [
            [
                str(i),
                item.title,
                minutes_text(item.planned, lang),
                minutes_text(item.actual, lang),
                minutes_text(item.delta, lang, True),
            ]
            for i, item in enumerate(review.overruns, 1)
        ]
        header = [self.tr("No."), self.tr("Item"), self.tr("Planned"), self.tr("Actual"), self.tr("Over")]
        self._table(self.overruns, header, rows, [True] * len(rows))

    def _fill_speakers(self, review: Review) -> None:
        lang = self.lang
        self.speakers_summary.setText(self._speakers_summary(review))
        header = [
            self.tr("Speaker"),
            self.tr("Unit"),
            self.tr("Allowed"),
            self.tr("Actual"),
            self.tr("Difference / form"),
        ]
        rows: list[list[str]] = []
        over: list[bool] = []
        whole_rows: list[tuple[int, bool]] = []
        for discussion in review.discussions:
            whole_rows.append((len(rows), True))
            rows.append([discussion.title, "", "", "", ""])
            over.append(False)
            if not discussion.recorded:
                whole_rows.append((len(rows), False))
                rows.append([self.tr("No record of the individual contributions"), "", "", "", ""])
                over.append(False)
            for s in discussion.speakers:
                rows.append(
                    [
                        s.name,
                        s.unit,
                        minutes_text(s.allowance, lang),
                        minutes_text(s.spoken, lang),
                        self._speaker_form(s),
                    ]
                )
                over.append(s.overrun > review.tolerance)
        self._table(self.speakers, header, rows, over, left=(0, 1))
        for column in (0, 4):  # names and the difference or form in full; the unit takes what is left
            self.speakers.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for row, is_title in whole_rows:
            self._whole_row(self.speakers, row, bold=is_title)
        ranked = review.speaker_overruns
        tol = minutes_text(review.tolerance, lang)
        self.speaker_overruns_label.setText(
            self.tr("Speakers over their allowance by more than {tol} min, largest first:").format(tol=tol)
            if ranked
            else self.tr("No speaker went over their allowance by more than {tol} min.").format(tol=tol)
        )
        rows = [
            [
                str(i),
                s.name,
                s.unit,
                minutes_text(s.allowance, lang),
                minutes_text(s.spoken, lang),
                minutes_text(s.overrun, lang, True),
            ]
            for i, s in enumerate(ranked, 1)
        ]
        header = [
            self.tr("No."),
            self.tr("Speaker"),
            self.tr("Unit"),
            self.tr("Allowed"),
            self.tr("Actual"),
            self.tr("Over"),
        ]
        self._table(self.speaker_overruns, header, rows, [True] * len(rows), left=(1, 2), over_column=5)
        self.speaker_overruns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.speaker_overruns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    @staticmethod
    def _whole_row(table: QTableWidget, row: int, bold: bool) -> None:
        """A row whose first cell spans the table: a discussion's title, or a line about it."""
        table.setSpan(row, 0, 1, table.columnCount())
        cell = table.item(row, 0)
        if cell is None:  # (`_table` fills every cell; a row without one has nothing to style)
            return
        font = QFont(cell.font())
        font.setBold(bold)
        font.setItalic(not bold)
        cell.setFont(font)

    def _speakers_summary(self, review: Review) -> str:
        lang = self.lang
        if not review.discussions:
            return self.tr("The program has no discussion.")
        template = self.tr("{count} contribution(s) spoken: {allowed} min allowed, {actual} min spoken ({delta} min).")
        line = template.format(
            count=sum(len(d.spoken) for d in review.discussions),
            allowed=minutes_text(review.allowed_seconds, lang),
            actual=minutes_text(review.spoken_seconds, lang),
            delta=minutes_text(review.spoken_seconds - review.allowed_seconds, lang, True),
        )
        if review.recovered_seconds:
            line += " " + self.tr("Written submissions recovered {minutes} min.").format(
                minutes=minutes_text(review.recovered_seconds, lang)
            )
        return line

    def _speaker_form(self, s: SpeakerReview) -> str:
        """The difference for those who spoke, else how the contribution was made."""
        if s.spoke:
            form = minutes_text(s.delta, self.lang, True)
        elif s.status == "written":
            recovered = minutes_text(s.recovered, self.lang)
            form = self.tr("in writing ({minutes} min recovered)").format(minutes=recovered)
        else:
            form = {
                "absent": self.tr("absent"),
                "waiting": self.tr("not reached"),
                "speaking": self.tr("speaking"),
            }.get(s.status, s.status)
        return self.tr("{form}; from the floor").format(form=form) if s.floor else form

    def _fill_changes(self, review: Review) -> None:
        none = self.tr("None.")

        def section(title: str, lines: list[str]) -> str:
            body = "".join(f"<li>{_escape(line)}</li>" for line in lines) if lines else f"<p>{none}</p>"
            return f"<h3>{title}</h3><ul>{body}</ul>" if lines else f"<h3>{title}</h3>{body}"

        moved = self.tr("{title}: item {planned} in the program, held at position {held}")
        html = section(self.tr("Not held"), [i.title for i in review.skipped])
        html += section(
            self.tr("Moved"),
            [
                moved.format(title=m.title, planned=m.planned_position or "–", held=m.held_position)
                for m in review.moves
            ],
        )
        html += section(self.tr("Added"), [i.title for i in review.inserted])
        cards = [f"{datetime.fromtimestamp(c.at):%H:%M} — {c.title} ({c.item_title})" for c in review.cards]
        html += section(self.tr("Contingency cards used"), cards)
        notes = [
            f"{text(f'vocabulary.note.{n.category}', self.lang)}: {datetime.fromtimestamp(n.at):%H:%M} — "
            f"{n.item_title}: {n.text}"
            for n in review.notes
        ]
        html += section(self.tr("Chair's notes"), notes)
        self.changes.setHtml(html)

    def _fill_suggestions(self, review: Review) -> None:
        if not review.suggestions:
            nothing = self.tr("The figures show nothing that needs changing.")
            self.suggestions.setHtml(f"<p>{_escape(nothing)}</p>")
            return
        items = "".join(f"<li>{_escape(s.text(self.lang))}</li>" for s in review.suggestions)
        self.suggestions.setHtml(f"<ol>{items}</ol>")

    def _export(self) -> None:
        if self.review is None:
            return
        if self._exporter is None:
            from presidium.ui.export_action import ask_and_export

            self._exporter = ask_and_export
        self._exporter(self, "review", self.db, self.review.run.id, self.lang)

"""The review screen: a run chosen from the journal, planned against actual, the charts, the changes,
the situations and the suggestions — the same review the Word export writes (`presidium.core.review`).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem,
    QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from presidium.app.cli_export import ExportError, load_review, runs_in
from presidium.core.review import Review, SpeakerLine
from presidium.infra.export_review import minutes_text
from presidium.ui.charts import PRINT, OverrunChart, Palette, TimelineChart
from presidium.ui.i18n import catalogue_dir

TEXT = {
    "vi": {
        "title": "Rút kinh nghiệm", "run": "Lượt chạy:", "export": "Xuất báo cáo (.docx)…",
        "modes": {"live": "chính thức", "rehearsal": "tổng duyệt"},
        "run_line": "Lượt {id} — {mode} — {start}",
        "summary": "Dự kiến {planned} phút, thực tế {actual} phút ({delta} phút); {over} nội dung vượt thời gian, "
                   "{skipped} không thực hiện, {moved} đổi thứ tự, {inserted} phát sinh; {cards} lần dùng thẻ "
                   "tình huống. So sánh với {rehearsals} lượt tổng duyệt.",
        "tab_charts": "Biểu đồ", "tab_items": "Từng nội dung", "tab_overruns": "Vượt thời gian",
        "tab_changes": "Thay đổi và tình huống", "tab_suggestions": "Đề xuất",
        "items_header": ["TT", "Nội dung", "Dự kiến", "Thực tế", "Chênh lệch", "Ghi chú"],
        "overruns_header": ["TT", "Nội dung", "Dự kiến", "Thực tế", "Vượt"],
        "rehearsal_short": "TD",
        "inserted": "phát sinh", "moved": "đổi thứ tự", "skipped": "không thực hiện",
        "skipped_h": "Không thực hiện", "moved_h": "Điều chỉnh thứ tự", "inserted_h": "Nội dung phát sinh",
        "cards_h": "Thẻ tình huống đã dùng", "notes_h": "Ghi chú điều hành", "none": "Không có.",
        "moved_line": "{title}: mục {planned} theo chương trình, thực hiện ở vị trí {held}",
        "no_suggestions": "Số liệu điều hành không cho thấy nội dung cần điều chỉnh.",
        "categories": {"time": "Thời gian", "procedure": "Thủ tục", "technical": "Kỹ thuật",
                       "personnel": "Nhân sự", "other": "Khác"},
    },
    "en": {
        "title": "Review", "run": "Run:", "export": "Export report (.docx)…",
        "modes": {"live": "live", "rehearsal": "rehearsal"},
        "run_line": "Run {id} — {mode} — {start}",
        "summary": "Planned {planned} min, actual {actual} min ({delta} min); {over} item(s) overran, {skipped} not "
                   "held, {moved} moved, {inserted} added; {cards} contingency card use(s). Compared with "
                   "{rehearsals} rehearsal(s).",
        "tab_charts": "Charts", "tab_items": "Items", "tab_overruns": "Overruns",
        "tab_changes": "Changes and situations", "tab_suggestions": "Suggestions",
        "items_header": ["No.", "Item", "Planned", "Actual", "Difference", "Remarks"],
        "overruns_header": ["No.", "Item", "Planned", "Actual", "Over"],
        "rehearsal_short": "R",
        "inserted": "added", "moved": "moved", "skipped": "not held",
        "skipped_h": "Not held", "moved_h": "Moved", "inserted_h": "Added",
        "cards_h": "Contingency cards used", "notes_h": "Chair's notes", "none": "None.",
        "moved_line": "{title}: item {planned} in the program, held at position {held}",
        "no_suggestions": "The figures show nothing that needs changing.",
        "categories": {"time": "Time", "procedure": "Procedure", "technical": "Technical",
                       "personnel": "Personnel", "other": "Other"},
    },
}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_CATALOGUES: dict[str, QTranslator | None] = {}


def _catalogue(lang: str) -> QTranslator | None:
    """The compiled catalogue of `lang` (None for English, the source language), loaded once."""
    if lang not in _CATALOGUES:
        translator = None
        if lang != "en":
            translator = QTranslator()
            if not translator.load(f"presidium_{lang}", str(catalogue_dir())):
                raise FileNotFoundError(f"missing translation catalogue presidium_{lang}.qm in {catalogue_dir()}")
        _CATALOGUES[lang] = translator
    return _CATALOGUES[lang]


class ReviewWindow(QWidget):
    """Pass the journal; the window lists its runs and shows the live run (else the latest) first."""

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Catalogue strings in the window's own language (`lang`), whatever translator the application
        has installed: the window can be opened in either language, and its other texts follow `lang`."""
        catalogue = _catalogue(self.lang)
        return (catalogue.translate("ReviewWindow", source, disambiguation, n) if catalogue else "") or source

    def __init__(self, db: str | Path, *, lang: str = "vi", run: int | None = None, palette: Palette = PRINT,
                 exporter=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.lang, self.t = Path(db), lang if lang in TEXT else "vi", TEXT.get(lang, TEXT["vi"])
        self.review: Review | None = None
        self.warnings: list[str] = []
        self._exporter = exporter  # callable(parent, what, db, run_id): the Export menu's path
        self.setWindowTitle(self.t["title"])
        self.runs = QComboBox()
        self.export_button = QPushButton(self.t["export"])
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

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.t["run"]))
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
        self.tabs.addTab(scroll, self.t["tab_charts"])
        self.tabs.addTab(self.items, self.t["tab_items"])
        self.tabs.addTab(self.overruns, self.t["tab_overruns"])
        self.tabs.addTab(self._discussion_tab(), self.tr("Discussion"))
        self.tabs.addTab(self.changes, self.t["tab_changes"])
        self.tabs.addTab(self.suggestions, self.t["tab_suggestions"])
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
        except ExportError as error:
            self._show_error(str(error))
            return
        live = [r for r in records if r.mode == "live"]
        default = wanted if wanted is not None else (live or records)[-1].id
        self.runs.blockSignals(True)
        for record in records:
            start = datetime.fromtimestamp(record.started).strftime("%H:%M %d/%m/%Y")
            mode = self.t["modes"].get(record.mode, record.mode)
            self.runs.addItem(self.t["run_line"].format(id=record.id, mode=mode, start=start), record.id)
        self.runs.setCurrentIndex(max(0, self.runs.findData(default)))
        self.runs.blockSignals(False)
        self._run_chosen()

    def _run_chosen(self, *_args) -> None:
        run_id = self.runs.currentData()
        try:
            review, warnings = load_review(self.db, run_id, self.lang)
        except ExportError as error:
            self._show_error(str(error))
            return
        self.show_review(review, warnings)

    def _show_error(self, message: str) -> None:
        self.review = None
        self.status.setText(message)
        self.export_button.setEnabled(False)
        self.timeline.set_review(None)
        self.overrun_chart.set_review(None)

    def show_review(self, review: Review, warnings: list[str] = ()) -> None:
        self.review, self.warnings = review, list(warnings)
        self.export_button.setEnabled(True)
        self.status.setText("\n".join(self.warnings))
        self.status.setVisible(bool(self.warnings))
        t = self.t
        self.summary.setText(t["summary"].format(
            planned=minutes_text(review.planned_total, self.lang), actual=minutes_text(review.actual_total, self.lang),
            delta=minutes_text(review.actual_total - review.planned_total, self.lang, True),
            over=len(review.overruns), skipped=len(review.skipped), moved=len(review.moves),
            inserted=len(review.inserted), cards=len(review.cards), rehearsals=len(review.rehearsals)))
        self.timeline.set_review(review)
        self.overrun_chart.set_review(review)
        self._fill_items(review)
        self._fill_overruns(review)
        self._fill_speakers(review)
        self._fill_changes(review)
        self._fill_suggestions(review)

    # --- tabs ------------------------------------------------------------------------------
    def _table(self, table: QTableWidget, header: list[str], rows: list[list[str]], over: list[bool],
               left: tuple[int, ...] = (1,), over_column: int = 4) -> None:
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
        t, lang = self.t, self.lang
        header = t["items_header"][:5] + [f"{t['rehearsal_short']} {x.id}" for x in review.rehearsals[-3:]] + \
            t["items_header"][5:]
        rows, over = [], []
        for item in review.items:
            marks = [t["inserted"]] * item.inserted + [t["moved"]] * item.moved + \
                [t["skipped"]] * (not item.held and not item.inserted)
            earlier = [minutes_text(a, lang) for a in item.rehearsals[-3:]] if review.rehearsals else []
            rows.append([str(item.run_index + 1), item.title, minutes_text(item.planned, lang),
                         minutes_text(item.actual, lang) if item.held else "–",
                         minutes_text(item.delta, lang, True) if item.held else "–", *earlier, ", ".join(marks)])
            over.append(item.held and item.delta > review.tolerance)
        self._table(self.items, header, rows, over)

    def _fill_overruns(self, review: Review) -> None:
        lang = self.lang
        rows = [[str(i), item.title, minutes_text(item.planned, lang), minutes_text(item.actual, lang),
                 minutes_text(item.delta, lang, True)] for i, item in enumerate(review.overruns, 1)]
        self._table(self.overruns, self.t["overruns_header"], rows, [True] * len(rows))

    def _fill_speakers(self, review: Review) -> None:
        lang = self.lang
        self.speakers_summary.setText(self._speakers_summary(review))
        header = [self.tr("Speaker"), self.tr("Unit"), self.tr("Allowed"), self.tr("Actual"),
                  self.tr("Difference / form")]
        rows, over, whole_rows = [], [], []
        for discussion in review.discussions:
            whole_rows.append((len(rows), True))
            rows.append([discussion.title, "", "", "", ""])
            over.append(False)
            if not discussion.recorded:
                whole_rows.append((len(rows), False))
                rows.append([self.tr("No record of the individual contributions"), "", "", "", ""])
                over.append(False)
            for s in discussion.speakers:
                rows.append([s.name, s.unit, minutes_text(s.allowance, lang), minutes_text(s.spoken, lang),
                             self._speaker_form(s)])
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
            if ranked else self.tr("No speaker went over their allowance by more than {tol} min.").format(tol=tol))
        rows = [[str(i), s.name, s.unit, minutes_text(s.allowance, lang), minutes_text(s.spoken, lang),
                 minutes_text(s.overrun, lang, True)] for i, s in enumerate(ranked, 1)]
        header = [self.tr("No."), self.tr("Speaker"), self.tr("Unit"), self.tr("Allowed"), self.tr("Actual"),
                  self.tr("Over")]
        self._table(self.speaker_overruns, header, rows, [True] * len(rows), left=(1, 2), over_column=5)
        self.speaker_overruns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.speaker_overruns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    @staticmethod
    def _whole_row(table: QTableWidget, row: int, bold: bool) -> None:
        """A row whose first cell spans the table: a discussion's title, or a line about it."""
        table.setSpan(row, 0, 1, table.columnCount())
        cell = table.item(row, 0)
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
            count=sum(len(d.spoken) for d in review.discussions), allowed=minutes_text(review.allowed_seconds, lang),
            actual=minutes_text(review.spoken_seconds, lang),
            delta=minutes_text(review.spoken_seconds - review.allowed_seconds, lang, True))
        if review.recovered_seconds:
            line += " " + self.tr("Written submissions recovered {minutes} min.").format(
                minutes=minutes_text(review.recovered_seconds, lang))
        return line

    def _speaker_form(self, s: SpeakerLine) -> str:
        """The difference for those who spoke, else how the contribution was made."""
        if s.spoke:
            form = minutes_text(s.delta, self.lang, True)
        elif s.status == "written":
            recovered = minutes_text(s.recovered, self.lang)
            form = self.tr("in writing ({minutes} min recovered)").format(minutes=recovered)
        else:
            form = {"absent": self.tr("absent"), "waiting": self.tr("not reached"),
                    "speaking": self.tr("speaking")}.get(s.status, s.status)
        return self.tr("{form}; from the floor").format(form=form) if s.floor else form

    def _fill_changes(self, review: Review) -> None:
        t = self.t

        def section(title: str, lines: list[str]) -> str:
            body = "".join(f"<li>{_escape(line)}</li>" for line in lines) if lines else f"<p>{t['none']}</p>"
            return f"<h3>{title}</h3><ul>{body}</ul>" if lines else f"<h3>{title}</h3>{body}"

        html = section(t["skipped_h"], [i.title for i in review.skipped])
        html += section(t["moved_h"], [t["moved_line"].format(title=m.title, planned=m.planned_position or "–",
                                                              held=m.held_position) for m in review.moves])
        html += section(t["inserted_h"], [i.title for i in review.inserted])
        html += section(t["cards_h"], [f"{datetime.fromtimestamp(c.at):%H:%M} — {c.title} ({c.item_title})"
                                       for c in review.cards])
        notes = [f"{t['categories'].get(n.category, n.category)}: {datetime.fromtimestamp(n.at):%H:%M} — "
                 f"{n.item_title}: {n.text}" for n in review.notes]
        html += section(t["notes_h"], notes)
        self.changes.setHtml(html)

    def _fill_suggestions(self, review: Review) -> None:
        if not review.suggestions:
            self.suggestions.setHtml(f"<p>{_escape(self.t['no_suggestions'])}</p>")
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

"""The post-congress review (báo cáo rút kinh nghiệm) as a Word document in the Party layout.

Charts arrive as PNG bytes (painted by `presidium.ui.charts`); without them the tables still say it all.
"""

from __future__ import annotations

from pathlib import Path

from docx.shared import Mm

from presidium.core.catalogue import CATALOGUE, text
from presidium.core.durations import minutes_text
from presidium.core.review import DiscussionReview, ItemReview, Review, SpeakerReview
from presidium.core.zone import local
from presidium.infra import docx_party as party

MAX_REHEARSAL_COLUMNS = 3


def when(epoch: float | None, lang: str) -> str:
    if epoch is None:
        return "–"
    moment = local(epoch)
    return text("review_doc.when", lang, time=f"{moment:%H:%M}", day=f"{moment:%d/%m/%Y}")


class _Writer(party.SectionedWriter):
    def __init__(self, review: Review, lang: str, charts: dict[str, bytes]) -> None:
        super().__init__(lang)
        self.r, self.charts = review, charts or {}
        self.figure = 0

    def picture(self, key: str) -> None:
        if key in self.charts:
            self.figure += 1
            caption = self.say("review_doc.figure") + f" {self.figure}. " + self.say(f"review_doc.{key}")
            party.picture(self.doc, self.charts[key], caption=caption)

    def write(self, organization: tuple[str, ...], superior: str, place: str) -> None:
        r = self.r
        day = local(r.run.finished or r.run.started or 0)
        party.party_header(
            self.doc,
            party.IssuingBody(
                superior,
                organization,
                self.say(f"review_doc.number.{r.form}"),
                place,
                day,
                self.r.heading,
                self.lang,
                motto=self.r.motto,
                mark=self.r.mark,
            ),
        )
        party.title(self.doc, self.say("review_doc.report"), [self.say("review_doc.subject"), r.title])
        self.intro()
        self.totals()
        self.overruns()
        self.discussions()
        self.changes()
        self.situations()
        self.suggestions()
        self.appendix()

    def intro(self) -> None:
        r = self.r
        mode = self.say(f"vocabulary.mode.{r.run.mode}")
        end = when(r.run.finished, self.lang) if r.run.finished else self.say("review_doc.not_finished")
        self.para(self.say("review_doc.intro", run=r.run.id, mode=mode, start=when(r.run.started, self.lang), end=end))
        if r.rehearsals:
            ids = ", ".join(str(x.id) for x in r.rehearsals)
            self.para(self.say("review_doc.compared", n=len(r.rehearsals), ids=ids))
        else:
            self.para(self.say("review_doc.no_rehearsals"), italic=True)

    def totals(self) -> None:
        r, lang = self.r, self.lang
        self.heading("review_doc.totals")
        rows = [
            [
                s.title,
                minutes_text(s.planned, lang),
                minutes_text(s.actual, lang),
                minutes_text(s.delta, lang, True),
                f"{s.held}/{s.skipped}/{s.inserted}",
            ]
            for s in r.sessions
        ]
        rows.append(
            [
                self.say("review_doc.total"),
                minutes_text(r.planned_total, lang),
                minutes_text(r.actual_total, lang),
                minutes_text(r.actual_total - r.planned_total, lang, True),
                f"{sum(s.held for s in r.sessions)}/{sum(s.skipped for s in r.sessions)}/"
                f"{sum(s.inserted for s in r.sessions)}",
            ]
        )
        header = self.header("review_doc.totals_header", ("session", "planned", "actual", "difference", "held"))
        table = party.grid(
            self.doc,
            header,
            rows,
            [Mm(w) for w in (52, 24, 24, 26, 34)],
            align=["left", "center", "center", "center", "center"],
        )
        for cell in table.rows[-1].cells:
            for run in cell.paragraphs[0].runs:
                run.font.bold = True
        self.para(self.say("review_doc.totals_note"), italic=True, size=12, before=4)
        if r.paused_seconds:
            self.para(self.say("review_doc.paused", n=minutes_text(r.paused_seconds, lang)))
        if r.gaps:
            self.para(self.say("review_doc.gaps", count=len(r.gaps), n=minutes_text(sum(r.gaps), lang)))
        self.picture("timeline")

    def overruns(self) -> None:
        r, lang = self.r, self.lang
        self.heading("review_doc.overruns_heading")
        over = r.overruns
        if not over:
            self.para(self.say("review_doc.no_overruns", tol=minutes_text(r.tolerance, lang)))
        else:
            self.para(self.say("review_doc.overruns_intro", n=len(over), tol=minutes_text(r.tolerance, lang)))
            rows = [
                [
                    str(i),
                    item.title,
                    minutes_text(item.planned, lang),
                    minutes_text(item.actual, lang),
                    minutes_text(item.delta, lang, True),
                    self.rehearsal_cells(item),
                ]
                for i, item in enumerate(over, 1)
            ]
            columns = ("no", "item", "planned", "actual", "over", "rehearsals")
            header = self.header("review_doc.overruns_header", columns)
            party.grid(
                self.doc,
                header,
                rows,
                [Mm(w) for w in (10, 62, 20, 20, 20, 28)],
                align=["center", "left", "center", "center", "center", "center"],
            )
        if r.early:
            titles = "; ".join(f"{i.title} ({minutes_text(i.delta, lang, True)})" for i in r.early[:10])
            self.para(self.say("review_doc.early", items=titles), before=6)
        self.picture("overruns")

    def rehearsal_cells(self, item: ItemReview) -> str:
        if not item.rehearsals:
            return "–"
        return "; ".join(minutes_text(a, self.lang) if a is not None else "–" for a in item.rehearsals[-3:])

    def discussions(self) -> None:
        r, lang = self.r, self.lang
        if not r.discussions:
            return
        self.heading("review_doc.discussions")
        self.para(
            self.say(
                "review_doc.speakers_totals",
                spoken=sum(len(d.spoken) for d in r.discussions),
                allowed=minutes_text(r.allowed_seconds, lang),
                actual=minutes_text(r.spoken_seconds, lang),
                delta=minutes_text(r.spoken_seconds - r.allowed_seconds, lang, True),
            )
        )
        for number, discussion in enumerate(r.discussions, 1):
            self.discussion(number, discussion)
        self.speaker_ranking()
        if r.recovered_seconds:
            written = sum(len(d.with_status("written")) for d in r.discussions)
            self.para(
                self.say("review_doc.recovered", count=written, n=minutes_text(r.recovered_seconds, lang)), before=6
            )

    def discussion(self, number: int, d: DiscussionReview) -> None:
        lang = self.lang
        state = (
            self.say(
                "review_doc.discussion_times",
                planned=minutes_text(d.planned, lang),
                actual=minutes_text(d.actual, lang),
            )
            if d.held
            else self.say("review_doc.not_held")
        )
        title = party.runs(self.doc, [("bi", f"{number}. {d.title}"), ("i", f" ({state})")])
        title.paragraph_format.keep_with_next = True
        if not d.recorded:
            self.para(self.say("review_doc.no_speaker_records"), italic=True)
            return
        rows = [
            [s.name, s.unit or "–", minutes_text(s.allowance, lang), minutes_text(s.spoken, lang), self.speaker_form(s)]
            for s in d.speakers
        ]
        rows.append(
            [
                self.say("review_doc.total"),
                "",
                minutes_text(d.allowed_seconds, lang),
                minutes_text(d.spoken_seconds, lang),
                minutes_text(d.spoken_seconds - d.allowed_seconds, lang, True),
            ]
        )
        header = self.header("review_doc.speakers_header", ("speaker", "unit", "allowed", "spoken", "difference"))
        table = party.grid(
            self.doc,
            header,
            rows,
            [Mm(w) for w in (38, 44, 23, 23, 32)],
            align=["left", "left", "center", "center", "center"],
        )
        for cell in table.rows[-1].cells:
            for run in cell.paragraphs[0].runs:
                run.font.bold = True
        self.para(
            self.say(
                "review_doc.speakers_note",
                spoke=len(d.spoken),
                absent=len(d.with_status("absent")),
                written=len(d.with_status("written")),
                floor=len(d.floor),
                waiting=len(d.with_status("waiting")),
            ),
            italic=True,
            size=12,
            before=4,
        )

    def speaker_form(self, s: SpeakerReview) -> str:
        """The last column: the difference for those who spoke, else how the contribution was made."""
        lang = self.lang
        if s.spoke:
            form = minutes_text(s.delta, lang, True)
        elif s.status == "written":
            form = self.say("review_doc.form_written", n=minutes_text(s.recovered, lang))
        else:
            code = f"review_doc.forms.{s.status}"
            form = self.say(code) if code in CATALOGUE else s.status
        return f"{form}; " + self.say("review_doc.form_floor") if s.floor else form

    def speaker_ranking(self) -> None:
        r, lang = self.r, self.lang
        over = r.speaker_overruns
        if not over:
            self.para(self.say("review_doc.no_speaker_overruns", tol=minutes_text(r.tolerance, lang)), before=6)
            return
        self.para(
            self.say("review_doc.speaker_overruns_intro", n=len(over), tol=minutes_text(r.tolerance, lang)),
            before=6,
            keep_with_next=True,
        )
        rows = [
            [
                str(i),
                s.name,
                s.unit or "–",
                minutes_text(s.allowance, lang),
                minutes_text(s.spoken, lang),
                minutes_text(s.overrun, lang, True),
            ]
            for i, s in enumerate(over, 1)
        ]
        columns = ("no", "speaker", "unit", "allowed", "spoken", "over")
        header = self.header("review_doc.speaker_overruns_header", columns)
        party.grid(
            self.doc,
            header,
            rows,
            [Mm(w) for w in (10, 38, 46, 22, 22, 22)],
            align=["center", "left", "left", "center", "center", "center"],
        )

    def changes(self) -> None:
        r = self.r
        self.heading("review_doc.changes")
        if not (r.skipped or r.moves or r.inserted):
            self.para(self.say("review_doc.no_changes"))
            return
        for item in r.skipped:
            self.para("- " + self.say("review_doc.skipped", title=item.title))
        for move in r.moves:
            self.para(
                "- "
                + self.say(
                    "review_doc.moved",
                    title=move.title,
                    planned=move.planned_position or "–",
                    held=move.held_position,
                    at=when(move.at, self.lang),
                )
            )
        for item in r.inserted:
            state = self.say("review_doc.held") if item.held else self.say("review_doc.not_held")
            self.para(
                "- "
                + self.say(
                    "review_doc.inserted", title=item.title, actual=minutes_text(item.actual, self.lang), state=state
                )
            )

    def situations(self) -> None:
        r = self.r
        self.heading("review_doc.situations")
        if r.cards:
            self.para(self.say("review_doc.cards", n=len(r.cards)))
            for card in r.cards:
                self.para(
                    "- "
                    + self.say("review_doc.card", at=when(card.at, self.lang), title=card.title, item=card.item_title)
                )
        else:
            self.para(self.say("review_doc.no_cards"))
        grouped = r.notes_by_category()
        if not grouped:
            self.para(self.say("review_doc.no_notes"))
        for category in ("time", "procedure", "technical", "personnel", "other"):
            notes = grouped.get(category, ())
            if not notes:
                continue
            heading = self.say(f"vocabulary.note-heading.{category}")
            party.runs(self.doc, [("bi", f"{heading} ({len(notes)})")])
            for note in notes:
                self.para(f"- {local(note.at):%H:%M}, {note.item_title}: {note.text}")

    def suggestions(self) -> None:
        r = self.r
        self.heading("review_doc.suggestions")
        if not r.suggestions:
            self.para(self.say("review_doc.no_suggestions"))
        for i, suggestion in enumerate(r.suggestions, 1):
            self.para(f"{i}. {suggestion.text(self.lang)}")
        party.signatures(self.doc, [("", ""), (self.say("review_doc.sign"), "", r.signer)], lang=self.lang)

    def appendix(self) -> None:
        r, lang = self.r, self.lang
        party.page_break(self.doc)
        party.text(self.doc, self.say("review_doc.appendix"), size=14, bold=True, align="center", after=0)
        party.text(self.doc, self.say("review_doc.appendix_subject"), size=14, italic=True, align="center", after=8)
        columns = min(len(r.rehearsals), MAX_REHEARSAL_COLUMNS)
        shown = r.rehearsals[len(r.rehearsals) - columns :]
        header = self.header("review_doc.items_header", ("no", "item", "planned", "actual", "difference"))
        header += [self.say("review_doc.rehearsal_short") + f" {x.id}" for x in shown]
        header += [self.say("review_doc.items_header.remarks")]
        rows = []
        for item in r.items:
            marks = []
            if item.inserted:
                marks.append(self.say("review_doc.mark_inserted"))
            if item.moved:
                marks.append(self.say("review_doc.mark_moved"))
            if not item.held and not item.inserted:
                marks.append(self.say("review_doc.mark_skipped"))
            if item.cards:
                marks.append(self.say("review_doc.mark_cards", n=len(item.cards)))
            earlier = list(item.rehearsals[len(item.rehearsals) - columns :]) if columns else []
            rows.append(
                [
                    str(item.run_index + 1),
                    item.title,
                    minutes_text(item.planned, lang),
                    minutes_text(item.actual if item.held else None, lang),
                    minutes_text(item.delta, lang, True) if item.held else "–",
                    *[minutes_text(a, lang) for a in earlier],
                    ", ".join(marks),
                ]
            )
        fixed = 10 + 16 * 3 + 16 * columns + 28
        widths = [10, 160 - fixed, 16, 16, 16] + [16] * columns + [28]
        party.grid(
            self.doc,
            header,
            rows,
            [Mm(w) for w in widths],
            align=["center", "left", "center", "center", "center"] + ["center"] * columns + ["left"],
            size=11,
        )


def write_review(
    review: Review,
    path: str | Path,
    lang: str = "vi",
    charts: dict[str, bytes] | None = None,
    *,
    organization: tuple[str, ...] = (),
    superior: str = "",
    place: str = "",
    footer: str = "",
) -> Path:
    """`footer`: the journal anchor printed at the foot of every page (cli_export)."""
    writer = _Writer(review, "en" if lang == "en" else "vi", charts or {})
    writer.write(organization or review.issuer, superior or review.superior, place or review.place)
    party.record_footer(writer.doc, footer)
    party.save(writer.doc, path)
    return Path(path)

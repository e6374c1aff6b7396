"""The post-congress review (báo cáo rút kinh nghiệm) as a Word document in the Party layout.

Charts arrive as PNG bytes (painted by `presidium.ui.charts`); without them the tables still say it all.
"""

from __future__ import annotations

from pathlib import Path

from docx.shared import Mm

from presidium.core.durations import minutes_text
from presidium.core.zone import local
from presidium.core.review import DiscussionReview, ItemReview, Review, SpeakerReview
from presidium.infra import docx_party as party

MAX_REHEARSAL_COLUMNS = 3


def when(epoch: float | None, lang: str) -> str:
    if epoch is None:
        return "–"
    moment = local(epoch)
    return f"{moment:%H:%M} {'ngày' if lang == 'vi' else 'on'} {moment:%d/%m/%Y}"


class _Writer(party.SectionedWriter):
    def __init__(self, review: Review, lang: str, charts: dict[str, bytes]) -> None:
        super().__init__(TEXT[lang])
        self.r, self.lang, self.charts = review, lang, charts or {}
        self.figure = 0

    def picture(self, key: str) -> None:
        if key in self.charts:
            self.figure += 1
            party.picture(self.doc, self.charts[key], caption=f"{self.t['figure']} {self.figure}. {self.t[key]}")

    def write(self, organization: tuple[str, ...], superior: str, place: str) -> None:
        r, t = self.r, self.t
        day = local(r.run.finished or r.run.started or 0)
        party.party_header(self.doc, party.IssuingBody(superior, organization, t["number"], place, day,
                                                       self.r.heading, self.lang, motto=self.r.motto,
                                                       mark=self.r.mark))
        party.title(self.doc, t["report"], [t["subject"], r.title])
        self.intro()
        self.totals()
        self.overruns()
        self.discussions()
        self.changes()
        self.situations()
        self.suggestions()
        self.appendix()

    def intro(self) -> None:
        r, t = self.r, self.t
        mode = t["modes"].get(r.run.mode, r.run.mode)
        self.para(t["intro"].format(run=r.run.id, mode=mode, start=when(r.run.started, self.lang),
                                    end=when(r.run.finished, self.lang) if r.run.finished else t["not_finished"]))
        if r.rehearsals:
            ids = ", ".join(str(x.id) for x in r.rehearsals)
            self.para(t["compared"].format(n=len(r.rehearsals), ids=ids))
        else:
            self.para(t["no_rehearsals"], italic=True)

    def totals(self) -> None:
        r, t, lang = self.r, self.t, self.lang
        self.heading("totals")
        rows = [[s.title, minutes_text(s.planned, lang), minutes_text(s.actual, lang),
                 minutes_text(s.delta, lang, True), f"{s.held}/{s.skipped}/{s.inserted}"] for s in r.sessions]
        rows.append([t["total"], minutes_text(r.planned_total, lang), minutes_text(r.actual_total, lang),
                     minutes_text(r.actual_total - r.planned_total, lang, True),
                     f"{sum(s.held for s in r.sessions)}/{sum(s.skipped for s in r.sessions)}/"
                     f"{sum(s.inserted for s in r.sessions)}"])
        table = party.grid(self.doc, t["totals_header"], rows, [Mm(w) for w in (52, 24, 24, 26, 34)],
                           align=["left", "center", "center", "center", "center"])
        for cell in table.rows[-1].cells:
            for run in cell.paragraphs[0].runs:
                run.font.bold = True
        self.para(t["totals_note"], italic=True, size=12, before=4)
        if r.paused_seconds:
            self.para(t["paused"].format(n=minutes_text(r.paused_seconds, lang)))
        if r.gaps:
            self.para(t["gaps"].format(count=len(r.gaps), n=minutes_text(sum(r.gaps), lang)))
        self.picture("timeline")

    def overruns(self) -> None:
        r, t, lang = self.r, self.t, self.lang
        self.heading("overruns_heading")
        over = r.overruns
        if not over:
            self.para(t["no_overruns"].format(tol=minutes_text(r.tolerance, lang)))
        else:
            self.para(t["overruns_intro"].format(n=len(over), tol=minutes_text(r.tolerance, lang)))
            rows = [[str(i), item.title, minutes_text(item.planned, lang), minutes_text(item.actual, lang),
                     minutes_text(item.delta, lang, True), self.rehearsal_cells(item)]
                    for i, item in enumerate(over, 1)]
            party.grid(self.doc, t["overruns_header"], rows, [Mm(w) for w in (10, 62, 20, 20, 20, 28)],
                       align=["center", "left", "center", "center", "center", "center"])
        if r.early:
            titles = "; ".join(f"{i.title} ({minutes_text(i.delta, lang, True)})" for i in r.early[:10])
            self.para(t["early"].format(items=titles), before=6)
        self.picture("overruns")

    def rehearsal_cells(self, item: ItemReview) -> str:
        if not item.rehearsals:
            return "–"
        return "; ".join(minutes_text(a, self.lang) if a is not None else "–" for a in item.rehearsals[-3:])

    def discussions(self) -> None:
        r, t, lang = self.r, self.t, self.lang
        if not r.discussions:
            return
        self.heading("discussions")
        self.para(t["speakers_totals"].format(
            spoken=sum(len(d.spoken) for d in r.discussions), allowed=minutes_text(r.allowed_seconds, lang),
            actual=minutes_text(r.spoken_seconds, lang),
            delta=minutes_text(r.spoken_seconds - r.allowed_seconds, lang, True)))
        for number, discussion in enumerate(r.discussions, 1):
            self.discussion(number, discussion)
        self.speaker_ranking()
        if r.recovered_seconds:
            written = sum(len(d.with_status("written")) for d in r.discussions)
            self.para(t["recovered"].format(count=written, n=minutes_text(r.recovered_seconds, lang)), before=6)

    def discussion(self, number: int, d: DiscussionReview) -> None:
        t, lang = self.t, self.lang
        state = t["discussion_times"].format(planned=minutes_text(d.planned, lang),
                                             actual=minutes_text(d.actual, lang)) if d.held else t["not_held"]
        title = party.runs(self.doc, [("bi", f"{number}. {d.title}"), ("i", f" ({state})")])
        title.paragraph_format.keep_with_next = True
        if not d.recorded:
            self.para(t["no_speaker_records"], italic=True)
            return
        rows = [[s.name, s.unit or "–", minutes_text(s.allowance, lang),
                 minutes_text(s.spoken, lang), self.speaker_form(s)] for s in d.speakers]
        rows.append([t["total"], "", minutes_text(d.allowed_seconds, lang), minutes_text(d.spoken_seconds, lang),
                     minutes_text(d.spoken_seconds - d.allowed_seconds, lang, True)])
        table = party.grid(self.doc, t["speakers_header"], rows, [Mm(w) for w in (38, 44, 23, 23, 32)],
                           align=["left", "left", "center", "center", "center"])
        for cell in table.rows[-1].cells:
            for run in cell.paragraphs[0].runs:
                run.font.bold = True
        self.para(t["speakers_note"].format(
            spoke=len(d.spoken), absent=len(d.with_status("absent")), written=len(d.with_status("written")),
            floor=len(d.floor), waiting=len(d.with_status("waiting"))), italic=True, size=12, before=4)

    def speaker_form(self, s: SpeakerReview) -> str:
        """The last column: the difference for those who spoke, else how the contribution was made."""
        t, lang = self.t, self.lang
        if s.spoke:
            form = minutes_text(s.delta, lang, True)
        elif s.status == "written":
            form = t["form_written"].format(n=minutes_text(s.recovered, lang))
        else:
            form = t["forms"].get(s.status, s.status)
        return f"{form}; {t['form_floor']}" if s.floor else form

    def speaker_ranking(self) -> None:
        r, t, lang = self.r, self.t, self.lang
        over = r.speaker_overruns
        if not over:
            self.para(t["no_speaker_overruns"].format(tol=minutes_text(r.tolerance, lang)), before=6)
            return
        self.para(t["speaker_overruns_intro"].format(n=len(over), tol=minutes_text(r.tolerance, lang)), before=6,
                  keep_with_next=True)
        rows = [[str(i), s.name, s.unit or "–", minutes_text(s.allowance, lang), minutes_text(s.spoken, lang),
                 minutes_text(s.overrun, lang, True)] for i, s in enumerate(over, 1)]
        party.grid(self.doc, t["speaker_overruns_header"], rows, [Mm(w) for w in (10, 38, 46, 22, 22, 22)],
                   align=["center", "left", "left", "center", "center", "center"])

    def changes(self) -> None:
        r, t = self.r, self.t
        self.heading("changes")
        if not (r.skipped or r.moves or r.inserted):
            self.para(t["no_changes"])
            return
        for item in r.skipped:
            self.para(f"- {t['skipped'].format(title=item.title)}")
        for move in r.moves:
            self.para(f"- {t['moved'].format(title=move.title, planned=move.planned_position or '–', held=move.held_position, at=when(move.at, self.lang))}")
        for item in r.inserted:
            state = t["held"] if item.held else t["not_held"]
            self.para(f"- {t['inserted'].format(title=item.title, actual=minutes_text(item.actual, self.lang), state=state)}")

    def situations(self) -> None:
        r, t = self.r, self.t
        self.heading("situations")
        if r.cards:
            self.para(t["cards"].format(n=len(r.cards)))
            for card in r.cards:
                self.para(f"- {t['card'].format(at=when(card.at, self.lang), title=card.title, item=card.item_title)}")
        else:
            self.para(t["no_cards"])
        grouped = r.notes_by_category()
        if not grouped:
            self.para(t["no_notes"])
        for category in ("time", "procedure", "technical", "personnel", "other"):
            notes = grouped.get(category, ())
            if not notes:
                continue
            party.runs(self.doc, [("bi", f"{t['categories'][category]} ({len(notes)})")])
            for note in notes:
                self.para(f"- {local(note.at):%H:%M}, {note.item_title}: {note.text}")

    def suggestions(self) -> None:
        r, t = self.r, self.t
        self.heading("suggestions")
        if not r.suggestions:
            self.para(t["no_suggestions"])
        for i, suggestion in enumerate(r.suggestions, 1):
            self.para(f"{i}. {suggestion.text(self.lang)}")
        party.signatures(self.doc, [("", ""), (t["sign"], "", r.signer)], note=t["sign_note"])

    def appendix(self) -> None:
        r, t, lang = self.r, self.t, self.lang
        party.page_break(self.doc)
        party.text(self.doc, t["appendix"], size=14, bold=True, align="center", after=0)
        party.text(self.doc, t["appendix_subject"], size=14, italic=True, align="center", after=8)
        columns = min(len(r.rehearsals), MAX_REHEARSAL_COLUMNS)
        shown = r.rehearsals[len(r.rehearsals) - columns:]
        header = list(t["items_header"][:5]) + [f"{t['rehearsal_short']} {x.id}" for x in shown] + [t["items_header"][5]]
        rows = []
        for item in r.items:
            marks = []
            if item.inserted:
                marks.append(t["mark_inserted"])
            if item.moved:
                marks.append(t["mark_moved"])
            if not item.held and not item.inserted:
                marks.append(t["mark_skipped"])
            if item.cards:
                marks.append(t["mark_cards"].format(n=len(item.cards)))
            earlier = list(item.rehearsals[len(item.rehearsals) - columns:]) if columns else []
            rows.append([str(item.run_index + 1), item.title, minutes_text(item.planned, lang),
                         minutes_text(item.actual if item.held else None, lang),
                         minutes_text(item.delta, lang, True) if item.held else "–",
                         *[minutes_text(a, lang) for a in earlier], ", ".join(marks)])
        fixed = 10 + 16 * 3 + 16 * columns + 28
        widths = [10, 160 - fixed, 16, 16, 16] + [16] * columns + [28]
        party.grid(self.doc, header, rows, [Mm(w) for w in widths],
                   align=["center", "left", "center", "center", "center"] + ["center"] * columns + ["left"],
                   size=11)


def write_review(review: Review, path: str | Path, lang: str = "vi", charts: dict[str, bytes] | None = None,
                 *, organization: tuple[str, ...] = (), superior: str = "", place: str = "", footer: str = "") -> Path:
    """`footer`: the journal anchor printed at the foot of every page (cli_export)."""
    writer = _Writer(review, lang if lang in TEXT else "vi", charts or {})
    writer.write(organization or review.issuer, superior or review.superior, place or review.place)
    party.record_footer(writer.doc, footer)
    party.save(writer.doc, path)
    return Path(path)


TEXT = {
    "vi": {
        "number": "Số        -BC/ĐCT",
        "report": "Báo cáo",
        "subject": "Rút kinh nghiệm công tác điều hành Đại hội",
        "modes": {"live": "chính thức", "rehearsal": "tổng duyệt"},
        "intro": "Báo cáo này tổng hợp từ nhật ký điều hành lượt số {run} ({mode}), bắt đầu lúc {start}, "
                 "kết thúc lúc {end}; thời lượng tính theo thời gian thực hiện, không kể thời gian tạm dừng.",
        "not_finished": "(chưa kết thúc)",
        "compared": "So sánh với {n} lượt tổng duyệt (lượt số {ids}).",
        "no_rehearsals": "Không có lượt tổng duyệt nào để so sánh.",
        "totals": "TỔNG HỢP THỜI GIAN THEO PHIÊN",
        "totals_header": ["Phiên", "Dự kiến (phút)", "Thực tế (phút)", "Chênh lệch (phút)",
                          "Thực hiện / không thực hiện / phát sinh"],
        "total": "Cộng",
        "totals_note": "Chênh lệch dương: kéo dài hơn dự kiến; âm: ngắn hơn dự kiến.",
        "paused": "Tổng thời gian tạm dừng: {n} phút.",
        "gaps": "Hệ thống điều hành bị gián đoạn {count} lần, tổng cộng {n} phút.",
        "figure": "Hình",
        "timeline": "Tiến độ kế hoạch và thực tế theo từng phiên",
        "overruns": "Chênh lệch so với thời lượng dự kiến (phút)",
        "overruns_heading": "CÁC NỘI DUNG VƯỢT THỜI GIAN",
        "overruns_intro": "Có {n} nội dung vượt thời gian quá {tol} phút, xếp theo mức vượt từ cao xuống thấp:",
        "no_overruns": "Không có nội dung nào vượt thời gian quá {tol} phút.",
        "overruns_header": ["TT", "Nội dung", "Dự kiến (phút)", "Thực tế (phút)", "Vượt (phút)",
                            "Các lần tổng duyệt (phút)"],
        "early": "Các nội dung kết thúc sớm hơn dự kiến: {items}.",
        "discussions": "THẢO LUẬN, THAM LUẬN",
        "speakers_totals": "Có {spoken} lượt phát biểu tại hội trường; tổng thời gian cho phép {allowed} phút, "
                           "thực tế {actual} phút (chênh lệch {delta} phút).",
        "discussion_times": "dự kiến {planned} phút, thực tế {actual} phút",
        "no_speaker_records": "Nhật ký điều hành không ghi nhận từng lượt phát biểu của phần này.",
        "speakers_header": ["Người phát biểu", "Đơn vị", "Thời gian cho phép (phút)", "Thời gian thực tế (phút)",
                            "Chênh lệch / hình thức"],
        "speakers_note": "Phát biểu: {spoke}; vắng mặt: {absent}; gửi văn bản: {written}; đăng ký tại hội trường: "
                         "{floor}; chưa phát biểu: {waiting}.",
        "forms": {"absent": "vắng mặt", "waiting": "chưa phát biểu", "speaking": "đang phát biểu"},
        "form_written": "gửi văn bản (tiết kiệm {n} phút)",
        "form_floor": "đăng ký tại hội trường",
        "speaker_overruns_intro": "Có {n} đồng chí phát biểu vượt thời gian cho phép quá {tol} phút, xếp theo mức "
                                  "vượt từ cao xuống thấp:",
        "no_speaker_overruns": "Không có đồng chí nào phát biểu vượt thời gian cho phép quá {tol} phút.",
        "speaker_overruns_header": ["TT", "Người phát biểu", "Đơn vị", "Cho phép (phút)", "Thực tế (phút)",
                                    "Vượt (phút)"],
        "recovered": "{count} tham luận chuyển sang hình thức gửi văn bản đã tiết kiệm {n} phút so với thời gian "
                     "cho phép.",
        "changes": "THAY ĐỔI SO VỚI CHƯƠNG TRÌNH",
        "no_changes": "Các nội dung được thực hiện đầy đủ, đúng thứ tự chương trình.",
        "skipped": "Không thực hiện: “{title}”.",
        "moved": "Điều chỉnh thứ tự: “{title}” (theo chương trình là mục {planned}, thực hiện ở vị trí {held}, lúc {at}).",
        "inserted": "Nội dung phát sinh: “{title}” ({state}, {actual} phút).",
        "held": "đã thực hiện",
        "not_held": "chưa thực hiện",
        "situations": "TÌNH HUỐNG PHÁT SINH VÀ GHI CHÚ ĐIỀU HÀNH",
        "cards": "Sử dụng {n} lần thẻ tình huống:",
        "card": "{at}: “{title}”, khi thực hiện nội dung “{item}”.",
        "no_cards": "Không phải sử dụng thẻ tình huống.",
        "no_notes": "Không có ghi chú điều hành.",
        "categories": {"time": "Về thời gian", "procedure": "Về thủ tục", "technical": "Về kỹ thuật",
                       "personnel": "Về nhân sự", "other": "Nội dung khác"},
        "suggestions": "ĐỀ XUẤT, KIẾN NGHỊ",
        "no_suggestions": "Số liệu điều hành không cho thấy nội dung cần điều chỉnh.",
        "sign": "T/M Đoàn Chủ tịch",
        "sign_note": "(Ký, ghi rõ họ và tên)",
        "appendix": "PHỤ LỤC",
        "appendix_subject": "Thời lượng dự kiến và thực tế của từng nội dung (theo thứ tự thực hiện)",
        "items_header": ["TT", "Nội dung", "Dự kiến", "Thực tế", "Chênh lệch", "Ghi chú"],
        "rehearsal_short": "TD",
        "mark_inserted": "phát sinh", "mark_moved": "đổi thứ tự", "mark_skipped": "không thực hiện",
        "mark_cards": "{n} thẻ tình huống",
    },
}
TEXT["en"] = dict(TEXT["vi"], **{
    "number": "No.        ",
    "report": "Report",
    "subject": "Lessons learned in running the congress",
    "modes": {"live": "live", "rehearsal": "rehearsal"},
    "intro": "Compiled from the journal of run {run} ({mode}), from {start} to {end}; times are time spent on "
             "each item, pauses excluded.",
    "not_finished": "(not finished)",
    "compared": "Compared with {n} rehearsal(s) (runs {ids}).",
    "no_rehearsals": "No rehearsal to compare with.",
    "totals": "TIME BY SESSION",
    "totals_header": ["Session", "Planned (min)", "Actual (min)", "Difference (min)", "Held / not held / added"],
    "total": "Total",
    "totals_note": "A positive difference ran longer than planned; a negative one shorter.",
    "paused": "Pauses in all: {n} min.",
    "gaps": "The podium system was interrupted {count} time(s), {n} min in all.",
    "figure": "Figure",
    "timeline": "Planned and actual timeline by session",
    "overruns": "Difference from the planned time (min)",
    "overruns_heading": "ITEMS THAT OVERRAN",
    "overruns_intro": "{n} item(s) overran by more than {tol} min, largest first:",
    "no_overruns": "No item overran by more than {tol} min.",
    "overruns_header": ["No.", "Item", "Planned (min)", "Actual (min)", "Over (min)", "Rehearsals (min)"],
    "early": "Items that ended early: {items}.",
    "discussions": "DISCUSSION AND CONTRIBUTIONS",
    "speakers_totals": "{spoken} contribution(s) were spoken; {allowed} min allowed, {actual} min spoken "
                       "(difference {delta} min).",
    "discussion_times": "{planned} min planned, {actual} min actual",
    "no_speaker_records": "The journal holds no record of the individual contributions to this item.",
    "speakers_header": ["Speaker", "Unit", "Time allowed (min)", "Time spoken (min)", "Difference / form"],
    "speakers_note": "Spoke: {spoke}; absent: {absent}; in writing: {written}; from the floor: {floor}; "
                     "not reached: {waiting}.",
    "forms": {"absent": "absent", "waiting": "not reached", "speaking": "speaking"},
    "form_written": "in writing ({n} min recovered)",
    "form_floor": "from the floor",
    "speaker_overruns_intro": "{n} speaker(s) overran their allowance by more than {tol} min, largest first:",
    "no_speaker_overruns": "No speaker overran their allowance by more than {tol} min.",
    "speaker_overruns_header": ["No.", "Speaker", "Unit", "Allowed (min)", "Spoken (min)", "Over (min)"],
    "recovered": "{count} contribution(s) submitted in writing recovered {n} min of allowed time.",
    "changes": "CHANGES TO THE PROGRAM",
    "no_changes": "Every item was held, in the program's order.",
    "skipped": "Not held: “{title}”.",
    "moved": "Moved: “{title}” (item {planned} in the program, held at position {held}, at {at}).",
    "inserted": "Added: “{title}” ({state}, {actual} min).",
    "held": "held", "not_held": "not held",
    "situations": "SITUATIONS AND CHAIR'S NOTES",
    "cards": "Contingency cards used {n} time(s):",
    "card": "{at}: “{title}”, during “{item}”.",
    "no_cards": "No contingency card was needed.",
    "no_notes": "No notes were taken.",
    "categories": {"time": "Time", "procedure": "Procedure", "technical": "Technical", "personnel": "Personnel",
                   "other": "Other"},
    "suggestions": "SUGGESTIONS",
    "no_suggestions": "The figures show nothing that needs changing.",
    "sign": "For the presidium",
    "sign_note": "(signature and full name)",
    "appendix": "APPENDIX",
    "appendix_subject": "Planned and actual time of every item, in running order",
    "items_header": ["No.", "Item", "Planned", "Actual", "Difference", "Remarks"],
    "rehearsal_short": "R",
    "mark_inserted": "added", "mark_moved": "moved", "mark_skipped": "not held", "mark_cards": "{n} card(s)",
})

"""The minutes (biên bản đại hội) as a Word document in the Party layout, from `core.minutes.Minutes`.

One counting record (biên bản kiểm phiếu) per election round follows the minutes, each on its own page.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from docx.shared import Mm

from presidium.core.announce import format_percent, void_text
from presidium.core.minutes import (
    PERCENT_DECIMALS, ElectedBody, ElectionRound, Happening, ItemLine, Minutes, SpeakerLine, VoteLine,
)
from presidium.infra import docx_party as party


def clock(moment: datetime | None, lang: str) -> str:
    if moment is None:
        return "…"
    return f"{moment:%H} giờ {moment:%M} phút" if lang == "vi" else f"{moment:%H:%M}"


def day_words(moment: datetime, lang: str) -> str:
    return party.vietnamese_date(moment) if lang == "vi" else f"{moment:%d %B %Y}"


def minutes_span(seconds: float | None) -> int:
    return int((seconds or 0) + 30) // 60


class _Writer(party.SectionedWriter):
    def __init__(self, minutes: Minutes, lang: str) -> None:
        super().__init__(TEXT[lang])
        self.m, self.lang = minutes, lang

    # --- the minutes ------------------------------------------------------------------------
    def write(self) -> None:
        m, t = self.m, self.t
        h = m.header
        lines = tuple(x for x in (h.organization, h.congress_name) if x)
        party.party_header(self.doc, self.issuing_body(lines, h.number, m.closed or m.opened))
        party.title(self.doc, t["minutes"], [h.title])
        if m.mode != "live":
            party.text(self.doc, t["rehearsal"], bold=True, italic=True, align="center")
        if not m.finished:
            party.text(self.doc, t["unfinished"].format(at=clock(m.as_of, self.lang)), italic=True,
                       align="center")
        where = t["at_venue"].format(venue=h.venue) if h.venue else ""
        self.para(t["opening"].format(time=clock(m.opened, self.lang), day=day_words(m.opened, self.lang),
                                      where=where, title=h.title))
        self.attendance()
        if m.working_bodies or m.members:
            self.heading("bodies")
            self.members()
            for vote in m.working_bodies:
                self.para(f"- {vote.question}: {vote.text or self.vote_error(vote)}")
        self.proceedings()
        if m.votes:
            self.heading("votes")
            self.vote_table()
        if m.elections:
            self.heading("elections")
            for number, round_ in zip(m.counting_numbers, m.elections):
                self.election_summary(round_, number)
            for body in m.elected_bodies:
                self.elected_body(body)
        self.heading("happenings")
        if m.happenings:
            for happening in m.happenings:
                self.para(f"- {self.happening(happening)}")
        else:
            self.para(t["no_happenings"])
        self.closing()
        for number, round_ in zip(m.counting_numbers, m.elections):
            party.page_break(self.doc)
            self.counting_record(round_, number)

    def issuing_body(self, lines: tuple[str, ...], number: str, day) -> party.IssuingBody:
        """The header's two blocks as the organisation's documents have them (Party, union, youth union)."""
        h = self.m.header
        return party.IssuingBody(h.superior, lines, number, h.place, day, h.heading, self.lang, motto=h.motto,
                                 mark=h.mark)

    def members(self) -> None:
        """Who sits in the presidium, the secretariat and the vote-counting committee, as the program lists them."""
        t, members = self.t, self.m.members
        for key in ("presidium", "secretariat", "counting"):
            names = getattr(members, key)
            if not names:
                continue
            count = f"{len(names):02d}" if self.lang == "vi" else str(len(names))  # "gồm 05 đồng chí"
            self.para(t[f"members_{key}"].format(n=count), keep_with_next=True)
            for i, name in enumerate(names, 1):
                self.para(f"{i}. {name}", keep_with_next=i < len(names))

    def elected_body(self, body: ElectedBody) -> None:
        """The complete list of those elected to a body, across its rounds: what the congress elected."""
        t = self.t
        if not body.elected:
            self.para(t["elected_none_total"].format(body=body.body, rounds=body.rounds), bold=True)
            return
        key = "elected_total" if len(body.elected) >= body.seats else "elected_total_short"
        rounds = t["over_rounds"].format(rounds=body.rounds) if body.rounds > 1 else ""
        self.para(t[key].format(n=len(body.elected), seats=body.seats, body=body.body, rounds=rounds),
                  bold=True, keep_with_next=True)
        for i, name in enumerate(body.elected, 1):
            self.para(f"{i}. {name}", keep_with_next=i < len(body.elected))

    def attendance(self) -> None:
        m, t = self.m, self.t
        self.heading("attendance")
        self.para(t["convened"].format(n=m.delegates_convened))
        if not m.attendance:
            self.para(t["no_attendance"], italic=True)
        quorate = None
        for i, a in enumerate(m.attendance):
            if a.with_reason and a.with_reason < a.absent:
                reason = t["reasons"].format(with_reason=a.with_reason, reason=a.reason or "—",
                                             without=a.absent - a.with_reason)
            elif a.with_reason:  # every absence excused
                reason = t["all_excused"].format(reason=a.reason or "—")
            else:
                reason = t["reason"].format(reason=a.reason) if a.reason else ""
            figures = dict(time=clock(a.at, self.lang), present=a.present, absent=a.absent, reason=reason,
                           old=a.previous_convened, new=a.convened, why=a.correction)
            key = "correction" if a.correction else "present_first" if i == 0 else "present_change"
            text = t[key].format(**figures)
            if a.alternates:
                text += " " + t["alternates"].format(n=a.alternates)
            if a.excused:
                text += " " + t["excused"].format(n=a.excused)
            if a.quorum_met is not None and a.quorum_met != quorate:  # said at the opening, then when it changes
                text += " " + t["quorum" if a.quorum_met else "no_quorum"].format(
                    present=a.present, convened=a.convened, needed=a.quorum_needed)
                quorate = a.quorum_met
            self.para(text)
        if m.guests:  # as the program lists them; otherwise the upper-level speaker stands for the guests
            self.para(t["guests_listed"], keep_with_next=True)
            for i, guest in enumerate(m.guests, 1):
                self.para(f"- {guest.rstrip(' .;')}{'.' if i == len(m.guests) else ';'}")
            return
        guests = [line.by for line in m.items if line.upper_level and line.by]
        if guests:
            self.para(t["guests"].format(names="; ".join(dict.fromkeys(guests))))

    def proceedings(self) -> None:
        self.heading("proceedings")
        for session in self.m.sessions:
            if not session.items:
                continue
            party.runs(self.doc, [("bi", f"{session.title} ({session.planned_date:%d/%m/%Y})")])
            for line in session.items:
                self.item(line)

    def item(self, line: ItemLine) -> None:
        t, lang = self.t, self.lang
        if line.status in ("skipped", "pending"):
            self.para(f"- {line.title}: {t['not_held'] if line.status == 'skipped' else t['not_reached']}.",
                      italic=True)
            return
        span = t["span"].format(start=clock(line.start, lang), end=clock(line.end, lang)) if line.end \
            else t["span_open"].format(start=clock(line.start, lang))
        marks = [t["moved"]] if line.moved else []
        marks += [t["inserted"]] if line.inserted else []
        parts = [("b", f"{line.number}. {line.title}"), ("", f" ({span})")]
        if marks:
            parts.append(("i", " — " + "; ".join(marks)))
        party.runs(self.doc, parts)
        if line.upper_level and line.by:
            by = line.by
            if lang == "vi" and by.lower().startswith("đồng chí "):
                by = by[len("đồng chí "):]
            self.para(t["upper_level"].format(by=by))
        elif line.by:
            self.para(t["by"].format(by=line.by))
        if line.speakers:
            self.speakers(line.speakers)
        for vote in line.votes:
            self.para(vote.text or self.vote_error(vote))
        for round_ in line.elections:
            number = self.m.counting_numbers[self.m.elections.index(round_)]
            self.para(t["see_record"].format(body=round_.body, n=round_.round_no, number=number))

    def speakers(self, speakers: tuple[SpeakerLine, ...]) -> None:
        t = self.t
        spoken = [s for s in speakers if s.status in ("done", "speaking")]
        written = [s for s in speakers if s.status == "written"]
        registered = all(s.status == "waiting" for s in speakers)
        if registered:
            self.para(t["registered"], italic=True)
            for i, s in enumerate(speakers, 1):
                self.para(f"{i}) {self.speaker(s)}")
            return
        if spoken:
            self.para(t["spoke"].format(n=len(spoken)))
            for i, s in enumerate(spoken, 1):
                length = t["minutes_n"].format(n=minutes_span(s.seconds)) if s.seconds is not None else ""
                floor = t["floor"] if s.floor else ""
                self.para(f"{i}) {self.speaker(s)}" + (f" ({length})" if length else "") + floor)
        if written:
            self.para(t["written"].format(names="; ".join(self.speaker(s) for s in written)))

    def speaker(self, s: SpeakerLine) -> str:
        text = f"{self.t['comrade']}{s.name}"
        if s.unit:
            text += f", {s.unit}"
        if s.topic:
            text += f": {s.topic}"
        return text

    def vote_error(self, vote: VoteLine) -> str:
        return self.t["vote_error"].format(question=vote.question or vote.item_title, error=vote.error)

    def vote_table(self) -> None:
        t, lang = self.t, self.lang
        rows = []
        for i, v in enumerate(self.m.votes, 1):
            r = v.result
            if r is None:
                rows.append([str(i), v.question or v.item_title, "", "", "", "", "", t["undecided"]])
                continue
            rows.append([str(i), v.question or v.item_title, str(r.attendance.present), str(r.tally.for_),
                         str(r.tally.against), str(r.tally.abstain), format_percent(r.percent_for, lang, PERCENT_DECIMALS),
                         t["passed"] if r.passed else t["rejected"]])
        party.grid(self.doc, t["vote_header"], rows,
                   [Mm(w) for w in (10, 50, 16, 18, 18, 18, 16, 14)],
                   align=["center", "left", "center", "center", "center", "center", "center", "center"])
        self.para(self.vote_base(), italic=True, size=12, before=4)

    def vote_base(self) -> str:
        """The footnote names the base each rule actually used, and for which rows when they differ."""
        t, bases = self.t, self.m.bases
        if not bases:
            return t["vote_base_none"]
        if len(bases) == 1:
            return t["vote_base_one"].format(base=t["vote_bases"][next(iter(bases))])
        parts = [t["vote_base_rows" if len(rows) > 1 else "vote_base_row"].format(
                     base=t["vote_bases"][base], rows=", ".join(map(str, rows))) for base, rows in bases.items()]
        return t["vote_base_many"].format(parts="; ".join(parts))

    def election_summary(self, round_: ElectionRound, number: str) -> None:
        t = self.t
        r = round_.result
        head = t["election_line"].format(body=round_.body, n=round_.round_no, number=number)
        if r is None:
            self.para(f"- {head}: {t['count_error'].format(error=round_.error)}")
        elif r.void:
            self.para(f"- {head}: {void_text(r, self.lang)}")
        else:
            elected = ", ".join(r.elected) if r.elected else t["none_elected"]
            self.para(f"- {head}: {t['elected'].format(n=len(r.elected), seats=r.seats, names=elected)}")

    def happening(self, h: Happening) -> str:
        t = self.t
        at = clock(h.at, self.lang)
        if h.kind == "skipped" and h.detail == "not-reached":
            return t["h_not_reached"].format(title=h.item_title)
        return t[f"h_{h.kind}"].format(at=at, title=h.item_title, detail=h.detail, n=minutes_span(h.seconds))

    def closing(self) -> None:
        m, t, lang = self.m, self.t, self.lang
        if m.closed:
            self.para(t["closed"].format(time=clock(m.closed, lang), day=day_words(m.closed, lang)))
        # The adoption line keeps with the signatures: a signature block never stands alone on a page.
        if m.adopted_at:
            self.para(t["adopted"].format(time=clock(m.adopted_at, lang), day=day_words(m.adopted_at, lang)),
                      keep_with_next=True)
        else:
            self.para(t["adopted_blank"], keep_with_next=True)
        signers = m.signers
        party.signatures(self.doc, [(t["sign_secretariat"], "", signers.secretariat),
                                    (t["sign_presidium"], "", signers.presidium)], note=t["sign_note"])

    # --- counting records --------------------------------------------------------------------
    def counting_record(self, round_: ElectionRound, number: str) -> None:
        t, lang, h = self.t, self.lang, self.m.header
        lines = tuple(x for x in (h.organization, h.congress_name) if x) + (t["counting_committee"],)
        party.party_header(self.doc, self.issuing_body(lines, number, round_.at))
        party.title(self.doc, t["counting"], [t["counting_subject"].format(body=round_.body, n=round_.round_no),
                                              h.title])
        self.para(t["counting_opening"].format(time=clock(round_.at, lang), day=day_words(round_.at, lang),
                                               body=round_.body, n=round_.round_no))
        counting = self.m.members.counting
        if counting:
            self.para(t["counting_members"].format(names=", ".join(counting)))
        r = round_.result
        if r is None:
            self.para(t["count_error"].format(error=round_.error), italic=True)
        else:
            a, c = r.attendance, r.count
            figures = [("c_convened", a.convened), ("c_present", a.present), ("c_seats", r.seats),
                       ("c_candidates", len(r.candidates)), ("c_issued", c.issued), ("c_returned", c.returned)]
            if not r.void:  # a void count has no valid ballots to speak of: nothing of it counted
                figures += [("c_valid", c.valid), ("c_invalid", c.invalid)]
            for key, value in figures:
                self.para(f"- {t[key]}: {value}")
            if r.void:
                self.para(void_text(r, lang), bold=True)
            else:
                self.standings(r)
        if round_.stations:
            self.para(t["stations_intro"].format(n=len(round_.stations)), before=6)
            for station in round_.stations:
                self.para(t["station_line"].format(name=station.get("name", "?"), run=station.get("run", "?"),
                                                   events=station.get("head_seq", "?")))
                self.para(str(station.get("head_hash", "")), size=11)
        # One signer: the left half stays empty and the block sits on the right, as in the minutes.
        party.signatures(self.doc, [("", ""), (t["sign_counting"], t["sign_counting_role"], self.m.signers.counting)],
                         note=t["sign_note"])

    def standings(self, r) -> None:
        t, lang = self.t, self.lang
        base_word = t["bases"][r.base]
        self.para(t["standings_intro"].format(base=base_word, value=r.base_value, threshold=r.threshold))
        rows = [[str(i), s.name, str(s.votes), format_percent(s.percent, lang, PERCENT_DECIMALS),
                 t["yes"] if s.elected else ""] for i, s in enumerate(r.standings, 1)]
        party.grid(self.doc, t["standings_header"], rows, [Mm(w) for w in (12, 70, 26, 26, 26)],
                   align=["center", "left", "center", "center", "center"])
        if r.elected:
            key = "elected_intro" if len(r.elected) > 1 else "elected_intro_one"
            self.para(t[key].format(n=len(r.elected), body=r.body), before=6)
            by_name = {s.name: s for s in r.standings}
            for i, name in enumerate(r.elected, 1):
                s = by_name[name]
                self.para(f"{i}. {name}: {s.votes} {t['ballots_word']} "
                          f"({format_percent(s.percent, lang, PERCENT_DECIMALS)})")
        if r.tie:
            self.para(t["tie"].format(names=", ".join(r.tie), seats=r.tie_seats))
        elif r.unfilled:
            self.para(t["unfilled"].format(n=r.unfilled, seats=r.seats))


def write_minutes(minutes: Minutes, path: str | Path, lang: str = "vi", *, footer: str = "") -> Path:
    """`footer`: the journal anchor printed at the foot of every page (cli_export)."""
    writer = _Writer(minutes, lang)
    writer.write()
    party.record_footer(writer.doc, footer)
    party.save(writer.doc, path)
    return Path(path)


TEXT = {
    "vi": {
        "minutes": "Biên bản",
        "rehearsal": "BẢN TỔNG DUYỆT — KHÔNG PHẢI BIÊN BẢN CHÍNH THỨC CỦA ĐẠI HỘI",
        "unfinished": "(Đại hội chưa kết thúc; biên bản ghi đến {at})",
        "opening": "Hôm nay, vào hồi {time}, {day}{where}, {title} đã khai mạc.",
        "at_venue": ", tại {venue}",
        "attendance": "THÀNH PHẦN DỰ ĐẠI HỘI",
        "convened": "Tổng số đại biểu được triệu tập: {n} đồng chí.",
        "no_attendance": "Chưa ghi nhận số liệu thẩm tra tư cách đại biểu.",
        "present_first": "Theo báo cáo của Ban Thẩm tra tư cách đại biểu (lúc {time}): có mặt {present} đồng chí; "
                         "vắng mặt {absent} đồng chí{reason}.",
        "present_change": "Lúc {time}, số đại biểu có mặt thay đổi: có mặt {present} đồng chí; vắng mặt {absent} "
                          "đồng chí{reason}. Các biểu quyết sau thời điểm này tính theo số liệu này.",
        "reason": " (lý do: {reason})",
        "reasons": " (vắng có lý do {with_reason} đồng chí: {reason}; vắng không có lý do {without} đồng chí)",
        "all_excused": ", đều có lý do ({reason})",
        "correction": "Lúc {time}, số đại biểu được triệu tập được điều chỉnh từ {old} thành {new} đồng chí (lý do: "
                      "{why}); có mặt {present} đồng chí, vắng mặt {absent} đồng chí{reason}.",
        "alternates": "Trong số đại biểu có mặt có {n} đồng chí đại biểu dự khuyết thay thế.",
        "excused": "Có {n} đồng chí vắng mặt suốt Đại hội không có người thay thế, không tính vào số đại biểu "
                   "được triệu tập khi biểu quyết.",
        "quorum": "Đại hội có đủ số đại biểu để tiến hành theo quy chế (có mặt {present}/{convened} đồng chí, cần "
                  "ít nhất {needed} đồng chí).",
        "no_quorum": "Đại hội không đủ số đại biểu theo quy chế (có mặt {present}/{convened} đồng chí, cần ít nhất "
                     "{needed} đồng chí).",
        "guests": "Đại biểu cấp trên dự và chỉ đạo Đại hội: {names}.",
        "guests_listed": "Khách mời dự Đại hội:",
        "bodies": "ĐOÀN CHỦ TỊCH, ĐOÀN THƯ KÝ VÀ CÁC BAN GIÚP VIỆC CỦA ĐẠI HỘI",
        "proceedings": "DIỄN BIẾN ĐẠI HỘI",
        "span": "từ {start} đến {end}",
        "span_open": "bắt đầu lúc {start}",
        "moved": "điều chỉnh thứ tự so với chương trình",
        "inserted": "nội dung phát sinh, không có trong chương trình",
        "not_held": "không thực hiện",
        "not_reached": "chưa thực hiện",
        "by": "Trình bày, điều hành: {by}.",
        "upper_level": "Đồng chí {by} phát biểu chỉ đạo Đại hội.",
        "registered": "Danh sách tham luận đăng ký theo chương trình (chưa ghi nhận lượt phát biểu):",
        "spoke": "Có {n} ý kiến phát biểu, tham luận tại Đại hội:",
        "comrade": "Đồng chí ",
        "minutes_n": "{n} phút",
        "floor": " — đăng ký tại Đại hội",
        "written": "Gửi tham luận bằng văn bản: {names}.",
        "see_record": "Kết quả bầu {body} (lần {n}): xem Biên bản kiểm phiếu {number} kèm theo.",
        "vote_error": "Biểu quyết “{question}”: số liệu ghi nhận không hợp lệ ({error}); đề nghị Đoàn Thư ký đối chiếu.",
        "votes": "KẾT QUẢ BIỂU QUYẾT",
        "vote_header": ["TT", "Nội dung biểu quyết", "Có mặt", "Tán thành", "Không tán thành",
                        "Không biểu quyết", "Tỷ lệ tán thành", "Kết quả"],
        "vote_base_none": "Không có nội dung nào xác định được tỷ lệ tán thành.",
        "vote_base_one": "Tỷ lệ tán thành tính trên {base}, theo quy chế.",
        "vote_base_many": "Tỷ lệ tán thành tính theo cơ sở quy chế quy định cho từng nội dung: {parts}.",
        "vote_base_rows": "{base} (nội dung {rows})",
        "vote_base_row": "{base} (nội dung {rows})",
        "vote_bases": {"convened": "tổng số đại biểu được triệu tập", "present": "số đại biểu có mặt",
                       "cast": "số đại biểu tham gia biểu quyết", "valid": "số đại biểu tham gia biểu quyết"},
        "members_presidium": "Đoàn Chủ tịch Đại hội gồm {n} đồng chí:",
        "members_secretariat": "Đoàn Thư ký Đại hội gồm {n} đồng chí:",
        "members_counting": "Ban Kiểm phiếu gồm {n} đồng chí:",
        "counting_members": "Ban Kiểm phiếu gồm các đồng chí: {names}.",
        "elected_total": "Như vậy, Đại hội đã bầu đủ {n}/{seats} đồng chí vào {body}{rounds}, gồm các đồng chí:",
        "elected_total_short": "Như vậy, Đại hội đã bầu được {n}/{seats} đồng chí vào {body}{rounds}, gồm các "
                               "đồng chí:",
        "over_rounds": " (qua {rounds} lần bỏ phiếu)",
        "elected_none_total": "Sau {rounds} lần bỏ phiếu, chưa có đồng chí nào trúng cử {body}.",
        "passed": "Thông qua",
        "rejected": "Không thông qua",
        "undecided": "Chưa xác định",
        "elections": "KẾT QUẢ BẦU CỬ",
        "election_line": "Bầu {body} (lần {n}), Biên bản kiểm phiếu {number}",
        "elected": "trúng cử {n}/{seats} đồng chí: {names}",
        "none_elected": "không có đồng chí nào",
        "void": "Kết quả kiểm phiếu không có giá trị; Đại hội tiến hành bỏ phiếu lại.",
        "count_error": "số liệu kiểm phiếu không hợp lệ ({error})",
        "happenings": "NHỮNG VẤN ĐỀ PHÁT SINH",
        "no_happenings": "Đại hội diễn ra theo đúng chương trình đã thông qua, không có vấn đề phát sinh.",
        "h_skipped": "Lúc {at}: không thực hiện nội dung “{title}”.",
        "h_not_reached": "Nội dung “{title}” chưa được thực hiện khi Đại hội kết thúc.",
        "h_reordered": "Lúc {at}: điều chỉnh thứ tự, tiến hành nội dung “{title}” (theo chương trình là mục thứ {detail}).",
        "h_inserted": "Lúc {at}: bổ sung nội dung “{title}” (không có trong chương trình).",
        "h_paused": "Lúc {at}: tạm dừng {n} phút trong khi thực hiện nội dung “{title}”.",
        "h_interrupted": "Lúc {at}: hệ thống điều hành bị gián đoạn {n} phút.",
        "h_card": "Lúc {at}: xử lý tình huống “{detail}” trong khi thực hiện nội dung “{title}”.",
        "closed": "Đại hội bế mạc vào hồi {time}, {day}.",
        "adopted": "Biên bản này đã được Đại hội thông qua vào hồi {time}, {day}.",
        "adopted_blank": "Biên bản này đã được Đại hội thông qua vào hồi …… giờ …… phút, ngày …… tháng …… năm ……",
        "sign_secretariat": "T/M Đoàn Thư ký",
        "sign_presidium": "T/M Đoàn Chủ tịch",
        "sign_note": "(Ký, ghi rõ họ và tên)",
        "counting_committee": "Ban Kiểm phiếu",
        "stations_intro": "Phiếu được nhập trên máy tại {n} bàn độc lập, kết quả các bàn khớp nhau từng phiếu; "
                          "nhật ký nhập phiếu của mỗi bàn (mã băm cuối dưới đây) được lưu kèm hồ sơ:",
        "station_line": "- Bàn {name}: lượt {run}, {events} sự kiện, mã băm cuối:",
        "counting": "Biên bản kiểm phiếu",
        "counting_subject": "Bầu {body} (lần {n})",
        "counting_opening": "Vào hồi {time}, {day}, Ban Kiểm phiếu đã tiến hành kiểm phiếu bầu {body} (lần {n}). "
                            "Kết quả như sau:",
        "c_convened": "Tổng số đại biểu được triệu tập",
        "c_present": "Số đại biểu có mặt",
        "c_seats": "Số lượng cần bầu",
        "c_candidates": "Số người trong danh sách bầu cử",
        "c_issued": "Số phiếu phát ra",
        "c_returned": "Số phiếu thu về",
        "c_valid": "Số phiếu hợp lệ",
        "c_invalid": "Số phiếu không hợp lệ",
        "bases": {"convened": "tổng số đại biểu được triệu tập", "present": "số đại biểu có mặt",
                  "cast": "số phiếu thu về", "valid": "số phiếu hợp lệ"},
        "standings_intro": "Số phiếu bầu cho từng đồng chí (tỷ lệ so với {base}: {value}; "
                           "để trúng cử cần ít nhất {threshold} phiếu):",
        "standings_header": ["TT", "Họ và tên", "Số phiếu bầu", "Tỷ lệ", "Trúng cử"],
        "yes": "Trúng cử",
        "elected_intro": "Căn cứ quy chế bầu cử, {n} đồng chí sau đây trúng cử {body} (xếp theo số phiếu "
                         "từ cao xuống thấp):",
        "elected_intro_one": "Căn cứ quy chế bầu cử, đồng chí sau đây trúng cử {body}:",
        "ballots_word": "phiếu",
        "tie": "Các đồng chí {names} có số phiếu bằng nhau cho {seats} vị trí còn lại; đề nghị Đại hội bầu lại "
               "giữa các đồng chí này.",
        "unfilled": "Số người trúng cử còn thiếu {n} so với số lượng cần bầu ({seats}); đề nghị Đại hội xem xét, "
                    "quyết định việc bầu tiếp.",
        "sign_counting": "T/M Ban Kiểm phiếu",
        "sign_counting_role": "Trưởng ban",
    },
}
TEXT["en"] = dict(TEXT["vi"], **{
    "minutes": "Minutes",
    "rehearsal": "REHEARSAL — NOT THE OFFICIAL MINUTES",
    "unfinished": "(The meeting has not closed; these minutes run to {at})",
    "opening": "{title} opened at {time} on {day}{where}.",
    "at_venue": ", at {venue}",
    "attendance": "ATTENDANCE",
    "convened": "Delegates convened: {n}.",
    "no_attendance": "No credentials figures were recorded.",
    "present_first": "Credentials report (at {time}): {present} present, {absent} absent{reason}.",
    "present_change": "At {time} attendance changed: {present} present, {absent} absent{reason}. Later votes use "
                      "these figures.",
    "reason": " (reason: {reason})",
    "reasons": " ({with_reason} excused: {reason}; {without} without a reason)",
    "all_excused": ", all excused ({reason})",
    "correction": "At {time} the number convened was corrected from {old} to {new} (reason: {why}); {present} "
                  "present, {absent} absent{reason}.",
    "alternates": "Alternates seated among those present, in place of absent delegates: {n}.",
    "excused": "{n} were absent for the whole meeting without a substitute and are not counted among those "
               "convened for the votes.",
    "quorum": "The meeting had its quorum ({present} of {convened} present, at least {needed} needed).",
    "no_quorum": "The meeting did not have its quorum ({present} of {convened} present, at least {needed} needed).",
    "guests": "Upper-level representatives attending: {names}.",
    "guests_listed": "Guests:",
    "bodies": "PRESIDIUM, SECRETARIAT AND COMMITTEES OF THE CONGRESS",
    "proceedings": "PROCEEDINGS",
    "span": "{start}–{end}",
    "span_open": "from {start}",
    "moved": "moved from its place in the program",
    "inserted": "added; not in the program",
    "not_held": "not held",
    "not_reached": "not reached",
    "by": "Presented by {by}.",
    "upper_level": "{by} addressed the meeting.",
    "registered": "Contributions registered in the program (no turns recorded):",
    "spoke": "{n} contributions were delivered:",
    "comrade": "",
    "minutes_n": "{n} min",
    "floor": " — from the floor",
    "written": "Handed in writing: {names}.",
    "see_record": "Election of {body} (round {n}): see counting record {number}, attached.",
    "vote_error": "Vote on “{question}”: the recorded figures are not valid ({error}); the secretariat should check.",
    "votes": "VOTES",
    "vote_header": ["No.", "Motion", "Present", "For", "Against", "Abstaining", "Share for", "Result"],
    "vote_base_none": "No motion could be decided.",
    "vote_base_one": "The share for is of the {base}, as the rules set.",
    "vote_base_many": "The share for is of the base the rules set for each motion: {parts}.",
    "vote_base_rows": "{base} (motions {rows})",
    "vote_base_row": "{base} (motion {rows})",
    "vote_bases": {"convened": "delegates convened", "present": "delegates present", "cast": "those who voted",
                   "valid": "those who voted"},
    "members_presidium": "The presidium ({n}):",
    "members_secretariat": "The secretariat ({n}):",
    "members_counting": "The vote-counting committee ({n}):",
    "counting_members": "Vote-counting committee: {names}.",
    "elected_total": "The meeting elected {n} of the {seats} members of {body}{rounds}:",
    "elected_total_short": "The meeting elected {n} of the {seats} members of {body}{rounds}; seats remain:",
    "over_rounds": " (in {rounds} rounds of voting)",
    "elected_none_total": "After {rounds} round(s) of voting, nobody was elected to {body}.",
    "passed": "Carried", "rejected": "Not carried", "undecided": "Undecided",
    "elections": "ELECTIONS",
    "election_line": "Election of {body} (round {n}), counting record {number}",
    "elected": "{n} of {seats} elected: {names}",
    "none_elected": "nobody",
    "void": "The count is void; the meeting votes again.",
    "count_error": "the counting figures are not valid ({error})",
    "happenings": "DEVIATIONS FROM THE PROGRAM",
    "no_happenings": "The meeting followed the approved program.",
    "h_skipped": "At {at}: “{title}” was not held.",
    "h_not_reached": "“{title}” had not been reached when the meeting closed.",
    "h_reordered": "At {at}: “{title}” was taken out of order (item {detail} in the program).",
    "h_inserted": "At {at}: “{title}” was added (not in the program).",
    "h_paused": "At {at}: a {n}-minute pause during “{title}”.",
    "h_interrupted": "At {at}: the podium system was interrupted for {n} minutes.",
    "h_card": "At {at}: situation “{detail}” handled during “{title}”.",
    "closed": "The meeting closed at {time} on {day}.",
    "adopted": "These minutes were adopted by the meeting at {time} on {day}.",
    "adopted_blank": "These minutes were adopted by the meeting at ………… on …………",
    "sign_secretariat": "For the secretariat", "sign_presidium": "For the presidium",
    "sign_note": "(signature and full name)",
    "counting_committee": "Vote-counting committee",
    "stations_intro": "The ballots were entered by computer at {n} independent stations, which agreed ballot by "
                      "ballot; each station's entry log (head hash below) is filed with the records:",
    "station_line": "- Station {name}: run {run}, {events} events, head hash:",
    "counting": "Counting record",
    "counting_subject": "Election of {body} (round {n})",
    "counting_opening": "At {time} on {day} the vote-counting committee counted the ballots of the election of "
                        "{body} (round {n}):",
    "c_convened": "Delegates convened", "c_present": "Delegates present", "c_seats": "Seats",
    "c_candidates": "Candidates", "c_issued": "Ballots issued", "c_returned": "Ballots returned",
    "c_valid": "Valid ballots", "c_invalid": "Invalid ballots",
    "bases": {"convened": "delegates convened", "present": "delegates present", "cast": "ballots returned",
              "valid": "valid ballots"},
    "standings_intro": "Votes per candidate (share of {base}: {value}; {threshold} votes needed to be elected):",
    "standings_header": ["No.", "Name", "Votes", "Share", "Elected"],
    "yes": "Elected",
    "elected_intro": "Under the election rules, these {n} are elected to {body}, in order of votes:",
    "elected_intro_one": "Under the election rules, this candidate is elected to {body}:",
    "ballots_word": "votes",
    "tie": "{names} received the same number of votes for {seats} remaining seat(s); a further round among them "
           "is proposed.",
    "unfilled": "{n} of the {seats} seats remain unfilled; the meeting decides whether to vote again.",
    "sign_counting": "For the vote-counting committee", "sign_counting_role": "Chair",
})

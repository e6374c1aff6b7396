"""The minutes (biên bản đại hội) as a Word document in the Party layout, from `core.minutes.Minutes`.

One counting record (biên bản kiểm phiếu) per election round follows the minutes, each on its own page.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from docx.shared import Mm

from presidium.core.announce import format_percent, void_text
from presidium.core.ballots import ElectionResult
from presidium.core.catalogue import Message, counted, text, vocabulary
from presidium.core.minutes import (
    PERCENT_DECIMALS,
    ElectedBody,
    ElectionRound,
    Happening,
    ItemLine,
    Minutes,
    SpeakerLine,
    VoteLine,
)
from presidium.infra import docx_party as party

VOTE_COLUMNS = ("no", "motion", "present", "for", "against", "abstain", "share", "result")
STANDINGS_COLUMNS = ("no", "name", "votes", "share", "elected")


def clock(moment: datetime | None, lang: str) -> str:
    if moment is None:
        return "…"
    return text("minutes.clock", lang, hour=f"{moment:%H}", minute=f"{moment:%M}")


def day_words(moment: datetime, lang: str) -> str:
    return party.date_words(moment, lang)


def minutes_span(seconds: float | None) -> int:
    return int((seconds or 0) + 30) // 60


class _Writer(party.SectionedWriter):
    def __init__(self, minutes: Minutes, lang: str) -> None:
        super().__init__(lang)
        self.m = minutes

    # --- the minutes ------------------------------------------------------------------------
    def write(self) -> None:
        m = self.m
        h = m.header
        lines = tuple(x for x in (h.organization, h.congress_name) if x)
        party.party_header(self.doc, self.issuing_body(lines, h.number, m.closed or m.opened))
        party.title(self.doc, self.say("minutes.minutes"), [h.title])
        if m.mode != "live":
            party.text(self.doc, self.say("minutes.rehearsal"), bold=True, italic=True, align="center")
        if not m.finished:
            party.text(
                self.doc, self.say("minutes.unfinished", at=clock(m.as_of, self.lang)), italic=True, align="center"
            )
        where = self.say("minutes.at_venue", venue=h.venue) if h.venue else ""
        self.para(
            self.say(
                "minutes.opening",
                time=clock(m.opened, self.lang),
                day=day_words(m.opened, self.lang),
                where=where,
                title=h.title,
            )
        )
        self.attendance()
        if m.working_bodies or m.members:
            self.heading("minutes.bodies")
            self.members()
            for vote in m.working_bodies:
                self.para(f"- {vote.question}: {vote.text or self.vote_error(vote)}")
        self.proceedings()
        if m.votes:
            self.heading("minutes.votes")
            self.vote_table()
        if m.elections:
            self.heading("minutes.elections")
            for number, round_ in zip(m.counting_numbers, m.elections, strict=True):
                self.election_summary(round_, number)
            for body in m.elected_bodies:
                self.elected_body(body)
        self.heading("minutes.happenings")
        if m.happenings:
            for happening in m.happenings:
                self.para(f"- {self.happening(happening)}")
        else:
            self.para(self.say("minutes.no_happenings"))
        self.closing()
        for number, round_ in zip(m.counting_numbers, m.elections, strict=True):
            party.page_break(self.doc)
            self.counting_record(round_, number)

    def issuing_body(self, lines: tuple[str, ...], number: str, day: datetime) -> party.IssuingBody:
        """The header's two blocks as the organisation's documents have them (Party, union, youth union)."""
        h = self.m.header
        return party.IssuingBody(
            h.superior, lines, number, h.place, day, h.heading, self.lang, motto=h.motto, mark=h.mark
        )

    def members(self) -> None:
        """Who sits in the presidium, the secretariat and the vote-counting committee, as the program lists them."""
        members = self.m.members
        for key in ("presidium", "secretariat", "counting"):
            names = getattr(members, key)
            if not names:
                continue
            count = f"{len(names):02d}" if self.lang == "vi" else str(len(names))  # "gồm 05 đồng chí"
            self.para(self.say(f"minutes.members_{key}", n=count), keep_with_next=True)
            for i, name in enumerate(names, 1):
                self.para(f"{i}. {name}", keep_with_next=i < len(names))

    def elected_body(self, body: ElectedBody) -> None:
        """The complete list of those elected to a body, across its rounds: what the congress elected."""
        if not body.elected:
            self.para(self.say("minutes.elected_none_total", body=body.body, rounds=body.rounds), bold=True)
            return
        key = "elected_total" if len(body.elected) >= body.seats else "elected_total_short"
        rounds = self.say("minutes.over_rounds", rounds=body.rounds) if body.rounds > 1 else ""
        self.para(
            self.say(f"minutes.{key}", n=len(body.elected), seats=body.seats, body=body.body, rounds=rounds),
            bold=True,
            keep_with_next=True,
        )
        for i, name in enumerate(body.elected, 1):
            self.para(f"{i}. {name}", keep_with_next=i < len(body.elected))

    def attendance(self) -> None:
        m = self.m
        self.heading("minutes.attendance")
        self.para(self.say("minutes.convened", n=m.delegates_convened))
        if not m.attendance:
            self.para(self.say("minutes.no_attendance"), italic=True)
        quorate = None
        for i, a in enumerate(m.attendance):
            if a.with_reason and a.with_reason < a.absent:
                reason = self.say(
                    "minutes.reasons",
                    with_reason=a.with_reason,
                    reason=a.reason or "—",
                    without=a.absent - a.with_reason,
                )
            elif a.with_reason:  # every absence excused
                reason = self.say("minutes.all_excused", reason=a.reason or "—")
            else:
                reason = self.say("minutes.reason", reason=a.reason) if a.reason else ""
            figures = {
                "time": clock(a.at, self.lang),
                "present": a.present,
                "absent": a.absent,
                "reason": reason,
                "old": a.previous_convened,
                "new": a.convened,
                "why": a.correction,
            }
            key = "correction" if a.correction else "present_first" if i == 0 else "present_change"
            text = self.say(f"minutes.{key}", **figures)
            if a.alternates:
                text += " " + self.say("minutes.alternates", n=a.alternates)
            if a.excused:
                text += " " + self.say("minutes.excused", n=a.excused)
            if a.quorum_met is not None and a.quorum_met != quorate:  # said at the opening, then when it changes
                text += " " + self.say(
                    "minutes.quorum" if a.quorum_met else "minutes.no_quorum",
                    present=a.present,
                    convened=a.convened,
                    needed=a.quorum_needed,
                )
                quorate = a.quorum_met
            self.para(text)
        if m.guests:  # as the program lists them; otherwise the upper-level speaker stands for the guests
            self.para(self.say("minutes.guests_listed"), keep_with_next=True)
            for i, guest in enumerate(m.guests, 1):
                self.para(f"- {guest.rstrip(' .;')}{'.' if i == len(m.guests) else ';'}")
            return
        guests = [line.by for line in m.items if line.upper_level and line.by]
        if guests:
            self.para(self.say("minutes.guests", names="; ".join(dict.fromkeys(guests))))

    def proceedings(self) -> None:
        self.heading("minutes.proceedings")
        for session in self.m.sessions:
            if not session.items:
                continue
            party.runs(self.doc, [("bi", f"{session.title} ({session.planned_date:%d/%m/%Y})")])
            for line in session.items:
                self.item(line)

    def item(self, line: ItemLine) -> None:
        lang = self.lang
        if line.status in ("skipped", "pending"):
            state = self.say("minutes.not_held" if line.status == "skipped" else "minutes.not_reached")
            self.para(f"- {line.title}: {state}.", italic=True)
            return
        span = (
            self.say("minutes.span", start=clock(line.start, lang), end=clock(line.end, lang))
            if line.end
            else self.say("minutes.span_open", start=clock(line.start, lang))
        )
        marks = [self.say("minutes.moved")] if line.moved else []
        marks += [self.say("minutes.inserted")] if line.inserted else []
        parts = [("b", f"{line.number}. {line.title}"), ("", f" ({span})")]
        if marks:
            parts.append(("i", " — " + "; ".join(marks)))
        party.runs(self.doc, parts)
        if line.upper_level and line.by:
            by = line.by
            if lang == "vi" and by.lower().startswith("đồng chí "):
                by = by[len("đồng chí ") :]
            self.para(self.say("minutes.upper_level", by=by))
        elif line.by:
            self.para(self.say("minutes.by", by=line.by))
        if line.speakers:
            self.speakers(line.speakers)
        for vote in line.votes:
            self.para(vote.text or self.vote_error(vote))
        for round_ in line.elections:
            number = self.m.counting_numbers[self.m.elections.index(round_)]
            self.para(self.say("minutes.see_record", body=round_.body, n=round_.round_no, number=number))

    def speakers(self, speakers: tuple[SpeakerLine, ...]) -> None:
        spoken = [s for s in speakers if s.status in ("done", "speaking")]
        written = [s for s in speakers if s.status == "written"]
        registered = all(s.status == "waiting" for s in speakers)
        if registered:
            self.para(self.say("minutes.registered"), italic=True)
            for i, s in enumerate(speakers, 1):
                self.para(f"{i}) {self.speaker(s)}")
            return
        if spoken:
            self.para(self.say(counted("minutes.spoke", len(spoken)), n=len(spoken)))
            for i, s in enumerate(spoken, 1):
                length = self.say("minutes.minutes_n", n=minutes_span(s.seconds)) if s.seconds is not None else ""
                floor = self.say("minutes.floor") if s.floor else ""
                self.para(f"{i}) {self.speaker(s)}" + (f" ({length})" if length else "") + floor)
        if written:
            self.para(self.say("minutes.written", names="; ".join(self.speaker(s) for s in written)))

    def speaker(self, s: SpeakerLine) -> str:
        text = self.say("minutes.speaker", name=s.name)
        if s.unit:
            text += f", {s.unit}"
        if s.topic:
            text += f": {s.topic}"
        return text

    def vote_error(self, vote: VoteLine) -> str:
        return self.say("minutes.vote_error", question=vote.question or vote.item_title, error=vote.error)

    def vote_table(self) -> None:
        lang = self.lang
        rows = []
        for i, v in enumerate(self.m.votes, 1):
            r = v.result
            if r is None:
                undecided = self.say("vocabulary.outcome.undecided")
                rows.append([str(i), v.question or v.item_title, "", "", "", "", "", undecided])
                continue
            rows.append(
                [
                    str(i),
                    v.question or v.item_title,
                    str(r.attendance.present),
                    str(r.tally.for_),
                    str(r.tally.against),
                    str(r.tally.abstain),
                    format_percent(r.percent_for, lang, PERCENT_DECIMALS),
                    self.say("vocabulary.outcome.passed" if r.passed else "vocabulary.outcome.rejected"),
                ]
            )
        party.grid(
            self.doc,
            self.header("minutes.vote_header", VOTE_COLUMNS),
            rows,
            [Mm(w) for w in (10, 50, 16, 18, 18, 18, 16, 14)],
            align=["center", "left", "center", "center", "center", "center", "center", "center"],
        )
        self.para(self.vote_base(), italic=True, size=12, before=4)

    def vote_base(self) -> str:
        """The footnote names the base each rule actually used, and for which rows when they differ."""
        bases = self.m.bases
        if not bases:
            return self.say("minutes.vote_base_none")
        if len(bases) == 1:
            return self.say("minutes.vote_base_one", base=Message(vocabulary.base("vote", next(iter(bases)))))
        parts = [
            self.say(
                "minutes.vote_base_rows" if len(rows) > 1 else "minutes.vote_base_row",
                base=Message(vocabulary.base("vote", base)),
                rows=", ".join(map(str, rows)),
            )
            for base, rows in bases.items()
        ]
        return self.say("minutes.vote_base_many", parts="; ".join(parts))

    def election_summary(self, round_: ElectionRound, number: str) -> None:
        r = round_.result
        head = self.say("minutes.election_line", body=round_.body, n=round_.round_no, number=number)
        if r is None:
            self.para(f"- {head}: " + self.say("minutes.count_error", error=round_.error))
        elif r.void:
            self.para(f"- {head}: {void_text(r, self.lang)}")
        else:
            elected = ", ".join(r.elected) if r.elected else self.say("minutes.none_elected")
            self.para(f"- {head}: " + self.say("minutes.elected", n=len(r.elected), seats=r.seats, names=elected))

    def happening(self, h: Happening) -> str:
        at = clock(h.at, self.lang)
        if h.kind == "skipped" and h.detail == "not-reached":
            return self.say("minutes.h_not_reached", title=h.item_title)
        return self.say(f"minutes.h_{h.kind}", at=at, title=h.item_title, detail=h.detail, n=minutes_span(h.seconds))

    def closing(self) -> None:
        m, lang = self.m, self.lang
        if m.closed:
            self.para(self.say("minutes.closed", time=clock(m.closed, lang), day=day_words(m.closed, lang)))
        # The adoption line keeps with the signatures: a signature block never stands alone on a page.
        if m.adopted_at:
            self.para(
                self.say("minutes.adopted", time=clock(m.adopted_at, lang), day=day_words(m.adopted_at, lang)),
                keep_with_next=True,
            )
        else:
            self.para(self.say("minutes.adopted_blank"), keep_with_next=True)
        signers = m.signers
        party.signatures(
            self.doc,
            [
                (self.say("minutes.sign_secretariat"), "", signers.secretariat),
                (self.say("minutes.sign_presidium"), "", signers.presidium),
            ],
            lang=self.lang,
        )

    # --- counting records --------------------------------------------------------------------
    def counting_record(self, round_: ElectionRound, number: str) -> None:
        lang, h = self.lang, self.m.header
        lines = tuple(x for x in (h.organization, h.congress_name) if x) + (self.say("minutes.counting_committee"),)
        party.party_header(self.doc, self.issuing_body(lines, number, round_.at))
        subject = self.say("minutes.counting_subject", body=round_.body, n=round_.round_no)
        party.title(self.doc, self.say("minutes.counting"), [subject, h.title])
        self.para(
            self.say(
                "minutes.counting_opening",
                time=clock(round_.at, lang),
                day=day_words(round_.at, lang),
                body=round_.body,
                n=round_.round_no,
            )
        )
        counting = self.m.members.counting
        if counting:
            self.para(self.say("minutes.counting_members", names=", ".join(counting)))
        r = round_.result
        if r is None:
            self.para(self.say("minutes.count_error", error=round_.error), italic=True)
        else:
            a, c = r.attendance, r.count
            figures = [
                ("minutes.c_convened", a.convened),
                ("minutes.c_present", a.present),
                ("minutes.c_seats", r.seats),
                ("minutes.c_candidates", len(r.candidates)),
                ("minutes.c_issued", c.issued),
                ("minutes.c_returned", c.returned),
            ]
            if not r.void:  # a void count has no valid ballots to speak of: nothing of it counted
                figures += [("minutes.c_valid", c.valid), ("minutes.c_invalid", c.invalid)]
            for code, value in figures:
                self.para(f"- {self.say(code)}: {value}")
            if r.void:
                self.para(void_text(r, lang), bold=True)
            else:
                self.standings(r)
        if round_.stations:
            self.para(self.say("minutes.stations_intro", n=len(round_.stations)), before=6)
            for station in round_.stations:
                self.para(
                    self.say(
                        "minutes.station_line",
                        name=station.get("name", "?"),
                        run=station.get("run", "?"),
                        events=station.get("head_seq", "?"),
                    )
                )
                self.para(str(station.get("head_hash", "")), size=11)
        # One signer: the left half stays empty and the block sits on the right, as in the minutes.
        signer = (self.say("minutes.sign_counting"), self.say("minutes.sign_counting_role"), self.m.signers.counting)
        party.signatures(self.doc, [("", ""), signer], lang=self.lang)

    def standings(self, r: ElectionResult) -> None:
        lang = self.lang
        base_word = Message(vocabulary.base("ballot", r.base))
        self.para(self.say("minutes.standings_intro", base=base_word, value=r.base_value, threshold=r.threshold))
        rows = [
            [
                str(i),
                s.name,
                str(s.votes),
                format_percent(s.percent, lang, PERCENT_DECIMALS),
                self.say("vocabulary.outcome.elected") if s.elected else "",
            ]
            for i, s in enumerate(r.standings, 1)
        ]
        party.grid(
            self.doc,
            self.header("minutes.standings_header", STANDINGS_COLUMNS),
            rows,
            [Mm(w) for w in (12, 70, 26, 26, 26)],
            align=["center", "left", "center", "center", "center"],
        )
        if r.elected:
            key = "elected_intro" if len(r.elected) > 1 else "elected_intro_one"
            self.para(self.say(f"minutes.{key}", n=len(r.elected), body=r.body), before=6)
            by_name = {s.name: s for s in r.standings}
            for i, name in enumerate(r.elected, 1):
                s = by_name[name]
                self.para(
                    f"{i}. {name}: {s.votes} "
                    + self.say("minutes.ballots_word")
                    + f" ({format_percent(s.percent, lang, PERCENT_DECIMALS)})"
                )
        if r.tie:
            self.para(self.say("vocabulary.outcome.tie", names=", ".join(r.tie), seats=r.tie_seats))
        elif r.unfilled:
            self.para(self.say("vocabulary.outcome.unfilled", n=r.unfilled, seats=r.seats))


def write_minutes(minutes: Minutes, path: str | Path, lang: str = "vi", *, footer: str = "") -> Path:
    """`footer`: the journal anchor printed at the foot of every page (cli_export)."""
    writer = _Writer(minutes, lang)
    writer.write()
    party.record_footer(writer.doc, footer)
    party.save(writer.doc, path)
    return Path(path)

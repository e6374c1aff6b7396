"""The entry log (nhật ký nhập phiếu) of one counting station as a Word file, filed with the records.

Party header of the counting committee, "NHẬT KÝ NHẬP PHIẾU", the round and the station, the journal
it was printed from with its run and head hash (the same hash the counting record prints), the
figures, then every ballot as entered: number, time, what it showed, the verdict, and each taking
back or correction. Signed by the operators and the head of the counting committee.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from docx.shared import Mm

from presidium.core.counting.log import LogRow
from presidium.core.counting.rules import reason_text
from presidium.core.counting.station import StationState
from presidium.core.counting.tally import Tally
from presidium.core.program import Congress
from presidium.infra import docx_party as party

TEXTS = {
    "vi": {
        "committee": "Ban Kiểm phiếu", "title": "Nhật ký nhập phiếu", "subject": "Bầu {body} (lần {n})",
        "station": "Bàn nhập phiếu: {station}",
        "journal": "In từ nhật ký {file}, lượt {run}, {events} sự kiện; mã băm cuối (đối chiếu với biên bản kiểm phiếu):",
        "figures": "Số phiếu đã nhập: {entered}; hợp lệ: {valid}; không hợp lệ: {invalid}.",
        "reason": "Không hợp lệ — {reason}: {n} phiếu.",
        "header": ["Phiếu số", "Thời gian", "Nội dung phiếu", "Kết luận", "Ghi chú"],
        "sign_operators": "Người nhập phiếu", "sign_head": "T/M Ban Kiểm phiếu", "sign_head_role": "Trưởng ban",
        "note": "(Ký, ghi rõ họ và tên)", "number": "Bàn {station}",
    },
    "en": {
        "committee": "Vote-counting committee", "title": "Ballot entry log", "subject": "Election of {body} (round {n})",
        "station": "Counting station: {station}",
        "journal": "Printed from the journal {file}, run {run}, {events} events; head hash (check it against the "
                   "counting record):",
        "figures": "Ballots entered: {entered}; valid: {valid}; invalid: {invalid}.",
        "reason": "Invalid — {reason}: {n} ballots.",
        "header": ["Ballot", "Time", "What it showed", "Verdict", "Note"],
        "sign_operators": "Operators", "sign_head": "For the vote-counting committee", "sign_head_role": "Chair",
        "note": "(Signature and full name)", "number": "Station {station}",
    },
}


def write_entry_log(congress: Congress, state: StationState, rows: list[LogRow], figures: Tally, *,
                    source: str, run: int, events: int, head_hash: str, signer: str, path: str | Path,
                    lang: str = "vi", day: datetime | None = None) -> Path:
    t = TEXTS["en" if lang == "en" else "vi"]
    paper = state.paper
    assert paper is not None
    document = party.new_document()
    lines = tuple(x for x in (congress.organization, congress.congress_name) if x) + (t["committee"],)
    day = day or (rows[-1].at if rows else datetime.now())
    party.party_header(document, party.IssuingBody.of(congress, lines, t["number"].format(station=state.station), day,
                                                      lang))
    party.title(document, t["title"], [t["subject"].format(body=paper.body, n=paper.round_no)])
    party.text(document, t["station"].format(station=state.station), bold=True, align="left")
    party.text(document, t["journal"].format(file=source, run=run, events=events), size=12, align="left", after=0)
    party.text(document, head_hash, size=11, align="left")
    party.text(document, t["figures"].format(entered=figures.entered, valid=figures.valid, invalid=figures.invalid),
               align="left", after=0)
    for code, n in figures.invalid_reasons.items():
        party.text(document, t["reason"].format(reason=reason_text(code, lang), n=n), size=12, align="left", after=0)
    party.text(document, "", after=4)
    party.grid(document, t["header"],
               [[str(r.number), f"{r.at:%H:%M:%S}", r.shown, r.verdict, r.note] for r in rows],
               [Mm(w) for w in (16, 20, 56, 34, 34)], align=["center", "center", "left", "left", "left"], size=11)
    party.text(document, "", after=6)
    party.signatures(document, [(t["sign_operators"], ""), (t["sign_head"], t["sign_head_role"], signer)],
                     note=t["note"])
    path = Path(path)
    party.save(document, path)
    return path

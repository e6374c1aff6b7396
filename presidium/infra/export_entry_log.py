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

from presidium.core.catalogue import text
from presidium.core.counting.log import LogRow
from presidium.core.counting.rules import reason_text
from presidium.core.counting.station import StationState
from presidium.core.counting.tally import Tally
from presidium.core.program import Congress
from presidium.infra import docx_party as party


def write_entry_log(
    congress: Congress,
    state: StationState,
    rows: list[LogRow],
    figures: Tally,
    *,
    source: str,
    run: int,
    events: int,
    head_hash: str,
    signer: str,
    path: str | Path,
    lang: str = "vi",
    day: datetime | None = None,
) -> Path:
    paper = state.paper
    assert paper is not None
    document = party.new_document()
    lines = tuple(x for x in (congress.organization, congress.congress_name) if x) + (
        text("entry_log.committee", lang),
    )
    day = day or (rows[-1].at if rows else datetime.now())
    number = text("entry_log.number", lang, station=state.station)
    party.party_header(document, party.IssuingBody.of(congress, lines, number, day, lang))
    party.title(
        document, text("entry_log.title", lang), [text("entry_log.subject", lang, body=paper.body, n=paper.round_no)]
    )
    party.text(document, text("entry_log.station", lang, station=state.station), bold=True, align="left")
    party.text(
        document, text("entry_log.journal", lang, file=source, run=run, events=events), size=12, align="left", after=0
    )
    party.text(document, head_hash, size=11, align="left")
    party.text(
        document,
        text("entry_log.figures", lang, entered=figures.entered, valid=figures.valid, invalid=figures.invalid),
        align="left",
        after=0,
    )
    for code, n in figures.invalid_reasons.items():
        party.text(
            document,
            text("entry_log.reason", lang, reason=reason_text(code, lang), n=n),
            size=12,
            align="left",
            after=0,
        )
    party.text(document, "", after=4)
    header = [text(f"entry_log.header.{column}", lang) for column in ("ballot", "time", "shown", "verdict", "note")]
    party.grid(
        document,
        header,
        [[str(r.number), f"{r.at:%H:%M:%S}", r.shown, r.verdict, r.note] for r in rows],
        [Mm(w) for w in (16, 20, 56, 34, 34)],
        align=["center", "center", "left", "left", "left"],
        size=11,
    )
    party.text(document, "", after=6)
    head = (text("entry_log.sign_head", lang), text("entry_log.sign_head_role", lang), signer)
    party.signatures(document, [(text("entry_log.sign_operators", lang), ""), head], lang=lang)
    path = Path(path)
    party.save(document, path)
    return path

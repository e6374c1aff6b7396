"""The minutes' (and the review's) number and code (số và ký hiệu) follow the organisation the program's heading names: the
Party's "Số 01-BB/ĐH", the youth union's "Số: 01-BB/ĐH", a trade union's (the state's order) "Số: 01/BB-ĐH",
a body with no national heading "Số: 01"; English "No." with the same reference. The counting records
continue the one sequence with the counting committee's code."""

from __future__ import annotations

from dataclasses import replace

import pytest
from docx import Document

from presidium.core.clock import FakeClock
from presidium.core.minutes import build_minutes, document_number
from presidium.core.program import PARTY_HEADING, YOUTH_HEADING
from presidium.core.review import RunInfo, build_review
from presidium.infra.export_minutes import write_minutes
from presidium.infra.export_review import write_review
from support.programs import NAMES, planned_start, program_with_votes

STATE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

# heading, motto -> the minutes' number in Vietnamese and English, then the counting record's
FORMS = {
    "party": ((PARTY_HEADING, ""), ("Số 01-BB/ĐH", "No. 01-BB/ĐH", "Số 02-BB/BKP", "No. 02-BB/BKP")),
    "youth": ((YOUTH_HEADING, ""), ("Số: 01-BB/ĐH", "No. 01-BB/ĐH", "Số: 02-BB/BKP", "No. 02-BB/BKP")),
    "trade union": ((STATE, MOTTO), ("Số: 01/BB-ĐH", "No. 01/BB-ĐH", "Số: 02/BB-BKP", "No. 02/BB-BKP")),
    "no heading": (("", ""), ("Số: 01", "No. 01", "Số: 02", "No. 02")),
}


def _run(tmp_path, heading, motto):
    from presidium.app.session import CongressSession

    base = program_with_votes()
    program = replace(base, congress=replace(base.congress, heading=heading, motto=motto))
    session = CongressSession.open(program, tmp_path / "j.db", clock=FakeClock(planned_start(program)))
    session.start()
    session.record_vote(140, 3, 2)
    session.next()
    session.record_ballot(145, 145, 0, {NAMES[0]: 140, NAMES[1]: 120, NAMES[2]: 100})
    session.next()
    session.finish()
    return session


@pytest.mark.parametrize("organisation", list(FORMS))
def test_the_minutes_and_counting_records_are_numbered_as_the_organisation_writes(tmp_path, organisation):
    (heading, motto), (vi, en, counting_vi, counting_en) = FORMS[organisation]
    session = _run(tmp_path, heading, motto)
    try:
        minutes_vi = build_minutes(session.program, session.state, lang="vi")
        minutes_en = build_minutes(session.program, session.state, lang="en")
        assert minutes_vi.header.number == vi
        assert minutes_en.header.number == en
        assert minutes_vi.counting_numbers == (counting_vi,)
        assert minutes_en.counting_numbers == (counting_en,)
        for lang, number in (("vi", vi), ("en", en)):
            out = tmp_path / f"bien-ban-{lang}.docx"
            write_minutes(build_minutes(session.program, session.state, lang=lang), out, lang)
            header = Document(str(out)).tables[0].rows[0].cells[0]
            assert [p.text for p in header.paragraphs if p.text.strip()][-1] == number
    finally:
        session.close()


def test_a_later_number_keeps_two_digits_and_the_form():
    assert document_number(7, "party") == "Số 07-BB/ĐH"
    assert document_number(12, "state", "BKP") == "Số: 12/BB-BKP"
    assert document_number(3, "youth", lang="en") == "No. 03-BB/ĐH"


# heading, motto -> the review's number, left blank to fill by hand
REVIEW_FORMS = {
    "party": ((PARTY_HEADING, ""), "Số        -BC/ĐCT"),
    "youth": ((YOUTH_HEADING, ""), "Số:        -BC/ĐCT"),
    "trade union": ((STATE, MOTTO), "Số:        /BC-ĐCT"),
    "no heading": (("", ""), "Số:"),
}


@pytest.mark.parametrize("organisation", list(REVIEW_FORMS))
def test_the_review_leaves_its_number_blank_in_the_organisations_form(tmp_path, organisation):
    (heading, motto), number = REVIEW_FORMS[organisation]
    session = _run(tmp_path, heading, motto)
    try:
        review = build_review(session.program, RunInfo(session.run_id, "live", None, None), session.state)
        for lang, said in (("vi", number), ("en", "No.")):
            out = write_review(review, tmp_path / f"review-{lang}.docx", lang)
            header = Document(str(out)).tables[0].rows[0].cells[0]
            assert [p.text.strip() for p in header.paragraphs if p.text.strip()][-1] == said
    finally:
        session.close()

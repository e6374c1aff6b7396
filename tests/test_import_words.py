"""The everyday forms the importer reads: durations, times, headings, presenters, blanks; and the TOML it writes."""

from __future__ import annotations

import tomllib
from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from presidium.core.importing import lines
from presidium.core.importing.blanks import from_print, label_from_print, to_print
from presidium.core.importing.tables import meaning_of
from presidium.core.importing.toml_out import basic, guess_kind, multiline, slug
from presidium.core.importing.words import clean, parse_clock_range, parse_duration_text, strip_accents


@pytest.mark.parametrize(
    "text, seconds",
    [
        ("5 phút", 300),
        ("5'", 300),
        ("05 ph", 300),
        ("45p", 2700),
        ("1 giờ 30 phút", 5400),
        ("1h30", 5400),
        ("1,5 giờ", 5400),
        ("90 giây", 90),
        ("1 phút 30 giây", 90),
        ("2 tiếng", 7200),
        ("5m", 300),
        ("1h30m", 5400),
        ("0:45", 2700),
        ("15", 900),
        ("10 min", 600),
    ],
)
def test_durations_as_people_type_them(text, seconds):
    assert parse_duration_text(text) == seconds


@pytest.mark.parametrize("text", ["", "Chào cờ", "0 phút", "5000 phút", "13 giờ", "5 phút rồi 3", "-5"])
def test_what_is_not_a_duration_an_item_can_have(text):
    assert parse_duration_text(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("07:30–07:35", (time(7, 30), time(7, 35))),
        ("7h30 - 7h35", (time(7, 30), time(7, 35))),
        ("Từ 7 giờ 30 đến 8 giờ", (time(7, 30), time(8, 0))),
        ("7h30", (time(7, 30), None)),
        ("7 giờ 30", (time(7, 30), None)),
        ("8 giờ 15 phút", (time(8, 15), None)),
        ("7h", (time(7, 0), None)),
        ("25h00", (None, None)),
        ("Nội dung", (None, None)),
    ],
)
def test_times_of_day_and_spans(text, expected):
    assert parse_clock_range(text) == expected


def test_headers_are_known_with_or_without_diacritics():
    assert [
        meaning_of(h)
        for h in (
            "STT",
            "NỘI DUNG",
            "NGUOI DIEU HANH",
            "Người thực hiện",
            "Lời dẫn",
            "Phân công",
            "Thời gian",
            "Thời lượng (phút)",
            "Ghi chú",
            "Presenter",
            "Duration",
            "Xếp loại",
        )
    ] == ["number", "title", "by", "by", "script", "by", "time", "duration", "notes", "by", "duration", None]


def test_session_markers_and_headings():
    for marker in ("PHIÊN TRÙ BỊ", "A. PHẦN TRÙ BỊ", "PHẦN I", "I- PHIÊN CHÍNH THỨC", "Phien chinh thuc", "BUỔI CHIỀU"):
        assert lines.is_session_title(marker), marker
    assert not lines.is_session_title(
        "Phiên trù bị đã hoàn thành toàn bộ nội dung đề ra, Đại hội đã bầu Đoàn Chủ tịch;"
    )
    assert lines.marker("II- Khai mạc") == lines.Marker("roman", 2, "Khai mạc")
    assert lines.marker("3. Chào cờ") == lines.Marker("arabic", 3, "Chào cờ")
    assert lines.is_program_part("A- CHƯƠNG TRÌNH") and lines.is_steps_part("B- CÁC BƯỚC CHI TIẾT")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Đồng chí Nguyễn Văn An điều hành", "Nguyễn Văn An"),
        ("(Đ/c Trần Bình trình bày)", "Trần Bình"),
        ("Người thực hiện: Trung tá Ngô Văn Lực (Trưởng ban)", "Trung tá Ngô Văn Lực (Trưởng ban)"),
        ("Phân công: Đ/c Hà", "Đ/c Hà"),
        ("Kính thưa đồng chí Nguyễn Văn An", None),
        ("Xin mời đồng chí Nguyễn Văn An trình bày", None),
    ],
)
def test_presenter_lines(text, name):
    assert lines.presenter(text) == name


def test_accents_are_stripped_character_for_character():
    text = "Đại hội ĐẢNG bộ — Nghị quyết"
    plain = strip_accents(text)
    assert plain == "dai hoi dang bo — nghi quyet" and len(plain) == len(text)


def test_what_is_typed_is_cleaned_and_bounded():
    assert clean("  Kính\u00a0thưa\u200b  Đại hội\x07 \r\nXin mời ") == "Kính thưa Đại hội\nXin mời"
    assert len(clean("x" * 100_000)) == 20_000


def test_blanks_both_ways():
    script = "Với [số]/{convened} đồng chí; mời [họ tên]; (Vỗ tay.) [……] và {next.title}"
    printed = to_print(script)
    assert printed == (
        "Với …… (số)/…… (số đại biểu được triệu tập) đồng chí; mời …… (họ tên); (Vỗ tay.) …… "
        "và …… (tên nội dung tiếp theo)"
    )
    assert from_print(printed) == script
    # what offices type: dots of any kind are a blank; "..." and a lone "…" are an ellipsis
    assert from_print("Mời đ/c ........ lên; đ/c ……… (Trưởng ban) ...") == "Mời đ/c [……] lên; đ/c [……] (Trưởng ban) ..."
    assert from_print("Chào mừng các đồng chí… (Vỗ tay)") == "Chào mừng các đồng chí… (Vỗ tay)"
    assert from_print("Dấu {lạ}") == "Dấu {{lạ}}"  # never a placeholder by accident
    # a blank at the end of a sentence keeps the sentence's full stop
    assert from_print("đại diện Đảng ủy ……. Xin chào mừng") == "đại diện Đảng ủy [……]. Xin chào mừng"


def test_presenters_and_titles_keep_their_dotted_blanks():
    assert label_from_print("Đồng chí ……, Bí thư Chi bộ nhiệm kỳ ……") == "Đồng chí ……, Bí thư Chi bộ nhiệm kỳ ……"
    assert label_from_print("Đ/c ........ (Trưởng ban)") == "Đ/c …… (Trưởng ban)"
    assert label_from_print("Bầu Ban Chấp hành khóa …… (nhiệm kỳ)") == "Bầu Ban Chấp hành khóa {congress.term}"


def test_a_sentence_opening_with_a_session_word_is_not_a_session():
    assert not lines.is_session_title(
        "Phiên trù bị đã hoàn thành toàn bộ nội dung đề ra. Thay mặt Đoàn Chủ tịch, tôi tuyên bố kết thúc phiên trù bị."
    )
    assert not lines.is_session_title("Phần tiếp theo là báo cáo của Ban Chấp hành về kết quả thực hiện nghị quyết.")
    assert lines.is_session_title("II. PHIÊN CHÍNH THỨC (ngày 15.7.2025)")
    assert lines.is_session_title("PHIÊN BẾ MẠC.")


def test_kinds_and_ids_from_titles():
    assert [
        guess_kind(t)
        for t in (
            "Chào cờ",
            "Giải lao",
            "Bầu Ban Chấp hành Đảng bộ khóa XIII",
            "Bầu Đoàn Chủ tịch",
            "Thông qua Nghị quyết Đại hội",
            "Thảo luận, tham luận",
            "Báo cáo chính trị",
            "Diễn văn khai mạc",
            "Bế mạc",
            "Công bố kết quả bầu cử",
            "Phát thẻ",
        )
    ] == [
        "ceremony",
        "break",
        "election",
        "vote",
        "vote",
        "discussion",
        "report",
        "speech",
        "announcement",
        "announcement",
        "procedure",
    ]
    assert slug("Bầu Đoàn Chủ tịch Đại hội") == "bau-doan-chu-tich-dai-hoi"
    assert len(slug("Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ khóa XII")) <= 40


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_any_text_survives_the_toml_writer(text):
    for write in (basic, multiline):
        assert tomllib.loads("k = " + write(text))["k"] == text


@given(
    st.lists(
        st.sampled_from(
            [
                "Kính thưa ",
                "[số]",
                "{present}",
                "(Vỗ tay)",
                "……",
                "đồng chí",
                " ",
                "\n",
                "[họ tên]",
                "{election.seats}",
                "!",
                "1/2",
            ]
        ),
        max_size=12,
    )
)
def test_printed_scripts_read_back_as_written(parts):
    script = " ".join(parts)  # two blanks with nothing between them print as one run of dots
    # a bare "……" in a script is kept as the blank "[……]" (the documented tolerance)
    assert from_print(to_print(script)) == script.replace("[……]", "……").replace("……", "[……]")


FRAGMENTS = [
    "PHIÊN TRÙ BỊ",
    "A. PHẦN",
    "I-",
    "1.",
    "2)",
    "Chào cờ",
    "(Vỗ tay)",
    "Kính thưa Đại hội!",
    "Đ/c",
    "……",
    "điều hành",
    "Thời gian:",
    "7h30",
    "–",
    "8 giờ",
    "(5 phút)",
    "Ghi chú:",
    "Biểu quyết:",
    "Bầu cử:",
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    "B- CÁC BƯỚC CHI TIẾT",
    "A- CHƯƠNG TRÌNH",
    "STT",
    "Nội dung",
    "Lời dẫn",
    "Phân công",
    "Thời lượng",
    "T/M BAN THƯỜNG VỤ",
    "ngày 15/7/2025",
    "\n",
    " ",
    "trên 1/2",
    "tổng số đại biểu được triệu tập",
    "Danh sách bầu cử (2 người):",
    ";",
    "99:99",
    "0 phút",
    "\u200b",
    "“",
    "”",
]
texts = st.lists(st.sampled_from(FRAGMENTS), max_size=8).map(" ".join)


@given(
    st.lists(
        st.one_of(
            st.tuples(texts, st.booleans()), st.lists(st.lists(texts, min_size=1, max_size=4), min_size=1, max_size=5)
        ),
        max_size=25,
    )
)
def test_no_document_makes_the_recognisers_fail(blocks):
    """Whatever paragraphs and tables a document holds, the import gives a draft and a loadable-or-listed
    program text, never an exception."""
    from presidium.core.importing.model import Para, Row, Table
    from presidium.core.importing.recognise import recognise, recognise_sheets, summary
    from presidium.core.importing.toml_out import program_toml
    from presidium.core.loader import load_program_text
    from presidium.core.problems import ProgramError

    values, paragraphs, tables = [], 0, 0
    for block in blocks:
        if isinstance(block, tuple):
            paragraphs += 1
            values.append(Para(paragraphs, clean(block[0]), bold=block[1]))
        else:
            tables += 1
            values.append(Table(tables, tuple(Row(i + 1, tuple(clean(c) for c in row)) for i, row in enumerate(block))))
    for draft in (recognise(values), recognise_sheets([v for v in values if isinstance(v, Table)])):
        assert summary(draft).message("vi")
        try:
            load_program_text(program_toml(draft, "x.docx"))
        except ProgramError as error:
            assert all(
                problem.code != "problem.syntax" for problem in error.problems
            )  # the TOML itself is always valid


def test_printed_figure_hints_are_the_vocabularys_words_and_older_english_hints_still_read_back():
    from presidium.core.importing.blanks import printed_blank

    assert printed_blank("present", "vi") == "…… (số đại biểu có mặt)"
    # the English hints said "members present", "seats to fill" where the vocabulary says "delegates present", "seats"
    assert printed_blank("present", "en") == "…… (delegates present)"
    assert printed_blank("election.seats", "en") == "…… (seats)"
    script = "Có {present}/{convened} đồng chí; bầu {election.seats} người."
    assert from_print(to_print(script, "en")) == script
    assert from_print("Có …… (members present)/…… (members convened) đồng chí; bầu …… (seats to fill) người.") == script

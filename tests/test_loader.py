"""The program loader: good files load with their computed plan; every broken file in the gallery gets
exactly the messages a person needs, with the line, and never a traceback."""

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from presidium.core.loader import load_program, load_program_text
from presidium.core.problems import ProgramError

PROGRAMS = Path(__file__).parent / "programs"
MINIMAL = PROGRAMS / "minimal.toml"

# Each broken file in tests/programs/broken/ and the exact lines `validate` must print for it
# (after the file name). Files with several faults must report all of them at once.
GALLERY = {
    "bad-duration": [
        "26: item 'chao-co': 'duration' = '5 phút' is not a duration; write it like 5m, 1h30m or 90s",
    ],
    "bad-fraction": [
        "12: rule 'motion': 'fraction' = 'một nửa' is not a fraction between 0 and 1; write it like \"1/2\", \"2/3\"",
    ],
    "bad-start": [
        "20: session 'chinh-thuc': 'start' = '7h30' is not a time of day; write it like 07:30",
    ],
    "duplicate-item-id": [
        "31: item 'chao-co': id 'chao-co' is used twice (first at line 23)",
    ],
    "empty-session": [
        "16: session 'chinh-thuc': the session has no item ([[session.item]])",
    ],
    "guests-not-a-list": [
        "10: [congress]: 'guests' must be a list of strings, got 'Đồng chí Trần Văn Hải, Phó Bí thư Thành ủy'",
    ],
    "many-problems": [
        "26: item 'chao-co': 'duration' = 'năm phút' is not a duration; write it like 5m, 1h30m or 90s",
        "33: item 'thong-qua-chuong-trinh': unknown kind 'biểu quyết'; use one of: ceremony, procedure, report, speech, discussion, vote, election, announcement, break",
        "44: item 'bau-bch': 'seats' must be at least 1, got -1",
        "52: card 'mat-dien': 'regulation articles' refers to article 'qclv-6', which does not exist (did you mean 'qclv-5'?)",
    ],
    "missing-title": [
        "22: item 'chao-co': missing required field 'title' (write title = …)",
    ],
    "newer-format": [
        "2: format = 2: this file is for a newer Presidium (this version reads format = 1)",
    ],
    "signers-not-a-table": [
        "10: [congress]: 'signers' must be a table, got 'Đồng chí Lê Thị Hồng'",
    ],
    "signers-typo": [
        "13: [congress]: unknown field 'signers.secretary' (did you mean 'signers.secretariat'?)",
        "14: [congress]: 'signer for the counting committee' must be a string, got […]",
    ],
    "surplus": [
        "46: item 'bau-bch': the list has 5 candidates for 3 seats, over the surplus cap of 30% of the seats, "
        "one name for a body of 3 to 5 seats (at most 4)",
    ],
    "syntax-error": [
        '25: TOML syntax error (column 17): a quote opened on this line is never closed; add " at the end of the '
        'value (text of several lines goes between """ and """)',
    ],
    "typo-field": [
        "30: item 'thong-qua-chuong-trinh': missing required field 'duration' (write duration = …)",
        "34: item 'thong-qua-chuong-trinh': unknown field 'durtion' (did you mean 'duration'?)",
    ],
    "unknown-article": [
        "52: card 'mat-dien': 'regulation articles' refers to article 'qclv-9', which does not exist (did you mean 'qclv-5'?)",
    ],
    "unknown-base": [
        "13: rule 'motion': unknown base 'delegates'; use one of: convened, present, valid, cast",
    ],
    "unknown-card": [
        "28: item 'chao-co': 'contingency cards' refers to card 'mat-dien-2', which does not exist (did you mean 'mat-dien'?)",
    ],
    "unknown-kind": [
        "25: item 'chao-co': unknown kind 'ceremoni'; use one of: ceremony, procedure, report, speech, discussion, vote, election, announcement, break",
    ],
    "unknown-placeholder": [
        "27: item 'chao-co': 'script' uses the unknown placeholder {presnt} (did you mean 'present'?); write {{ and }} for literal braces",
    ],
    "unknown-rule": [
        "35: item 'thong-qua-chuong-trinh': 'vote rule' refers to rule 'majority', which does not exist",
    ],
    "vote-item-without-vote": [
        "30: item 'thong-qua-chuong-trinh': an item of kind 'vote' needs 'vote'",
    ],
    "vote-without-rule": [
        "35: item 'thong-qua-chuong-trinh': missing required field 'vote rule' (write vote.rule = …)",
    ],
    "wrong-type-convened": [
        "9: [congress]: 'delegates convened' must be a whole number, got 'chín'",
    ],
    "zero-seats": [
        "44: item 'bau-bch': 'seats' must be at least 1, got 0",
    ],
}


def problems_of(path: Path, lang: str = "en") -> list[str]:
    with pytest.raises(ProgramError) as caught:
        load_program(path)
    return [problem.text(lang).removeprefix(f"{path}:") for problem in caught.value.problems]


@pytest.mark.parametrize("name", sorted(GALLERY))
def test_broken_file_gets_exact_messages(name):
    assert problems_of(PROGRAMS / "broken" / f"{name}.toml") == GALLERY[name]


def test_gallery_covers_every_broken_file():
    on_disk = {path.stem for path in (PROGRAMS / "broken").glob("*.toml")}
    assert on_disk == set(GALLERY)


def test_messages_are_vietnamese_by_default():
    assert problems_of(PROGRAMS / "broken" / "bad-duration.toml", lang="vi") == [
        "26: mục 'chao-co': 'thời lượng' = '5 phút' không phải thời lượng; viết như 5m, 1h30m hoặc 90s"
    ]
    assert problems_of(PROGRAMS / "broken" / "unknown-card.toml", lang="vi") == [
        "28: mục 'chao-co': 'thẻ tình huống' nhắc đến thẻ tình huống 'mat-dien-2' không tồn tại (có phải là 'mat-dien'?)"
    ]


def test_guests_and_signers_load_and_are_optional():
    plain = load_program(MINIMAL).congress
    assert plain.guests == () and (plain.signers.presidium, plain.signers.secretariat, plain.signers.counting) == (
        "",
        "",
        "",
    )
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "delegates_convened = 9\n",
        """delegates_convened = 9
guests = ["Đồng chí Trần Văn Hải, Phó Bí thư Thành ủy", "Đồng chí Ngô Thị Lan, Trưởng Ban Tổ chức Thành ủy"]

[congress.signers]
presidium = "Đồng chí Lê Thị Hồng"
secretariat = "Đồng chí Phạm Minh Châu"
counting = "Đồng chí Võ Thanh Tùng"
""",
        1,
    )
    congress = load_program_text(text).congress
    assert congress.guests == (
        "Đồng chí Trần Văn Hải, Phó Bí thư Thành ủy",
        "Đồng chí Ngô Thị Lan, Trưởng Ban Tổ chức Thành ủy",
    )
    assert congress.signers.presidium == "Đồng chí Lê Thị Hồng"
    assert congress.signers.secretariat == "Đồng chí Phạm Minh Châu"
    assert congress.signers.counting == "Đồng chí Võ Thanh Tùng"


def test_signers_inline_or_after_other_tables():
    text = MINIMAL.read_text(encoding="utf-8")
    inline = load_program_text(
        text.replace(
            "delegates_convened = 9\n", 'delegates_convened = 9\nsigners = { secretariat = "Phạm Minh Châu" }\n', 1
        )
    )
    assert (inline.congress.signers.secretariat, inline.congress.signers.presidium) == ("Phạm Minh Châu", "")
    later = load_program_text(text + '\n[congress.signers]\ncounting = "Võ Thanh Tùng"\n')
    assert later.congress.signers.counting == "Võ Thanh Tùng"


def test_a_wrong_inline_signer_is_located_on_the_signers_line():
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "delegates_convened = 9\n", 'delegates_convened = 9\nsigners = { presidium = 1, chair = "An" }\n', 1
    )
    with pytest.raises(ProgramError) as caught:
        load_program_text(text, "p.toml")
    assert [p.text("vi") for p in caught.value.problems] == [
        "p.toml:10: [congress]: trường 'signers.chair' không có trong định dạng",
        "p.toml:10: [congress]: 'người ký thay mặt Đoàn Chủ tịch' phải là một chuỗi văn bản, nhưng đang là 1",
    ]


def test_minimal_program_plans_each_item_from_the_session_start():
    program = load_program(MINIMAL)
    starts = [(slot.item.id, slot.start, slot.end) for slot in program.schedule]
    assert starts == [
        ("chao-co", datetime(2025, 7, 7, 7, 30), datetime(2025, 7, 7, 7, 35)),
        ("thong-qua-chuong-trinh", datetime(2025, 7, 7, 7, 35), datetime(2025, 7, 7, 7, 38)),
        ("bau-bch", datetime(2025, 7, 7, 7, 38), datetime(2025, 7, 7, 8, 38)),
    ]
    assert program.item("bau-bch").election.seats == 3
    assert program.item("thong-qua-chuong-trinh").vote.rule == "motion"
    assert program.rules["motion"].strict is True


def test_fingerprint_changes_with_any_edit():
    text = MINIMAL.read_text(encoding="utf-8")
    original = load_program_text(text).fingerprint
    assert load_program_text(text).fingerprint == original
    assert load_program_text(text.replace("5m", "6m")).fingerprint != original
    assert len(original) == 64


def with_discussion(fields_and_speakers: str) -> str:
    """The minimal program with a discussion item added after the others."""
    return MINIMAL.read_text(encoding="utf-8").replace(
        "[[card]]",
        """
[[session.item]]
id = "thao-luan"
title = "Thảo luận"
kind = "discussion"
duration = "30m"
"""
        + fields_and_speakers
        + """
[[card]]""",
        1,
    )


def test_discussion_speakers_and_allowance():
    text = with_discussion("""speaker_allowance = "7m"
[[session.item.speaker]]
name = "Nguyễn Văn An"
unit = "Ban Chỉ huy Quân sự huyện"
topic = "Công tác huấn luyện"
[[session.item.speaker]]
name = "Trần Thị Bình"
duration = "10m"
""")
    item = load_program_text(text).item("thao-luan")
    assert item.speaker_allowance == 420
    assert [(s.name, s.seconds) for s in item.speakers] == [("Nguyễn Văn An", None), ("Trần Thị Bình", 600)]


def test_speaker_with_a_bad_duration_is_located_on_its_own_line():
    text = with_discussion("""[[session.item.speaker]]
name = "Nguyễn Văn An"
duration = "mười phút"
""")
    with pytest.raises(ProgramError) as caught:
        load_program_text(text, "p.toml")
    line = text.splitlines().index('duration = "mười phút"') + 1
    assert [p.text("en") for p in caught.value.problems] == [
        f"p.toml:{line}: item 'thao-luan': 'speaking time' = 'mười phút' is not a duration; write it like 5m, 1h30m or 90s"
    ]


def test_missing_file_is_a_message_not_a_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "presidium", "--lang", "en", "validate", str(tmp_path / "none.toml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "cannot read the file" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_prints_file_line_messages_and_exits_1():
    broken = PROGRAMS / "broken" / "many-problems.toml"
    result = subprocess.run(
        [sys.executable, "-m", "presidium", "--lang", "en", "validate", str(broken)], capture_output=True, text=True
    )
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[:-1] == [f"{broken}:{line}" for line in GALLERY["many-problems"]]
    assert lines[-1] == f"{broken}: 4 problems"


def test_validate_summarises_a_good_program():
    result = subprocess.run(
        [sys.executable, "-m", "presidium", "--lang", "en", "validate", str(MINIMAL)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:3] == [
        f"{MINIMAL}: valid — 1 session, 3 items, 1 contingency card, 1 vote rule",
        "  Phiên chính thức (2025-07-07): 3 items, 1h8m, 07:30–08:38",
        "  rule 'motion': more than 1/2 of delegates convened",
    ]


def test_a_file_saved_by_windows_notepad_loads(tmp_path):
    """UTF-8 with a byte-order mark and CRLF line ends, as older Windows editors save it."""
    windows = tmp_path / "notepad.toml"
    windows.write_bytes(b"\xef\xbb\xbf" + MINIMAL.read_bytes().replace(b"\n", b"\r\n"))
    program = load_program(windows)
    assert [item.id for item in program.items] == ["chao-co", "thong-qua-chuong-trinh", "bau-bch"]
    assert program.item("chao-co").line == load_program(MINIMAL).item("chao-co").line == 22  # same lines


def test_a_file_that_is_not_utf8_says_so(tmp_path):
    latin = tmp_path / "latin.toml"
    latin.write_bytes(MINIMAL.read_text(encoding="utf-8").encode("cp1258", errors="replace"))
    with pytest.raises(ProgramError) as caught:
        load_program(latin)
    (problem,) = caught.value.problems
    first = next(
        number for number, line in enumerate(MINIMAL.read_text(encoding="utf-8").splitlines(), 1) if not line.isascii()
    )
    assert problem.line == first  # the line with the first character saved in another encoding
    assert "không được lưu dưới dạng UTF-8" in problem.text("vi") and "Mã hoá" in problem.text("vi")
    assert "codec" not in problem.text("en") and "Save As" in problem.text("en")


def test_dotted_keys_are_located_on_their_own_line():
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "delegates_convened = 9\n",
        'delegates_convened = 9\nsigners.presidium = "Đại tá Nguyễn Hữu Thành"\nsigners.counting = 5\n',
    )
    with pytest.raises(ProgramError) as caught:
        load_program_text(text, "p.toml")
    line = text.splitlines().index("signers.counting = 5") + 1
    assert [p.text("en") for p in caught.value.problems] == [
        f"p.toml:{line}: [congress]: 'signer for the counting committee' must be a string, got 5"
    ]


def test_members_and_a_two_line_heading_load():
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "delegates_convened = 9\n",
        """delegates_convened = 9
heading = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
members = { presidium = ["Lê Thị  Hồng", ""], counting = ["Võ Thanh Tùng"] }
""",
        1,
    )
    congress = load_program_text(text).congress
    assert (congress.heading, congress.motto, congress.mark) == (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
    )
    assert (congress.members.presidium, congress.members.secretariat, congress.members.counting) == (
        ("Lê Thị Hồng",),
        (),
        ("Võ Thanh Tùng",),
    )
    plain = load_program(MINIMAL).congress
    assert (plain.mark, plain.motto, bool(plain.members)) == ("*", "", False)


def test_wrong_members_and_heading_are_said_in_either_language():
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "delegates_convened = 9\n",
        """delegates_convened = 9
heading = ["A", "B", "C"]
members = { presidium = "Lê Thị Hồng", secretary = ["An"] }
""",
        1,
    )
    with pytest.raises(ProgramError) as caught:
        load_program_text(text, "p.toml")
    assert [p.text("vi") for p in caught.value.problems] == [
        "p.toml:10: [congress]: 'quốc hiệu / tiêu đề văn bản' phải là một chuỗi hoặc một danh sách hai chuỗi (quốc hiệu, tiêu ngữ), "
        "nhưng đang là […]",
        "p.toml:11: [congress]: trường 'members.secretary' không có trong định dạng (có phải là 'members.secretariat'?)",
        "p.toml:11: [congress]: 'thành viên Đoàn Chủ tịch' phải là một danh sách chuỗi, nhưng đang là 'Lê Thị Hồng'",
    ]
    assert (
        caught.value.problems[0]
        .text("en")
        .endswith("must be a string or a list of two strings (national name, motto), got […]")
    )

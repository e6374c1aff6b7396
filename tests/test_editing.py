"""The editor's Qt-free draft: typed input checked where it enters, edits that re-run the loader's checks,
the plan recomputed, problems located on their node; and the file kept as the person wrote it."""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from presidium.app.samples import sample_path
from presidium.core.durations import format_duration
from presidium.core.editing import ProgramDraft
from presidium.core.entry import EntryError, candidate_names, clean_line, slug, spoken_duration, unique_id
from presidium.core.loader import load_program_text
from presidium.infra.program_file import (
    draft_of_text,
    pending_recovery,
    read_draft,
    recovery_path,
    save_text,
    text_of,
    write_recovery,
)
from support import bundled

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
# Every bundled program: the samples and the templates.
SAMPLES = bundled.programs()


@pytest.mark.parametrize(
    "typed,stored",
    [
        ("5 phút", "5m"),
        ("1h30", "1h30m"),
        ("90s", "1m30s"),
        ("5m", "5m"),
        ("1 giờ 30 phút", "1h30m"),
        ("5", "5m"),
        ("1,5 giờ", "1h30m"),
        ("2m30", "2m30s"),
        ("45 ph", "45m"),
        ("2 tiếng", "2h"),
        ("10 min", "10m"),
    ],
)
def test_durations_are_read_as_people_type_them(typed, stored):
    assert format_duration(spoken_duration(typed)) == stored  # as the editor's fields store it


@pytest.mark.parametrize(
    "typed,code",
    [
        ("", "empty-duration"),
        ("năm phút", "bad-duration"),
        ("0", "zero-duration"),
        ("30h", "long-duration"),
        ("5 x", "bad-duration"),
        ("1h30x", "bad-duration"),
        ("9" * 30, "long-duration"),
    ],
)
def test_durations_no_congress_has_are_refused_in_both_languages(typed, code):
    with pytest.raises(EntryError) as refused:
        spoken_duration(typed)
    assert refused.value.code == f"entry.{code}"
    assert refused.value.message("vi") != refused.value.message("en")


def test_ids_come_from_titles_with_accents_folded_and_stay_unique():
    assert slug("Bầu Ban Chấp hành") == "bau-ban-chap-hanh"
    assert slug("Đại hội Đoàn — phiên thứ 2!") == "dai-hoi-doan-phien-thu-2"
    assert slug("“Chào cờ”") == "chao-co"
    assert unique_id("Chào cờ", ["chao-co", "chao-co-2"]) == "chao-co-3"
    assert slug("!!!", "muc") == "muc"


def test_text_is_bounded_and_control_characters_dropped():
    assert clean_line("Chào\x00 cờ\r\n") == "Chào cờ"
    with pytest.raises(EntryError):
        clean_line("x" * 600)


def test_a_pasted_candidate_list_is_sorted_in_ballot_order():
    paste = "1. Trần Thị Ánh\n2) Lê Văn Anh\n\n3\tNguyễn Văn Bình\tĐại tá\n• Hồ Xuân Bình\n"
    assert candidate_names(paste) == ["Lê Văn Anh", "Trần Thị Ánh", "Nguyễn Văn Bình", "Hồ Xuân Bình"]
    with pytest.raises(EntryError):
        candidate_names("Nguyễn Văn An\n" * 400_000)


def test_edits_re_run_the_checks_and_are_undone_by_their_return_value():
    draft, _ = read_draft(sample_path("en"))
    assert draft.problems() == []
    item = ("session", 0, "item", 2)
    previous = draft.set(item, "duration", "5 phút")
    problems = draft.problems()
    assert [p.code for p in problems] == ["problem.duration"]
    assert draft.locate(problems[0]) == (item, "duration")
    draft.set(item, "duration", previous)
    assert draft.problems() == []


def test_new_entries_get_unique_ids_and_move_between_sessions():
    draft, _ = read_draft(sample_path("vi"))
    first = draft.new("item", ("session", 0, "item"), 0, "Văn nghệ chào mừng", kind="ceremony")
    again = draft.new("item", ("session", 0, "item"), 1, "Văn nghệ chào mừng", kind="ceremony")
    assert draft.get(first, "id") == "van-nghe-chao-mung" and draft.get(again, "id") == "van-nghe-chao-mung-2"
    moved = draft.move(again, ("session", 1, "item"), 0)
    assert moved == ("session", 1, "item", 0) and draft.get(moved, "title") == "Văn nghệ chào mừng"
    copy = draft.duplicate(moved)
    assert draft.get(copy, "title") == "Văn nghệ chào mừng" and draft.get(copy, "id") == "van-nghe-chao-mung-3"
    assert draft.problems() == []
    program = load_program_text(text_of(draft))
    assert program.sessions[1].items[0].title == "Văn nghệ chào mừng"


def test_an_empty_title_and_an_unknown_rule_are_located_on_their_fields():
    draft, _ = read_draft(sample_path("en"))
    path = draft.new("item", ("session", 0, "item"), 3, "", kind="vote", vote={"question": "Q?", "rule": "nope"})
    located = {draft.locate(problem) for problem in draft.problems()}
    assert (path, "title") in located and (path, "vote.rule") in located


def test_the_timeline_flags_a_session_running_into_the_next():
    draft, _ = read_draft(sample_path("en"))
    evening = draft.new("session", ("session",), 1, "Late session", start="20:00")
    draft.new("item", evening + ("item",), 0, "Closing", duration="10m")
    timeline = draft.timeline(0)
    assert timeline.slots[0].start.strftime("%H:%M") == "18:30"
    assert timeline.end.strftime("%H:%M") == "20:41" and timeline.collides == "Late session"
    draft.set(("session", 0), "end", "20:30")
    assert draft.timeline(0).overrun
    draft.set(("session", 1), "start", "21:00")
    assert draft.timeline(0).collides is None
    assert draft.problems() == []


def test_a_plain_dict_draft_works_without_toml():
    draft = ProgramDraft({"congress": {"title": "T", "organization": "O", "delegates_convened": 10}, "session": []})
    session = draft.new("session", ("session",), 0, "Phiên 1")
    draft.new("item", session + ("item",), 0, "Khai mạc")
    assert draft.problems() == []
    assert draft.get(("session", 0, "item", 0), "id") == "khai-mac"


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_a_sample_saved_unchanged_is_byte_identical(path, tmp_path):
    draft, text = read_draft(path)
    out = tmp_path / path.name
    save_text(out, text_of(draft))
    assert out.read_bytes() == path.read_bytes()


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_one_changed_duration_changes_only_that_line(path):
    draft, text = read_draft(path)
    draft.set(("session", 0, "item", 1), "duration", "17m")
    changed = [line for line in difflib.ndiff(text.splitlines(), text_of(draft).splitlines()) if line[:1] in "+-"]
    assert len(changed) == 2 and changed[0].startswith("- duration") and changed[1] == '+ duration = "17m"'


def test_a_comment_on_the_changed_line_is_kept():
    draft = draft_of_text("[congress]\ndelegates_convened = 150   # on the register\n")
    draft.set(("congress",), "delegates_convened", 152)
    assert text_of(draft) == "[congress]\ndelegates_convened = 152   # on the register\n"


def test_save_keeps_the_previous_version_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "p.toml"
    save_text(path, "format = 1\n")
    save_text(path, "format = 1\n# two\n")
    assert path.read_text() == "format = 1\n# two\n"
    assert (tmp_path / "p.toml.bak").read_text() == "format = 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.toml", "p.toml.bak"]


def test_recovery_is_offered_only_when_it_differs_from_the_file(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text(sample_path("en").read_text(encoding="utf-8"), encoding="utf-8")
    assert pending_recovery(path) is None
    write_recovery(path, path.read_text(encoding="utf-8"))
    assert pending_recovery(path) is None
    write_recovery(path, path.read_text(encoding="utf-8") + "# unsaved\n")
    assert pending_recovery(path).endswith("# unsaved\n")
    assert recovery_path(path).name == ".p.toml.recovery.toml"


@pytest.mark.slow  # a real process killed
def test_a_killed_save_leaves_the_old_file_whole(tmp_path):
    """A process killed while saving over and over: the file is always one of the versions, never a mix."""
    path = tmp_path / "p.toml"
    make = '[f"# version {n}\\n" + "x = 1\\n" * 20_000 for n in range(2)]'
    versions = eval(make)
    path.write_text(versions[0])
    code = (
        f"from pathlib import Path\nfrom presidium.infra.program_file import save_text\n"
        f"texts = {make}\nprint('ready', flush=True)\nn = 0\n"
        f"while True:\n    save_text(Path({str(path)!r}), texts[n % 2]); n += 1\n"
        f"    print('saved', n, flush=True)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, env=dict(os.environ))
    assert child.stdout.readline().strip() == b"ready"
    # Kill once both versions were written over each other a few times, however fast the machine saves.
    line = b""
    while line.split() != [b"saved", b"4"]:
        line = child.stdout.readline()
        assert line, "the saving process stopped by itself"
    child.kill()
    child.wait()
    assert path.read_text() in versions


def test_a_new_entry_goes_above_the_comment_banner_of_the_next_section():
    draft, text = read_draft(sample_path("en"))
    evening = draft.new("session", ("session",), 1, "Evening session", start="21:00")
    draft.new("item", evening + ("item",), 0, "Closing words")
    out = text_of(draft)
    assert out.index('title = "Closing words"') < out.index("# Contingency cards") < out.index("[[card]]")
    assert load_program_text(out).sessions[1].items[0].title == "Closing words"


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_deleting_and_restoring_the_last_item_gives_the_file_back(path):
    draft, text = read_draft(path)
    last = (
        "session",
        draft.count(("session",)) - 1,
        "item",
        draft.count(("session", draft.count(("session",)) - 1, "item")) - 1,
    )
    table = draft.remove(last)
    assert "[[card]]" in text_of(draft) and text_of(draft).count("# ") == text.count("# ")  # no comment lost
    draft.insert(last[:3], last[3], table)
    assert text_of(draft) == text


def test_a_vote_rule_is_added_above_the_next_banner_and_removed_without_a_trace():
    draft, text = read_draft(sample_path("en"))
    path = draft.new_rule("hai phần ba")
    assert path == ("rules", "hai-phan-ba") and draft.new_rule("hai phần ba") == ("rules", "hai-phan-ba-2")
    draft.remove_rule("hai-phan-ba-2")
    draft.set(path, "fraction", "2/3")
    out = text_of(draft)
    assert out.index("[rules.hai-phan-ba]") < out.index("# The meeting") and draft.problems() == []
    draft.remove_rule("hai-phan-ba")
    assert text_of(draft) == text
    draft.remove_rule("special")  # an item votes by it: the checks say so
    assert {problem.code for problem in draft.problems()} == {"problem.unknown-ref"}

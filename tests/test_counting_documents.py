"""The counting committee's documents: ballot papers in both forms, the entry log, and the counting
record of the minutes naming the stations and their head hashes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from presidium.cli import main
from presidium.infra.journal import Journal
from support.counting import count, tally

PROGRAM = Path(__file__).parent / "programs" / "counting.toml"


def texts(path: Path) -> list[str]:
    document = Document(str(path))
    found = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            found += [line for cell in row.cells for line in cell.text.split("\n")]
    return found


def test_ballot_papers_with_surplus_list_the_names_in_order_with_the_seats(tmp_path, capsys):
    out = tmp_path / "phieu.docx"
    assert main(["ballots", str(PROGRAM), "--item", "bau-bch", "-o", str(out)]) == 0
    words = texts(out)
    assert words.count("PHIẾU BẦU") == 1  # 20 names: one ballot fills the page
    assert "(Số lượng cần bầu: 16 đồng chí)" in words
    assert any("gạch ngang cả họ và tên" in w for w in words)
    names = [w for w in words if w in ("Nguyễn Văn An", "Trần Thị Bình", "Chu Quang Vinh")]
    assert names == ["Nguyễn Văn An", "Trần Thị Bình", "Chu Quang Vinh"]
    assert "ĐẢNG BỘ PHƯỜNG BẾN THÀNH" in words and "ĐẢNG CỘNG SẢN VIỆT NAM" in words
    assert "có số dư" in capsys.readouterr().out


def test_ballot_papers_without_surplus_have_agree_and_disagree_columns_and_several_fit_a_page(tmp_path, capsys):
    out = tmp_path / "phieu.docx"
    assert main(["ballots", str(PROGRAM), "--item", "bau-ubkt", "-o", str(out)]) == 0
    words = texts(out)
    per_page = words.count("PHIẾU BẦU")
    assert per_page == 3  # three names: three ballots on the page (two would waste a third of the paper)
    assert sum("cắt theo đường này" in w for w in words) == per_page - 1
    assert main(["ballots", str(PROGRAM), "--item", "bau-ubkt", "-o", str(out), "--per-page", "9"]) == 1
    assert f"chỉ vừa {per_page} phiếu" in capsys.readouterr().err


def test_each_box_of_a_ballot_without_surplus_says_what_it_means_and_the_two_are_drawn_apart(tmp_path, capsys):
    out = tmp_path / "phieu.docx"
    assert main(["--lang", "en", "ballots", str(PROGRAM), "--item", "bau-ubkt", "-o", str(out)]) == 0
    document = Document(str(out))
    for table in document.tables[1::2]:  # each ballot: its header table, then the names
        head, *rows = table.rows
        assert [c.text for c in head.cells] == ["No.", "Name", "Agree", "Disagree"]
        assert [[c.text for c in row.cells[2:]] for row in rows] == [["Agree", "Disagree"]] * 3
        for row in [head, *rows]:
            agree, disagree = (c._tc.tcPr.find(qn("w:shd")) for c in row.cells[2:])
            assert agree is None and disagree is not None and disagree.get(qn("w:fill")) != "FFFFFF"
        label = rows[0].cells[3].paragraphs[0].runs[0].font
        assert label.size.pt < 12 and label.color.rgb is not None  # small and grey, under a voter's X
    said = [p.text for p in document.paragraphs if p.text.startswith("Mark one box")]
    assert said and all("Both boxes marked, or neither" in line for line in said)
    vi = tmp_path / "phieu-vi.docx"
    assert main(["ballots", str(PROGRAM), "--item", "bau-ubkt", "-o", str(vi)]) == 0
    words = texts(vi)
    assert words.count("Không đồng ý") == words.count("PHIẾU BẦU") * 4  # the head and the three boxes
    assert any("cả hai ô, hoặc không đánh dấu ô nào" in w for w in words)


def test_the_entry_log_prints_every_ballot_and_correction_with_the_head_hash(tmp_path, capsys):
    script = tmp_path / "a.txt"
    script.write_text("1 struck 1\n2 invalid torn\n3 struck 1 2\n", encoding="utf-8")
    args = [
        "count",
        str(PROGRAM),
        "--item",
        "bau-dai-bieu",
        "--station",
        "A",
        "--db",
        str(tmp_path / "a.sqlite"),
        "--script",
        str(script),
    ]
    assert main(args) == 0
    script.write_text("1 struck 1\n2 invalid torn\n3 struck 3\n", encoding="utf-8")
    assert main(args) == 0
    out = tmp_path / "nhat-ky.docx"
    assert main(["export", "entry-log", "--db", str(tmp_path / "a.sqlite"), "-o", str(out)]) == 0
    words = texts(out)
    with Journal.open(tmp_path / "a.sqlite", readonly=True) as journal:
        head = journal.db.execute("SELECT head_hash FROM runs").fetchone()[0]
    assert "NHẬT KÝ NHẬP PHIẾU" in words and head in words
    assert "gạch tên số 1" in words and "Ban Kiểm phiếu xác định không hợp lệ" in words
    assert any("Phiếu bị rách" in w for w in words)
    assert "nhập lại, đính chính (trước đó: gạch tên số 1, 2)" in words
    assert "NGƯỜI NHẬP PHIẾU" in words and "T/M BAN KIỂM PHIẾU" in words


def test_the_counting_record_names_the_stations_and_their_hashes(tmp_path, capsys):
    for station in "AB":
        assert count(tmp_path, station, ["1 struck 1", "2 struck 2"]) == 0
    result = tmp_path / "kq.json"
    assert tally(tmp_path, "--issued", "2", "-o", str(result), stations="AB") == 0
    actions = tmp_path / "actions.txt"
    actions.write_text(
        "00:00 start\n00:10 goto bau-dai-bieu\n00:20 ballot-result kq.json\n00:30 finish\n", encoding="utf-8"
    )
    assert main(["simulate", str(PROGRAM), "--db", str(tmp_path / "p.sqlite"), "--script", str(actions)]) == 0
    minutes = tmp_path / "bien-ban.docx"
    assert main(["export", "minutes", "--db", str(tmp_path / "p.sqlite"), "-o", str(minutes)]) == 0
    words = texts(minutes)
    stamps = json.loads(result.read_text(encoding="utf-8"))["stations"]
    assert any("tại 2 bàn độc lập" in w for w in words)
    for stamp in stamps:
        assert stamp["head_hash"] in words
        assert f"- Bàn {stamp['name']}: lượt {stamp['run']}, {stamp['head_seq']} sự kiện, mã băm cuối:" in words


@pytest.mark.parametrize("what", ["minutes", "review", "entry-log"])
def test_an_export_read_from_a_journal_without_db_says_so(what, tmp_path, capsys):
    assert main(["--lang", "en", "export", what, "-o", str(tmp_path / "out.docx")]) == 2
    assert "add --db FILE" in capsys.readouterr().err
    assert not (tmp_path / "out.docx").exists()


@pytest.mark.parametrize(
    "sample,mark,motto",
    [
        ("dai-hoi-doan-thanh-nien.toml", "***", None),
        ("dai-hoi-cong-doan-co-so.toml", None, "Độc lập - Tự do - Hạnh phúc"),
    ],
)
def test_ballot_papers_carry_the_organisations_mark_and_motto(tmp_path, sample, mark, motto):
    program = Path(__file__).resolve().parent.parent / "resources" / "samples" / sample
    out = tmp_path / "phieu.docx"
    assert main(["ballots", str(program), "--item", "bau-bch", "-o", str(out)]) == 0
    cells = [
        p.text.strip()
        for table in Document(str(out)).tables
        for row in table.rows
        for cell in row.cells
        for p in cell.paragraphs
    ]
    assert "*" not in cells  # the Party's star is the Party's alone
    if mark:
        assert mark in cells
    if motto:
        assert motto in cells

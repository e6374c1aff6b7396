"""A file the system cannot read is explained in the reader's language, not in the C library's English
("No such file or directory" used to end Vietnamese sentences)."""

from __future__ import annotations

import pytest

from presidium.cli import main


def _sample() -> str:
    from presidium.app.samples import sample_path

    return str(sample_path("vi"))


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["validate", "{missing}"], "không có tệp hoặc thư mục này"),
        (["simulate", "{sample}", "--db", "{db}", "--script", "{missing}"], "không có tệp hoặc thư mục này"),
    ],
)
def test_a_file_the_system_refuses_is_explained_in_vietnamese(tmp_path, capsys, argv, said):
    (tmp_path / "thu-muc.docx").mkdir()
    names = {
        "missing": str(tmp_path / "khong-co.toml"),
        "sample": _sample(),
        "db": str(tmp_path / "j.db"),
        "folder": str(tmp_path / "thu-muc.docx"),
        "out": str(tmp_path / "ra.toml"),
    }
    code = main(["--lang", "vi", *[part.format(**names) for part in argv]])
    printed = capsys.readouterr()
    text = printed.out + printed.err
    assert code != 0
    assert "No such file" not in text and "Is a directory" not in text
    assert said in text


def test_the_same_missing_file_is_said_in_english(tmp_path, capsys):
    assert main(["--lang", "en", "validate", str(tmp_path / "missing.toml")]) != 0
    assert "no such file or folder" in capsys.readouterr().err

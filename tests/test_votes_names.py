"""Vietnamese name order for candidate lists."""

import pytest

from presidium.core.names import NameFormatError, name_key, sort_names, split_name, word_key


def test_split_name():
    assert split_name("Nguyễn Thị Minh Khai") == ("Nguyễn", ("Thị", "Minh"), "Khai")
    assert split_name("  Lê   Văn Anh ") == ("Lê", ("Văn",), "Anh")
    assert split_name("Hoa") == ("", (), "Hoa")
    with pytest.raises(NameFormatError, match="empty"):
        split_name("   ")


def test_given_name_decides_first():
    # By family name Lê would come before Nguyễn and Trần; by given name it is An, Anh, Ánh, Bình.
    names = ["Trần Thị Ánh", "Nguyễn Văn Bình", "Lê Văn Anh", "Phạm Quốc An"]
    assert sort_names(names) == ["Phạm Quốc An", "Lê Văn Anh", "Trần Thị Ánh", "Nguyễn Văn Bình"]


def test_then_middle_then_family():
    names = ["Trần Văn Hùng", "Nguyễn Văn Hùng", "Lê Mạnh Hùng"]
    assert sort_names(names) == ["Lê Mạnh Hùng", "Nguyễn Văn Hùng", "Trần Văn Hùng"]


def test_d_with_stroke_is_its_own_letter_after_d():
    assert sort_names(["Đặng Văn Hải", "Dương Văn Hải"]) == ["Dương Văn Hải", "Đặng Văn Hải"]
    # Even "Đa" comes after every word starting with plain "D".
    assert sort_names(["Nguyễn Văn Đa", "Lê Văn Dũng"]) == ["Lê Văn Dũng", "Nguyễn Văn Đa"]


@pytest.mark.parametrize(
    "earlier, later",
    [
        ("Anh", "Ân"),  # a < â: the circumflex makes a different letter, whatever the tones
        ("Ăn", "Ân"),  # ă < â
        ("Ê", "Gia"),
        ("Ơn", "Phúc"),
        ("Tuấn", "Ưng"),
        ("Út", "Ưu"),
        ("Chi", "Cúc"),  # letter by letter: h < u
        ("Vy", "Xuân"),
    ],
)
def test_alphabet_order(earlier, later):
    assert word_key(earlier) < word_key(later)


def test_tones_are_secondary_in_the_documented_order():
    tones = ["Ma", "Mà", "Má", "Mả", "Mã", "Mạ"]
    assert sorted(tones, key=word_key) == tones
    # The letters decide before the tone: "Mạ" (no final letter) precedes "Man".
    assert word_key("Mạ") < word_key("Man")


def test_case_and_unicode_form_do_not_matter():
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    assert name_key(decomposed)[:3] == name_key("NGUYỄN THỊ ÁNH")[:3]

"""How wide a line of Times New Roman is on paper, so a document's layout can be decided before Word
or LibreOffice lays it out: a header line that must not wrap, a table column that must hold its longest word.

The advance widths (thousandths of an em) are Liberation Serif's, which is metric-compatible with Times New
Roman by design: the same text takes the same width in either. Letters outside the table are measured by
their base letter (a Vietnamese tone mark does not change a letter's width).
"""

from __future__ import annotations

import unicodedata

_CHARS = (
    ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmno'
    'pqrstuvwxyz{|}~°·ÀÁÂÃÈÉÊÌÍÒÓÔÕ×ÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằ'
    'ẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ–—‘’“”…'
)
_REGULAR = (
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
    389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469,
    500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
    278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, 400, 333, 722, 722, 722, 722, 611, 611, 611, 333,
    333, 722, 722, 722, 722, 564, 722, 722, 722, 444, 444, 444, 444, 444, 444, 444, 278, 278, 500, 500, 500,
    500, 500, 500, 500, 722, 444, 722, 500, 333, 278, 722, 500, 722, 529, 776, 542, 722, 444, 722, 444, 722,
    444, 722, 444, 722, 444, 722, 444, 722, 444, 722, 444, 722, 444, 722, 444, 722, 444, 722, 444, 611, 444,
    611, 444, 611, 444, 611, 444, 611, 444, 611, 444, 611, 444, 611, 444, 333, 278, 333, 278, 722, 500, 722,
    500, 722, 500, 722, 500, 722, 500, 722, 500, 722, 500, 722, 529, 722, 529, 722, 529, 722, 529, 722, 529,
    722, 500, 722, 500, 776, 542, 776, 542, 776, 542, 776, 542, 776, 542, 722, 500, 722, 500, 722, 500, 722,
    500, 500, 1000, 333, 333, 444, 444, 1000
)
_BOLD = (
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500,
    500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389,
    500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581,
    500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
    333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520, 400, 333, 722, 722, 722, 722, 667, 667, 667, 389,
    389, 778, 778, 778, 778, 570, 722, 722, 722, 500, 500, 500, 500, 444, 444, 444, 278, 278, 500, 500, 500,
    500, 556, 556, 500, 722, 500, 722, 556, 389, 278, 722, 556, 778, 554, 796, 600, 722, 500, 722, 500, 722,
    500, 722, 500, 722, 500, 722, 500, 722, 500, 722, 500, 722, 500, 722, 500, 722, 500, 722, 500, 667, 444,
    667, 444, 667, 444, 667, 444, 667, 444, 667, 444, 667, 444, 667, 444, 389, 278, 389, 278, 778, 500, 778,
    500, 778, 500, 778, 500, 778, 500, 778, 500, 778, 500, 778, 554, 778, 554, 778, 554, 778, 554, 778, 554,
    722, 556, 722, 556, 796, 600, 796, 600, 796, 600, 796, 600, 796, 600, 722, 500, 722, 500, 722, 500, 722,
    500, 500, 1000, 333, 333, 500, 500, 1000
)
_WIDTHS = {False: dict(zip(_CHARS, _REGULAR)), True: dict(zip(_CHARS, _BOLD))}
_MM_PER_PT = 25.4 / 72


def _advance(char: str, bold: bool) -> int:
    table = _WIDTHS[bold]
    if char in table:
        return table[char]
    base = unicodedata.normalize("NFD", char)[:1]
    return table.get(base, 500)  # an unknown sign: half an em, the width of a digit


def width_mm(text: str, size_pt: float, bold: bool = False) -> float:
    """The width of `text` on one line, in millimetres, at `size_pt` points."""
    units = sum(_advance(char, bold) for char in text)
    return units / 1000 * size_pt * _MM_PER_PT


def longest_word_mm(text: str, size_pt: float, bold: bool = False) -> float:
    """The widest word of `text` (what a table column must hold so that no word is broken)."""
    return max((width_mm(word, size_pt, bold) for word in text.split()), default=0.0)

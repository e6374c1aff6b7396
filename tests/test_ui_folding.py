"""Accent-insensitive search of the podium (cards, items): Vietnamese read without its marks."""

from __future__ import annotations

from presidium.ui.folding import matches, strip_accents


def test_strip_accents_reads_vietnamese_without_marks():
    assert strip_accents("Mất điện, hỏng âm thanh") == "mat dien, hong am thanh"
    assert strip_accents("ĐẠI HỘI") == "dai hoi"


def test_every_query_word_must_match():
    assert matches("mat dien", "Mất điện")
    assert matches("dien mat", "Mất điện")
    assert not matches("mat nuoc", "Mất điện")
    assert matches("", "anything")

"""The shared words a window shows (a rule's base, note categories, run modes) are the catalogue's
vocabulary, said in the interface's language: the same words the documents and the command line use."""

from __future__ import annotations

from fractions import Fraction
from types import SimpleNamespace

from presidium.core.program import Rule
from presidium.ui.i18n import interface_language
from presidium.ui.notes import NoteDialog
from presidium.ui.vote_panel import VotePanel


def show_of_hands(qtbot, base: str) -> VotePanel:
    item = SimpleNamespace(title="Thông qua Nghị quyết", vote=SimpleNamespace(question="Thông qua Nghị quyết"))
    panel = VotePanel(item, Rule("motion", Fraction(1, 2), base), lambda: "", lambda: None, lambda *a, **k: True)
    qtbot.addWidget(panel)
    return panel


def test_a_show_of_hands_counted_on_the_votes_cast_names_the_delegates_voting(qtbot, vietnamese):
    # The panel used to say "votes cast" / "số phiếu đã bỏ" and "valid ballots" for a show of hands,
    # where no ballot is cast; the vocabulary says "delegates voting".
    assert interface_language() == "vi"
    assert show_of_hands(qtbot, "cast").rule.text() == "Thông qua khi đạt quá 1/2 số đại biểu tham gia biểu quyết"
    assert show_of_hands(qtbot, "valid").rule.text() == "Thông qua khi đạt quá 1/2 số đại biểu tham gia biểu quyết"
    vietnamese.use("en")
    assert interface_language() == "en"
    assert show_of_hands(qtbot, "cast").rule.text() == "Passes with more than 1/2 of delegates voting"
    assert show_of_hands(qtbot, "convened").rule.text() == "Passes with more than 1/2 of delegates convened"


def test_the_note_categories_are_the_vocabularys_in_the_interface_language(qtbot, vietnamese):
    dialog = NoteDialog("Báo cáo chính trị")
    qtbot.addWidget(dialog)
    shown = [dialog.category.itemText(i) for i in range(dialog.category.count())]
    assert shown == ["Thời gian", "Thủ tục", "Kỹ thuật", "Nhân sự", "Khác"]
    assert dialog.category.currentData() == "other"
    vietnamese.use("en")
    dialog = NoteDialog("Political report")
    qtbot.addWidget(dialog)
    assert [dialog.category.itemText(i) for i in range(dialog.category.count())] == [
        "Time",
        "Procedure",
        "Technical",
        "Personnel",
        "Other",
    ]


def test_the_editor_offers_a_rules_bases_in_the_vocabularys_words(qapp, vietnamese):
    from presidium.ui.editor.forms import Words

    assert Words().bases() == [
        ("convened", "tổng số đại biểu được triệu tập"),
        ("present", "số đại biểu có mặt"),
        ("valid", "số phiếu hợp lệ"),
        ("cast", "số người tham gia biểu quyết (kể cả không biểu quyết)"),
    ]
    vietnamese.use("en")
    assert [label for _, label in Words().bases()][:3] == ["delegates convened", "delegates present", "valid ballots"]

"""The attendance form (A): the correction of the number convened and the figures are recorded both or
neither; a refusal keeps the form open with every typed figure and says why in the interface's language,
so the chair can put it right and record again, or cancel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from presidium.app.samples import sample_path
from presidium.app.session import CongressSession
from presidium.core.clock import FakeClock
from presidium.core.events import InvalidAction
from presidium.core.loader import load_program
from support.podium import to_item, when_modal

PROGRAM = load_program(sample_path("vi"))
START = PROGRAM.sessions[0].starts_at.timestamp()


def opened(tmp_path) -> CongressSession:
    session = CongressSession.open(PROGRAM, tmp_path / "j.db", clock=FakeClock(START))
    session.start()
    return session


def test_a_correction_and_figures_are_recorded_together_or_not_at_all(tmp_path):
    s = opened(tmp_path)
    convened = PROGRAM.congress.delegates_convened
    before = len(s.events())
    with pytest.raises(InvalidAction) as no_reason:  # the correction lacks its reason
        s.record_attendance(convened - 5, convened=convened + 2)
    assert no_reason.value.code == "run.correction-reason"
    with pytest.raises(InvalidAction) as figures:  # the correction is right, the figures are not
        s.record_attendance(10, convened=convened + 2, correction="bổ sung 02 đại biểu", alternates=11)
    assert figures.value.code == "run.alternates-over"
    assert len(s.events()) == before  # not even the correction that was right on its own
    assert s.state.convened_in_force == convened
    s.record_attendance(convened - 5, convened=convened + 2, correction="bổ sung 02 đại biểu", alternates=1)
    assert [e.kind for e in s.events()[before:]] == ["convened", "present"]
    assert (s.state.convened_in_force, s.state.present_in_force) == (convened + 2, convened - 5)
    s.close()


def test_lowering_the_number_convened_before_any_report_records_the_figures_first(tmp_path):
    """Before any report every delegate convened counts as present, so a correction downwards alone is
    refused (fewer convened than present); with the figures of the same form it is possible."""
    s = opened(tmp_path)
    convened = PROGRAM.congress.delegates_convened
    before = len(s.events())
    s.record_attendance(
        convened - 10, convened=convened - 2, correction="02 đồng chí chuyển công tác", with_reason=8, reason="ốm"
    )
    assert [e.kind for e in s.events()[before:]] == ["present", "convened"]
    attendance = s.state.attendance
    assert (attendance.convened, attendance.present, attendance.absent) == (convened - 2, convened - 10, 8)
    assert (attendance.with_reason, attendance.reason) == (8, "ốm")  # the typed reasons hold after the correction
    with pytest.raises(InvalidAction) as refused:  # 9 excused of the 8 absent once the number is lowered
        s.record_attendance(convened - 12, convened=convened - 4, correction="thêm 02", with_reason=9)
    assert refused.value.code == "run.with-reason-over"
    s.close()


def spin(qtbot, field, figure: str) -> None:
    """Type a figure over a spin box's value, as the chair does."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, figure)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("vi", "điều chỉnh số đại biểu được triệu tập cần ghi rõ lý do"),
        ("en", "a correction of the number convened needs its reason"),
    ],
)
def test_a_refused_correction_keeps_the_form_open_with_the_figures_then_records_once_put_right(
    make_podium, qtbot, tmp_path, lang, said
):
    podium = make_podium(lang=lang)  # minimal.toml: 9 convened
    to_item(podium, qtbot, 1)
    before = len(podium.session.events())
    seen = []

    def fill(dialog):
        spin(qtbot, dialog.convened, "10")
        spin(qtbot, dialog.present, "7")
        spin(qtbot, dialog.with_reason, "2")
        dialog.reason.insert("ốm")  # QTest types ASCII only; a paste here
        qtbot.keyClick(dialog.present, Qt.Key.Key_Return)  # no reason for the correction: refused
        seen.append(
            (
                dialog.isVisible(),
                dialog.refusal.isVisible(),
                dialog.refusal.text(),
                dialog.convened.value(),
                dialog.present.value(),
                dialog.with_reason.value(),
                dialog.reason.text(),
                dialog.absent.text(),
                len(podium.session.events()),
            )
        )
        dialog.resize(dialog.sizeHint())
        dialog.grab().save(str(tmp_path / f"attendance-refused-{lang}.png"))
        dialog.correction.insert("bổ sung 01 đại biểu dự khuyết")
        qtbot.keyClick(dialog.correction, Qt.Key.Key_Return)
        seen.append(dialog.isVisible())

    when_modal(fill)
    podium.press(qtbot, Qt.Key.Key_A)
    visible, shown, text, convened, present, with_reason, reason, absent, events = seen[0]
    assert (visible, shown, convened, present, with_reason, reason, absent) == (True, True, 10, 7, 2, "ốm", "3")
    assert text == said  # the session's reason, in the interface's language
    assert events == before  # nothing journaled on the refusal
    assert seen[1] is False  # recorded: the form closed
    recorded = [(e.kind, e.payload) for e in podium.session.events()[before:]]
    assert recorded == [
        ("convened", {"convened": 10, "reason": "bổ sung 01 đại biểu dự khuyết"}),
        ("present", {"present": 7, "reason": "ốm", "with_reason": 2}),
    ]


def test_figures_refused_after_a_right_correction_journal_nothing_and_escape_cancels(make_podium, qtbot):
    podium = make_podium()  # minimal.toml: 9 convened
    to_item(podium, qtbot, 1)
    before = len(podium.session.events())
    seen = []

    def fill(dialog):
        spin(qtbot, dialog.convened, "10")
        dialog.correction.insert("bổ sung 01 đại biểu dự khuyết")
        spin(qtbot, dialog.present, "7")
        spin(qtbot, dialog.alternates, "8")  # more alternates seated than delegates present
        qtbot.keyClick(dialog.alternates, Qt.Key.Key_Return)
        seen.append((dialog.isVisible(), dialog.refusal.text(), len(podium.session.events())))
        qtbot.keyClick(dialog.alternates, Qt.Key.Key_Escape)
        seen.append(dialog.isVisible())

    when_modal(fill)
    podium.press(qtbot, Qt.Key.Key_A)
    assert seen[0] == (
        True,
        "không thể ghi số có mặt: 8 đại biểu dự khuyết thay thế, nhưng chỉ có 7 đại biểu có mặt",
        before,
    )
    assert seen[1] is False
    assert len(podium.session.events()) == before  # the correction, right on its own, was not journaled either
    assert podium.session.state.convened_in_force == 9
    assert podium.window.status_line.property("refusal") is True  # the status line says it too


def test_a_refusal_in_the_form_opened_from_the_vote_panel_stays_in_the_form(make_podium, qtbot):
    podium = make_podium()  # minimal.toml: 9 convened; item 2 holds a vote
    to_item(podium, qtbot, 2)
    seen = []

    def attendance(dialog):
        spin(qtbot, dialog.convened, "10")  # a correction without its reason
        qtbot.keyClick(dialog.present, Qt.Key.Key_Return)
        seen.append(dialog.refusal.text())
        qtbot.keyClick(dialog.present, Qt.Key.Key_Escape)

    def vote(panel):
        when_modal(attendance)
        panel.update_attendance.click()
        seen.append((panel.isVisible(), panel.refusal.text()))
        panel.reject()

    when_modal(vote)
    podium.press(qtbot, Qt.Key.Key_V)
    assert seen == ["điều chỉnh số đại biểu được triệu tập cần ghi rõ lý do", (True, "")]


def _no_correction_reason(qtbot, dialog):
    spin(qtbot, dialog.convened, "10")  # a correction, and no reason for it
    spin(qtbot, dialog.present, "7")
    return dialog.present, "correction"


def _too_many_alternates(qtbot, dialog):
    spin(qtbot, dialog.present, "7")
    spin(qtbot, dialog.alternates, "8")
    spin(qtbot, dialog.present, "7")  # the chair ends on present, where Enter is pressed
    return dialog.present, "alternates"


def _too_many_excused(qtbot, dialog):
    spin(qtbot, dialog.present, "7")
    spin(qtbot, dialog.with_reason, "3")  # 3 of the 2 absent
    dialog.present.setFocus()
    return dialog.present, "with_reason"


def _control_character_in_reason(qtbot, dialog):
    spin(qtbot, dialog.present, "7")
    spin(qtbot, dialog.with_reason, "2")
    dialog.reason.insert("ốm\x07")  # a bell pasted from another program
    dialog.present.setFocus()
    return dialog.present, "reason"


def _control_character_in_correction(qtbot, dialog):
    spin(qtbot, dialog.convened, "10")
    dialog.correction.insert("bổ sung\x07")
    spin(qtbot, dialog.present, "7")
    return dialog.present, "correction"


@pytest.mark.parametrize(
    "fill",
    [
        _no_correction_reason,
        _too_many_alternates,
        _too_many_excused,
        _control_character_in_reason,
        _control_character_in_correction,
    ],
)
def test_a_refusal_puts_the_focus_on_the_field_at_fault_to_type_over(make_podium, qtbot, fill):
    podium = make_podium()  # minimal.toml: 9 convened
    to_item(podium, qtbot, 1)
    seen = []

    def look(dialog):
        where, at_fault = fill(qtbot, dialog)
        qtbot.keyClick(where, Qt.Key.Key_Return)
        field = getattr(dialog, at_fault)
        seen.append((dialog.isVisible(), dialog.refusal.isVisible(), dialog.focusWidget() is field, at_fault))
        dialog.reject()

    when_modal(look)
    podium.press(qtbot, Qt.Key.Key_A)
    assert seen and seen[0][:3] == (True, True, True), seen


def test_after_a_missing_correction_reason_the_chair_types_it_and_records_without_reaching_for_the_mouse(
    make_podium, qtbot
):
    podium = make_podium(lang="en")
    to_item(podium, qtbot, 1)
    before = len(podium.session.events())
    seen = []

    def fill(dialog):
        spin(qtbot, dialog.convened, "10")
        spin(qtbot, dialog.present, "7")
        qtbot.keyClick(dialog.present, Qt.Key.Key_Return)  # refused: the correction needs its reason
        qtbot.keyClicks(dialog.focusWidget(), "one alternate admitted")  # typed where the focus went
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        seen.append(dialog.isVisible())
        if dialog.isVisible():  # typed in the wrong field: refused again; close it so the test ends
            dialog.reject()

    when_modal(fill)
    podium.press(qtbot, Qt.Key.Key_A)
    assert seen == [False]
    assert [(e.kind, e.payload) for e in podium.session.events()[before:]] == [
        ("convened", {"convened": 10, "reason": "one alternate admitted"}),
        ("present", {"present": 7}),
    ]


def test_a_refusal_that_names_no_field_of_the_form_leaves_the_focus_where_it_was():
    from presidium.ui.forms import attendance_fault

    assert attendance_fault(InvalidAction("empty-note")) is None
    assert attendance_fault(InvalidAction("text-long", action="note", field="text", got=9, limit=1)) is None
    assert attendance_fault(InvalidAction("text-long", action="convened", field="reason", got=9, limit=1)) == (
        "correction"
    )
    assert attendance_fault(InvalidAction("text-long", action="present", field="reason", got=9, limit=1)) == "reason"

"""The hall as the podium's status area shows it all along: delegates present of those convened and
whether the congress has its quorum, derived from the run state.

Before any attendance is recorded there is nothing to show (every delegate convened is counted present,
which nobody has reported yet), so `standing` gives None. The vote panel and the session check the same
quorum (`decisions.quorum`); this says it, for the chair to see before anyone presses V, and `for_vote`
says it in the vote panel with the same words, so the two never drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from presidium.core.catalogue import Message
from presidium.core.decisions import Quorum, quorum
from presidium.core.run import RunState


@dataclass(frozen=True)
class Standing:
    """The figures in force and, when the program names a quorum rule, that quorum."""

    present: int
    convened: int
    quorum: Quorum | None

    @property
    def lacking(self) -> bool:
        """Below the quorum: the line is said in the danger colour."""
        return self.quorum is not None and not self.quorum.met

    def parts(self) -> tuple[Message, ...]:
        """The figures ("Có mặt 148/150") and, under a quorum rule, the verdict ("đủ số đại biểu")."""
        figures = _figures(self.present, self.convened)
        if self.quorum is None:
            return (figures,)
        return figures, _verdict(self.quorum, needed_when_met=False)

    def said(self) -> Message:
        """The line: "Có mặt 148/150 · đủ số đại biểu"."""
        parts = self.parts()
        return parts[0] if len(parts) == 1 else Message("hall.line", figures=parts[0], verdict=parts[1])

    def detail(self) -> Message:
        """The rule behind the line, for a tooltip."""
        if self.quorum is None:
            return Message("hall.detail-no-rule")
        return Message(
            "hall.detail",
            needed=self.quorum.needed,
            convened=self.convened,
            rule=self.quorum.rule.name,
            present=self.present,
        )


def for_vote(found: Quorum) -> Message:
    """The vote panel's line: the status line's words, and the number needed even when the quorum is met
    ("Có mặt 148/150 · đủ số đại biểu (cần ít nhất 101)"), since the chair is about to take a vote on it."""
    return Message(
        "hall.line", figures=_figures(found.present, found.convened), verdict=_verdict(found, needed_when_met=True)
    )


def _figures(present: int, convened: int) -> Message:
    return Message("hall.present", present=present, convened=convened)


def _verdict(found: Quorum, *, needed_when_met: bool) -> Message:
    if not found.met:
        return Message("hall.lacking", needed=found.needed)
    return Message("hall.met-needed", needed=found.needed) if needed_when_met else Message("hall.met")


def standing(state: RunState) -> Standing | None:
    """The hall now; None until the credentials figures (or a correction of the number convened) are recorded."""
    if state.attendance is None:
        return None
    return Standing(state.present_in_force, state.convened_in_force, quorum(state.program, state.attendance))

"""What the podium shows after a show of hands or a count: the announcement to read, a short summary
for the stage display, and the next round the app has set up. Read-only over the run's records; the
words come from the translation catalogue.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from presidium.core.announce import announce_election, announce_vote, election_warnings, format_percent
from presidium.core.ballots import ElectionResult, ListChange, RoundSetup
from presidium.core.program import Item
from presidium.core.votes import VoteResult


class Results(QObject):
    """The words around a result; one instance per repaint is cheap (no widget)."""

    @staticmethod
    def question_of(item: Item | None) -> str:
        if item is not None and item.vote is not None:
            return item.vote.question
        return item.title if item is not None else ""

    def change_question(self, change: ListChange) -> str:
        if change.kind == "withdrawal":
            return self.tr("{name}'s withdrawal from the candidate list").format(name=change.name)
        return self.tr("adding {name} to the candidate list").format(name=change.name)

    def heading(self, record: Any) -> str:
        result = record.result
        if isinstance(result, ElectionResult):
            return self.tr("Count, round {round}").format(round=result.round_no)
        if isinstance(result, ListChange):
            return (self.tr("Show of hands: withdrawal of {name}") if result.kind == "withdrawal"
                    else self.tr("Show of hands: nomination of {name}")).format(name=result.name)
        return self.tr("Result of the show of hands")

    def announcement(self, record: Any, item: Item | None, lang: str) -> str:
        """The text the chair reads out, then (for a count) the next round, and notes to check."""
        result = record.result
        if isinstance(result, VoteResult):
            return announce_vote(result, self.question_of(item), lang)
        if isinstance(result, ListChange):
            lines = [announce_vote(result.vote, self.change_question(result), lang), self.list_line(result)]
            return "\n".join(line for line in lines if line)
        if isinstance(result, ElectionResult):
            lines = [announce_election(result, None, lang)]
            proposal = result.proposal
            if proposal is not None:
                lines += ["", self.next_round_text(proposal)]
            elif result.elected:
                lines += ["", self.tr("All {seats} seats are filled.").format(seats=result.seats)]
            lines += election_warnings(result, lang)
            return "\n".join(lines)
        return ""

    def next_round(self, record: Any) -> str:
        """The next round a count has set up ("" when the count filled every seat, or for a show of hands)."""
        result = record.result
        proposal = result.proposal if isinstance(result, ElectionResult) else None
        return self.next_round_text(proposal) if proposal is not None else ""

    def list_line(self, change: ListChange) -> str:
        count = len(change.candidates)
        if change.problem == "over_surplus":
            return self.tr("The list now has {count} names, more than the surplus allows: an opinion ballot must "
                           "decide who stays on it.").format(count=count)
        if change.problem == "too_few":
            return self.tr("The list now has {count} names, fewer than the seats to fill.").format(count=count)
        return self.tr("The candidate list now has {count} names.").format(count=count)

    def next_round_text(self, proposal: RoundSetup) -> str:
        """Who, how many seats, why: the round the app has set up and will count next."""
        reasons = {
            "tie": self.tr("a tie at the last seat"),
            "unfilled": self.tr("seats left unfilled"),
            "repeat": self.tr("the count is void (more ballots returned than issued)"),
        }
        why = reasons.get(proposal.reason, proposal.reason)
        return self.tr("NEXT ROUND SET UP: round {round}, {seats} seat(s) among {count}: {names}. Why: {why}.").format(
            round=proposal.round_no, seats=proposal.seats, count=len(proposal.candidates),
            names=", ".join(proposal.candidates), why=why)

    def stage_summary(self, record: Any, lang: str) -> str:
        """A few short lines for the stage display."""
        result = record.result
        if isinstance(result, ListChange):
            result = result.vote
        if isinstance(result, VoteResult):
            t = result.tally
            lines = [self.tr("For {for_} · Against {against} · Abstaining {abstain}").format(
                         for_=t.for_, against=t.against, abstain=t.abstain),
                     self.tr("{percent} of the legal base of {base}").format(
                         percent=format_percent(result.percent_for, lang), base=result.base_value),
                     self.tr("APPROVED") if result.passed else self.tr("NOT APPROVED")]
            return "\n".join(lines)
        if isinstance(result, ElectionResult):
            if result.void:
                return self.tr("The count is void: the congress votes again.")
            by_name = {s.name: s for s in result.standings}
            lines = [self.tr("Elected ({count}/{seats}):").format(count=len(result.elected), seats=result.seats)]
            lines += [f"{i}. {name} — {by_name[name].votes} ({format_percent(by_name[name].percent, lang, 2)})"
                      for i, name in enumerate(result.elected, 1)]
            if result.proposal is not None:
                lines.append(self.next_round_text(result.proposal))
            return "\n".join(lines)
        return ""

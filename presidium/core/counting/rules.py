"""Which ballots are valid: the election regulation's rules as data, with the Party's defaults.

The rules decide wherever they can (too many names kept, none kept on a list with surplus); the
operator chooses a reason only for what must be seen on the paper (no seal, a name added, marks that
identify the voter, torn). A program may change them in its `[counting]` table
(docs/counting.md); each rule cites the article it rests on, shown beside it in the interface.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from presidium.core.catalogue import text

# The Party's election regulation (Quy định 190-QĐ/TW, 10/10/2024, which kept the 2014 rules on
# invalid ballots); a program that rests on its own regulation cites its own article.
PARTY_REGULATION = ("Quy chế bầu cử trong Đảng (190-QĐ/TW)", "Party election regulation (190-QĐ/TW)")
PARTY_ARTICLE_INVALID = "Điều 15"

# Reasons only the operator can see on the paper (their words: the catalogue's "counting.reason.<code>").
OPERATOR_REASONS: tuple[str, ...] = ("not-issued", "name-added", "identifying-marks", "torn", "other-form")
# Reasons the rules decide from what was entered.
RULE_REASONS: tuple[str, ...] = ("over-seats", "none-kept")
REASONS: tuple[str, ...] = RULE_REASONS + OPERATOR_REASONS
DEFAULT_OPERATOR = ("not-issued", "name-added", "identifying-marks", "torn")


def reason_text(code: str, lang: str = "vi") -> str:
    """The words of a reason code; a code no rule knows (from an older journal) as itself."""
    return text(f"counting.reason.{code}", lang) if code in REASONS else code


@dataclass(frozen=True)
class ValidityRules:
    """The counting rules of one program. `article` is what the interface cites beside each rule."""

    over_seats: bool = True  # more names kept than seats: invalid
    none_kept: bool = True  # on a list with surplus, no name kept: invalid
    reasons: tuple[str, ...] = DEFAULT_OPERATOR  # what the operator may choose, in this order
    article: str = PARTY_ARTICLE_INVALID  # "Điều 15" or the program's own article number
    regulation: tuple[str, str] = PARTY_REGULATION  # (Vietnamese, English) title
    both_neither_valid: bool = field(default=True, init=False)  # the regulation's rule; not a choice

    def cite(self, lang: str = "vi") -> str:
        vi, en = self.regulation
        title = en if lang == "en" else vi
        article = self.article
        if article.startswith("Điều "):  # the regulation's own numbering, said in the reader's language
            article = text("counting.article", lang, number=article[len("Điều ") :])
        return f"{article}, {title}" if article else title

    def to_dict(self) -> dict[str, Any]:
        return {
            "over_seats": self.over_seats,
            "none_kept": self.none_kept,
            "reasons": list(self.reasons),
            "article": self.article,
            "regulation": list(self.regulation),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ValidityRules:
        return cls(
            bool(data.get("over_seats", True)),
            bool(data.get("none_kept", True)),
            tuple(data.get("reasons", DEFAULT_OPERATOR)),
            str(data.get("article", PARTY_ARTICLE_INVALID)),
            tuple(data.get("regulation", PARTY_REGULATION)),
        )


PARTY_RULES = ValidityRules()

"""The counting tool's refusals: entry mistakes, refusals of a station, reconciliation, the result file.

`CountingError` is raised with a code of the catalogue's "counting" area (presidium/core/catalogue/counting.py)
and its parameters; str() is English and `message(lang)` either language.
"""

from __future__ import annotations

from presidium.core.catalogue import Refusal


class CountingError(Refusal):
    """Something the counting tool refuses, said for the user in Vietnamese or English."""

"""Why a file cannot be imported at all: `ImportRefused`, said by a code of the catalogue's "importing"
area (presidium/core/catalogue/importing.py), naming the file."""

from __future__ import annotations

from presidium.core.catalogue import Refusal


class ImportRefused(Refusal):
    """The file cannot be imported; `message(lang)` says why, naming the file."""

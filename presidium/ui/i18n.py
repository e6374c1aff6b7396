"""The interface language: English source strings, Vietnamese from resources/i18n/presidium_vi.qm.

Qt's own dialogs are not relied on for wording (no Vietnamese qtbase catalogue ships with
PySide6-Essentials), so every button the chair reads carries a text from our own catalogue.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from presidium.app.samples import resources_dir

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


def catalogue_dir() -> Path:
    return resources_dir() / "i18n"


class Language:
    """Installs and swaps the translator of one application; no global state beyond the app itself."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.code = "en"

    def use(self, code: str | None) -> str:
        code = code if code in LANGUAGES else DEFAULT_LANGUAGE
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        if code != "en":
            translator = QTranslator(self._app)
            if not translator.load(f"presidium_{code}", str(catalogue_dir())):
                raise FileNotFoundError(f"missing translation catalogue presidium_{code}.qm in {catalogue_dir()}")
            self._app.installTranslator(translator)
            self._translator = translator
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if code == "vi" else QLocale.Language.English))
        self.code = code
        return code

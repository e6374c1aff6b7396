"""The interface language: English source strings, Vietnamese from the catalogues in resources/i18n.

Each window family keeps its own catalogue (`presidium_vi.qm` for the podium, `<name>_vi.qm` for a
package such as the editor), so parallel work on two windows never edits the same file; all of a
language's catalogues are installed together.

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


def catalogues(code: str) -> list[Path]:
    """Every compiled catalogue of one language: the podium's first, then the packages' by name."""
    found = sorted(catalogue_dir().glob(f"*_{code}.qm"))
    return sorted(found, key=lambda path: path.name != f"presidium_{code}.qm")


class Language:
    """Installs and swaps the translator of one application; no global state beyond the app itself."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.code = "en"

    def use(self, code: str | None) -> str:
        code = code if code in LANGUAGES else DEFAULT_LANGUAGE
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        if code != "en":
            if not (catalogue_dir() / f"presidium_{code}.qm").is_file():
                raise FileNotFoundError(f"missing translation catalogue presidium_{code}.qm in {catalogue_dir()}")
            for path in catalogues(code):
                translator = QTranslator(self._app)
                if not translator.load(str(path)):
                    raise FileNotFoundError(f"unreadable translation catalogue {path}")
                self._app.installTranslator(translator)
                self._translators.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if code == "vi" else QLocale.Language.English))
        self.code = code
        return code


def interface_language() -> str:
    """The language `Language.use` last installed ("vi" or "en"), read from the default locale it sets: the
    language a widget says the catalogue's shared words in (presidium.core.catalogue), beside its tr() chrome."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"

"""Shared test set-up: Qt always offscreen, so the suite runs headless anywhere."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Journals and preferences of the whole run go to a throw-away folder: never the real user's.
if not os.environ.get("PRESIDIUM_DATA_DIR"):
    import tempfile

    os.environ["PRESIDIUM_DATA_DIR"] = tempfile.mkdtemp(prefix="presidium-tests-")


import pytest  # noqa: E402  (after the platform is chosen)


@pytest.fixture
def make_podium(qtbot, tmp_path):
    """A maker of real podium windows on a fake clock, with isolated settings (tests/support/podium.py)."""
    from support.podium import podium_factory

    yield from podium_factory(qtbot, tmp_path)


@pytest.fixture
def files(tmp_path):
    """A program file, a rehearsal script and where their journal goes, for the headless commands."""
    from support.simulate import write_files

    return write_files(tmp_path)


@pytest.fixture
def vietnamese(qapp):
    """The Vietnamese catalogue installed, as the podium installs it; removed after the test."""
    from presidium.ui.i18n import Language

    language = Language(qapp)
    language.use("vi")
    yield language
    language.use("en")

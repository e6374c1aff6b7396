"""Shared test set-up: Qt always offscreen, so the suite runs headless anywhere."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Journals and preferences of the whole run go to a throw-away folder: never the real user's.
if not os.environ.get("PRESIDIUM_DATA_DIR"):
    import tempfile

    os.environ["PRESIDIUM_DATA_DIR"] = tempfile.mkdtemp(prefix="presidium-tests-")

"""Shared test set-up: Qt always offscreen, so the suite runs headless anywhere."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

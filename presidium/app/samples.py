"""Where the bundled resources are (sample programs, icon), installed from a wheel, run from a source
checkout or from the self-contained build (which keeps them where the wheel does)."""

from __future__ import annotations

from pathlib import Path

import presidium

SAMPLES = {"vi": "dai-hoi-quan-su-tinh.toml", "en": "general-assembly-en.toml"}


def resources_dir() -> Path:
    package = Path(presidium.__file__).resolve().parent
    installed = package / "resources"  # a wheel carries them inside the package
    return installed if installed.is_dir() else package.parent / "resources"


def app_icon() -> Path:
    """The application's icon (the window's, the build's, the Linux desktop entry's)."""
    return resources_dir() / "icons" / "presidium.png"


def sample_path(lang: str = "vi") -> Path:
    return resources_dir() / "samples" / SAMPLES.get(lang, SAMPLES["vi"])

"""Where the bundled sample programs are, installed from a wheel or run from a source checkout."""

from __future__ import annotations

from pathlib import Path

import presidium

SAMPLES = {"vi": "dai-hoi-quan-su-tinh.toml", "en": "general-assembly-en.toml"}


def resources_dir() -> Path:
    package = Path(presidium.__file__).resolve().parent
    installed = package / "resources"  # a wheel carries them inside the package
    return installed if installed.is_dir() else package.parent / "resources"


def sample_path(lang: str = "vi") -> Path:
    return resources_dir() / "samples" / SAMPLES.get(lang, SAMPLES["vi"])

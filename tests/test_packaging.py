"""A plain, non-editable install must carry the sample programs the app opens with no argument, the
program templates `presidium new` copies, and its icon."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # builds a wheel and installs it in a fresh environment

ROOT = Path(__file__).parent.parent


def test_wheel_carries_the_bundled_samples(tmp_path):
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stderr
    wheel = next(tmp_path.glob("presidium-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "presidium/resources/samples/dai-hoi-quan-su-tinh.toml" in names
    assert "presidium/resources/samples/general-assembly-en.toml" in names
    assert "presidium/resources/samples/dai-hoi-cong-doan-co-so.toml" in names
    assert "presidium/resources/samples/dai-hoi-doan-thanh-nien.toml" in names
    assert "presidium/cli.py" in names
    templates = ROOT / "resources" / "templates"
    for path in templates.glob("*.toml"):  # the catalogue and every template it lists
        assert f"presidium/resources/templates/{path.name}" in names
    assert "presidium/resources/icons/presidium.png" in names  # the window's icon, installed as in the build

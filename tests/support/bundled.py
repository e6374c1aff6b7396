"""The program files the package ships: the samples and the templates (not the templates' catalogue)."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def samples() -> list[Path]:
    return sorted(RESOURCES.glob("samples/*.toml"))


def templates() -> list[Path]:
    return sorted(path for path in RESOURCES.glob("templates/**/*.toml") if path.name != "catalogue.toml")


def programs() -> list[Path]:
    return samples() + templates()

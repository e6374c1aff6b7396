"""Build the self-contained Presidium application: one folder, one `presidium` executable, no Python needed.

    python -m pip install '.[build]'
    python scripts/build_app.py            # → dist/presidium/ (and dist/presidium-VERSION-windows.zip on Windows)

The executable is the podium (no command) and every command (`presidium validate FILE`, `export`, …).
The folder carries the samples, templates, translations, icon and qtawesome's icon fonts; nothing is
fetched at run time, and nothing is written inside it (journals go to the user data folder or
PRESIDIUM_DATA_DIR, preferences to the user's settings), so it runs from a read-only USB stick.
`--no-trim` keeps every Qt module and plugin PyInstaller would collect, to measure what trimming saves.
The build is made on the system it is for: build on Windows for Windows.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "presidium.spec"
ICONS = ROOT / "resources" / "icons"
DESKTOP = ROOT / "packaging" / "presidium.desktop"


def project() -> dict:
    """The [project] table of pyproject.toml: name, version, description, authors."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def vendor(meta: dict) -> str:
    authors = meta.get("authors") or [{}]
    return authors[0].get("name", "Presidium")


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' → (0, 1, 0, 0); a suffix such as '1.2.0rc1' keeps its leading digits: (1, 2, 0, 0)."""
    numbers = []
    for part in version.split(".")[:4]:
        digits = re.match(r"\d*", part).group()
        numbers.append(int(digits or 0))
        if digits != part:
            break
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_resource(meta: dict) -> str:
    """The Windows version resource (File Properties → Details), in PyInstaller's VSVersionInfo syntax."""
    numbers = version_tuple(meta["version"])
    strings = {
        "CompanyName": vendor(meta),
        "FileDescription": "Presidium — podium companion for the presidium of a congress",
        "FileVersion": meta["version"],
        "InternalName": "presidium",
        "LegalCopyright": f"© {vendor(meta)}, {meta.get('license', {}).get('text', 'MIT')} licence",
        "OriginalFilename": "presidium.exe",
        "ProductName": "Presidium",
        "ProductVersion": meta["version"],
    }
    table = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of a folder, symbolic links not followed."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def build(dist: Path, work: Path, trim: bool) -> Path:
    import PyInstaller.__main__  # the build extra; imported here so --help works without it

    meta = project()
    work.mkdir(parents=True, exist_ok=True)
    env = {"PRESIDIUM_BUILD_TRIM": "1" if trim else "0"}
    if sys.platform == "win32":
        version_file = work / "version_info.txt"
        version_file.write_text(version_resource(meta), encoding="utf-8")
        env |= {"PRESIDIUM_BUILD_ICON": str(ICONS / "presidium.ico"), "PRESIDIUM_BUILD_VERSION_FILE": str(version_file)}
    os.environ.update(env)
    PyInstaller.__main__.run(
        [str(SPEC), "--noconfirm", "--clean", "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work)]
    )
    app = dist / "presidium"
    if sys.platform.startswith("linux"):  # the desktop entry and its icon, for an install under /opt
        shutil.copyfile(DESKTOP, app / "presidium.desktop")
        shutil.copyfile(ICONS / "presidium.png", app / "presidium.png")
    return app


def zip_folder(app: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(app.rglob("*")):
            archive.write(path, Path(app.name) / path.relative_to(app))
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the one-folder Presidium application with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the folder goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--no-trim", action="store_true", help="keep every Qt module and plugin (to measure the trim)")
    parser.add_argument(
        "--zip",
        action=argparse.BooleanOptionalAction,
        default=sys.platform == "win32",
        help="also write dist/presidium-VERSION-PLATFORM.zip (default on Windows)",
    )
    args = parser.parse_args(argv)
    began = time.monotonic()
    app = build(args.dist.resolve(), args.work.resolve(), trim=not args.no_trim)
    size, files = folder_size(app)
    print(
        f"built {app} in {time.monotonic() - began:.0f} s: {size / 1e6:.1f} MB in {files} files"
        f"{' (untrimmed)' if args.no_trim else ''}"
    )
    if args.zip:
        platform = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
        archive = zip_folder(app, args.dist / f"presidium-{project()['version']}-{platform}.zip")
        print(f"wrote {archive}: {archive.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Every string the interface passes to tr() / QCoreApplication.translate is in a Vietnamese
catalogue, finished, with the same {placeholders}; and each compiled .qm says the same as its .ts.

The podium's strings live in presidium_vi.ts; a package of the interface (presidium/ui/editor, …) may
keep its own <name>_vi.ts beside it. Together they are one catalogue."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "presidium" / "ui"
I18N = ROOT / "resources" / "i18n"
CATALOGUES = sorted(I18N.glob("*_vi.ts"))
FIELDS = re.compile(r"\{(\w*)\}")


def _calls(path: Path):
    """(context, source, line) for each translatable call; context None marks a non-literal argument."""
    tree = ast.parse(path.read_text(encoding="utf-8"))

    def walk(node, cls):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from walk(child, child.name)
                continue
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                func, args = child.func, child.args
                if func.attr == "tr" and isinstance(func.value, ast.Name) and func.value.id == "self":
                    literal = args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str)
                    yield (cls if literal else None), (args[0].value if literal else ast.unparse(child)), child.lineno
                elif func.attr == "translate" and ast.unparse(func.value).endswith("QCoreApplication"):
                    literal = len(args) >= 2 and all(isinstance(a, ast.Constant) for a in args[:2])
                    yield ((args[0].value, args[1].value) if literal else (None, ast.unparse(child))) + (child.lineno,)
            yield from walk(child, cls)

    yield from walk(tree, None)


def source_strings() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for context, source, line in _calls(path):
            found.append((context, source, f"{path.relative_to(UI)}:{line}"))
    return found


def catalogue(files=None) -> dict[tuple[str, str], ET.Element]:
    entries = {}
    for ts in files or CATALOGUES:
        entries.update(_entries(ts))
    return entries


def _entries(ts: Path) -> dict[tuple[str, str], ET.Element]:
    entries = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            entries[(name, message.find("source").text)] = message.find("translation")
    return entries


def test_the_interface_has_strings_to_translate():
    assert len(source_strings()) > 100


def test_every_translatable_string_is_a_literal():
    computed = [where for context, _source, where in source_strings() if context is None]
    assert computed == [], "tr() needs a literal string (lupdate cannot read f-strings or variables)"


@pytest.mark.parametrize("context,source,where", source_strings())
def test_string_is_translated_in_the_catalogue(context, source, where):
    translation = catalogue().get((context, source))
    assert translation is not None, f"{where}: “{source}” missing from the catalogues in {I18N} (run lupdate)"
    assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), f"{where}: “{source}” unfinished"
    assert (translation.text or "").strip(), f"{where}: “{source}” has an empty translation"
    assert sorted(FIELDS.findall(translation.text)) == sorted(FIELDS.findall(source)), f"{where}: placeholders differ"


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda path: path.name)
def test_the_compiled_catalogue_matches_the_ts(ts):
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    for (context, source), translation in catalogue([ts]).items():
        assert translator.translate(context, source) == translation.text, f"{context}: {source} (run lrelease)"


def test_key_words_read_in_vietnamese_with_their_marks():
    entries = {source: element.text for (_ctx, source), element in catalogue().items()}
    assert entries["REHEARSAL"] == "TỔNG DUYỆT"
    assert entries["LIVE"] == "CHÍNH THỨC"
    assert entries["{minutes} min behind"] == "Chậm {minutes} phút"
    assert entries["{minutes} min ahead"] == "Sớm {minutes} phút"
    assert entries["On time"] == "Đúng giờ"
    # The note categories are shared words: the one catalogue's, not the widgets' .ts
    from presidium.core.catalogue import text

    assert [text(f"vocabulary.note.{c}", "vi") for c in ("time", "procedure", "technical", "personnel", "other")] == [
        "Thời gian",
        "Thủ tục",
        "Kỹ thuật",
        "Nhân sự",
        "Khác",
    ]

"""The test suite's own layout: shared builders live in tests/support, and no test module imports another
(importing one runs its module-level set-up twice under two names, and pulls its tests along)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every module a file imports, with its line: `import a.b` and `from a.b import c` give "a.b"."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
            if node.module == "tests":  # `from tests import test_x`
                found += [(node.lineno, f"tests.{alias.name}") for alias in node.names]
    return found


def is_test_module(name: str) -> bool:
    parts = name.split(".")
    return parts[0] == "tests" or parts[0].startswith("test_") or parts[0] == "conftest"


def test_no_test_module_imports_another():
    files = sorted(TESTS.glob("test_*.py")) + sorted((TESTS / "support").glob("*.py")) + [TESTS / "conftest.py"]
    assert len(files) > 50
    wrong = [
        f"{path.relative_to(TESTS)}:{line} imports {name}"
        for path in files
        for line, name in imported_modules(path)
        if is_test_module(name)
    ]
    assert wrong == [], "move what they share to tests/support:\n" + "\n".join(wrong)


def test_the_check_sees_every_form_of_such_an_import(tmp_path):
    sample = tmp_path / "test_sample.py"
    sample.write_text(
        "import test_a\nimport test_b as b\nfrom test_c import x\nfrom tests.test_d import y\n"
        "from tests import test_e\ndef f():\n    from test_f import z\n"
        "from support.programs import make_program\nimport pytest\n",
        encoding="utf-8",
    )
    flagged = [name for _, name in imported_modules(sample) if is_test_module(name)]
    assert flagged == ["test_a", "test_b", "test_c", "tests.test_d", "tests", "tests.test_e", "test_f"]


def test_support_holds_no_tests():
    for path in sorted((TESTS / "support").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.ClassDef))]
        assert not [name for name in names if name.startswith(("test_", "Test"))], path.name

"""Reliability harness for the two parsers that read what people write: the program loader and the
ACTIONS parser. Whatever the input, each must return its result or raise its documented error
(ProgramError / ActionsError, with messages that render) — never any other exception.

    python scripts/fuzz.py [--examples 500] [--corpus-only] [--seed N]

Parts: the corpus of broken files in tests/fuzz_corpus (*.toml, *.actions); hypothesis mutations of the
bundled samples and tests/programs/minimal.toml (lines dropped, duplicated or swapped, values replaced,
characters inserted, bytes flipped, the file cut short, other encodings and line endings); random text
and bytes; and the ACTIONS parser on mutated scripts and random text. Prints the figures of each part
and ends with "N passed, M failed" (N: cases that behaved, M: cases that did not).
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from presidium.core.action_script import ACTIONS, ActionsError, load_actions, parse_actions  # noqa: E402
from presidium.core.loader import load_program, load_program_bytes  # noqa: E402
from presidium.core.problems import ProgramError  # noqa: E402
from presidium.core.program import Program  # noqa: E402

CORPUS = ROOT / "tests" / "fuzz_corpus"
MINIMAL = ROOT / "tests" / "programs" / "minimal.toml"
SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.toml"))

VALUES = [
    "42",
    "-1",
    "0",
    '"x"',
    '""',
    "true",
    "[1, 2]",
    '["a", 3]',
    "[]",
    "{ a = 1 }",
    "2025-01-01",
    "9999-12-31",
    "07:30:00",
    '"1h"',
    '"99:99"',
    '"{presnt}"',
    '"{"',
    '"0m"',
    '"3/2"',
    '"1/0"',
    "1.5",
    "inf",
    "nan",
    "1e400",
    "99999999999999999999999",
    '"99999999999999h"',
    '"mat-dien"',
    '"25:61"',
    '"\\u00e9"',
    "'''multi\nline'''",
    '"' + "x" * 5000 + '"',
]

ACTIONS_SCRIPT = """\
# a rehearsal
0:00 start
0:30 present 140 convened=150 absent=10 reason=ốm
1:00 note time: đại biểu phát biểu quá giờ
1:10 card mat-dien
1:20 pause
2:00 resume
5:00 next
5:30 vote for=140 against=0 abstain=0
6:00 vote unanimous item=thong-qua-chuong-trinh
7:00 ballot issued=150 returned=150 invalid=2 "Nguyễn Văn An"=120 "Trần Thị Bình"=99
8:00 insert 10m kind=procedure Phát biểu bổ sung
9:00 goto bau-bch
9:10 undo
9:20 skip chao-co
10:00 speaker Trần Thị Bình
10:30 speaker-done
10:40 speaker-floor Lê Văn Cường | Đảng ủy | Ý kiến
10:50 speaker-move +1 Lê Văn Cường
1:00:00 finish
"""


# --- the documented outcomes ------------------------------------------------------------------------


class Unexpected(AssertionError):
    """A parser did something other than return its result or raise its documented error."""


def program_outcome(run: Callable[[], Any], source: str | None = None) -> str:
    """'ok' or 'error' (documented); raises Unexpected otherwise."""
    try:
        result = run()
    except ProgramError as error:
        if not error.problems:
            raise Unexpected("ProgramError without problems") from None
        for problem in error.problems:
            vi, en = problem.text("vi"), problem.text("en")
            if not vi or not en or (source is not None and not vi.startswith(source)):
                raise Unexpected(f"a problem renders badly: {vi!r} / {en!r}") from None
        return "error"
    except Exception as error:  # noqa: BLE001 — that is what is being looked for
        raise Unexpected(f"{type(error).__name__}: {error}\n{traceback.format_exc(limit=-3)}") from None
    if not isinstance(result, Program):
        raise Unexpected(f"returned {type(result).__name__}, not a Program")
    return "ok"


def actions_outcome(run: Callable[[], Any]) -> str:
    try:
        result = run()
    except ActionsError as error:
        if not error.problems or not all(problem.text() for problem in error.problems):
            raise Unexpected("ActionsError without readable problems") from None
        return "error"
    except Exception as error:  # noqa: BLE001
        raise Unexpected(f"{type(error).__name__}: {error}\n{traceback.format_exc(limit=-3)}") from None
    if not isinstance(result, list) or any(step.name not in ACTIONS for step in result):
        raise Unexpected(f"returned {result!r:.200}")
    return "ok"


# --- bookkeeping --------------------------------------------------------------------------------------------


@dataclass
class Part:
    name: str
    tried: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, outcome: str) -> None:
        self.tried += 1
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    @property
    def passed(self) -> int:
        return self.tried - len(self.failures)

    def line(self) -> str:
        seen = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items()))
        return f"{self.name:<38} {self.tried:>6} cases  {len(self.failures):>3} failed  {self.seconds:6.1f} s  ({seen})"


# --- the corpus ---------------------------------------------------------------------------------------------


def run_corpus(corpus: Path = CORPUS) -> Part:
    part = Part("corpus of broken files")
    began = time.perf_counter()
    for path in sorted(corpus.iterdir()):
        if path.suffix == ".toml":
            check = lambda p=path: program_outcome(lambda: load_program(p), str(p))  # noqa: E731
        elif path.suffix == ".actions":
            check = lambda p=path: actions_outcome(lambda: load_actions(p))  # noqa: E731
        else:
            continue
        try:
            part.count(check())
        except Unexpected as failure:
            part.count("unexpected")
            part.failures.append(f"{path.name}: {failure}")
    part.seconds = time.perf_counter() - began
    return part


# --- hypothesis ---------------------------------------------------------------------------------------------


def run_property(name: str, strategy, check: Callable[..., str], examples: int, seed: int | None) -> Part:
    """Run `check(*example)` for `examples` generated examples; a failure is shrunk by hypothesis and
    reported once."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as fix_seed

    part = Part(name)

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=seed is None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate, Phase.shrink],
    )
    @given(strategy)
    def test(example) -> None:
        part.count(check(example))

    if seed is not None:
        test = fix_seed(seed)(test)
    began = time.perf_counter()
    try:
        test()
    except Unexpected as failure:
        part.failures.append(str(failure))
    except Exception as failure:  # noqa: BLE001 — hypothesis' own complaints count as failures too
        part.failures.append(f"{type(failure).__name__}: {failure}")
    part.seconds = time.perf_counter() - began
    return part


def strategies() -> dict[str, Any]:
    from hypothesis import strategies as st

    texts = {path.name: path.read_text(encoding="utf-8") for path in [MINIMAL, *SAMPLES]}
    base = st.sampled_from(sorted(texts)).map(texts.__getitem__)

    @st.composite
    def line_edits(draw):
        lines = draw(base).splitlines()
        for _ in range(draw(st.integers(1, 6))):
            if not lines:
                break
            index = draw(st.integers(0, len(lines) - 1))
            how = draw(st.sampled_from(["drop", "duplicate", "swap", "value", "indent", "header"]))
            if how == "drop":
                del lines[index]
            elif how == "duplicate":
                lines.insert(index, lines[index])
            elif how == "swap":
                other = draw(st.integers(0, len(lines) - 1))
                lines[index], lines[other] = lines[other], lines[index]
            elif how == "value" and "=" in lines[index]:
                key = lines[index].split("=", 1)[0]
                lines[index] = f"{key}= {draw(st.sampled_from(VALUES))}"
            elif how == "indent":
                lines[index] = "\t  " + lines[index]
            else:
                lines.insert(
                    index,
                    draw(
                        st.sampled_from(
                            [
                                "[[session]]",
                                "[[session.item]]",
                                "[congress]",
                                "[[card]]",
                                "[rules.x]",
                                "[[regulation.article]]",
                                "[session.item.vote]",
                            ]
                        )
                    ),
                )
        return "\n".join(lines).encode("utf-8")

    @st.composite
    def byte_edits(draw):
        raw = bytearray(draw(base).encode("utf-8"))
        how = draw(st.sampled_from(["flip", "cut", "insert", "encoding", "newlines"]))
        if how == "flip":
            for _ in range(draw(st.integers(1, 8))):
                raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
        elif how == "cut":
            del raw[draw(st.integers(0, len(raw))) :]
        elif how == "insert":
            at = draw(st.integers(0, len(raw)))
            raw[at:at] = draw(st.binary(max_size=16))
        elif how == "encoding":
            text = raw.decode("utf-8")
            codec = draw(st.sampled_from(["utf-16", "utf-8-sig", "cp1258", "latin-1", "utf-32"]))
            return text.encode(codec, errors="replace")
        else:
            newline = draw(st.sampled_from(["\r\n", "\r", "\n\n", "\u2028", "\x0b"]))
            return raw.decode("utf-8").replace("\n", newline).encode("utf-8")
        return bytes(raw)

    @st.composite
    def text_inserts(draw):
        text = draw(base)
        at = draw(st.integers(0, len(text)))
        return (text[:at] + draw(st.text(max_size=12)) + text[at:]).encode("utf-8", errors="surrogatepass")

    toml_atoms = st.sampled_from(
        [
            "[",
            "]",
            "[[",
            "]]",
            "=",
            '"',
            "'",
            '"""',
            "\n",
            " ",
            "#",
            ",",
            "{",
            "}",
            ".",
            "session",
            "item",
            "congress",
            "id",
            "title",
            "kind",
            "duration",
            "1",
            "2025-07-07",
            "true",
            "x",
            "\\",
            "\\u",
            "\t",
        ]
    )

    @st.composite
    def action_edits(draw):
        lines = ACTIONS_SCRIPT.splitlines()
        for _ in range(draw(st.integers(1, 5))):
            index = draw(st.integers(0, len(lines) - 1))
            how = draw(st.sampled_from(["drop", "duplicate", "insert", "cut", "replace-word"]))
            if how == "drop":
                del lines[index]
            elif how == "duplicate":
                lines.insert(index, lines[index])
            elif how == "insert":
                at = draw(st.integers(0, len(lines[index])))
                lines[index] = lines[index][:at] + draw(st.text(max_size=8)) + lines[index][at:]
            elif how == "cut":
                lines[index] = lines[index][: draw(st.integers(0, len(lines[index])))]
            else:
                words = lines[index].split(" ")
                words[draw(st.integers(0, len(words) - 1))] = draw(
                    st.sampled_from(
                        [
                            "",
                            "=",
                            "x=",
                            "=1",
                            '"',
                            "'",
                            "-1",
                            "99999999999999999999",
                            "0:00",
                            "99:99",
                            "1:60",
                            "for=",
                            "item=",
                            "kind=",
                            "reason=",
                            "unanimous",
                            "|",
                            "+",
                            "-",
                            *ACTIONS,
                        ]
                    )
                )
                lines[index] = " ".join(words)
            if not lines:
                break
        return "\n".join(lines)

    return {
        "loader: lines edited": line_edits(),
        "loader: bytes edited": byte_edits(),
        "loader: characters inserted": text_inserts(),
        "loader: random TOML-ish text": st.lists(toml_atoms, max_size=60).map(lambda x: "".join(x).encode()),
        "loader: random text": st.text(max_size=300).map(lambda t: t.encode("utf-8", errors="surrogatepass")),
        "loader: random bytes": st.binary(max_size=300),
        "actions: script edited": action_edits(),
        "actions: random text": st.text(max_size=200),
        "actions: action-shaped lines": st.lists(
            st.tuples(
                st.sampled_from(["0:00", "1:00", "59:59", "1:00:00", "0:0", "x"]),
                st.sampled_from([*ACTIONS, "nope"]),
                st.text(max_size=20),
            ),
            max_size=8,
        ).map(lambda rows: "\n".join(" ".join(row) for row in rows)),
    }


def run_properties(examples: int, seed: int | None) -> list[Part]:
    parts = []
    for name, strategy in strategies().items():
        if name.startswith("loader"):
            check = lambda raw: program_outcome(lambda: load_program_bytes(raw, "fuzz.toml"), "fuzz.toml")  # noqa: E731
        else:
            check = lambda text: actions_outcome(lambda: parse_actions(text, "fuzz.actions"))  # noqa: E731
        part = run_property(name, strategy, check, examples, seed)
        print(part.line(), flush=True)
        parts.append(part)
    return parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=500, help="hypothesis examples per property")
    parser.add_argument("--corpus-only", action="store_true", help="only the files in tests/fuzz_corpus")
    parser.add_argument("--seed", type=int, default=None, help="a random seed (default: derandomized)")
    args = parser.parse_args(argv)
    corpus = run_corpus()
    print(corpus.line(), flush=True)
    parts = [corpus]
    if not args.corpus_only:
        parts += run_properties(args.examples, args.seed)
    failures = [(part.name, failure) for part in parts for failure in part.failures]
    for name, failure in failures:
        print(f"\nFAILED {name}: {failure}")
    passed = sum(part.passed for part in parts)
    print(f"\n{sum(p.tried for p in parts)} cases in {len(parts)} parts, {sum(p.seconds for p in parts):.1f} s")
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""A run's folded state as text, so that a long run resumes from its last checkpoint instead of
folding every event again (docs/architecture.md, "Checkpoints").

`Encoder` writes a RunState as canonical JSON; `decode_state` reads it back against the same
program, or raises CheckpointError: the caller then ignores the checkpoint and folds every event. Only
the run's own record types are ever built from the text (a fixed table of classes, no pickle), and an
item is written as a reference to the program's item of the same id when it is that item, in full
otherwise (an inserted item). `FORMAT` changes whenever the encoding does; the journal also keys a
checkpoint to a digest of the fold's code, so a checkpoint written by other code is never trusted.
"""

from __future__ import annotations

import dataclasses
import json
from fractions import Fraction
from types import MappingProxyType
from typing import Any

from presidium.core import ballots, records, run, speakers, votes
from presidium.core import program as program_module
from presidium.core.catalogue import CATALOGUE, Message
from presidium.core.program import Item, Program
from presidium.core.run import RunState

FORMAT = 2  # 2: a message is kept by its catalogue code
# The modules whose record types a state holds: the only classes a checkpoint can build.
_MODULES = (records, speakers, votes, ballots, program_module, run)
_CLASSES: dict[str, type] = {
    f"{cls.__module__.rsplit('.', 1)[-1]}.{cls.__qualname__}": cls
    for module in _MODULES
    for cls in vars(module).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == module.__name__
}
_NAMES = {cls: name for name, cls in _CLASSES.items()}


class CheckpointError(ValueError):
    """The text is not a checkpoint of this program's run as this code writes it: fold every event."""


class Encoder:
    """Encodes successive states of one run (each with the state `undo` would restore) as compact JSON: a record already encoded for the previous state (the
    same object: records are immutable and a run's logs only grow) is reused, so a checkpoint of a
    long run encodes only what changed since the last one."""

    def __init__(self) -> None:
        self._program: Program | None = None
        self._memo: dict[int, tuple[Any, Any]] = {}

    def encode(self, state: RunState) -> str:
        if state.program is not self._program:
            self._program, self._memo = state.program, {}
        context = _Context({item.id: item for item in state.program.items}, self._memo)
        undo = None if state.undo_point is None else [state.undo_point[0], _encode(state.undo_point[1], context)]
        body = [FORMAT, _encode(state, context), undo]
        self._memo = context.seen  # only the records of this state are kept
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class _Context:
    """The program's items (an item is written as a reference) and the records met so far."""

    def __init__(self, items: dict[str, Item], memo: dict[int, tuple[Any, Any]]) -> None:
        self.items = items
        self.memo = memo  # id -> (record, its encoding) from the previous state
        self.seen: dict[int, tuple[Any, Any]] = {}  # the same for this state

    def get(self, item_id: str) -> Item | None:
        return self.items.get(item_id)


def decode_state(text: str, program: Program) -> RunState:
    try:
        body = json.loads(text)
        if not isinstance(body, list) or len(body) != 3 or body[0] != FORMAT:
            raise CheckpointError("format")
        items = {item.id: item for item in program.items}
        state = _decode(body[1], items, program)
        if body[2] is not None:
            seq, before = body[2]
            state = dataclasses.replace(state, undo_point=(int(seq), _decode(before, items, program)))
    except CheckpointError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, IndexError) as error:
        raise CheckpointError(str(error)) from None
    if not isinstance(state, RunState):
        raise CheckpointError("not a run state")
    return state


# A JSON array opens with a tag: "t" tuple, "l" list, "d" dict with keys other than text, "q" Fraction,
# "i" the program's item of that id, "@<class>" a record with its fields in declaration order. A float
# stays a float in JSON (1.0 reads back as 1.0); a dict whose keys are all text is a JSON object.
def _fields(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        skip = ("program", "undo_point") if cls is RunState else ()
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls) if f.init and f.name not in skip)
    return names


_FIELDS: dict[type, tuple[str, ...]] = {}


_PLAIN = (type(None), bool, int, float, str)  # written as themselves


def _encode(value: Any, items: _Context) -> Any:
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple:
        return ["t", *[v if type(v) in _PLAIN else _encode(v, items) for v in value]]
    name = _NAMES.get(kind)
    if name is not None and not (kind is Item and items.get(value.id) == value):
        known = items.memo.get(id(value))
        if known is not None and known[0] is value:
            encoded = known[1]
        else:
            fields = vars(value)
            encoded = [
                "@" + name,
                *[v if type(v) in _PLAIN else _encode(v, items) for v in (fields[f] for f in _fields(kind))],
            ]
        items.seen[id(value)] = (value, encoded)
        return encoded
    if kind is Message:
        return ["m", value.code, _encode(value.params, items)]
    if isinstance(value, (dict, MappingProxyType)):
        if all(type(k) is str for k in value):
            return {k: v if type(v) in _PLAIN else _encode(v, items) for k, v in value.items()}
        return ["d", *[[_encode(k, items), _encode(v, items)] for k, v in value.items()]]
    if isinstance(value, list):
        return ["l", *[_encode(v, items) for v in value]]
    if isinstance(value, Fraction):
        return ["q", value.numerator, value.denominator]
    if isinstance(value, Item):
        return ["i", value.id]
    raise CheckpointError(f"cannot keep a {kind.__name__}")


def _decode(value: Any, items: dict[str, Item], program: Program) -> Any:
    if type(value) in _PLAIN:
        return value
    if type(value) is dict:
        return {k: v if type(v) in _PLAIN else _decode(v, items, program) for k, v in value.items()}
    tag = value[0]
    if tag == "t":
        return tuple([v if type(v) in _PLAIN else _decode(v, items, program) for v in value[1:]])
    if tag == "l":
        return [_decode(v, items, program) for v in value[1:]]
    if tag == "d":
        return {_decode(k, items, program): _decode(v, items, program) for k, v in value[1:]}
    if tag == "q":
        return Fraction(value[1], value[2])
    if tag == "i":
        return items[value[1]]
    if tag == "m":
        if value[1] not in CATALOGUE:
            raise CheckpointError(f"a message this code does not say ({value[1]})")
        return Message(value[1], **_decode(value[2], items, program))
    cls = _CLASSES.get(tag[1:]) if type(tag) is str and tag.startswith("@") else None
    if cls is None:
        raise CheckpointError(f"unknown record {tag}")
    names = _fields(cls)
    if len(names) != len(value) - 1:
        raise CheckpointError(f"{tag}: {len(value) - 1} fields, {len(names)} expected")
    args = [v if type(v) in _PLAIN else _decode(v, items, program) for v in value[1:]]
    if cls is RunState:
        return RunState(program, *args)
    if cls in _VALIDATED:
        return cls(*args)
    record: object = object.__new__(cls)  # a frozen record's __init__ sets each field through object.__setattr__: slow
    record.__dict__.update(zip(names, args, strict=True))
    return record


# Records whose construction does more than set the fields (ballots' read-only counts, votes' checks).
_VALIDATED = frozenset(cls for cls in _CLASSES.values() if hasattr(cls, "__post_init__"))
assert _fields(RunState) == tuple(f.name for f in dataclasses.fields(RunState))[1:-1]  # program first, undo last

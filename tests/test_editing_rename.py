"""A new id for a contingency card or a regulation article takes every reference to it along (items'
`cards`, cards' `refs`) in one change that undoes as one; the file changes only on those lines."""

from __future__ import annotations

import difflib

from presidium.app.samples import sample_path
from presidium.core.editing import ProgramDraft
from presidium.core.loader import load_program_text
from presidium.infra.program_file import draft_of_text, text_of


def _draft() -> ProgramDraft:
    return ProgramDraft(
        {
            "session": [
                {"id": "p1", "item": [{"id": "a", "cards": ["mat-dien", "xin-rut"]}, {"id": "b"}]},
                {"id": "p2", "item": [{"id": "c", "cards": ["xin-rut"]}]},
            ],
            "card": [
                {"id": "xin-rut", "refs": ["qc-7", "qc-9"]},
                {"id": "mat-dien", "refs": ["qc-9"]},
            ],
            "regulation": [{"id": "qc", "article": [{"id": "qc-7"}, {"id": "qc-9"}]}],
        }
    )


def test_a_new_card_id_follows_into_every_item_and_undo_puts_all_back():
    draft = _draft()
    heard = []
    draft.subscribe(heard.append)
    old, refs = draft.rename(("card", 0), "xin-rut-ung-cu")
    assert old == "xin-rut" and len(refs) == 2
    assert draft.get(("session", 0, "item", 0), "cards") == ["mat-dien", "xin-rut-ung-cu"]
    assert draft.get(("session", 1, "item", 0), "cards") == ["xin-rut-ung-cu"]
    assert draft.get(("card", 0), "id") == "xin-rut-ung-cu"
    assert ("session", 1, "item", 0) in heard  # the session's checked copy is renewed
    assert not [p for p in draft.problems() if "does not exist" in p.message("en")]
    draft.rename(("card", 0), old, refs)
    assert draft.get(("session", 0, "item", 0), "cards") == ["mat-dien", "xin-rut"]
    assert draft.get(("session", 1, "item", 0), "cards") == ["xin-rut"]
    assert draft.get(("card", 0), "id") == "xin-rut"


def test_a_new_article_id_follows_into_the_cards_that_cite_it():
    draft = _draft()
    _, refs = draft.rename(("regulation", 0, "article", 1), "qc-dieu-9")
    assert len(refs) == 2
    assert draft.get(("card", 0), "refs") == ["qc-7", "qc-dieu-9"]
    assert draft.get(("card", 1), "refs") == ["qc-dieu-9"]
    assert draft.get(("session", 0, "item", 0), "cards") == ["mat-dien", "xin-rut"]  # cards untouched


def test_an_id_two_cards_share_takes_no_reference_along():
    draft = _draft()
    draft.set(("card", 1), "id", "xin-rut")  # now either card could be meant
    _, refs = draft.rename(("card", 0), "xin-rut-2")
    assert refs == []
    assert draft.get(("session", 1, "item", 0), "cards") == ["xin-rut"]


def test_an_entry_no_one_cites_renames_alone():
    draft = _draft()
    draft.set(("session", 1, "item", 0), "cards", [])
    draft.set(("session", 0, "item", 0), "cards", ["mat-dien"])
    assert draft.rename(("card", 0), "moi") == ("xin-rut", [])


def test_saved_rename_loads_clean_and_changes_only_the_lines_that_name_the_id():
    text = sample_path("vi").read_text(encoding="utf-8")
    draft = draft_of_text(text)
    card = next(p for p in draft.paths(("card",)) if draft.get(p, "id") == "xin-rut")
    _, refs = draft.rename(card, "xin-rut-khoi-danh-sach")
    article = next(
        p for r in draft.paths(("regulation",)) for p in draft.paths(r + ("article",)) if draft.get(p, "id") == "qcbc-7"
    )
    _, cited = draft.rename(article, "qcbc-dieu-7")
    assert len(refs) == text.count('"xin-rut"') - 1 and len(cited) == text.count('"qcbc-7"') - 1
    out = text_of(draft)
    program = load_program_text(out)
    assert "xin-rut-khoi-danh-sach" in {c.id for c in program.cards}
    changed = [line for line in difflib.ndiff(text.splitlines(), out.splitlines()) if line[:1] in "+-"]
    assert len(changed) == 2 * (1 + len(refs) + 1 + len({r[0] for r in cited}))
    assert all("xin-rut" in line or "qcbc-" in line for line in changed)
    # the lines that name them keep their look: only the id inside the quotes changed
    assert out.replace("xin-rut-khoi-danh-sach", "xin-rut").replace("qcbc-dieu-7", "qcbc-7") == text

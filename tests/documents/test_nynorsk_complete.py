"""Every text a document says has its Nynorsk, with the same placeholders; no text is left unsaid.

The templates are read from the source: the literal first argument of every `say(...)` and
`marked(...)` in `documents/`. A Bokmål text written straight into a document (not said) is
found by the last test, which looks for prose outside `say`/`marked`.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from dischargeplanner import paths
from dischargeplanner.documents.language import placeholders

DOCUMENTS = Path(paths.__file__).parent / "documents"
PHRASES = paths.resources_dir() / "documents" / "nn"
# Modules whose texts are never in a recipient's document, with why.
NOT_SAID = {
    "access_extract.py": "the innsynslogg is made for the patient in Bokmål (no recipient to choose for)",
    "export.py": "file names and the export log, not the document",
    "document.py": "data classes only",
    "language.py": "the mechanism itself",
    "__init__.py": "",
}
# Calls whose string arguments are not document text.
_NOT_TEXT_CALLS = {"ParagraphStyle", "HexColor", "TTFont", "registerFont", "registerFontFamily", "getLogger"}
# Names whose strings are no document's template: words spelled out per language, and the
# command line's refusal (said to the person at the terminal).
_NOT_TEXT_NAMES = {"WEEKDAYS", "MONTHS", "refusal_text"}
_PROSE = re.compile(r"[A-ZÆØÅa-zæøå]{2,}[ :]|[ÆØÅæøå]|^[A-ZÆØÅ][a-zæøå]+$")


def _said_modules() -> list[Path]:
    return sorted(path for path in DOCUMENTS.glob("*.py") if path.name not in NOT_SAID)


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def templates() -> dict[str, str]:
    """Template -> where it is first said."""
    found: dict[str, str] = {}
    for path in sorted(DOCUMENTS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _call_name(node) in {"say", "marked"} and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.setdefault(first.value, f"{path.name}:{node.lineno}")
    return found


def phrases() -> dict[str, list[tuple[str, str]]]:
    """nb -> [(nn, file)] from every phrase file."""
    found: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(PHRASES.glob("*.toml")):
        with path.open("rb") as file:
            for entry in tomllib.load(file).get("phrase", []):
                found.setdefault(entry["nb"], []).append((entry["nn"], path.name))
    return found


def test_the_documents_say_their_texts() -> None:
    # A guard that the templates are found at all (293 when written).
    assert len(templates()) > 250


def test_every_template_has_its_nynorsk() -> None:
    known = phrases()
    missing = [f"{where}: {template!r}" for template, where in templates().items() if template not in known]
    assert missing == [], "\n".join(missing)


def test_each_nynorsk_keeps_the_placeholders_and_is_written() -> None:
    wrong = []
    for template, entries in phrases().items():
        for nn, file in entries:
            if not nn.strip() or placeholders(nn) != placeholders(template):
                wrong.append(f"{file}: {template!r} -> {nn!r}")
    assert wrong == [], "\n".join(wrong)


def test_one_template_has_one_nynorsk() -> None:
    doubled = {
        template: entries for template, entries in phrases().items() if len({nn for nn, _ in entries}) > 1
    }
    assert doubled == {}


def test_no_phrase_is_left_over_from_a_text_no_longer_said() -> None:
    said = templates()
    stale = [
        f"{file}: {template!r}"
        for template, entries in phrases().items()
        for _, file in entries
        if template not in said
    ]
    assert stale == [], "\n".join(stale)


def _unsaid_prose(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        # Docstrings, and what is said, marked or not text at all.
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and ast.get_docstring(node):
            skip.add(id(node.body[0].value))  # type: ignore[attr-defined]
        if isinstance(node, ast.Call) and _call_name(node) in {"say", "marked", *_NOT_TEXT_CALLS}:
            skip.update(id(inner) for inner in ast.walk(node))
        named = isinstance(node, ast.FunctionDef) and node.name in _NOT_TEXT_NAMES
        assigned = isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id in _NOT_TEXT_NAMES for target in node.targets
        )
        if (
            named
            or assigned
            or isinstance(node, (ast.Raise, ast.Compare, ast.Subscript))
            or (isinstance(node, ast.Call) and _call_name(node) in {"get", "startswith", "endswith"})
        ):
            skip.update(id(inner) for inner in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _PROSE.search(node.value):
            found.append(f"{path.name}:{node.lineno}: {node.value!r}")
    return found


@pytest.mark.parametrize("path", _said_modules(), ids=lambda path: path.name)
def test_no_document_text_is_written_in_without_being_said(path: Path) -> None:
    assert _unsaid_prose(path) == []

"""Checks that every UI string in the code has a finished translation in Bokmål, Nynorsk and English.

UI strings are written in English in the code (`self.tr("...")` in QObject subclasses, or
`QCoreApplication.translate("Context", "...")`) and translated in
resources/translations/dischargeplanner_<nb|nn|en>.ts. pyside6-lupdate finds the strings exactly
as Qt will look them up, so it is the extractor; this module compares its findings with the files.

The English file's translation of a plain message is its source text, filled in by
`--fill-english` (run by `make update-translations`); its plural messages (%n) need both forms
written by hand, and are reported until they are.

Used by tests/test_translations_complete.py; run directly to list what is missing:

    python tools/translations.py [--fill-english]
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = ROOT / "src" / "dischargeplanner"
LANGUAGES = ("nb", "nn", "en")
TS_FILES = {
    language: ROOT / "resources" / "translations" / f"dischargeplanner_{language}.ts"
    for language in LANGUAGES
}
NB_TS = TS_FILES["nb"]
_NOT_FINISHED = frozenset({"unfinished", "vanished", "obsolete"})
_APPLICATIONS = frozenset({"QCoreApplication", "QGuiApplication", "QApplication"})
_DYNAMIC_PRAGMA = "# tr-dynamic"


class Message(NamedTuple):
    """What Qt looks a translation up by. The comment is the disambiguation of tr(text, comment):
    'Open' (verb) and 'Open' (adjective) are two messages needing two translations."""

    context: str
    source: str
    comment: str = ""

    def __str__(self) -> str:
        suffix = f" [{self.comment}]" if self.comment else ""
        source = self.source.replace("\n", "\\n")  # one message per line in reports
        return f"{self.context}: {source}{suffix}"


class LupdateError(RuntimeError):
    """lupdate complained; its Python parser skips a file it cannot parse and still exits 0."""


def lupdate_executable() -> Path:
    """pyside6-lupdate of the running interpreter's environment, not whatever is on PATH."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return Path(sys.executable).with_name(f"pyside6-lupdate{suffix}")


def extract_strings(py_files: Iterable[Path], lupdate: Path) -> set[Message]:
    """Every translatable string lupdate finds in `py_files`."""
    files = sorted(str(path) for path in py_files)
    if not files:
        return set()
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "files.lst"
        listing.write_text("\n".join(files) + "\n", encoding="utf-8")  # no command-line limit
        ts_path = Path(scratch) / "found.ts"
        command = [str(lupdate), "-silent", "-locations", "none", f"@{listing}", "-ts", str(ts_path)]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0 or result.stderr.strip():
            raise LupdateError(f"{' '.join(command)} failed:\n{result.stderr}{result.stdout}")
        return {message for message, _ in _messages(ts_path)}


def finished_translations(ts_path: Path) -> dict[Message, str]:
    """Messages of a .ts file whose translation is done (plural forms joined by newlines)."""
    finished = {}
    for message, forms in _messages(ts_path):
        if forms is not None and _complete(forms):
            finished[message] = "\n".join(forms)
    return finished


def unfinished(ts_path: Path) -> list[Message]:
    """Messages still marked unfinished, or left empty, in a .ts file (vanished ones excluded)."""
    pending = []
    for message, element in _message_elements(ts_path):
        translation = element.find("translation")
        kind = "" if translation is None else translation.get("type", "")
        if kind in {"vanished", "obsolete"}:
            continue
        forms = _forms(element)
        if kind == "unfinished" or forms is None or not _complete(forms):
            pending.append(message)
    return sorted(pending)


def missing(found: Iterable[Message], finished: Mapping[Message, str]) -> list[Message]:
    """Strings in the code without a finished translation, sorted for a readable report."""
    return sorted(message for message in set(found) if message not in finished)


def dynamic_calls(py_files: Iterable[Path]) -> list[str]:
    """tr()/translate() calls whose text is not a plain string literal, as 'file:line: code'.

    lupdate cannot see such text (a variable) or records it unformatted (an f-string, looked up
    at run time after formatting, so never found): either way the UI shows English. Use
    placeholders instead: self.tr("{n} days").format(n=n). A helper that translates texts
    marked elsewhere with QT_TRANSLATE_NOOP("Context", "...") (which lupdate does see) says
    so with a `# tr-dynamic` comment on the call's line.
    """
    problems = []
    for path in sorted(py_files):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        calls = (node for node in ast.walk(ast.parse(source, str(path))) if isinstance(node, ast.Call))
        for node in calls:
            text = _translated_text(node)
            if text is None or _is_literal(text) or _DYNAMIC_PRAGMA in lines[node.lineno - 1]:
                continue
            problems.append(f"{path}:{node.lineno}: {ast.get_source_segment(source, node)}")
    return problems


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _translated_text(node: ast.Call) -> ast.expr | None:
    """The text argument when `node` is a tr()/translate() call, else None."""
    if not isinstance(node.func, ast.Attribute):
        return None
    if node.func.attr == "tr":
        return _argument(node, 0, "sourceText")
    if node.func.attr == "translate" and _receiver_name(node.func.value) in _APPLICATIONS:
        return _argument(node, 1, "sourceText")
    return None


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if len(call.args) > position:
        return call.args[position]
    return next((kw.value for kw in call.keywords if kw.arg == keyword), None)


def _receiver_name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr  # QtCore.QCoreApplication
    return ""


def _message_elements(ts_path: Path) -> Iterator[tuple[Message, ET.Element]]:
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            source = element.findtext("source") or ""
            comment = element.findtext("comment") or ""
            yield Message(name, source, comment), element


def _messages(ts_path: Path) -> Iterator[tuple[Message, list[str] | None]]:
    """Each message with its translated forms, or None when not finished."""
    for message, element in _message_elements(ts_path):
        translation = element.find("translation")
        if translation is None or translation.get("type", "") in _NOT_FINISHED:
            yield message, None
        else:
            yield message, _forms(element)


def _forms(element: ET.Element) -> list[str] | None:
    """Translated text: one form, or one per plural form for %n messages."""
    translation = element.find("translation")
    if translation is None:
        return None
    if element.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _complete(forms: list[str]) -> bool:
    return bool(forms) and all(form.strip() for form in forms)


def fill_english(ts_path: Path) -> int:
    """Give every plain message of the English file its source as translation; how many were filled.

    Plural messages are left alone: "%n day(s)" needs "%n day" and "%n days" from a person.
    """
    tree = ET.parse(ts_path)
    filled = 0
    for element in tree.getroot().iter("message"):
        translation = element.find("translation")
        if element.get("numerus") == "yes" or translation is None:
            continue
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            translation.attrib.pop("type", None)
            translation.text = element.findtext("source") or ""
            filled += 1
    if filled:
        _write_ts(tree, ts_path)
    return filled


def _write_ts(tree: ET.ElementTree, ts_path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def report(source_dir: Path = SOURCE_DIR, ts_files: Mapping[str, Path] = TS_FILES) -> list[str]:
    """Everything that keeps a language of the UI from being complete, one line each."""
    py_files = sorted(source_dir.rglob("*.py"))
    found = extract_strings(py_files, lupdate_executable())
    lines = []
    for ts_path in ts_files.values():
        lines += [
            f"missing in {ts_path.name}: {message}"
            for message in missing(found, finished_translations(ts_path))
        ]
        lines += [f"unfinished in {ts_path.name}: {message}" for message in unfinished(ts_path)]
    lines += [f"not translatable as written: {call}" for call in dynamic_calls(py_files)]
    return lines


def main() -> int:
    if "--fill-english" in sys.argv[1:]:
        print(f"{fill_english(TS_FILES['en'])} English messages filled from their source")
    problems = report()
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

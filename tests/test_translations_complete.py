"""The rule: a test fails if any UI string lacks a finished translation in Bokmål, Nynorsk or English.

UI strings are English in the code; resources/translations/dischargeplanner_<nb|nn|en>.ts must
give each one a finished translation. The checker lives in tools/translations.py (also used by make).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from translations import (  # noqa: E402  (tools/ is not a package; the path is set just above)
    LANGUAGES,
    NB_TS,
    SOURCE_DIR,
    TS_FILES,
    Message,
    dynamic_calls,
    extract_strings,
    fill_english,
    finished_translations,
    lupdate_executable,
    missing,
    unfinished,
)

FIXTURE_CODE = """
from PySide6.QtCore import QCoreApplication, QObject


class Fixture(QObject):
    def greeting(self) -> str:
        return self.tr("Hello")

    def farewell(self) -> str:
        return self.tr("Goodbye")


def plain() -> str:
    return QCoreApplication.translate("Free", "Plain text")
"""

FIXTURE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Fixture</name>
    <message>
        <source>Goodbye</source>
        <translation>Ha det</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation type="unfinished">Hei</translation>
    </message>
</context>
<context>
    <name>Free</name>
    <message>
        <source>Plain text</source>
        <translation></translation>
    </message>
</context>
</TS>
"""


def _source_files() -> list[Path]:
    return sorted(SOURCE_DIR.rglob("*.py"))


def _report(messages: list[Message]) -> str:
    return "\n".join(f"  {message}" for message in messages)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_ui_string_has_a_finished_translation(language: str) -> None:
    found = extract_strings(_source_files(), lupdate_executable())
    ts_path = TS_FILES[language]

    lacking = missing(found, finished_translations(ts_path))

    assert not lacking, (
        f"{len(lacking)} UI string(s) lack a finished translation in {ts_path.name} "
        f"(run `make update-translations`, then translate):\n{_report(lacking)}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_files_have_no_unfinished_entries(language: str) -> None:
    pending = unfinished(TS_FILES[language])

    assert not pending, f"unfinished in {TS_FILES[language].name}:\n{_report(pending)}"


def test_english_is_filled_from_the_source_but_plurals_are_not(tmp_path: Path) -> None:
    """--fill-english gives plain messages their source; a %n message still needs both forms."""
    ts_path = tmp_path / "fixture_en.ts"
    ts_path.write_text(
        FIXTURE_TS.replace(
            "</TS>",
            '<context><name>Count</name><message numerus="yes"><source>%n day(s)</source>'
            '<translation type="unfinished"><numerusform></numerusform><numerusform></numerusform>'
            "</translation></message></context>\n</TS>",
        ),
        encoding="utf-8",
    )

    assert fill_english(ts_path) == 2  # "Hello" (unfinished) and "Plain text" (empty)

    finished = finished_translations(ts_path)
    assert finished[Message("Fixture", "Hello")] == "Hello"
    assert finished[Message("Free", "Plain text")] == "Plain text"
    assert finished[Message("Fixture", "Goodbye")] == "Ha det"  # a written translation is kept
    assert [str(message) for message in unfinished(ts_path)] == ["Count: %n day(s)"]


def test_ui_strings_are_literals_lupdate_can_see() -> None:
    """A tr() of a variable or f-string escapes the rule above, and shows English at run time."""
    problems = dynamic_calls(_source_files())

    assert not problems, "tr()/translate() with text lupdate cannot extract:\n" + "\n".join(problems)


def test_checker_reports_an_untranslated_fixture_string(tmp_path: Path) -> None:
    """Proves the rule bites: lupdate runs, finds the strings, and the gaps are reported."""
    code = tmp_path / "fixture.py"
    code.write_text(FIXTURE_CODE, encoding="utf-8")
    empty_ts = tmp_path / "empty_nb.ts"
    empty_ts.write_text(NB_TS.read_text(encoding="utf-8"), encoding="utf-8")

    found = extract_strings([code], lupdate_executable())
    report = [str(message) for message in missing(found, finished_translations(empty_ts))]

    assert "Fixture: Hello" in report
    assert "Fixture: Goodbye" in report
    assert "Free: Plain text" in report


def test_checker_accepts_only_finished_translations(tmp_path: Path) -> None:
    code = tmp_path / "fixture.py"
    code.write_text(FIXTURE_CODE, encoding="utf-8")
    ts_path = tmp_path / "fixture_nb.ts"
    ts_path.write_text(FIXTURE_TS, encoding="utf-8")

    found = extract_strings([code], lupdate_executable())
    lacking = [str(message) for message in missing(found, finished_translations(ts_path))]

    assert lacking == ["Fixture: Hello", "Free: Plain text"]  # unfinished and empty
    assert [str(message) for message in unfinished(ts_path)] == ["Fixture: Hello", "Free: Plain text"]


def test_disambiguated_strings_need_their_own_translation(tmp_path: Path) -> None:
    code = tmp_path / "fixture.py"
    code.write_text(
        "from PySide6.QtCore import QObject\n\n\n"
        "class Menu(QObject):\n"
        "    def labels(self) -> list[str]:\n"
        '        return [self.tr("Open", "verb"), self.tr("Open", "state")]\n',
        encoding="utf-8",
    )

    found = extract_strings([code], lupdate_executable())

    assert found == {Message("Menu", "Open", "verb"), Message("Menu", "Open", "state")}


@pytest.mark.parametrize(
    ("call", "flagged"),
    [
        ('self.tr("Literal")', False),
        ("self.tr(name)", True),
        ('self.tr(f"{n} days")', True),
        ('QCoreApplication.translate("Ctx", text)', True),
        ('QCoreApplication.translate("Ctx", text)  # tr-dynamic: marked with QT_TRANSLATE_NOOP', False),
        ('"abc".translate(table)', False),
    ],
)
def test_dynamic_calls_are_detected(tmp_path: Path, call: str, flagged: bool) -> None:
    code = tmp_path / "fixture.py"
    code.write_text(f"def f(self, name, n, text, table):\n    return {call}\n", encoding="utf-8")

    assert bool(dynamic_calls([code])) is flagged

"""The interface language: each person's choice, the system's language otherwise, and the window in it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from dischargeplanner import paths
from dischargeplanner.app import Context
from dischargeplanner.domain.model import AreaKey, PlanId
from dischargeplanner.ui.i18n import (
    Translations,
    chosen_language,
    install_translators,
    save_language,
    system_language,
)
from dischargeplanner.ui.main_window import MainWindow
from helpers import MakeWindow


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[Translations]:
    """Another language installed over the session's Bokmål; Bokmål (and its dates) again afterwards."""
    translations = Translations(qapp, paths.translations_dir())
    yield translations
    translations.clear()
    install_translators(qapp, paths.translations_dir(), "nb").clear()  # Bokmål's locale for dates


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway), "nb"),
        (QLocale(QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway), "nn"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "en"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "en"),
        (QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden), "nb"),  # unsure: Bokmål
        (QLocale(QLocale.Language.Polish, QLocale.Country.Poland), "nb"),
    ],
)
def test_the_systems_language_decides_and_bokmal_when_unsure(locale: QLocale, expected: str) -> None:
    assert system_language(locale) == expected


def test_a_persons_choice_is_kept_in_their_settings(tmp_path: Path) -> None:
    ui_state = tmp_path / "vindu.ini"
    assert chosen_language(ui_state) == system_language()
    save_language(ui_state, "nn")
    assert chosen_language(ui_state) == "nn"
    save_language(ui_state, "klingon")  # a file edited by hand
    assert chosen_language(ui_state) == system_language()


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("nn", ["&Fil", "&Rediger", "&Vis", "&Hjelp"]),
        ("en", ["&File", "&Edit", "&View", "&Help"]),
    ],
)
def test_the_window_is_built_in_the_chosen_language(
    context: Context, make_window: MakeWindow, in_language: Translations, language: str, titles: list[str]
) -> None:
    in_language.switch(language)
    window = make_window(context)
    assert _menu_titles(window) == titles
    in_language.clear()
    assert _menu_titles(make_window(context)) == ["&Fil", "&Rediger", "&Vis", "&Hjelp"]  # Bokmål again


def test_the_nynorsk_window_speaks_nynorsk(
    context: Context, make_window: MakeWindow, in_language: Translations
) -> None:
    in_language.switch("nn")
    window = make_window(context)
    assert "Utskrivingsplanleggar" in window.about_text()
    assert window.view_menu.languages["nn"].isChecked()


def test_choosing_a_language_asks_for_it_once(context: Context, make_window: MakeWindow) -> None:
    window = make_window(context)
    chosen: list[str] = []
    window.view_menu.language_chosen.connect(chosen.append)
    window.view_menu.languages["nb"].trigger()  # the one in use: nothing to do
    window.view_menu.languages["nn"].trigger()
    assert chosen == ["nn"]
    assert [action.text() for action in window.view_menu.languages.values()] == [
        "Norsk bokmål",
        "Norsk nynorsk",
        "English",
    ]


def test_a_plan_in_nynorsk_shows_the_checklist_in_nynorsk_and_stores_it_as_it_was(
    context: Context, make_window: MakeWindow, in_language: Translations, plan_id: PlanId
) -> None:
    in_language.switch("nn")
    window = make_window(context)
    window.open_plan(plan_id)

    assert window.editor.area_list.item(0).text().startswith("Bustad\n")
    page = window.editor.pages[AreaKey.HOUSING]
    assert page.title.text() == "Bustad"
    assert page.model.item_at(0).text == "Busituasjon kartlagd ved innkomst"
    stored = context.service.plan_detail(plan_id)
    assert stored.area(AreaKey.HOUSING).title == "Bolig"  # only what is shown changes
    assert stored.items[0].text == "Bosituasjon kartlagt ved innkomst"


def test_back_in_bokmal_the_checklist_is_as_stored(
    context: Context, make_window: MakeWindow, plan_id: PlanId
) -> None:
    window = make_window(context)
    window.open_plan(plan_id)
    assert window.editor.pages[AreaKey.HOUSING].model.item_at(0).text == "Bosituasjon kartlagt ved innkomst"

"""The checklist's Nynorsk and English wording: by key from a translation file, same version only."""

from __future__ import annotations

from pathlib import Path

from dischargeplanner.domain.catalogue import load_catalogue, standard_catalogue_path
from dischargeplanner.domain.catalogue_texts import load_wording, translation_path
from dischargeplanner.paths import resources_dir

STANDARD = standard_catalogue_path(resources_dir())


def test_every_area_and_item_of_the_standard_checklist_has_a_nynorsk_text() -> None:
    catalogue = load_catalogue(STANDARD)
    wording = load_wording(STANDARD, "nn")
    for item in catalogue.items:
        assert item.text in wording.texts, item.key
        assert item.help in wording.texts, item.key
    assert wording.shown("Bolig") == "Bustad"
    assert wording.shown("Bosituasjon kartlagt ved innkomst") == "Busituasjon kartlagd ved innkomst"
    assert wording.shown("Krise og tilbakefall") == "Krise og tilbakefall"  # the same in both


def test_every_area_and_item_of_the_standard_checklist_has_an_english_text() -> None:
    catalogue = load_catalogue(STANDARD)
    wording = load_wording(STANDARD, "en")
    for area in catalogue.areas:
        assert area.title in wording.texts, area.key
        assert area.description in wording.texts, area.key
    for item in catalogue.items:
        assert item.text in wording.texts, item.key
        assert item.help in wording.texts, item.key
    assert all(text.strip() for text in wording.texts.values())
    assert wording.shown("Bolig") == "Housing"
    assert wording.shown("Bosituasjon kartlagt ved innkomst") == "Housing situation assessed at admission"
    assert wording.shown("Krise og tilbakefall") == "Crisis and relapse"


def test_a_translation_for_another_version_is_not_used(tmp_path: Path) -> None:
    catalogue = tmp_path / "sjekkliste.toml"
    catalogue.write_text(STANDARD.read_text(encoding="utf-8"), encoding="utf-8")
    other = (
        translation_path(STANDARD, "nn")
        .read_text(encoding="utf-8")
        .replace('version = "1.0"', 'version = "0.9"')
    )
    translation_path(catalogue, "nn").write_text(other, encoding="utf-8")

    assert load_wording(catalogue, "nn").texts == {}


def test_no_translation_file_shows_everything_as_stored(tmp_path: Path) -> None:
    catalogue = tmp_path / "sjekkliste.toml"
    catalogue.write_text(STANDARD.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_wording(catalogue, "nn").shown("Bolig") == "Bolig"
    assert load_wording(catalogue, "en").texts == {}

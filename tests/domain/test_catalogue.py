"""The shipped TSB checklist, and the errors a hand-edited catalogue gets."""

from __future__ import annotations

from pathlib import Path

import pytest

from dischargeplanner.domain.catalogue import CatalogueError, load_catalogue, standard_catalogue_path
from dischargeplanner.domain.model import (
    CORE_AREAS,
    AreaKey,
    BrukerPlanArea,
    Catalogue,
    Responsible,
    TimingAnchor,
    TimingRule,
)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"

VALID = """\
[catalogue]
id = "test"
version = "1"
title = "Testkatalog"

[[area]]
key = "housing"
title = "Bolig"
description = "Bolig."
brukerplan = ["bolig"]

[[item]]
key = "housing.rent_paid"
area = "housing"
text = "Husleie betales under oppholdet"
help = "Hjelp."
timing = "A+3"
required = true
brukerplan = "bolig"
responsible = "ward"

[[item]]
key = "housing.address_confirmed"
area = "housing"
text = "Adresse bekreftet"
help = "Hjelp."
timing = "D-7"
required = true
brukerplan = "bolig"
responsible = "patient"
"""


@pytest.fixture(scope="module")
def standard() -> Catalogue:
    return load_catalogue(standard_catalogue_path(RESOURCES))


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "katalog.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    """1-based line number of the n-th line containing `fragment`."""
    hits = [number for number, line in enumerate(text.splitlines(), start=1) if fragment in line]
    return hits[occurrence - 1]


def _error_for(tmp_path: Path, text: str) -> CatalogueError:
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(_write(tmp_path, text))
    return caught.value


# --- the shipped catalogue ----------------------------------------------------------------------


def test_standard_catalogue_has_the_nine_areas_in_order(standard: Catalogue) -> None:
    assert standard.catalogue_id == "tsb-standard"
    assert standard.version
    assert [area.key for area in standard.areas] == list(AreaKey)
    titles = [area.title for area in standard.areas]
    assert titles == [
        "Bolig",
        "Økonomi",
        "Nettverk",
        "Meningsfull aktivitet",
        "Selvhjelp",
        "Helse",
        "Krise og tilbakefall",
        "Barn og familie",
        "Samarbeid med kommunen",
    ]


@pytest.mark.parametrize("area", list(AreaKey))
def test_standard_catalogue_has_enough_items_per_area(standard: Catalogue, area: AreaKey) -> None:
    minimum = 6 if area in CORE_AREAS else 3
    assert len(standard.items_in(area)) >= minimum


def test_standard_item_keys_are_unique_and_prefixed_by_their_area(standard: Catalogue) -> None:
    keys = [item.key for item in standard.items]
    assert len(keys) == len(set(keys))
    assert all(item.key.startswith(f"{item.area}.") for item in standard.items)


def test_standard_timings_round_trip_through_their_text_form(standard: Catalogue) -> None:
    for item in standard.items:
        assert TimingRule.decode(item.timing.encode()) == item.timing


def test_standard_timeline_milestones(standard: Catalogue) -> None:
    by_key = {item.key: item for item in standard.items}
    assert by_key["housing.rent_paid"].timing == TimingRule(TimingAnchor.ADMISSION, 3)
    assert by_key["crisis.unplanned_discharge_procedure"].timing == TimingRule(TimingAnchor.ADMISSION, 3)
    assert by_key["self_help.informed"].timing == TimingRule(TimingAnchor.ADMISSION, 14)
    assert by_key["coordination.discharge_meeting_scheduled"].timing == TimingRule(TimingAnchor.DISCHARGE, 21)
    assert by_key["coordination.handover_sent"].timing == TimingRule(TimingAnchor.DISCHARGE, 1)


def test_no_item_speaks_of_referral_to_self_help(standard: Catalogue) -> None:
    # "Ingen kan henvises til en selvhjelpsgruppe": staff inform and motivate only.
    offending = [
        item.key
        for item in standard.items
        if "henvis" in item.text.casefold() or "henvis" in item.help.casefold()
    ]
    assert offending == []


def test_self_help_items_inform_and_motivate(standard: Catalogue) -> None:
    texts = " ".join(item.text.casefold() for item in standard.items_in(AreaKey.SELF_HELP))
    assert "informert" in texts
    assert "presentert" in texts
    assert "møtested" in texts


def test_health_and_crisis_feed_the_brukerplan_areas_the_kommune_expects(standard: Catalogue) -> None:
    health = standard.area(AreaKey.HEALTH).brukerplan
    assert BrukerPlanArea.FYSISK_HELSE in health
    assert BrukerPlanArea.PSYKISK_HELSE in health
    assert BrukerPlanArea.RUSMIDDELBRUK in standard.area(AreaKey.CRISIS).brukerplan


def test_every_item_feeds_a_brukerplan_area_of_its_own_area(standard: Catalogue) -> None:
    # The handover groups items under the area's BrukerPlan areas; a stray one would vanish there.
    for item in standard.items:
        assert item.brukerplan in standard.area(item.area).brukerplan, item.key


def test_every_standard_item_has_text_and_help(standard: Catalogue) -> None:
    for item in standard.items:
        assert item.text.strip(), item.key
        assert len(item.help) >= 40, item.key


# --- loading ------------------------------------------------------------------------------------


def test_valid_file_loads_into_domain_types(tmp_path: Path) -> None:
    catalogue = load_catalogue(_write(tmp_path, VALID))
    assert catalogue.catalogue_id == "test"
    assert catalogue.areas[0].brukerplan == (BrukerPlanArea.BOLIG,)
    first, second = catalogue.items
    assert first.area is AreaKey.HOUSING
    assert first.timing == TimingRule(TimingAnchor.ADMISSION, 3)
    assert second.default_responsible is Responsible.PATIENT
    assert isinstance(catalogue.items, tuple)


def test_error_message_names_file_and_line(tmp_path: Path) -> None:
    error = CatalogueError(tmp_path / "x.toml", 12, "mangler feltet «timing»")
    assert str(error) == f"{tmp_path / 'x.toml'}, linje 12: mangler feltet «timing»"
    assert str(CatalogueError(tmp_path / "x.toml", None, "tom")) == f"{tmp_path / 'x.toml'}: tom"


def test_syntax_error_reports_tomls_line(tmp_path: Path) -> None:
    text = VALID.replace('text = "Adresse bekreftet"', 'text = "Adresse bekreftet')
    error = _error_for(tmp_path, text)
    assert error.line == _line_of(text, 'text = "Adresse bekreftet')
    assert error.reason.startswith("ugyldig TOML")


def test_unknown_area_reports_the_area_line(tmp_path: Path) -> None:
    text = VALID.replace('area = "housing"', 'area = "hosuing"', 1)
    error = _error_for(tmp_path, text)
    assert error.line == _line_of(text, 'area = "hosuing"')
    assert "ukjent område «hosuing»" in error.reason


def test_bad_timing_reports_the_timing_line(tmp_path: Path) -> None:
    text = VALID.replace('timing = "D-7"', 'timing = "X+3"')
    error = _error_for(tmp_path, text)
    assert error.line == _line_of(text, 'timing = "X+3"')
    assert "tidsregel «X+3» må ha formen A+N eller D-N" in error.reason


def test_duplicate_key_reports_the_second_occurrence(tmp_path: Path) -> None:
    text = VALID.replace('key = "housing.address_confirmed"', 'key = "housing.rent_paid"')
    error = _error_for(tmp_path, text)
    assert error.line == _line_of(text, 'key = "housing.rent_paid"', occurrence=2)
    assert error.reason == "punktet «housing.rent_paid» finnes to ganger"


def test_missing_field_reports_the_items_header(tmp_path: Path) -> None:
    text = VALID.replace('timing = "D-7"\n', "")
    error = _error_for(tmp_path, text)
    assert error.line == _line_of(text, "[[item]]", occurrence=2)
    assert error.reason == "mangler feltet «timing»"


@pytest.mark.parametrize(
    ("old", "bad_line", "reason"),
    [
        (
            'brukerplan = "bolig"\nresponsible = "patient"',
            'brukerplan = "boligg"',
            "ukjent BrukerPlan-område",
        ),
        ('responsible = "patient"', 'responsible = "fastlege"', "ukjent ansvarlig «fastlege»"),
        (
            'required = true\nbrukerplan = "bolig"\nresponsible = "patient"',
            'required = "ja"',
            "true eller false",
        ),
        ('help = "Hjelp."\ntiming = "D-7"', 'hjelp = "Hjelp."', "ukjent felt «hjelp»"),
        ('key = "housing.address_confirmed"', 'key = "finances.address"', "må begynne med"),
    ],
)
def test_bad_value_in_second_item_points_at_that_line(
    tmp_path: Path, old: str, bad_line: str, reason: str
) -> None:
    # `old` starts with the field to break, on the line that `bad_line` replaces.
    assert VALID.count(old) == 1
    _, _, rest = old.partition("\n")
    text = VALID.replace(old, f"{bad_line}\n{rest}" if rest else bad_line)
    error = _error_for(tmp_path, text)
    assert error.line == _line_of(text, bad_line)
    assert reason in error.reason


def test_item_in_undeclared_area(tmp_path: Path) -> None:
    text = VALID + (
        '\n[[item]]\nkey = "finances.debt_overview"\narea = "finances"\ntext = "Oversikt over gjeld"\n'
        'timing = "A+14"\nrequired = true\nbrukerplan = "okonomi"\nresponsible = "ward"\n'
    )
    error = _error_for(tmp_path, text)
    assert error.line == _line_of(text, 'area = "finances"')
    assert "mangler en [[area]]-tabell" in error.reason


def test_area_without_items(tmp_path: Path) -> None:
    area = '\n[[area]]\nkey = "family"\ntitle = "Barn og familie"\nbrukerplan = ["nettverk"]\n'
    text = VALID.replace("\n[[item]]", area + "\n[[item]]", 1)
    error = _error_for(tmp_path, text)
    assert error.line == _line_of(text, 'key = "family"')
    assert error.reason == "området «family» har ingen punkter"


def test_missing_catalogue_version(tmp_path: Path) -> None:
    text = VALID.replace('version = "1"\n', "")
    error = _error_for(tmp_path, text)
    assert error.line == 1
    assert error.reason == "mangler feltet «version»"


def test_misspelt_item_table_is_not_silently_ignored(tmp_path: Path) -> None:
    text = VALID.replace("[[item]]", "[[items]]", 1)
    error = _error_for(tmp_path, text)
    assert error.line == _line_of(text, "[[items]]")
    assert "«items»" in error.reason


def test_header_lookalike_inside_multiline_help_is_ignored(tmp_path: Path) -> None:
    text = VALID.replace('help = "Hjelp."', 'help = """\n[[item]]\n"""', 1).replace(
        'timing = "D-7"', 'timing = "D+7"'
    )
    error = _error_for(tmp_path, text)
    assert error.line == _line_of(text, 'timing = "D+7"')


def test_unreadable_file_gives_catalogue_error(tmp_path: Path) -> None:
    path = tmp_path / "katalog.toml"
    path.write_bytes(b'[catalogue]\nid = "\xff"\n')
    with pytest.raises(CatalogueError, match="UTF-8"):
        load_catalogue(path)
    with pytest.raises(CatalogueError, match="kan ikke lese"):
        load_catalogue(tmp_path / "finnes-ikke.toml")

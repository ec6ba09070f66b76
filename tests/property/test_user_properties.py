"""Logins and the access log, for any input: a user is added (names cleaned) or refused with worded
issues and nothing stored; any filter on the access log reads it or is refused."""

from __future__ import annotations

from datetime import date

from hypothesis import example, given
from hypothesis import strategies as st

from dischargeplanner import paths
from dischargeplanner.app import Context
from dischargeplanner.domain.access_log import AccessQuery, validate_query
from dischargeplanner.domain.limits import clean_line
from dischargeplanner.domain.model import Patient, PlanDraft, PlanId
from dischargeplanner.domain.problems import Problem
from dischargeplanner.domain.services import ValidationError
from dischargeplanner.domain.user_service import UserService, validate_new_user, validate_password
from dischargeplanner.domain.users import Role, normal_username
from dischargeplanner.storage.audit import access_log_service
from dischargeplanner.storage.keyring import TEST_COST, KeyFile
from dischargeplanner.storage.users import SqliteUserStore
from helpers import TEST_USER, clock_at, service_at
from helpers_property import (
    TODAY,
    Refused,
    Wards,
    assert_clean,
    assert_worded,
    attempt,
    count_example,
    mostly,
    names,
    optional_dates,
    property_settings,
    texts,
)

# A few names come back again and again: the second time, the name is taken.
usernames = mostly(
    st.sampled_from(["kari.testesen", "ola", "Per_Test", " nils-demo ", "åse", "x", TEST_USER]),
    texts | st.from_regex(r"[a-z0-9._-]{0,40}", fullmatch=True),
)
passwords = mostly(st.sampled_from(["en helt vanlig setning", "fire ord på rad her"]), texts)


def _users(ward: Context) -> UserService:
    keys = KeyFile(paths.key_file_path(ward.data_dir), TEST_COST)
    return UserService(SqliteUserStore(ward.conn, clock_at(TODAY)), keys, ward.key, clock_at(TODAY))


@property_settings()
@given(usernames, names, passwords, passwords)
@example("ab\n", "\x00", "\x00" * 12, "\x00" * 12)
def test_every_problem_with_a_new_user_is_worded(
    username: str, full_name: str, password: str, repeated: str
) -> None:
    count_example()
    issues = validate_new_user(username, full_name, password, repeated) + validate_password(
        username, password, repeated
    )
    if issues:
        assert_worded(ValidationError(issues))


@property_settings()
@given(usernames, names, st.sampled_from(Role), passwords, st.booleans(), passwords)
@example(TEST_USER, "Test Bruker", Role.STAFF, "en helt vanlig setning", True, "en helt vanlig setning")
def test_a_user_is_added_as_typed_or_not_at_all(
    wards: Wards,
    username: str,
    full_name: str,
    role: Role,
    password: str,
    same_again: bool,
    new_password: str,
) -> None:
    count_example()
    ward = wards.ward()
    users = _users(ward)
    repeated = password if same_again else new_password
    result = attempt(
        ward.conn,
        lambda: users.add_user(username, full_name, role, password, repeated, TEST_USER),
        users.users,
    )
    if isinstance(result, Refused):
        assert Problem.USERNAME_TAKEN not in result.problems or users.user(username) is not None
        return
    assert result == users.user(username)
    assert (result.username, result.full_name, result.role) == (
        normal_username(username),
        clean_line(full_name),
        role,
    )
    assert_clean(result)
    changed = attempt(
        ward.conn, lambda: users.reset_password(username, new_password, new_password, TEST_USER), users.users
    )
    if not isinstance(changed, Refused):
        KeyFile(paths.key_file_path(ward.data_dir), TEST_COST).unlock(result.username, new_password)


def _a_ward_with_a_log(ward: Context) -> PlanId:
    plans = service_at(ward, TODAY)
    if plans.list_plans():
        return plans.list_plans()[0].plan_id
    draft = PlanDraft(Patient("Åse Testesen"), "0301", "Avdeling A", "Sosionom", TODAY, None)
    plan_id, _ = plans.start_plan(draft, TEST_USER)
    plans.set_area_goal(plan_id, plans.plan_detail(plan_id).areas[0].area, "Egen bolig", TEST_USER)
    return plan_id


@property_settings()
@given(st.none() | usernames, texts, st.none() | st.integers(-2, 3), optional_dates, optional_dates)
@example(None, "", None, date.max, date.max)  # "until" is read up to the end of its day
@example(None, "\x00", None, date.min, None)
def test_any_filter_on_the_access_log_reads_it_or_is_refused(
    ward: Context, user: str | None, patient: str, plan_id: int | None, since: date | None, until: date | None
) -> None:
    count_example()
    known = _a_ward_with_a_log(ward)
    query = AccessQuery(
        user, patient, None if plan_id is None else PlanId(known if plan_id == 1 else plan_id), since, until
    )
    log = access_log_service(ward.conn, clock_at(TODAY))
    result = attempt(ward.conn, lambda: log.entries(query))
    if isinstance(result, Refused):
        return
    assert not validate_query(query)
    for entry in result:
        assert since is None or entry.at.astimezone().date() >= since
        assert until is None or entry.at.astimezone().date() <= until

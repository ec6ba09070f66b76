"""Schema text of migration 0007 for personal logins (frozen once released)."""

SQL = """
-- Never deleted: the access log keeps naming the people in it. Passwords are not here:
-- each one unwraps that user's copy of the database key in the key file beside the database.
CREATE TABLE app_user (
    username TEXT PRIMARY KEY CHECK (length(username) BETWEEN 2 AND 32 AND username = lower(username)),
    full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    role TEXT NOT NULL CHECK (role IN ('administrator', 'staff')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_on TEXT NOT NULL,
    created_by TEXT NOT NULL
) STRICT;

CREATE TRIGGER app_user_no_delete BEFORE DELETE ON app_user
BEGIN
    SELECT RAISE(ABORT, 'users are deactivated, never deleted');
END;
"""

"""The key file beside the database: one random database key, wrapped once per user and once for recovery.

The database is encrypted with SQLCipher under a random 256-bit key that nobody types. Each
user's password unwraps a copy of it; so does the recovery key printed at setup. Changing or
resetting a password re-wraps that user's copy and never touches the data.

Wrapping uses only the standard library: scrypt (per-entry random salt) derives 64 bytes from
the secret; the first 32 are XORed with the database key, the other 32 key an HMAC-SHA256 over
the entry's label and the wrapped bytes (encrypt-then-MAC). A fresh salt for every wrap means a
derived pad is never used twice, and a wrong secret fails the MAC, never yields a wrong key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from dischargeplanner.domain.services import StorageError
from dischargeplanner.domain.users import normal_username

DB_KEY_BYTES = 32
KEY_FILE_VERSION = 1
RECOVERY_LABEL = "recovery"
# Printed in groups of four from an alphabet without 0/O and 1/I/L, so it can be typed back.
_RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_RECOVERY_LENGTH = 32


class KeyFileError(StorageError):
    """The key file is missing, damaged, not ours or cannot be written; the message says which."""


class WrongCredentialsError(Exception):
    """The name and password (or recovery key) do not open the database. Deliberately says no more."""


@dataclass(frozen=True)
class KdfCost:
    """scrypt's cost per attempt. The default is scrypt's own choice for interactive logins
    (N=2^14, r=8, p=1): about 70 ms and 16 MiB here, paid at every sign-in and unlock. Each
    entry stores its cost, so a file made with another cost still opens."""

    n: int = 2**14
    r: int = 8
    p: int = 1


# Tests make many key files: the same code with a cost that takes a millisecond.
TEST_COST = KdfCost(n=2**10)


@dataclass(frozen=True)
class Failures:
    """Wrong passwords in a row for one name, and when the last one was."""

    count: int = 0
    last: datetime | None = None


def new_database_key() -> bytes:
    return secrets.token_bytes(DB_KEY_BYTES)


def new_recovery_key() -> str:
    letters = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_LENGTH))
    return "-".join(letters[i : i + 4] for i in range(0, _RECOVERY_LENGTH, 4))


def _normal_recovery(text: str) -> str:
    """What was typed back, without dashes, spaces or case (O and 0, I and 1 read as meant)."""
    cleaned = "".join(char for char in text.upper() if char.isalnum())
    return cleaned.replace("0", "O").replace("1", "I")


def _derive(secret: str, salt: bytes, cost: KdfCost) -> tuple[bytes, bytes]:
    material = hashlib.scrypt(
        secret.encode("utf-8"),
        salt=salt,
        n=cost.n,
        r=cost.r,
        p=cost.p,
        maxmem=256 * cost.n * cost.r * cost.p,
        dklen=64,
    )
    return material[:32], material[32:]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise KeyFileError("nøkkelfilen er skadet (ugyldig felt)")
    return base64.b64decode(text.encode("ascii"), validate=True)


def wrap(database_key: bytes, secret: str, label: str, cost: KdfCost) -> dict[str, Any]:
    salt = secrets.token_bytes(16)
    pad, mac_key = _derive(secret, salt, cost)
    wrapped = bytes(a ^ b for a, b in zip(database_key, pad, strict=True))
    mac = hmac.new(mac_key, label.encode("utf-8") + wrapped, hashlib.sha256).digest()
    return {
        "salt": _b64(salt),
        "n": cost.n,
        "r": cost.r,
        "p": cost.p,
        "wrapped": _b64(wrapped),
        "mac": _b64(mac),
    }


def unwrap(entry: dict[str, Any], secret: str, label: str) -> bytes:
    try:
        cost = KdfCost(int(entry["n"]), int(entry["r"]), int(entry["p"]))
        salt, wrapped, mac = _unb64(entry["salt"]), _unb64(entry["wrapped"]), _unb64(entry["mac"])
    except (KeyError, TypeError, ValueError) as error:
        raise KeyFileError("nøkkelfilen er skadet (en nøkkel mangler felt)") from error
    pad, mac_key = _derive(secret, salt, cost)
    expected = hmac.new(mac_key, label.encode("utf-8") + wrapped, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, mac) or len(wrapped) != DB_KEY_BYTES:
        raise WrongCredentialsError
    return bytes(a ^ b for a, b in zip(wrapped, pad, strict=True))


class KeyFile:
    """The wrapped keys of one data folder, read and written whole (atomically) on every change."""

    def __init__(self, path: Path, cost: KdfCost | None = None) -> None:
        self.path = path
        self._cost = cost or KdfCost()

    def exists(self) -> bool:
        return self.path.is_file()

    def usernames(self) -> list[str]:
        return sorted(self._read()["users"])

    def create(self, username: str, password: str) -> tuple[bytes, str]:
        """A new database key for a new ward: wrapped for the first user and for recovery.

        Returns the database key and the recovery key (shown once, never stored in clear).
        """
        if self.exists():
            raise KeyFileError(f"{self.path} finnes allerede")
        database_key = new_database_key()
        recovery = new_recovery_key()
        data: dict[str, Any] = {
            "version": KEY_FILE_VERSION,
            "users": {
                normal_username(username): wrap(database_key, password, normal_username(username), self._cost)
            },
            "recovery": wrap(database_key, _normal_recovery(recovery), RECOVERY_LABEL, self._cost),
            "failures": {},
        }
        self._write(data)
        return database_key, recovery

    def unlock(self, username: str, password: str) -> bytes:
        """The database key, or WrongCredentialsError for an unknown name or a wrong password alike."""
        name = normal_username(username)
        entry = self._read()["users"].get(name)
        if entry is None:
            # Spend the same work as a real attempt, so timing does not tell which names exist.
            _derive(password, b"\0" * 16, self._cost)
            raise WrongCredentialsError
        return unwrap(entry, password, name)

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        return unwrap(self._read()["recovery"], _normal_recovery(recovery_key), RECOVERY_LABEL)

    def set_password(self, username: str, password: str, database_key: bytes) -> None:
        """Add a user's wrapped key, or re-wrap it under a new password (the data stays as it is)."""
        data = self._read()
        name = normal_username(username)
        data["users"][name] = wrap(database_key, password, name, self._cost)
        data["failures"].pop(name, None)
        self._write(data)

    def remove(self, username: str) -> None:
        """A deactivated user's password no longer opens anything."""
        data = self._read()
        data["users"].pop(normal_username(username), None)
        self._write(data)

    def failures(self, username: str) -> Failures:
        entry = self._read()["failures"].get(normal_username(username))
        if not isinstance(entry, dict):
            return Failures()
        last = entry.get("last")
        return Failures(int(entry.get("count", 0)), datetime.fromisoformat(last) if last else None)

    def note_failure(self, username: str, at: datetime) -> Failures:
        data = self._read()
        name = normal_username(username)
        count = int(data["failures"].get(name, {}).get("count", 0)) + 1
        data["failures"][name] = {"count": count, "last": at.isoformat()}
        self._write(data)
        return Failures(count, at)

    def clear_failures(self, username: str) -> None:
        data = self._read()
        if data["failures"].pop(normal_username(username), None) is not None:
            self._write(data)

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError as error:
            raise KeyFileError(f"nøkkelfilen {self.path} mangler") from error
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise KeyFileError(f"nøkkelfilen {self.path} kan ikke leses: {error}") from error
        if (
            not isinstance(data, dict)
            or data.get("version") != KEY_FILE_VERSION
            or not isinstance(data.get("users"), dict)
            or not isinstance(data.get("recovery"), dict)
        ):
            raise KeyFileError(f"{self.path} er ikke en nøkkelfil for dette programmet")
        data.setdefault("failures", {})
        return data

    def _write(self, data: dict[str, Any]) -> None:
        """Never half-written: a temporary file beside it, flushed to disk, then renamed over it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".keys-", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file, indent=1, sort_keys=True)
                file.flush()
                os.fsync(file.fileno())
            Path(temporary).replace(self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

"""What to tell the user when the disk or a file refused a write, and what to do about it.

One place for these texts, so the plan editor, meeting mode and the PDF and CSV exports say the same
thing about the same trouble.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from dischargeplanner.domain.services import StorageError, StorageProblem
from dischargeplanner.ui.messages import Messages

T = TypeVar("T")

_CONTEXT = "StoreProblems"

_STORAGE_TEXTS = {
    StorageProblem.DISK_FULL: QT_TRANSLATE_NOOP(
        "StoreProblems",
        "The disk is full, so the change could not be stored. Free some space (or ask the IT department "
        "to), then try again.",
    ),
    StorageProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "StoreProblems",
        "The database file cannot be written to (it is read-only for this user), so the change could "
        "not be stored. Ask the IT department to check the rights on the data folder, then try again.",
    ),
    StorageProblem.LOCKED: QT_TRANSLATE_NOOP(
        "StoreProblems",
        "The database is held by another program just now (an antivirus scan, a backup or another "
        "window of this program), so the change could not be stored yet. Wait a moment and try again.",
    ),
    StorageProblem.DISK_ERROR: QT_TRANSLATE_NOOP(
        "StoreProblems",
        "The disk did not accept the change (the file may be held by an antivirus scan, or the disk "
        "may be failing). Wait a moment and try again; if it keeps failing, tell the IT department.",
    ),
    StorageProblem.OTHER: QT_TRANSLATE_NOOP(
        "StoreProblems",
        "The change could not be stored. Try again in a moment; if it keeps failing, tell the IT department.",
    ),
}


def _t(text: object) -> str:
    # Every text given here is marked with QT_TRANSLATE_NOOP("StoreProblems", ...) above or below.
    return QCoreApplication.translate(_CONTEXT, str(text))  # tr-dynamic


def storage_problem_reason(error: StorageError) -> str:
    """Why the write failed and what to do about it, with SQLite's own words for the IT department."""
    return _t(_STORAGE_TEXTS[error.problem]) + " (" + str(error) + ")"


def storage_problem_text(error: StorageError) -> str:
    """Why the write failed, what to do, and that nothing was lost: the change waits for Retry."""
    kept = _t(
        QT_TRANSLATE_NOOP(
            "StoreProblems",
            "Nothing in the plan has changed. Your change is kept: choose Retry to store it, or Discard "
            "to leave it out.",
        )
    )
    return _t(_STORAGE_TEXTS[error.problem]) + "\n\n" + kept + "\n\n(" + str(error) + ")"


def file_problem_text(error: OSError) -> str:
    """Why a file (a PDF, a CSV) could not be written, in the user's words."""
    if isinstance(error, PermissionError):
        text = QT_TRANSLATE_NOOP(
            "StoreProblems",
            "The file is open in another program (a PDF viewer, for instance), or the folder may not be "
            "written to. Close the file or choose another folder, and try again.",
        )
    elif error.errno == errno.ENOSPC:
        text = QT_TRANSLATE_NOOP("StoreProblems", "The disk is full. Free some space or choose another disk.")
    elif error.errno == errno.EROFS:
        text = QT_TRANSLATE_NOOP("StoreProblems", "The disk or folder is read-only. Choose another folder.")
    elif isinstance(error, IsADirectoryError):
        text = QT_TRANSLATE_NOOP("StoreProblems", "A folder has that name. Choose another file name.")
    elif isinstance(error, FileNotFoundError):
        text = QT_TRANSLATE_NOOP("StoreProblems", "The folder no longer exists. Choose another folder.")
    else:
        text = QT_TRANSLATE_NOOP(
            "StoreProblems", "The file could not be written. Try again, or choose another folder."
        )
    return _t(text)


def retrying(parent: QWidget, title: str, call: Callable[[], T]) -> T:
    """Run `call`; while the disk refuses it, say why and run it again if the user chooses Retry.

    What the user gave is kept in `call` meanwhile. Raises the StorageError when they choose Discard.
    """
    while True:
        try:
            return call()
        except StorageError as error:
            if not Messages.retry(parent, title, storage_problem_text(error)):
                raise

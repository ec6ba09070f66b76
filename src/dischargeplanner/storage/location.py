"""Is the data folder on a network share? SQLite's file locking is not safe there.

Two PCs writing one SQLite file over SMB or NFS can both believe they hold the lock, and a
network drop in the middle of a save can leave a torn page: the database is damaged without
anyone doing anything wrong. So a data folder on a network share is refused at start, with
an explanation and what to do instead.

Windows: a UNC path (\\\\server\\share\\...) or a drive letter mapped to a share
(GetDriveTypeW == DRIVE_REMOTE). Linux: the file system type of the mount holding the folder,
from /proc/mounts. macOS: the same from the output of `mount`. Both lookups can be passed in,
so tests decide what the machine looks like.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

# File system types whose locking SQLite cannot rely on.
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "afs",
        "ceph",
        "fuse.ceph",
        "glusterfs",
        "fuse.glusterfs",
        "davfs",
        "fuse.davfs2",
        "webdav",
        "ncpfs",
        "coda",
    }
)
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive


@dataclass(frozen=True)
class Mount:
    """One line of the mount table: where a file system is mounted, and its type."""

    mount_point: str
    fs_type: str


def network_share_problem(
    path: PurePath,
    *,
    platform: str = sys.platform,
    mounts: Callable[[], Iterable[Mount]] | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """A Norwegian explanation when the data folder `path` is on a network share, else None.

    `platform` is sys.platform's value for the machine; `mounts` (Linux, macOS) and
    `drive_type` (Windows) default to asking the system.
    """
    if platform == "win32":
        where = _windows_share(PureWindowsPath(_real(path, platform)), drive_type or _windows_drive_type)
    else:
        where = _mounted_share(PurePosixPath(_real(path, platform)), mounts or system_mounts)
    return None if where is None else _explanation(where)


def _real(path: PurePath, platform: str) -> str:
    # On the machine itself, follow links: a local folder may point at a share.
    if platform == sys.platform and isinstance(path, Path):
        return os.path.realpath(path)
    return str(path)


def _windows_share(path: PureWindowsPath, drive_type: Callable[[str], int]) -> str | None:
    drive = path.drive
    upper = drive.upper()
    if upper.startswith("\\\\?\\UNC\\"):
        return "\\\\" + drive[len("\\\\?\\UNC\\") :]
    if upper.startswith(("\\\\?\\", "\\\\.\\")):
        # A long-path or device prefix: what follows is a local drive, e.g. \\?\C:.
        inner = drive[4:]
        return inner if inner and drive_type(inner + "\\") == DRIVE_REMOTE else None
    if drive.startswith("\\\\"):
        return drive
    if drive and drive_type(drive + "\\") == DRIVE_REMOTE:
        return f"{drive} (nettverksstasjon)"
    return None


def _windows_drive_type(root: str) -> int:
    if sys.platform != "win32":
        return 0
    import ctypes  # noqa: PLC0415 - Windows only

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def _mounted_share(path: PurePosixPath, mounts: Callable[[], Iterable[Mount]]) -> str | None:
    """The mount holding `path` (the longest mount point above it), if it is a network file system."""
    best: Mount | None = None
    for mount in mounts():
        point = PurePosixPath(mount.mount_point)
        if (path == point or point in path.parents) and (
            best is None or len(point.parts) > len(PurePosixPath(best.mount_point).parts)
        ):
            best = mount
    if best is None or best.fs_type.lower() not in NETWORK_FILE_SYSTEMS:
        return None
    return f"{best.mount_point} ({best.fs_type})"


def system_mounts() -> list[Mount]:
    """This machine's mount table; empty when it cannot be read (then nothing is refused)."""
    try:
        if sys.platform.startswith("linux"):
            return parse_proc_mounts(Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace"))
        if sys.platform == "darwin":
            result = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False)
            return parse_mount_output(result.stdout)
    except (OSError, subprocess.SubprocessError):
        return []
    return []


def parse_proc_mounts(text: str) -> list[Mount]:
    """Lines of /proc/mounts: `device mount_point type options 0 0`, spaces written as \\040."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append(Mount(_unescape(fields[1]), fields[2]))
    return mounts


def _unescape(field: str) -> str:
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def parse_mount_output(text: str) -> list[Mount]:
    """Lines of macOS `mount`: `//user@server/share on /Volumes/share (smbfs, nodev, ...)`."""
    mounts = []
    for line in text.splitlines():
        head, separator, options = line.rpartition(" (")
        _device, on, mount_point = head.partition(" on ")
        if separator and on:
            mounts.append(Mount(mount_point, options.split(",")[0].strip(" )")))
    return mounts


def _explanation(where: str) -> str:
    return (
        f"Datamappen ligger på en nettverksdisk: {where}. Programmet kan ikke bruke den. "
        "Databasen er en SQLite-fil, og SQLite kan ikke låse en fil trygt over nettverket: "
        "to PC-er kan skrive i den samtidig, og et brudd i nettverket midt i en lagring kan "
        "skade databasen. Velg en datamappe på denne PC-ens egen disk (for eksempel under "
        "Dokumenter), og flytt databasen og nøkkelfilen dit."
    )

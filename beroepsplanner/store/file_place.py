"""A database file in the wrong place: a network share or a folder a cloud service syncs.

SQLite keeps a database consistent with file locks and with its ``-wal`` and ``-shm``
files beside it. A network file system (SMB/CIFS, NFS, sshfs and other FUSE systems)
does not always keep those locks, and a sync client (OneDrive, Dropbox, Google Drive,
iCloud Drive) copies the three files at different moments and makes "conflicted copies"
when two computers write: either way the database gets damaged, or changes are lost
without a word (issue 16, item 7). The program still opens such a file, but says so
and points to what is made for sharing: the school server (Bestand > Verbinden met
schoolserver…, docs/school-server.md) or the plan file.

``risky_place(path)`` finds out, with the standard library only (no new dependency):

* by the path's names, on every system: a folder of a sync service (``OneDrive``,
  ``OneDrive - School``, ``Dropbox``, ``Google Drive``/``My Drive``, ``iCloud Drive``,
  macOS's ``~/Library/CloudStorage/…`` and ``~/Library/Mobile Documents``), and the
  folders the sync clients themselves name (``%OneDrive%`` and the like, Dropbox's
  ``info.json``);
* Linux: the file system that holds the path, from ``/proc/self/mountinfo``;
* macOS: the same from ``mount``'s list, for a path under ``/Volumes`` or ``/Network``;
* Windows: a ``\\\\server\\share`` path, or a drive that ``GetDriveTypeW`` calls remote
  (a mapped network drive).

The deciding functions are pure (``cloud_service``, ``network_file_system``,
``windows_network``): the tests give them fake mount tables and paths of every system.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

CLOUD = "cloud"
NETWORK = "network"


@dataclass(frozen=True)
class RiskyPlace:
    """Why a database file's place is risky: ``kind`` is ``CLOUD`` (``name``: the
    service) or ``NETWORK`` (``name``: the file system's type, or "netwerkschijf")."""

    kind: str
    name: str


# --- sync services, by the names of folders ---------------------------------------------

_CLOUD_NAMES: tuple[tuple[str, str], ...] = (
    # (the start of a folder's name, lower case; the service)
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("com~apple~clouddocs", "iCloud Drive"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("pcloud drive", "pCloud"),
)
"""A folder whose name is one of these, or starts with one and then a space, a dash or a
bracket ("OneDrive - Stichting Regenboog", "Dropbox (Persoonlijk)", "GoogleDrive-juf@…")."""

_DRIVE_ROOT_FOLDERS = {"my drive": "Google Drive", "mijn drive": "Google Drive",
                       "shared drives": "Google Drive", "gedeelde drives": "Google Drive"}
"""Google Drive for desktop shows the drive as a drive letter (``G:\\Mijn Drive``)."""


def cloud_service(
    path: PurePath,
    *,
    sync_folders: Mapping[str, Iterable[PurePath]] | None = None,
) -> str | None:
    """The sync service whose folder holds ``path``, from the path's names and the
    folders the clients name (``sync_folders``: service → folders); None for none."""
    for service, folders in (sync_folders or {}).items():
        for folder in folders:
            if _inside(path, folder):
                return service
    parts = [part.lower() for part in path.parts]
    for index, part in enumerate(parts):
        for start, service in _CLOUD_NAMES:
            if part == start or (part.startswith(start) and part[len(start)] in " -_("):
                return service
        if part == "cloudstorage" and index > 0 and parts[index - 1] == "library" and index + 1 < len(parts):
            # macOS File Provider: ~/Library/CloudStorage/<Service>-<account>/.
            return path.parts[index + 1].split("-")[0] or "CloudStorage"
        if part == "mobile documents" and index > 0 and parts[index - 1] == "library":
            return "iCloud Drive"
        if index == 1 and isinstance(path, PureWindowsPath) and part in _DRIVE_ROOT_FOLDERS:
            return _DRIVE_ROOT_FOLDERS[part]
    return None


def _inside(path: PurePath, folder: PurePath) -> bool:
    if isinstance(path, PureWindowsPath):
        path, folder = PureWindowsPath(str(path).lower()), PureWindowsPath(str(folder).lower())
    return path == folder or folder in path.parents


# --- network file systems, by the mount table --------------------------------------------

NETWORK_TYPES = frozenset({
    "cifs", "smb3", "smbfs", "smb", "nfs", "nfs4", "afs", "ncpfs", "coda", "ceph",
    "glusterfs", "lustre", "gpfs", "beegfs", "davfs", "webdav", "afpfs", "sshfs", "fuse",
})
"""File systems of another computer (the type as Linux's mountinfo or macOS's mount
names it). Every ``fuse.*`` type counts too (sshfs, rclone, GVFS's SMB, s3fs, …), but
the local ones in ``LOCAL_FUSE_TYPES``."""

LOCAL_FUSE_TYPES = frozenset({
    "fuseblk", "fuse.ntfs-3g", "fuse.exfat", "fuse.lxcfs", "fuse.portal", "fuse.encfs",
    "fuse.gocryptfs", "fuse.cryfs", "fuse.securefs", "fuse.bindfs", "fuse.mergerfs",
    "fuse.unionfs", "fuse.squashfuse", "fuse.fuse-overlayfs", "fuse.snapfuse",
    "fuse.appimaged", "fuse.jmtpfs", "fuse.veracrypt",
})
"""FUSE file systems on this computer's own disks (a USB stick with NTFS, an encrypted
folder, a container's files): SQLite's locks work there."""


@dataclass(frozen=True)
class Mount:
    point: PurePosixPath
    kind: str


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts of Linux's ``/proc/self/mountinfo`` (``… mount-point … - type source …``)."""
    mounts = []
    for line in text.splitlines():
        before, separator, after = line.partition(" - ")
        fields = before.split()
        if not separator or len(fields) < 5 or not after.split():
            continue
        mounts.append(Mount(PurePosixPath(_unescape(fields[4])), after.split()[0]))
    return mounts


def parse_mount_list(text: str) -> list[Mount]:
    """The mounts of macOS's ``mount`` (``//juf@nas/school on /Volumes/school (smbfs, …)``)."""
    mounts = []
    for line in text.splitlines():
        _, on, rest = line.partition(" on ")
        point, bracket, options = rest.rpartition(" (")
        if not on or not bracket:
            continue
        mounts.append(Mount(PurePosixPath(point), options.split(",")[0].strip(" )")))
    return mounts


def _unescape(field: str) -> str:
    """mountinfo writes a space, tab, newline and backslash in a path as ``\\040`` and so on."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def network_file_system(path: PurePosixPath, mounts: Iterable[Mount]) -> str | None:
    """The type of the network file system that holds ``path`` (the mount with the
    longest mount point above it), or None for a local one."""
    holding: Mount | None = None
    for mount in mounts:
        above = mount.point == path or mount.point in path.parents
        # The last of equal mount points wins: a later mount covers an earlier one.
        if above and (holding is None or len(mount.point.parts) >= len(holding.point.parts)):
            holding = mount
    if holding is None:
        return None
    kind = holding.kind.lower()
    if kind in LOCAL_FUSE_TYPES:
        return None
    if kind in NETWORK_TYPES or kind.startswith("fuse.") or kind.startswith("nfs"):
        return holding.kind
    return None


# --- Windows ------------------------------------------------------------------------------

DRIVE_REMOTE = 4
"""``GetDriveTypeW``'s answer for a network drive."""


def windows_network(path: PureWindowsPath, drive_type: Callable[[str], int]) -> bool:
    """Whether ``path`` is on another computer: a UNC path (``\\\\server\\share``, also
    ``\\\\?\\UNC\\server\\share``) or a drive letter ``drive_type`` calls remote."""
    text = str(path)
    if text.startswith(("\\\\?\\UNC\\", "\\\\?\\unc\\")):
        return True
    if text.startswith("\\\\?\\") or text.startswith("\\\\.\\"):
        text = text[4:]
        path = PureWindowsPath(text)
    if text.startswith("\\\\"):
        return True
    drive = path.drive
    return bool(drive) and len(drive) == 2 and drive_type(drive + "\\") == DRIVE_REMOTE


# --- on this computer ---------------------------------------------------------------------


def risky_place(
    path: Path | str,
    *,
    system: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> RiskyPlace | None:
    """Why ``path`` (a database file, which need not exist yet) is a risky place for a
    SQLite database on this computer; None when it is not, or cannot be told."""
    system = system or sys.platform
    environ = os.environ if environ is None else environ
    real = os.path.realpath(Path(path).expanduser())
    pure: PurePath = PureWindowsPath(real) if system == "win32" else PurePosixPath(real)
    service = cloud_service(pure, sync_folders=_sync_folders(system, environ, home))
    if service is not None:
        return RiskyPlace(CLOUD, service)
    try:
        if system == "win32":
            if windows_network(PureWindowsPath(real), _drive_type):
                return RiskyPlace(NETWORK, "netwerkschijf")
            return None
        mounts = _mounts(system, PurePosixPath(real))
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    kind = network_file_system(PurePosixPath(real), mounts)
    return RiskyPlace(NETWORK, kind) if kind is not None else None


def _mounts(system: str, path: PurePosixPath) -> list[Mount]:
    if system.startswith("linux"):
        return parse_mountinfo(Path("/proc/self/mountinfo").read_text(errors="replace"))
    if system == "darwin" and path.parts[1:2] in (("Volumes",), ("Network",)):
        listed = subprocess.run(
            ["/sbin/mount"], capture_output=True, text=True, timeout=3, check=False
        ).stdout
        return parse_mount_list(listed)
    return []


def _drive_type(root: str) -> int:
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return 0
    return int(windll.kernel32.GetDriveTypeW(root))


def _sync_folders(
    system: str, environ: Mapping[str, str], home: Path | None
) -> dict[str, list[PurePath]]:
    """The folders the sync clients of this computer name themselves."""
    make: Callable[[str], PurePath] = PureWindowsPath if system == "win32" else PurePosixPath
    folders: dict[str, list[PurePath]] = {}
    for variable in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        value = environ.get(variable) or environ.get(variable.upper())
        if value:
            folders.setdefault("OneDrive", []).append(make(value))
    # Dropbox names its folders in info.json (https://help.dropbox.com/installs/locate-dropbox-folder).
    places = [environ.get("APPDATA"), environ.get("LOCALAPPDATA")] if system == "win32" else []
    base = home if home is not None else Path.home()
    candidates = [Path(p) / "Dropbox" / "info.json" for p in places if p]
    candidates.append(base / ".dropbox" / "info.json")
    for candidate in candidates:
        try:
            info = json.loads(candidate.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for account in info.values() if isinstance(info, dict) else ():
            if isinstance(account, dict) and isinstance(account.get("path"), str):
                folders.setdefault("Dropbox", []).append(make(account["path"]))
    return folders


# --- the warning ----------------------------------------------------------------------------


def warning(path: Path | str, place: RiskyPlace) -> str:
    """The Dutch warning for the command line (the window has its own, translated)."""
    if place.kind == CLOUD:
        where = f"in een map die {place.name} synchroniseert"
    else:
        where = f"op een netwerkschijf ({place.name})" if place.name != "netwerkschijf" else (
            "op een netwerkschijf"
        )
    return (
        f"Let op: de database {path} staat {where}. Daar kan een databasebestand beschadigd "
        "raken of kunnen wijzigingen verloren gaan, vooral als meer mensen of computers hem "
        "gebruiken. Zet het bestand op de eigen schijf van deze computer (en maak back-ups), "
        "werk met het hele team op een schoolserver (Bestand > Verbinden met schoolserver…, "
        "zie docs/school-server.md), of wissel een plan uit met een planbestand "
        "('beroepsplanner plan export')."
    )

"""A database file on a network share or in a synced folder is found (store/file_place.py),
from fake mount tables and the paths of every system; no Qt, no real share needed."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from beroepsplanner.store.file_place import (
    CLOUD,
    DRIVE_REMOTE,
    NETWORK,
    Mount,
    RiskyPlace,
    cloud_service,
    network_file_system,
    parse_mount_list,
    parse_mountinfo,
    risky_place,
    warning,
    windows_network,
)

MOUNTINFO = r"""22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard
40 27 0:40 / /home rw,relatime - ext4 /dev/vda2 rw
61 40 0:52 / /home/juf/school rw,relatime - cifs //nas/school rw,vers=3.1.1
62 40 0:53 / /home/juf/school/lokaal rw,relatime - ext4 /dev/sdb1 rw
63 27 0:54 / /mnt/nfs rw,relatime - nfs4 nas:/export rw
64 27 0:55 / /media/juf/USB\040STICK rw,relatime - fuseblk /dev/sdc1 rw
65 27 0:56 / /run/user/1000/gvfs rw,relatime - fuse.gvfsd-fuse gvfsd-fuse rw
66 40 0:57 / /home/juf/server rw,relatime - fuse.sshfs juf@server: rw
67 40 0:58 / /home/juf/kluis rw,relatime - fuse.gocryptfs /home/juf/.kluis rw
"""


@pytest.mark.parametrize(
    ("path", "found"),
    [
        ("/home/juf/school/beroepsplanner.db", "cifs"),
        ("/home/juf/school/lokaal/school.db", None),  # a local disk mounted inside the share
        ("/home/juf/Documenten/school.db", None),
        ("/mnt/nfs/school.db", "nfs4"),
        ("/media/juf/USB STICK/school.db", None),  # NTFS on a USB stick: this computer's
        ("/run/user/1000/gvfs/smb-share:server=nas,share=school/school.db", "fuse.gvfsd-fuse"),
        ("/home/juf/server/school.db", "fuse.sshfs"),
        ("/home/juf/kluis/school.db", None),  # an encrypted folder on the own disk
        ("/home/juf/schoolkopie.db", None),  # /home/juf/school is no folder of this one
    ],
)
def test_linux_network_file_systems_are_found_in_mountinfo(path: str, found: str | None) -> None:
    mounts = parse_mountinfo(MOUNTINFO)
    assert network_file_system(PurePosixPath(path), mounts) == found


def test_mountinfo_names_with_spaces_are_read() -> None:
    mounts = parse_mountinfo(MOUNTINFO)
    assert Mount(PurePosixPath("/media/juf/USB STICK"), "fuseblk") in mounts
    assert parse_mountinfo("rubbish\n\n") == []


def test_macos_mount_list_is_read() -> None:
    listed = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//juf@nas._smb._tcp.local/School on /Volumes/School (smbfs, nodev, nosuid, mounted by juf)\n"
        "nas:/export on /Volumes/nfs (nfs, asynchronous)\n"
        "/dev/disk4s1 on /Volumes/USB (msdos, local, nodev, nosuid, noowners)\n"
    )
    mounts = parse_mount_list(listed)
    assert network_file_system(PurePosixPath("/Volumes/School/plan/school.db"), mounts) == "smbfs"
    assert network_file_system(PurePosixPath("/Volumes/nfs/school.db"), mounts) == "nfs"
    assert network_file_system(PurePosixPath("/Volumes/USB/school.db"), mounts) is None


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (PureWindowsPath(r"C:\Users\juf\OneDrive\Documenten\school.db"), "OneDrive"),
        (PureWindowsPath(r"C:\Users\juf\OneDrive - Stichting Regenboog\school.db"), "OneDrive"),
        (PureWindowsPath(r"C:\Users\juf\Dropbox (Persoonlijk)\school.db"), "Dropbox"),
        (PureWindowsPath(r"G:\Mijn Drive\school.db"), "Google Drive"),
        (PureWindowsPath(r"C:\Users\juf\iCloudDrive\school.db"), "iCloud Drive"),
        (PureWindowsPath(r"C:\Users\juf\Documents\school.db"), None),
        (PureWindowsPath(r"D:\Mijn Drive\school.db"), "Google Drive"),
        (PureWindowsPath(r"D:\Archief\Mijn Drive\school.db"), None),  # only at a drive's root
        (PurePosixPath("/Users/juf/Library/CloudStorage/OneDrive-Persoonlijk/school.db"), "OneDrive"),
        (PurePosixPath("/Users/juf/Library/CloudStorage/GoogleDrive-juf@school.nl/Mijn Drive/s.db"), "GoogleDrive"),
        (PurePosixPath("/Users/juf/Library/Mobile Documents/com~apple~CloudDocs/school.db"), "iCloud Drive"),
        (PurePosixPath("/Users/juf/Dropbox/school.db"), "Dropbox"),
        (PurePosixPath("/home/juf/Nextcloud/school.db"), "Nextcloud"),
        (PurePosixPath("/home/juf/Documenten/dropboxen.db"), None),
        (PurePosixPath("/home/juf/onedrivers/school.db"), None),
    ],
)
def test_synced_folders_are_found_by_their_names(path: PurePosixPath, service: str | None) -> None:
    assert cloud_service(path) == service


def test_a_folder_the_sync_client_names_counts_whatever_its_name() -> None:
    folders = {"OneDrive": [PureWindowsPath(r"D:\Werk\Gesynchroniseerd")]}
    inside = PureWindowsPath(r"d:\werk\gesynchroniseerd\plan\school.db")
    assert cloud_service(inside, sync_folders=folders) == "OneDrive"
    assert cloud_service(PureWindowsPath(r"D:\Werk\Lokaal\school.db"), sync_folders=folders) is None


def test_dropbox_s_own_folder_and_onedrive_s_variable_are_read(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".dropbox").mkdir(parents=True)
    synced = tmp_path / "ergens" / "Bedrijfsmap"
    synced.mkdir(parents=True)
    (home / ".dropbox" / "info.json").write_text(json.dumps({"business": {"path": str(synced)}}))

    place = risky_place(synced / "school.db", system="linux", environ={}, home=home)
    assert place == RiskyPlace(CLOUD, "Dropbox")

    other = tmp_path / "werk"
    other.mkdir()
    place = risky_place(other / "school.db", system="linux", environ={"OneDrive": str(other)}, home=home)
    assert place == RiskyPlace(CLOUD, "OneDrive")


def test_this_computer_s_temporary_folder_is_no_risky_place(tmp_path: Path) -> None:
    assert risky_place(tmp_path / "school.db", environ={}, home=tmp_path) is None


@pytest.mark.parametrize(
    ("path", "network"),
    [
        (r"\\nas\school\school.db", True),
        (r"\\?\UNC\nas\school\school.db", True),
        (r"\\?\C:\Users\juf\school.db", False),
        (r"Z:\school.db", True),  # a mapped network drive
        (r"C:\Users\juf\school.db", False),
    ],
)
def test_windows_network_paths_and_drives(path: str, network: bool) -> None:
    def drive_type(root: str) -> int:
        return DRIVE_REMOTE if root.upper() == "Z:\\" else 3  # DRIVE_FIXED

    assert windows_network(PureWindowsPath(path), drive_type) is network


def test_the_warning_says_where_and_what_to_do() -> None:
    text = warning("/home/juf/school/school.db", RiskyPlace(NETWORK, "cifs"))
    assert text.startswith("Let op: de database /home/juf/school/school.db staat op een netwerkschijf (cifs).")
    assert "Verbinden met schoolserver" in text and "docs/school-server.md" in text
    assert "plan export" in text
    assert "synchroniseert" in warning("x.db", RiskyPlace(CLOUD, "OneDrive"))

"""``whole_file``: the one way a file is replaced — whole or not at all (issue 14, item 5)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from beroepsplanner import whole_file as module
from beroepsplanner.errors import InvalidInputError
from beroepsplanner.output_files import write_failure, write_output
from beroepsplanner.whole_file import hidden_name, whole_file


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_new_file_replaces_the_old_one_only_when_the_block_ends(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    target.write_text("oud")
    with whole_file(target) as partial:
        assert partial.parent == tmp_path and partial.name.startswith(".plan.json.")
        partial.write_text("nieuw")
        assert target.read_text() == "oud"
    assert target.read_text() == "nieuw"
    assert names(tmp_path) == ["plan.json"]


def test_an_error_midway_leaves_the_old_file_and_no_hidden_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    target.write_text("oud")
    with pytest.raises(RuntimeError), whole_file(target) as partial:
        partial.write_text("half")
        Path(f"{partial}-journal").write_text("sqlite's side file")
        raise RuntimeError("stopped")
    assert target.read_text() == "oud"
    assert names(tmp_path) == ["plan.json"]


def test_nothing_written_is_an_error_and_changes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    target.write_text("oud")
    with pytest.raises(FileNotFoundError), whole_file(target):
        pass
    assert target.read_text() == "oud"


def test_the_file_and_its_folder_are_flushed_before_and_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.json"
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(handle: int) -> None:
        events.append("folder" if stat.S_ISDIR(os.fstat(handle).st_mode) else "file")
        real_fsync(handle)

    def replace(source: str | Path, destination: str | Path) -> None:
        events.append("replace")
        real_replace(source, destination)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    with whole_file(target) as partial:
        partial.write_text("nieuw")
    expected = ["file", "replace", "folder"] if os.name == "posix" else ["file", "replace"]
    assert events == expected


def test_a_full_disk_at_the_flush_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.json"
    target.write_text("oud")

    def full(_handle: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError) as caught, whole_file(target) as partial:
        partial.write_text("nieuw")
    assert caught.value.errno == errno.ENOSPC
    assert target.read_text() == "oud" and names(tmp_path) == ["plan.json"]


def test_the_check_before_the_rename_can_stop_it(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    target.write_text("oud")

    def refuse() -> None:
        raise InvalidInputError("er staat nu een database", key="output-onto-database")

    with pytest.raises(InvalidInputError), whole_file(target, before_replace=refuse) as partial:
        partial.write_text("nieuw")
    assert target.read_text() == "oud" and names(tmp_path) == ["plan.json"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_an_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    target.write_text("oud")
    target.chmod(0o640)
    with whole_file(target) as partial:
        partial.write_text("nieuw")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_given_hidden_name_is_used_and_removed(tmp_path: Path) -> None:
    target = tmp_path / "school.voor-upgrade-0007.db"
    staging = hidden_name(target, "kopie")
    assert staging.name.startswith(".school.voor-upgrade-0007.db.") and staging.name.endswith(".kopie")
    with pytest.raises(ValueError), whole_file(target, staging=staging) as partial:
        assert partial == staging
        partial.write_bytes(b"half")
        raise ValueError
    assert names(tmp_path) == []


def test_flush_folder_is_quiet_where_folders_cannot_be_flushed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_handle: int) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(os, "fsync", refuse)
    module.flush_folder(tmp_path)  # no error: the rename is done, the file is whole


@pytest.mark.parametrize(
    ("error", "words", "key"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "de schijf is vol", "write-disk-full"),
        (
            PermissionError(errno.EACCES, "Permission denied"),
            "geopend in een ander programma (Excel, een PDF-lezer)",
            "write-no-permission",
        ),
        (OSError(errno.EROFS, "Read-only file system"), "alleen-lezen", "write-read-only"),
    ],
)
def test_write_output_says_in_dutch_why_and_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, words: str, key: str
) -> None:
    """A full disk, no permission and a file locked by another program (on Windows the
    rename onto a file open in Excel fails with a sharing violation, errno EACCES)."""
    target = tmp_path / "bedrijven.csv"
    target.write_bytes(b"oud")

    def fail(_source: str | Path, _destination: str | Path) -> None:
        raise error

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(InvalidInputError) as caught:
        write_output(target, b"nieuw", kind="csv")
    assert words in str(caught.value) and str(target) in str(caught.value)
    assert ".deel" not in str(caught.value) and caught.value.key == key
    assert target.read_bytes() == b"oud" and names(tmp_path) == ["bedrijven.csv"]


def test_a_windows_lock_is_told_as_a_file_open_elsewhere(tmp_path: Path) -> None:
    locked = OSError("The process cannot access the file because it is being used")
    locked.winerror = 32  # type: ignore[attr-defined]  # ERROR_SHARING_VIOLATION, set by Windows only
    error = write_failure(tmp_path / "jaarplanning.pdf", locked)
    assert error.key == "write-no-permission" and "geopend in een ander programma" in str(error)

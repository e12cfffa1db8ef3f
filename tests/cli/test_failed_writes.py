"""Every kind of writer writes whole or not at all (issue 14, item 5: one helper).

A PDF, a plan file, a calendar, a company list (CSV and XLSX) and a back-up: each is
first written, then written again while something fails midway — a full disk while
writing or at the flush, a file locked by another program at the rename. The command
says so in Dutch, the earlier file is byte for byte the same and no hidden file is left.
The restore and the copy kept before an upgrade replace through the same helper
(tests/store/test_backup.py, tests/store/test_migration_safety.py).
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from beroepsplanner import cli
from beroepsplanner import output_files as output_files_module
from beroepsplanner.printing import jobs
from beroepsplanner.store import backup as backup_module

WRITERS: dict[str, tuple[tuple[str, ...], str]] = {
    "print logbooks": (("print", "logbooks", "--class", "Groep 6b"), "logboeken.pdf"),
    "print lessons": (("print", "lessons", "--chain", "{chain}"), "lessen.pdf"),
    "print letter": (("print", "letter", "--chain", "{chain}"), "brief.pdf"),
    "print yearplan": (("print", "yearplan"), "jaarplanning.pdf"),
    "plan export": (("plan", "export"), "plan.json"),
    "export ical": (("export", "ical"), "agenda.ics"),
    "export companies csv": (("export", "companies"), "bedrijven.csv"),
    "export companies xlsx": (("export", "companies"), "bedrijven.xlsx"),
    "backup": (("backup",), "back-up.db"),
}


@pytest.fixture
def school(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "gebruiker"))
    monkeypatch.delenv("BEROEPSPLANNER_DB", raising=False)
    folder = tmp_path / "school"
    folder.mkdir()
    path = folder / "school.db"
    shutil.copyfile(demo_file, path)
    yield path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys: pytest.CaptureFixture[str], name: str, db: Path, out: Path) -> tuple[int, str]:
    with closing(sqlite3.connect(db)) as connection:
        chain = str(connection.execute("SELECT min(id) FROM chains").fetchone()[0])
    args = [a.replace("{chain}", chain) for a in WRITERS[name][0]]
    code = cli.main([*args, "--out", str(out), "--db", str(db)])
    return code, capsys.readouterr().err


def written_once(capsys: pytest.CaptureFixture[str], name: str, school: Path) -> Path:
    out = school.parent.parent / "uit" / WRITERS[name][1]
    out.parent.mkdir(exist_ok=True)
    code, err = run(capsys, name, school, out)
    assert code == 0, err
    return out


def full_disk(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def half_then_full(write: Callable[..., int]) -> Callable[..., int]:
    """``os.write``/``stream.write`` that writes half of what it is given, then finds the
    disk full."""

    def writing(*args: object) -> int:
        data = args[-1]
        assert isinstance(data, (bytes, bytearray, memoryview))
        write(*args[:-1], bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    return writing


def fail_while_writing(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the writer of ``name`` fail with a full disk halfway through its own writing."""
    if name.startswith("print"):
        real = jobs._render

        def render(document: str, data: object, partial: Path, step: jobs.Progress) -> int:
            pages = real(document, data, partial, step)
            with partial.open("r+b") as stream:  # the disk filled up halfway
                stream.truncate(partial.stat().st_size // 2)
            full_disk()
            return pages

        monkeypatch.setattr(jobs, "_render", render)
    elif name == "backup":

        def check(copy: sqlite3.Connection, _source: Path) -> None:  # all pages copied, then:
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(backup_module, "_check_copy", check)
    else:
        real_fdopen = os.fdopen

        def fdopen(handle: int, mode: str = "r", *args: object) -> object:
            stream = real_fdopen(handle, mode, *args)  # type: ignore[call-overload]
            stream.write = half_then_full(stream.write)
            return stream

        monkeypatch.setattr(output_files_module.os, "fdopen", fdopen)


def assert_nothing_changed(out: Path, before: str, code: int, err: str, words: str) -> None:
    assert code == 1 and words in err, err
    assert "Traceback" not in err and ".deel" not in err
    assert digest(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]


@pytest.mark.parametrize("name", list(WRITERS))
def test_a_full_disk_while_writing_leaves_the_earlier_file(
    capsys: pytest.CaptureFixture[str], school: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    out = written_once(capsys, name, school)
    before = digest(out)
    fail_while_writing(name, monkeypatch)
    code, err = run(capsys, name, school, out)
    assert_nothing_changed(out, before, code, err, "de schijf is vol")


@pytest.mark.parametrize("name", list(WRITERS))
def test_a_full_disk_at_the_flush_leaves_the_earlier_file(
    capsys: pytest.CaptureFixture[str], school: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    out = written_once(capsys, name, school)
    before = digest(out)
    monkeypatch.setattr(os, "fsync", full_disk)
    code, err = run(capsys, name, school, out)
    assert_nothing_changed(out, before, code, err, "de schijf is vol")


@pytest.mark.parametrize("name", list(WRITERS))
def test_a_file_locked_by_another_program_is_not_replaced(
    capsys: pytest.CaptureFixture[str], school: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """On Windows a file open in Excel or a PDF reader refuses the rename (a sharing
    violation, errno EACCES): the message says to close it."""
    out = written_once(capsys, name, school)
    before = digest(out)
    real_replace = os.replace

    def locked(source: str | Path, target: str | Path) -> None:
        if Path(target) == out:
            raise PermissionError(errno.EACCES, "The process cannot access the file", str(target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", locked)
    code, err = run(capsys, name, school, out)
    assert_nothing_changed(out, before, code, err, "geopend in een ander programma")

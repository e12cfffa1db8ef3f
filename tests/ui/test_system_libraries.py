"""Before the window starts on Linux, missing system libraries of Qt's X11 plugin are named
in Dutch with the packages to install, instead of Qt's English "could not load 'xcb'"
(issue 12, item 1).

The missing library is real: Qt's X11 plugin copied out of its installation cannot find
Qt's own ``libQt6XcbQpa.so.6`` any more (the plugin looks for it relative to itself), and
``ldd`` says so — on any Linux machine, whatever it has installed."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from beroepsplanner import cli
from beroepsplanner.ui import system_libraries
from beroepsplanner.ui.system_libraries import (
    MissingLibraries,
    missing_libraries,
    not_found,
    uses_x11,
    x11_plugin,
)

LINUX_WITH_LDD = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None or x11_plugin() is None,
    reason="needs Linux with ldd and Qt's X11 plugin",
)

# What ldd printed on a plain Debian 12 desktop (shortened).
DEBIAN_LDD = """\
\tlinux-vdso.so.1 (0x00007ffd0b5f2000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f055e718000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f055db5f000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f055d000000)
"""


def test_every_missing_library_is_named_once_with_its_debian_package() -> None:
    missing = MissingLibraries(not_found(DEBIAN_LDD))
    assert missing.libraries == ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    assert missing.packages == ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1")
    text = missing.message()
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in text
    assert "kan het venster niet openen" in text and "Could not load" not in text


def test_an_unknown_library_is_named_as_it_is() -> None:
    text = MissingLibraries(("libxcb-icccm.so.4", "libvreemd.so.3")).message()
    assert "sudo apt-get install libxcb-icccm4\n" in text
    assert "het pakket met libvreemd.so.3" in text


@pytest.mark.parametrize(
    ("environ", "x11"),
    [
        ({}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, True),
    ],
)
def test_the_check_applies_only_when_qt_would_use_x11(environ: dict[str, str], x11: bool) -> None:
    assert uses_x11(environ) is x11


@LINUX_WITH_LDD
def test_a_plugin_that_lacks_a_library_is_found_by_the_real_linker(tmp_path: Path) -> None:
    plugin = x11_plugin()
    assert plugin is not None
    moved = tmp_path / "platforms" / "libqxcb.so"
    moved.parent.mkdir()
    shutil.copyfile(plugin, moved)
    missing = missing_libraries(moved)
    assert missing is not None and "libQt6XcbQpa.so.6" in missing.libraries


@LINUX_WITH_LDD
def test_the_window_is_not_started_and_nothing_is_made_when_libraries_are_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    plugin = x11_plugin()
    assert plugin is not None
    moved = tmp_path / "platforms" / "libqxcb.so"
    moved.parent.mkdir()
    shutil.copyfile(plugin, moved)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(system_libraries, "x11_plugin", lambda: moved)
    database = tmp_path / "school.db"

    code = cli.main(["--db", str(database)])

    err = capsys.readouterr().err
    assert code == 1
    assert "libQt6XcbQpa.so.6" in err and "Beroepsplanner daarna opnieuw" in err
    assert "Traceback" not in err and not database.exists()


def test_the_readme_gives_the_one_install_line_for_linux() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    line = f"sudo apt-get install {system_libraries.README_PACKAGES}"
    assert line in readme
    # Every package of the line is one the check knows.
    assert set(system_libraries.README_PACKAGES.split()) <= set(
        system_libraries.DEBIAN_PACKAGES.values()
    )

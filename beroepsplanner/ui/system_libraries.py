"""Before the window starts on Linux: are the system libraries Qt's X11 plugin needs there?

PySide6 brings Qt itself, but Qt's X11 platform plugin (``libqxcb.so``) loads a
dozen small system libraries (libxcb-cursor, libxcb-icccm, libxcb-keysyms, ...)
that a plain Debian or Ubuntu desktop does not always have. Without them Qt stops
with "Could not load the Qt platform plugin 'xcb'", in English, naming only the
first one. This module asks the system's dynamic linker (``ldd``) which of them
are missing — all of them at once — and turns the answer into the one
``apt-get install`` line that fixes it, in Dutch.

Nothing here imports Qt's GUI modules: the check runs before Qt is started.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# Shared library (soname) → the Debian/Ubuntu package that holds it.
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
}

# Everything a plain desktop may lack, for the README's one line.
README_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
    "libxcb-xkb1 libxkbcommon-x11-0 libegl1"
)


@dataclass(frozen=True)
class MissingLibraries:
    """The shared libraries the X11 plugin cannot find, and the packages that hold them."""

    libraries: tuple[str, ...]

    @property
    def packages(self) -> tuple[str, ...]:
        found = {DEBIAN_PACKAGES[name] for name in self.libraries if name in DEBIAN_PACKAGES}
        return tuple(sorted(found))

    @property
    def unknown(self) -> tuple[str, ...]:
        """Libraries without a known package: named as they are."""
        return tuple(name for name in self.libraries if name not in DEBIAN_PACKAGES)

    def message(self) -> str:
        """What the teacher (or their IT person) reads, in Dutch."""
        lines = [
            "Beroepsplanner kan het venster niet openen: op deze computer ontbreken "
            "onderdelen van het systeem die Qt nodig heeft om een venster te tekenen "
            f"({', '.join(self.libraries)}).",
            "",
        ]
        if self.packages:
            lines += [
                "Installeer ze op Debian of Ubuntu met:",
                "",
                f"    sudo apt-get install {' '.join(self.packages)}",
                "",
            ]
        if self.unknown:
            lines += [
                "Installeer ook het pakket met "
                + ", ".join(self.unknown)
                + " (de pakketbeheerder van uw systeem kan zoeken op de bestandsnaam).",
                "",
            ]
        lines.append(
            "Start Beroepsplanner daarna opnieuw. De opdrachten zonder venster "
            "(beroepsplanner --help) werken ook nu al."
        )
        return "\n".join(lines)


def uses_x11(environ: dict[str, str] | os._Environ[str] | None = None) -> bool:
    """True when Qt will pick its X11 plugin: asked for, or the default outside Wayland."""
    env = os.environ if environ is None else environ
    asked = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if asked:
        return asked == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def x11_plugin() -> Path | None:
    """Qt's X11 platform plugin of this installation (source or frozen), if it has one."""
    try:
        from PySide6.QtCore import QLibraryInfo  # QtCore loads no platform plugin
    except ImportError:
        return None
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    plugin = plugins / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def not_found(ldd_output: str) -> tuple[str, ...]:
    """The libraries ``ldd`` reports as "not found", each once, in its order."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return tuple(missing)


def missing_libraries(plugin: Path | None = None) -> MissingLibraries | None:
    """The libraries Qt's X11 plugin would fail on, or None when all are there (or when
    this is not a Linux system with an X11 plugin and ``ldd``, where nothing can be said)."""
    if not sys.platform.startswith("linux"):
        return None
    plugin = plugin if plugin is not None else x11_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return None
    try:
        result = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    missing = not_found(result.stdout)
    return MissingLibraries(missing) if missing else None


def check_before_window() -> str | None:
    """The Dutch message to print instead of starting the window, or None to go on."""
    if not uses_x11():
        return None
    missing = missing_libraries()
    return missing.message() if missing is not None else None

"""Before Qt starts on Linux: are the system libraries its platform plugin needs there?

Qt's xcb plugin fails with one misleading line ("xcb-cursor0 or libxcb-cursor0 is needed") whichever
library is missing, then aborts. Here each library the plugin links to (`ldd` of PySide6's
libqxcb.so and libQt6XcbQpa.so.6, less those PySide6 ships itself) is tried with dlopen, exactly as
the plugin's loader would find it, and the missing ones are named by their Debian/Ubuntu packages in
one `sudo apt-get install …` line. No Qt is imported here (gui.launch runs it before PySide6).

Checked only when Qt will use a display: Linux, a DISPLAY (X11 or XWayland: the xcb plugin) or only
a WAYLAND_DISPLAY (the wayland plugin), and no QT_QPA_PLATFORM chosen by the user (offscreen, vnc…:
they need none of this).
"""
from __future__ import annotations

import ctypes
import os
import sys
from typing import Callable, Iterable, Mapping

# Every display needs these (Qt's GUI module and its OpenGL, fonts, D-Bus).
COMMON = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
# The xcb platform plugin (X11 and XWayland sessions).
XCB = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
}
# The wayland platform plugin (a Wayland session without XWayland).
WAYLAND = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


def needed(environ: Mapping[str, str] | None = None, platform: str | None = None) -> dict[str, str]:
    """soname → Debian package of what Qt will load for this session; empty when nothing is checked."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return {}
    if env.get("DISPLAY"):
        return {**COMMON, **XCB}
    if env.get("WAYLAND_DISPLAY"):
        return {**COMMON, **WAYLAND}
    return {}


def loads(soname: str) -> bool:
    """True when the dynamic loader finds and loads the library (as Qt's plugin loader will)."""
    try:
        ctypes.CDLL(soname, mode=getattr(os, "RTLD_LAZY", 1) | getattr(ctypes, "RTLD_LOCAL", 0))
    except OSError:
        return False
    return True


def missing_packages(environ: Mapping[str, str] | None = None, platform: str | None = None,
                     load: Callable[[str], bool] | None = None) -> list[str]:
    """The Debian/Ubuntu packages to install before the window can open (in the order of the lists)."""
    load = load or loads
    out: list[str] = []
    for soname, package in needed(environ, platform).items():
        if package not in out and not load(soname):
            out.append(package)
    return out


def advice(packages: Iterable[str]) -> str:
    """What to tell the clerk: why, and the one line that fixes it."""
    packages = list(packages)
    return ("error: the window cannot open: Qt needs system libraries that are not installed.\n"
            "On Debian or Ubuntu install them with:\n\n"
            f"    sudo apt-get install {' '.join(packages)}\n\n"
            "then start CommuneDesk again. (Commands such as `communedesk report …` work without them.)\n"
            "Lỗi: thiếu thư viện hệ thống để mở cửa sổ; cài bằng lệnh trên rồi chạy lại CommuneDesk.")


def check(environ: Mapping[str, str] | None = None, platform: str | None = None,
          load: Callable[[str], bool] | None = None, out=None) -> int:
    """0 when the window may start; else print the advice (stderr) and return 3."""
    packages = missing_packages(environ, platform, load)
    if not packages:
        return 0
    print(advice(packages), file=out or sys.stderr)
    return 3

"""What the frozen folder leaves out: Qt parts the program does not use (read by heatadvisor.spec).

The program uses QtCore, QtGui, QtWidgets and QtPrintSupport (tests/packaging checks
that nothing excluded here is imported in heatadvisor/). DBus stays: without it ``import QtWidgets``
fails on Linux. Whatever is cut here, the frozen program's ``--self-test`` must still pass.
"""

from __future__ import annotations

import re
import subprocess
import sys

EXCLUDED_MODULES = [
    "tkinter",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtVirtualKeyboard",
    "PySide6.QtNetwork",
    "PySide6.QtSql",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtCharts",  # the charts are painted with QPainter (heatadvisor/qtkit/charts)
    # Python bindings of Qt's OpenGL libraries, which nothing of the program imports (~9 MB)
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "hypothesis",
    "pytest",
    "_pytest",  # test tools in the build's environment, reached through plugins
    "mypy",
    "pydantic.mypy",  # the type checker, reached through pydantic's mypy plugin (~5 MB with its parts)
    # numpy's random numbers and FFT, imported only when asked for (~3.3 MB of extension modules)
    "numpy.random",
    "numpy.fft",
    "ssl",  # the program never goes on the network
    "readline",  # line editing for Python's own prompt, with libreadline and libtinfo
]

# Qt's own translations: Chinese, and English (the window loads qtbase_en when switched to English).
KEPT_TRANSLATIONS = re.compile(r"qtbase_(zh_CN|en)\.qm$")

DROPPED = re.compile(
    "|".join(
        [  # case-insensitive: Windows names differ in case
            r"(^|/)opengl32sw\.dll$",  # Windows software OpenGL (~20 MB); widgets draw without it
            r"(^|/)(lib)?Qt6(Qml|Quick|Pdf|VirtualKeyboard|Multimedia|WebEngine|3D|Wayland|EglFS|WlShell|Charts)",
            r"(^|/)plugins/(wayland-[^/]+|egldeviceintegrations|qmltooling|multimedia|virtualkeyboard)/",
            r"(^|/)plugins/platforms/(lib)?q(wayland|eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)",
            r"(^|/)plugins/platforminputcontexts/(lib)?qtvirtualkeyboard",
            # no SVG, PDF or rare image formats are read; the SVG ones pull in QtSvg, TUIO touch QtNetwork
            r"(^|/)plugins/imageformats/(lib)?q(svg|pdf|tiff|webp|icns|tga|wbmp|gif)",
            r"(^|/)plugins/iconengines/(lib)?qsvgicon",
            r"(^|/)plugins/generic/(lib)?qtuiotouch",
            r"(^|/)plugins/platformthemes/(lib)?qgtk3",  # GTK dialogs: pulls GTK, cairo and ATK into the folder
            r"(^|/)(lib)?Qt6(Svg|Network)\b",
            # Linux: the print plugin uses the system's CUPS library (there wherever a printer is set up)
            # instead of a copy with its TLS and Kerberos stack (~9 MB); without it no printer is offered
            # and the sheet is saved as a PDF, as on any laptop without a printer
            r"(^|/)libcups\.so",
        ]
    ),
    re.IGNORECASE,
)


def keep(dest: str) -> bool:
    """Whether a file, by its path inside the folder, goes into the build."""
    dest = dest.replace("\\", "/")
    if "/translations/" in f"/{dest}" and dest.endswith(".qm") and "PySide6" in dest:
        return bool(KEPT_TRANSLATIONS.search(dest))
    return not DROPPED.search(dest)


def _is_python(name: str) -> bool:
    return name.startswith(("libpython", "python"))


def links_to(binary: str) -> list[str]:
    """The libraries a binary names itself. On Linux PyInstaller's get_imports asks ldd, which also
    lists what those link to: a cut library's own dependencies (CUPS's TLS stack) would stay."""
    if sys.platform.startswith("linux"):
        dump = subprocess.run(["objdump", "-p", binary], capture_output=True, text=True, check=True).stdout
        return re.findall(r"^\s*NEEDED\s+(\S+)", dump, re.MULTILINE)
    from PyInstaller.depend.bindepend import get_imports

    return [name for name, _path in get_imports(binary)]


def without_orphans(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop the shared libraries at the folder's top that nothing kept links to any more: the
    dependencies PyInstaller collected for what is cut above (GTK, cairo, ATK for the GTK theme;
    CUPS's TLS and Kerberos libraries)."""
    top = {
        dest.lower(): src
        for dest, src, kind in binaries
        if kind == "BINARY" and "/" not in dest.replace("\\", "/") and not _is_python(dest.lower())
    }
    stack = [src for dest, src, kind in binaries if kind in ("BINARY", "EXTENSION") and dest.lower() not in top]
    needed: set[str] = set()
    while stack:
        for name in links_to(stack.pop()):
            name = name.lower()
            if name in top and name not in needed:
                needed.add(name)
                stack.append(top[name])
    return [entry for entry in binaries if entry[0].lower() not in top or entry[0].lower() in needed]


def slim(analysis) -> None:
    """Apply the cuts to a PyInstaller Analysis (the program's spec and the bench's floor alike)."""
    analysis.binaries = without_orphans([entry for entry in analysis.binaries if keep(entry[0])])
    analysis.datas = [entry for entry in analysis.datas if keep(entry[0])]

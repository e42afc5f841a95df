"""CommuneDesk core: the whole application without a screen (never imports Qt)."""
from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib import resources as _resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.abc import Traversable

# The package that holds the shipped files (fonts, procedures.csv, translations/).
RESOURCE_PACKAGE = "resources"
_extracted = ExitStack()
atexit.register(_extracted.close)
_paths: dict[tuple[str, ...], Path] = {}


def resource(*parts: str) -> Traversable:
    """A shipped file or folder, wherever the package is: a checkout, site-packages, a frozen build."""
    node = _resources.files(RESOURCE_PACKAGE)
    for part in parts:
        node = node / part
    return node


def resource_path(*parts: str) -> Path:
    """The same as a real file, for libraries that want a path (reportlab, Qt): the file itself when
    the package is a folder on disk (always, in practice), else a copy kept until the process ends."""
    key = tuple(parts)
    if key not in _paths:
        _paths[key] = _extracted.enter_context(_resources.as_file(resource(*parts)))
    return _paths[key]

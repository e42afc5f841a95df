"""CommuneDesk core: the whole application without a screen (never imports Qt)."""
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = REPO_ROOT / "resources"

"""The languages of the window, without Qt, so the launcher can offer `--lang` before any window
exists (gui.i18n installs them)."""

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANG = "vi"

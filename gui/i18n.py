"""Languages of the window. The source strings are Vietnamese (self.tr, QCoreApplication.translate,
QT_TRANSLATE_NOOP); English comes from Qt's translation files:

    resources/translations/communedesk_en.ts   the source of the translation (edited by hand or Linguist)
    resources/translations/communedesk_en.qm   built from it (committed; rebuilt at start if missing)
    resources/translations/qtbase_vi.ts        Qt's own strings in Vietnamese (file, print and preview
    resources/translations/qtbase_vi.qm        dialogs, standard buttons, message boxes): Qt ships none

Both ship inside the `resources` package and are found through core.resource_path, so an installed
wheel and a frozen build read the same files as a checkout.

Commands (README, "Translations"):

    python -m gui.i18n update    # pyside6-lupdate over gui/ → the .ts (new strings unfinished), and
                                 # core's message catalogue → the .ts's "Messages" context
    python -m gui.i18n release   # pyside6-lrelease → the .qm (and qtbase_vi.qm from qtbase_vi.ts)
    python -m gui.i18n check     # lists the strings without a finished English translation (exit 1)

Core's messages (core.messages) are not in gui/'s sources: `update` writes them into the context
"Messages" from the catalogue itself, each with its Vietnamese text as the source and its code as the
disambiguation; for English the catalogue's English text is the translation (finished: the catalogue is
the one place a message's wording is written, the command line prints the same English), for another
language the translation already in its .ts is kept (unfinished when the Vietnamese changed).

Lookups that miss their context fall back to the same source text in any context: PySide's
self.tr() uses the runtime class as context (a subclass calling an inherited method) while lupdate
files the string under the class that wrote it, and a module-level tr("…") helper is filed by
lupdate under an empty context.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core import resource_path
from gui.languages import DEFAULT_LANG, LANGUAGES

GUI_DIR = Path(__file__).resolve().parent


# Qt's own strings: shipped by Qt for some languages (QLibraryInfo.TranslationsPath), by the program
# for the others (Vietnamese), as `qtbase_<lang>.ts/.qm` beside the program's own translations.
QT_CATALOGUE = "qtbase"


def ts_path(lang: str, catalogue: str = "communedesk") -> Path:
    return resource_path("translations", f"{catalogue}_{lang}.ts")


def qm_path(lang: str, catalogue: str = "communedesk") -> Path:
    return resource_path("translations", f"{catalogue}_{lang}.qm")


def own_qt_languages() -> list[str]:
    """The languages whose Qt strings the program ships itself (a qtbase_<lang>.ts in resources)."""
    folder = ts_path("vi", QT_CATALOGUE).parent
    return sorted(p.stem.split("_", 1)[1] for p in folder.glob(f"{QT_CATALOGUE}_*.ts"))


def tool(name: str) -> str | None:
    """pyside6-lupdate / pyside6-lrelease: beside the running Python first (a venv), then on PATH."""
    exe = name + (".exe" if os.name == "nt" else "")
    for folder in (Path(sys.executable).parent, Path(sys.executable).parent / "Scripts"):
        if (folder / exe).exists():
            return str(folder / exe)
    return shutil.which(name)


def source_files() -> list[Path]:
    """Every Python file whose strings the window shows: gui/ (all pages, whoever writes them)."""
    return sorted(p for p in GUI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts: Path, sources: list[Path] | None = None) -> None:
    """lupdate over the window's sources, then core's message catalogue into the same .ts."""
    _lupdate(ts, sources)
    merge_catalogue(ts)


def _lupdate(ts: Path, sources: list[Path] | None = None) -> None:
    exe = tool("pyside6-lupdate")
    if exe is None:
        raise RuntimeError("pyside6-lupdate not found (it ships with PySide6)")
    files = [str(p) for p in (sources or source_files())]
    lang = ts.stem.rsplit("_", 1)[-1]
    subprocess.run([exe, "-silent", "-locations", "relative", "-no-obsolete", "-source-language", "vi_VN",
                    "-target-language", "en_GB" if lang == "en" else lang, *files, "-ts", str(ts)], check=True, cwd=GUI_DIR.parent)


CATALOGUE_CONTEXT = "Messages"
_CATALOGUE_BLOCK = re.compile(r"<context>\s*<name>" + CATALOGUE_CONTEXT + r"</name>.*?</context>\n?", re.S)


def _xml(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def catalogue_entries(ts: Path) -> dict[str, tuple[str, str, bool]]:
    """code → (source, translation, finished) of the catalogue's context in a .ts."""
    if not ts.exists():
        return {}
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        if ctx.findtext("name") != CATALOGUE_CONTEXT:
            continue
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished") and bool(tr.text)
            out[msg.findtext("comment") or ""] = (msg.findtext("source") or "", (tr.text or "") if tr is not None else "",
                                                  done)
    return out


def catalogue_block(lang: str, previous: dict[str, tuple[str, str, bool]]) -> str:
    """The .ts context of core's message catalogue for `lang`."""
    from core.messages import CATALOGUE

    lines = ["<context>", f"    <name>{CATALOGUE_CONTEXT}</name>"]
    for code in sorted(CATALOGUE):
        msg = CATALOGUE[code]
        if lang == "en":
            translation, done = msg.en, True
        else:
            source, translation, done = previous.get(code, ("", "", False))
            done = done and source == msg.vi
        kind = "" if done else ' type="unfinished"'
        lines += ["    <message>", f"        <source>{_xml(msg.vi)}</source>", f"        <comment>{_xml(code)}</comment>",
                  f"        <translation{kind}>{_xml(translation)}</translation>", "    </message>"]
    lines.append("</context>")
    return "\n".join(lines) + "\n"


def merge_catalogue(ts: Path) -> None:
    """Put the catalogue's context into `ts` in place of the one it has."""
    lang = ts.stem.rsplit("_", 1)[-1]
    previous = catalogue_entries(ts)
    text = _CATALOGUE_BLOCK.sub("", ts.read_text(encoding="utf-8"))
    end = text.rindex("</TS>")
    ts.write_text(text[:end] + catalogue_block(lang, previous) + text[end:], encoding="utf-8")


def run_lrelease(ts: Path, qm: Path) -> None:
    exe = tool("pyside6-lrelease")
    if exe is None:
        raise RuntimeError("pyside6-lrelease not found (it ships with PySide6)")
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([exe, "-silent", str(ts), "-qm", str(qm)], check=True)


def read_ts(ts: Path) -> list[dict]:
    """The messages of a .ts file: context, source, translation(s), whether finished."""
    out = []
    root = ET.parse(ts).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            if msg.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
                text = forms[0] if forms else ""
                done = bool(forms) and all(forms) and kind != "unfinished"
            else:
                text = (tr.text or "") if tr is not None else ""
                done = bool(text) and kind != "unfinished"
            loc = msg.find("location")
            out.append({"context": name, "source": msg.findtext("source") or "", "translation": text,
                        "finished": done, "where": f"{loc.get('filename')}:{loc.get('line')}" if loc is not None else ""})
    return out


def untranslated(ts: Path) -> list[dict]:
    return [m for m in read_ts(ts) if not m["finished"]]


class FallbackTranslator(QTranslator):
    """A QTranslator over the .qm that, on a miss, finds the source text in any context."""

    def __init__(self, by_source: dict[str, str], parent=None):
        super().__init__(parent)
        self.by_source = by_source

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt API
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        # None (a null string) when there is no translation: Qt then shows the source text. An
        # empty string would be taken as the translation and the text would vanish.
        return self.by_source.get(source) or None


def _by_source(ts: Path) -> dict[str, str]:
    if not ts.exists():
        return {}
    out: dict[str, str] = {}
    for m in read_ts(ts):
        if m["finished"]:
            out.setdefault(m["source"], m["translation"])
    return out


def _user_qm(lang: str, catalogue: str = "communedesk") -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("CommuneDesk", appauthor=False)) / f"{catalogue}_{lang}.qm"


def ensure_qm(lang: str, catalogue: str = "communedesk") -> Path | None:
    """The .qm of `lang`: the shipped one, or one built now from the .ts (first run of a checkout
    without it, or whose .ts was edited since) into the user's cache folder, never beside the
    shipped files (they may be read-only: site-packages, a frozen build). None when neither can be
    had."""
    qm, ts = qm_path(lang, catalogue), ts_path(lang, catalogue)
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime - 1):
        return qm
    if ts.exists():
        target = _user_qm(lang, catalogue)
        if target.exists() and target.stat().st_mtime >= ts.stat().st_mtime:
            return target
        try:
            run_lrelease(ts, target)
            return target
        except (RuntimeError, OSError, subprocess.CalledProcessError):
            pass
    return qm if qm.exists() else None


_installed: list[QTranslator] = []
_language = {"current": DEFAULT_LANG}


def current() -> str:
    """The language the window speaks now (what `install` put in force)."""
    return _language["current"]


def _install_qt_strings(app, lang: str) -> None:
    """Qt's own strings (standard buttons, file, print and preview dialogs) in `lang`: the program's
    qtbase_<lang>.qm when it ships one (Vietnamese: Qt has none), else Qt's. English needs none."""
    if lang == "en":
        return
    qt = QTranslator(app)
    own = ensure_qm(lang, QT_CATALOGUE) if lang in own_qt_languages() else None
    if (own is not None and qt.load(str(own))) or \
            qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)


def install(lang: str) -> str:
    """Install the translators of `lang` on the running application (removing earlier ones): the
    window's own strings (source Vietnamese, so none for "vi") and Qt's. Returns the language in force
    ("vi" when `lang` has no translation)."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang not in LANGUAGES:
        lang = DEFAULT_LANG
    _language["current"] = DEFAULT_LANG
    QLocale.setDefault(QLocale(QLocale.Vietnamese, QLocale.Vietnam) if lang == "vi"
                       else QLocale(QLocale.English, QLocale.UnitedKingdom))
    if lang == DEFAULT_LANG:
        _install_qt_strings(app, lang)
        return lang
    qm = ensure_qm(lang)
    if qm is None:
        _install_qt_strings(app, DEFAULT_LANG)
        return DEFAULT_LANG
    t = FallbackTranslator(_by_source(ts_path(lang)), app)
    if not t.load(str(qm)):
        _install_qt_strings(app, DEFAULT_LANG)
        return DEFAULT_LANG
    app.installTranslator(t)
    _installed.append(t)
    _language["current"] = lang
    _install_qt_strings(app, lang)
    return lang


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    action = args[0] if args else "check"
    lang = args[1] if len(args) > 1 else "en"
    ts = ts_path(lang)
    if action == "update":
        run_lupdate(ts)
        print(f"{ts}: {len(untranslated(ts))} strings to translate")
    elif action == "release":
        run_lrelease(ts, qm_path(lang))
        print(f"written {qm_path(lang)}")
        for own in own_qt_languages():
            run_lrelease(ts_path(own, QT_CATALOGUE), qm_path(own, QT_CATALOGUE))
            print(f"written {qm_path(own, QT_CATALOGUE)}")
    elif action == "check":
        missing = untranslated(ts) + [m for own in own_qt_languages()
                                      for m in untranslated(ts_path(own, QT_CATALOGUE))]
        for m in missing:
            print(f"{m['where']}: [{m['context']}] {m['source']}")
        print(f"{len(missing)} strings without a finished translation")
        return 1 if missing else 0
    else:
        print("usage: python -m gui.i18n update|release|check [LANG]", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

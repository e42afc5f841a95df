"""The province's view: read many communes' return workbooks (made by CommuneDesk), check them, sum
every figure, recompute the rates, rank the communes by on-time rate, and write the province's
workbook, PDF and JSON (the keys of `report --json`, plus `communes` and `ranking`).

A workbook is accepted only if its very hidden data sheet is intact (marker, version, SHA-256 of the
JSON it holds) and the `Tổng cộng` row of its form II.06a still shows the figures of that JSON, so a
file made by another program, or edited by hand after it was made, is refused with a clear message.

A return package (.cdpkg, core.packages) is accepted only if every checksum matches, its PDF's
signature is intact, unchanged since signing and chains to the trusted roots given (`trust`), and the
manifest agrees with what was signed; an unsigned package only with `allow_unsigned` (and marked so
in the outputs). Two packages of one commune and period: the later version wins, and the
consolidation lists the one it replaced (`superseded`). A list of the province's communes
(`read_communes_list`) makes it name those that have not reported (`missing_communes`): names are
matched ignoring case, diacritics and spacing, with or without "UBND" and the kind of unit ("Xã",
"Phường", "Đặc khu", "Thị trấn"), the kind being needed only where two units share a place name.
"""
from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from core import json_input
from core.errors import CommuneDeskError, ImportFailed
from core.formatting import fold, nfc
from core.returns import Figures, on_time_rate
from core.messages import problem
from core.collation import sort_key
from core.packages import place_key, unit_key


class ConsolidationError(CommuneDeskError):
    """A commune's file, or the set of them, refused; each problem a line."""

    def render(self, renderer) -> str:
        return "\n".join(renderer.lines(self.problems))


@dataclass
class CommuneReturn:
    path: Path
    data: dict
    meta: dict
    source: str = "workbook"  # workbook | package
    version: int | None = None  # a package's version
    replaces: int | None = None
    signer: dict | None = None  # who signed a package (core.signing.CertInfo.to_json)
    signed_at: str | None = None
    other_unit: bool = False  # signed with a certificate naming another unit (accepted when allowed)

    @property
    def signed(self) -> bool:
        return self.signer is not None

    @property
    def data_sha256(self) -> str:
        return hashlib.sha256(json.dumps(self.data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()

    @property
    def name(self) -> str:
        return nfc(self.data.get("commune")) or ""

    @property
    def period_key(self) -> tuple[str, str]:
        p = self.data.get("period") or {}
        return p.get("from", ""), p.get("to", "")


def read_return(path) -> CommuneReturn:
    """One commune's return from its workbook, checked; ConsolidationError says why not."""
    from core.exports import model
    from core.exports.xlsx import DATA_SHEET, FORM_SHEET, FORMAT_VERSION, MAGIC

    path = Path(path)
    name = path.name
    if not path.is_file():
        raise ConsolidationError("consolidate.no_such_file", name=name)
    from core.imports.untrusted import read_sheets

    try:  # in a child process: a hostile workbook ends it, never this one (core.imports.untrusted)
        sheet_names, sheets = read_sheets(path, [DATA_SHEET, FORM_SHEET])
    except ImportFailed as exc:  # not a workbook at all (a renamed file, a damaged download), or a hostile one
        raise ConsolidationError("consolidate.not_a_workbook", name=name, reason=exc.problems[0]) from None
    try:
        if DATA_SHEET not in sheet_names:
            raise ConsolidationError("consolidate.no_data_sheet", name=name)
        cells = [str(r[0]) if r and r[0] is not None else "" for r in sheets[DATA_SHEET]]
        if len(cells) < 6 or cells[0] != MAGIC:
            raise ConsolidationError("consolidate.foreign_data_sheet", name=name)
        try:
            version, kind, digest, n = int(float(cells[1])), cells[2], cells[3], int(float(cells[4]))
        except ValueError:
            raise ConsolidationError("consolidate.damaged", name=name) from None
        if version > FORMAT_VERSION:
            raise ConsolidationError("consolidate.newer", name=name, version=version)
        text = "".join(cells[5:5 + n])
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
            raise ConsolidationError("consolidate.checksum", name=name)
        try:
            body = json_input.loads(text)
        except json_input.JSONRefused:
            raise ConsolidationError("consolidate.damaged", name=name) from None
        data, meta = body["return"], body.get("meta") or {}
        if kind != "commune" or meta.get("kind") != "commune":
            raise ConsolidationError("consolidate.is_province", name=name)
        total = data["dossiers"]["total"]
        if FORM_SHEET not in sheet_names:
            raise ConsolidationError("consolidate.sheet_missing", name=name, sheet=FORM_SHEET)
        shown = None
        for row in sheets[FORM_SHEET]:
            if row and str(row[0]).strip() == model.TOTAL_LABEL:
                shown = row[2:13]
        try:
            shown_ints = [int(v) for v in shown] if shown is not None else None
        except (TypeError, ValueError):
            shown_ints = None
        if shown_ints != model.form_values(total):
            raise ConsolidationError("consolidate.figures_changed", name=name, sheet=FORM_SHEET)
    except ConsolidationError:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise ConsolidationError("consolidate.damaged_because", name=name, reason=str(exc)) from None
    return CommuneReturn(path, data, meta)


UNIT_CODES = ("package.signer_unit", "package.signer_no_unit")


def read_package_return(path, trust=None, allow_unsigned: bool = False, allow_other_unit: bool = False) -> CommuneReturn:
    """One commune's return from its package, checked (core.packages); ConsolidationError names
    the file and every reason it is refused. `allow_unsigned` accepts a package whose only fault is
    that it is not signed; `allow_other_unit` one signed with a certificate that does not name the
    commune (both marked so in the consolidation)."""
    from core.packages import PackageError, check_package

    path = Path(path)
    if not path.is_file():
        raise ConsolidationError("verify.no_such_file", name=path.name)
    try:
        check = check_package(path, trust)
    except PackageError as exc:
        raise ConsolidationError([problem("package.refused", name=path.name, reason=p)
                                  for p in exc.problems]) from None
    accepted = (("package.unsigned",) if allow_unsigned else ()) + (UNIT_CODES if allow_other_unit else ())
    if not check.valid and not check.only(*accepted):
        raise ConsolidationError([problem("package.refused", name=path.name, reason=p)
                                  for p in check.problems])
    reason = return_shape_problem(check.data)
    if reason:  # well-formed, but not a return (possible only unsigned, or signed by a foreign program)
        raise ConsolidationError("consolidate.damaged_because", name=path.name, reason=reason)
    sig = check.signature
    facts = check.facts
    return CommuneReturn(path, check.data, {"kind": "commune", **check.made},
                         source="package", version=facts.version, replaces=facts.replaces,
                         signer=sig.certificate.to_json() if (sig is not None and check.signed) else None,
                         signed_at=sig.signed_at.isoformat() if (sig is not None and sig.signed_at) else None,
                         other_unit=any(p.code in UNIT_CODES for p in check.problems))


def return_shape_problem(data) -> str | None:
    """Why `data` is not a commune's return the consolidation can sum (None: it is): the commune
    and period named, the dossier figures whole numbers."""
    from dataclasses import fields

    from core.returns import Figures

    if not isinstance(data, dict) or not isinstance(data.get("commune"), str):
        return "no commune"
    period = data.get("period")
    if not isinstance(period, dict) or not all(isinstance(period.get(k), str) for k in ("from", "to")):
        return "no period"
    dossiers = data.get("dossiers")
    total = dossiers.get("total") if isinstance(dossiers, dict) else None
    if not isinstance(total, dict):
        return "no dossier figures"
    for key in [f.name for f in fields(Figures)]:
        value = total.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            return f"dossiers.total.{key} is not a count"
    for key in ("rejected", "withdrawn"):
        value = dossiers.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            return f"dossiers.{key} is not a count"
    return None


def check_outputs(inputs, outputs: dict, db_file=None) -> None:
    """Refuse, before any work, an output on one of the consolidation's inputs (the returns, the
    list of communes), on another output, on a folder, or on the database `db_file`."""
    from core.files import check_outputs as check

    check(db_file, list(outputs.values()), inputs=[p for p in inputs if p])


class ReturnSet(list):
    """The returns to consolidate, the packages a later version of the same commune replaced, and
    the files given twice (the same file, or the same package under another name: counted once)."""

    def __init__(self, returns=(), superseded=(), duplicates=()):
        super().__init__(returns)
        self.superseded: list[dict] = list(superseded)
        self.duplicates: list[dict] = list(duplicates)


def _same_package(a: CommuneReturn, b: CommuneReturn) -> bool:
    return a.source == b.source == "package" and a.version == b.version and a.data_sha256 == b.data_sha256


def latest_versions(returns: list[CommuneReturn], duplicates=()) -> ReturnSet:
    """One return per commune and period: of several packages the highest version wins (the others
    are listed as superseded); the same package twice (the same version with the same figures) is
    counted once and listed as a duplicate; the same version with other figures is refused. A
    workbook beside another return of its commune is refused as before (it has no version)."""
    groups: dict[tuple, list[CommuneReturn]] = {}
    for r in returns:
        groups.setdefault((fold(r.name), r.period_key), []).append(r)
    kept, superseded, duplicates = [], [], list(duplicates)
    for group in groups.values():
        if len(group) == 1 or any(r.source != "package" for r in group):
            kept += group  # check_set refuses duplicates that are not all packages
            continue
        distinct: list[CommuneReturn] = []
        for r in group:  # the first given of identical packages stands for them
            same = next((d for d in distinct if _same_package(d, r)), None)
            if same is None:
                distinct.append(r)
            else:
                duplicates.append({"commune": r.name, "file": r.path.name, "same_as": same.path.name,
                                   "version": r.version})
        ordered = sorted(distinct, key=lambda r: (r.version, r.path.name))
        winner = ordered[-1]
        for r in ordered[:-1]:
            if r.version == winner.version:
                raise ConsolidationError("consolidate.same_version_differs", name=r.path.name,
                                         other=winner.path.name, version=r.version)
            superseded.append({"commune": r.name, "file": r.path.name, "version": r.version,
                               "replaced_by": {"file": winner.path.name, "version": winner.version}})
        kept.append(winner)
    order = {id(r): i for i, r in enumerate(returns)}
    return ReturnSet(sorted(kept, key=lambda r: order[id(r)]), superseded, duplicates)


def check_set(returns: list[CommuneReturn]) -> None:
    """One period, one province, each commune once."""
    if not returns:
        raise ConsolidationError("consolidate.nothing")
    periods = {r.period_key for r in returns}
    if len(periods) > 1:
        raise ConsolidationError([problem("consolidate.different_periods")] + [
            problem("consolidate.period_of", name=r.path.name, start=r.period_key[0], end=r.period_key[1])
            for r in returns])
    provinces = {fold(r.data.get("province")) for r in returns}
    if len(provinces) > 1:
        raise ConsolidationError([problem("consolidate.different_provinces")] + [
            problem("consolidate.province_of", name=r.path.name, province=r.data.get("province")) for r in returns])
    seen: dict[str, CommuneReturn] = {}
    for r in returns:
        key = fold(r.name)
        if key in seen:
            raise ConsolidationError("consolidate.same_commune", name=r.path.name, other=seen[key].path.name,
                                     commune=r.name, start=r.period_key[0], end=r.period_key[1])
        seen[key] = r


# ------------------------------------------------------------------------------ sums

def _recompute_rate(d: dict) -> float | None:
    if "completed" in d and "completed_early" in d:
        return on_time_rate(int(d.get("completed_early") or 0) + int(d.get("completed_on_time") or 0),
                            int(d.get("completed") or 0))
    if "done" in d and "done_on_time" in d:
        return on_time_rate(int(d.get("done_on_time") or 0), int(d.get("done") or 0))
    return None


def deep_sum(values: list[Any], communes: list[str] | None = None) -> Any:
    """Sum like-shaped JSON values: numbers add up, objects by key (free names matched without
    regard to case and diacritics, first spelling kept), rates are recomputed from the summed
    counts, lists are joined (each item marked with its commune)."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    first = present[0]
    if isinstance(first, dict):
        keys: dict[str, str] = {}
        groups: dict[str, list] = {}
        owners: dict[str, list] = {}
        for i, v in enumerate(values):
            if not isinstance(v, dict):
                continue
            for k, x in v.items():
                fk = fold(k) if k else k
                keys.setdefault(fk, k)
                groups.setdefault(fk, []).append(x)
                owners.setdefault(fk, []).append(communes[i] if communes else None)
        out = {keys[fk]: deep_sum(groups[fk], owners[fk] if communes else None) for fk in keys}
        for k in out:
            if k.endswith("rate"):
                out[k] = _recompute_rate(out)
        return out
    if isinstance(first, list):
        joined = []
        for i, v in enumerate(values):
            for item in v or []:
                if isinstance(item, dict) and communes:
                    joined.append({"commune": communes[i], **item})
                else:
                    joined.append(item)
        return joined
    if isinstance(first, bool) or isinstance(first, str):
        return first if all(v == first for v in present) else None
    if all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return sum(present)
    if all(isinstance(v, (int, float)) for v in present):
        return round(sum(present), 2)
    return None


def _sum_figures(items: list[dict]) -> Figures:
    total = Figures()
    for f in items:
        total.add(Figures.from_json(f))
    return total


def consolidate(returns: list[CommuneReturn], communes_list: list[str] | None = None) -> dict:
    """The province's JSON: the keys of `report --json` summed over the communes (`commune` is
    null), plus `communes` (each commune's dossier figures and where they came from) and `ranking`
    (by on-time rate); `superseded` when a later package replaced another, `duplicates` when one was
    given twice, `other_unit_signers` when a package signed with another unit's certificate was
    accepted; with the province's list of communes, `missing_communes` (the names of the list that did
    not report), `unlisted_communes`, and `repeated_communes` (names the list gives more than once)."""
    check_set(returns)
    superseded = list(getattr(returns, "superseded", []))
    duplicates = list(getattr(returns, "duplicates", []))
    returns = sorted(returns, key=lambda r: sort_key(r.name))
    names = [r.name for r in returns]
    total = _sum_figures([r.data["dossiers"]["total"] for r in returns])
    by_field_names: dict[str, str] = {}
    by_field_items: dict[str, list[dict]] = {}
    for r in returns:
        for field, f in r.data["dossiers"]["by_field"].items():
            k = fold(field)
            by_field_names.setdefault(k, nfc(field))
            by_field_items.setdefault(k, []).append(f)
    by_field = {by_field_names[k]: _sum_figures(v).to_json()
                for k, v in sorted(by_field_items.items(), key=lambda kv: sort_key(by_field_names[kv[0]]))}
    out: dict[str, Any] = {
        "commune": None,
        "province": nfc(returns[0].data.get("province")),
        "period": returns[0].data["period"],
        "dossiers": {"total": total.to_json(), "by_field": by_field,
                     "rejected": sum(int(r.data["dossiers"].get("rejected") or 0) for r in returns),
                     "withdrawn": sum(int(r.data["dossiers"].get("withdrawn") or 0) for r in returns)},
    }
    # The 766 estimate's own counts add up; a return made before they were recorded leaves them out,
    # so the province's 3.6 and 4.2 say "no data" rather than a share of some communes taken as all.
    counts = [r.data["dossiers"].get("service_index") for r in returns]
    if all(isinstance(c, dict) for c in counts):
        out["dossiers"]["service_index"] = {k: sum(int(c.get(k) or 0) for c in counts) for k in counts[0]}
    for key in ("staff", "equipment", "recommendations"):
        out[key] = deep_sum([r.data.get(key) or None for r in returns], names) or {}
    for key in ("tasks", "training"):
        if any(key in r.data for r in returns):
            out[key] = deep_sum([r.data.get(key) or None for r in returns], names) or {}
    out["communes"] = [{"commune": r.name, "province": nfc(r.data.get("province")), "file": r.path.name,
                        "made_at": r.meta.get("made_at"), "made_by": r.meta.get("made_by"),
                        "source": r.source, "version": r.version, "replaces": r.replaces, "signed": r.signed,
                        "signer": ({k: r.signer.get(k) for k in ("name", "organisation", "serial", "issuer", "units")}
                                   if r.signer else None), "signed_at": r.signed_at, "other_unit": r.other_unit,
                        "dossiers": {"total": Figures.from_json(r.data["dossiers"]["total"]).to_json(),
                                     "rejected": r.data["dossiers"].get("rejected", 0),
                                     "withdrawn": r.data["dossiers"].get("withdrawn", 0)}}
                       for r in returns]
    out["ranking"] = ranking(out["communes"])
    if superseded:
        out["superseded"] = superseded
    if duplicates:
        out["duplicates"] = duplicates
    unsigned = [r.name for r in returns if r.source == "package" and not r.signed]
    if unsigned:
        out["unsigned_packages"] = unsigned
    other_unit = [{"commune": r.name, "signer": r.signer.get("name"), "units": r.signer.get("units") or []}
                  for r in returns if r.other_unit and r.signer]
    if other_unit:
        out["other_unit_signers"] = other_unit
    if communes_list is not None:
        out["missing_communes"], out["unlisted_communes"] = match_communes(communes_list, [r.name for r in returns])
        repeated = list(getattr(communes_list, "repeated", []))
        if repeated:
            out["repeated_communes"] = repeated
    return out


# ------------------------------------------------------------------------------ the province's list
def match_communes(listed: list[str], reported: list[str]) -> tuple[list[str], list[str]]:
    """(the listed communes that did not report, the reporting communes not on the list). A name
    matches on its full key; failing that on its place name alone, where that place name is borne by
    one unit only on each side ("Thượng Tín" for "Xã Thượng Tín", but not when the list has both
    "Xã An Bình" and "Phường An Bình")."""
    from collections import Counter

    listed_place = Counter(place_key(n) for n in listed)
    reported_place = Counter(place_key(n) for n in reported)
    full = {unit_key(n) for n in reported}
    matched_reports: set[str] = set()
    missing = []
    for name in listed:
        fk, pk = unit_key(name), place_key(name)
        if fk in full:
            matched_reports.add(fk)
        elif listed_place[pk] == 1 and reported_place[pk] == 1:
            matched_reports.add(next(unit_key(r) for r in reported if place_key(r) == pk))
        else:
            missing.append(name)
    unlisted = [r for r in reported if unit_key(r) not in matched_reports]
    return missing, unlisted


class CommunesList(list):
    """The province's communes, each once; `repeated` the names the list gave again (as written)."""

    def __init__(self, names=(), repeated=()):
        super().__init__(names)
        self.repeated: list[str] = list(repeated)


# The list is read whole: held to what the import reader takes as one CSV line (a province's few
# hundred names, all of the country's included, are a few hundred kB).
def _communes_limit() -> int:
    from core.imports.untrusted import MAX_LINE

    return MAX_LINE


def read_communes_list(path) -> CommunesList:
    """The province's communes from a CSV (UTF-8, with or without BOM; or a plain list, one name a
    line): the column headed like "Xã, phường", "Đơn vị", "Tên" or "Commune" when there is one,
    else the first column. Blank lines are skipped; spacing inside a name is made single; a name
    given again is kept once and listed in `repeated`."""
    import csv

    path = Path(path)
    if not path.is_file():
        raise ConsolidationError("verify.no_such_file", name=path.name)
    from core.files import read_at_most

    limit = _communes_limit()
    try:
        raw = read_at_most(path, limit)
    except OSError:
        raise ConsolidationError("verify.no_such_file", name=path.name) from None
    if raw is None:
        raise ConsolidationError("consolidate.communes_too_large", name=path.name, limit=limit // (1024 * 1024))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConsolidationError("consolidate.communes_not_text", name=path.name) from None
    if "\x00" in text:
        raise ConsolidationError("consolidate.communes_not_text", name=path.name)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [[c.strip() for c in row] for row in csv.reader(text.splitlines(), dialect)]
    rows = [r for r in rows if any(r)]
    headers = ("xa phuong", "xa, phuong", "don vi", "ten don vi", "ten", "ten xa", "ten xa phuong", "commune",
               "name", "xa")
    column = 0
    if rows:
        folded = [fold(c) for c in rows[0]]
        hit = [i for i, c in enumerate(folded) if c.replace(",", "").replace("  ", " ") in
               {h.replace(",", "") for h in headers} or c in headers]
        stt = {"stt", "so tt", "no", "#"}
        if hit:
            column, rows = hit[0], rows[1:]
        elif folded and folded[0] in stt and len(folded) > 1:
            column, rows = 1, rows[1:]
    names, repeated, seen = [], [], set()
    for r in rows:
        name = " ".join((nfc(r[column]) if column < len(r) else "").split())
        if not name:
            continue
        if unit_key(name) in seen:
            repeated.append(name)
            continue
        seen.add(unit_key(name))
        names.append(name)
    if not names:
        raise ConsolidationError("consolidate.no_communes", name=path.name)
    return CommunesList(names, repeated)


def ranking(communes: list[dict]) -> list[dict]:
    """Communes by on-time rate, highest first (ties: more dossiers completed first, then by name);
    equal rates share a rank (1, 2, 2, 4). A commune with nothing completed has no rate and no rank."""
    entries = []
    for c in communes:
        f = Figures.from_json(c["dossiers"]["total"])
        entries.append({"commune": c["commune"], **f.to_json()})
    rated = [e for e in entries if e["on_time_rate"] is not None]
    unrated = [e for e in entries if e["on_time_rate"] is None]
    rated.sort(key=lambda e: (-e["on_time_rate"], -e["completed"], sort_key(e["commune"])))
    unrated.sort(key=lambda e: sort_key(e["commune"]))
    prev_rate, rank = None, 0
    for i, e in enumerate(rated, 1):
        if e["on_time_rate"] != prev_rate:
            rank, prev_rate = i, e["on_time_rate"]
        e["rank"] = rank
    for e in unrated:
        e["rank"] = None
    return [{"rank": e.pop("rank"), **e} for e in rated + unrated]


# ------------------------------------------------------------------------------ files

def expand_paths(paths: list[str]) -> list[Path]:
    """Files as given; a folder stands for the .xlsx and .cdpkg files in it (not starting with '~$'
    or '.')."""
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out += sorted(x for x in path.iterdir() if x.suffix.lower() in (".xlsx", ".cdpkg")
                          and not x.name.startswith(("~$", ".")))
        else:
            out.append(path)
    return out


def is_package(path) -> bool:
    """A return package: by its name, else by its first bytes (a zip that is not a workbook)."""
    path = Path(path)
    if path.suffix.lower() == ".cdpkg":
        return True
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return False
    try:
        with zipfile.ZipFile(path) as z:
            return "manifest.json" in z.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def read_returns(paths, progress: Callable | None = None, *, trust=None, allow_unsigned: bool = False,
                 allow_other_unit: bool = False) -> ReturnSet:
    """Read and check every file (workbooks and packages); all problems are reported together, in
    one error. A file given twice (also through its folder) is read once; of several packages of one
    commune and period the latest version is kept, the same package twice counted once."""
    from core.files import same_file_key

    files, given_twice, seen = [], [], {}
    for p in expand_paths([str(p) for p in paths]):
        key = same_file_key(p)
        if key in seen:
            given_twice.append((p, seen[key]))
            continue
        seen[key] = p
        files.append(p)
    returns, problems, refused = [], [], 0
    for i, p in enumerate(files):
        try:
            returns.append(read_package_return(p, trust, allow_unsigned, allow_other_unit) if is_package(p)
                           else read_return(p))
        except ConsolidationError as exc:
            problems += exc.problems
            refused += 1
        if progress:
            progress(i + 1, len(files))
    if problems:
        head = (problem("consolidate.refused_one", first=problems[0]) if refused == 1
                else problem("consolidate.refused_many", count=refused, first=problems[0]))
        raise ConsolidationError([head] + problems[1:])
    first = {same_file_key(r.path): r for r in returns}
    duplicates = [{"commune": first[same_file_key(f)].name, "file": p.name, "same_as": f.name,
                   "version": first[same_file_key(f)].version} for p, f in given_twice]
    chosen = latest_versions(returns, duplicates)
    check_set(chosen)
    return chosen


def province_options(data: dict, user: str | None = None, session=None, receiving_unit: str | None = None):
    """The consolidation's document options: the defaults, the office's setting of the receiving unit
    (when a database is at hand), then the one given for this document."""
    from core.exports import ReturnOptions

    opts = ReturnOptions.defaults(data, user, kind="province")
    chosen = nfc(receiving_unit) or None
    if chosen is None and session is not None:
        from core import settings

        chosen = nfc(settings.get(session, "consolidation.receiving_unit")) or None
    if chosen:
        default = opts.receiving_unit
        opts.receiving_unit = chosen
        opts.recipients = [f"{chosen};" if r == f"{default};" else r for r in opts.recipients]
    return opts


def province_document(data: dict, user: str | None = None, options=None):
    from core.exports import ReturnDocument
    from core.returns import Period
    from datetime import date

    period = Period(date.fromisoformat(data["period"]["from"]), date.fromisoformat(data["period"]["to"]))
    opts = options or province_options(data, user)
    return ReturnDocument(data, period, opts, kind="province")


def write_consolidation(data: dict, *, xlsx=None, pdf=None, user: str | None = None, options=None,
                        progress: Callable | None = None) -> list[Path]:
    from core.exports import write_document

    return write_document(province_document(data, user, options), xlsx=xlsx, pdf=pdf, progress=progress)

"""The house's import rules, read from the source with `ast` (nothing is imported):

  1. no circle among the modules of core/ (nor of gui/), counting imports at module level AND inside
     functions, `importlib.import_module("…")` with a literal name, relative imports resolved; a package
     may import its own submodules (its __init__ gathering them is not a circle);
  2. no service imports the command layer: only the launcher (gui.launch) and main.py import core.cli;
  3. core never imports Qt (PySide6, shiboken6) nor gui.

    python tools/check_imports.py          # prints every circle and every broken rule; exit 1 if any

Importing `a.b.c` also runs the packages `a.b` and `a` (their __init__), so an import counts as an
edge to each package above its target too, except the importer's own packages (already running).
"""
from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("core", "gui")
COMMAND_LAYER = "core.cli"
LAUNCHERS = {"gui.launch", "main"}  # the entry points: they hand over to the command layer or the window
QT = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    path: str
    line: int
    named: bool = True  # False: a package above the module the line names (run by the import too)


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def source_files(root: Path = ROOT) -> list[Path]:
    files = [p for pkg in PACKAGES for p in sorted((root / pkg).rglob("*.py")) if "__pycache__" not in p.parts]
    if (root / "main.py").exists():
        files.append(root / "main.py")
    return files


def _resolve(importer: str, package: bool, level: int, module: str | None) -> str:
    """The absolute name of `from .…module import …` written in `importer`."""
    if level == 0:
        return module or ""
    base = importer.split(".")
    if not package:
        base = base[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def raw_imports(path: Path, importer: str) -> list[tuple[str, list[str], int]]:
    """(module, names imported from it, line) for every import statement anywhere in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = is_package(path)
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(alias.name, [], node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(importer, package, node.level, node.module)
            out.append((target, [alias.name for alias in node.names], node.lineno))
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            if name in ("import_module", "__import__"):
                out.append((node.args[0].value, [], node.lineno))
    return out


def collect(root: Path = ROOT) -> tuple[set[str], list[Edge], list[Edge]]:
    """Our modules, the edges between them, and every import of anything (for the Qt rule)."""
    files = source_files(root)
    names = {module_name(p, root): p for p in files}
    ours: list[Edge] = []
    every: list[Edge] = []
    for name, path in names.items():
        rel = str(path.relative_to(root))
        own_packages = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
        if is_package(path):
            own_packages.add(name)
        for module, imported, line in raw_imports(path, name):
            every.append(Edge(name, module, rel, line))
            # `from pkg import sub` imports the submodule pkg.sub when there is one
            targets = {f"{module}.{n}" for n in imported if f"{module}.{n}" in names} or {module}
            if module in names and imported and any(f"{module}.{n}" not in names for n in imported):
                targets.add(module)
            for target in targets:
                parts = target.split(".")
                for i in range(1, len(parts) + 1):
                    above = ".".join(parts[:i])
                    if above in names and above != name and above not in own_packages:
                        ours.append(Edge(name, above, rel, line, named=above == target))
    return set(names), ours, every


def circles(modules: set[str], edges: list[Edge]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for e in edges:
        graph[e.source].add(e.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, it = work[-1]
            nxt = next(it, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    m = stack.pop()
                    on_stack.discard(m)
                    component.append(m)
                    if m == node:
                        break
                if len(component) > 1:
                    out.append(sorted(component))
    return sorted(out)


def a_cycle(component: list[str], edges: list[Edge]) -> list[Edge]:
    """One closed path through the component's first module, shortest first (breadth-first)."""
    inside = set(component)
    by_source: dict[str, list[Edge]] = {}
    for e in edges:
        if e.source in inside and e.target in inside:
            by_source.setdefault(e.source, []).append(e)
    start = component[0]
    paths = {start: []}
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            for e in sorted(by_source.get(node, []), key=lambda e: (e.target, e.line)):
                if e.target == start:
                    return paths[node] + [e]
                if e.target not in paths:
                    paths[e.target] = paths[node] + [e]
                    nxt.append(e.target)
        frontier = nxt
    return []


def in_package(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def problems(root: Path = ROOT) -> list[str]:
    modules, ours, every = collect(root)
    out = []
    for component in circles(modules, ours):
        path = a_cycle(component, ours)
        out.append(f"circle of {len(component)} modules: {', '.join(component)}\n"
                   + "".join(f"    {e.source} -> {e.target}  ({e.path}:{e.line})\n" for e in path).rstrip("\n"))
    for e in ours:
        if e.named and in_package(e.target, COMMAND_LAYER) and not in_package(e.source, COMMAND_LAYER) \
                and e.source not in LAUNCHERS:
            out.append(f"{e.source} imports the command layer {e.target} ({e.path}:{e.line})")
    for e in every:
        if in_package(e.source, "core"):
            top = e.target.split(".")[0]
            if top in QT or top == "gui":
                out.append(f"{e.source} (core) imports {e.target} ({e.path}:{e.line})")
    return list(dict.fromkeys(out))


def main(argv: list[str] | None = None) -> int:
    found = problems()
    for p in found:
        print(p)
    if found:
        print(f"{len(found)} problem(s)")
        return 1
    modules, ours, _ = collect()
    print(f"imports ok: {len(modules)} modules, {len({(e.source, e.target) for e in ours})} edges, no circle")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

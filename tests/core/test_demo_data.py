"""The demo generator's own output: one line per register, each naming it once."""
from __future__ import annotations

from core import demo_data


def test_the_demo_generator_names_each_register_once(tmp_path, capsys):
    assert demo_data.main(["--db", str(tmp_path / "demo.sqlite"), "--dossiers", "20", "--months", "2",
                           "--registers"]) == 0
    lines = [line.strip("\r") for line in capsys.readouterr().err.splitlines() if line.strip()]
    registers = [line for line in lines if ":" in line]
    assert "staff: 15 added, 0 updated" in registers or any(line.startswith("staff: 15 added") for line in registers)
    assert not any(line.split(":")[0] in line.split(":", 1)[1] for line in registers), registers
    assert lines[-1] == "20 dossiers added"

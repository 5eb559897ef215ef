"""Configuration: ``[tool.factcheck]`` in pyproject.toml, or factcheck.toml.

Looked up from the current folder upwards (the first file found wins;
``--config FILE`` names one explicitly). Keys::

    select   = ["FC1", "consistency"]   # rule codes, code prefixes, names or packs
    ignore   = ["FC203"]
    severity = { FC101 = "warning" }    # per code, name or pack
    rules    = ["newsroom-rules/"]      # more rule folders (relative to the file)
    fail-on  = "warning"                # error | warning | info | never
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.model import SEVERITIES
from factcheck.rules.loader import Rule

FAIL_ON = (*SEVERITIES, "never")


class ConfigError(Exception):
    """A configuration file that cannot be used."""


@dataclass
class Config:
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    rules: list[Path] = field(default_factory=list)
    fail_on: str = "error"
    path: str = ""

    def apply(self, rules: list[Rule]) -> list[Rule]:
        """The rules selected, with severities overridden.

        Raises ConfigError for a selector that names no rule (a typo would
        otherwise silently run nothing, or everything)."""
        for selector in [*self.select, *self.ignore, *self.severity]:
            if not any(r.matches(selector) for r in rules):
                raise ConfigError(f"no rule matches {selector!r} (see `factcheck rules`)")
        chosen = [r for r in rules if not self.select or any(r.matches(s) for s in self.select)]
        chosen = [r for r in chosen if not any(r.matches(s) for s in self.ignore)]
        for rule in chosen:
            for selector, severity in self.severity.items():
                if rule.matches(selector):
                    rule.severity = severity
        return chosen


def _strings(table: dict, key: str, where: str) -> list[str]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return value


def parse(table: dict, where: str, base: Path) -> Config:
    known = {"select", "ignore", "severity", "rules", "fail-on"}
    unknown = set(table) - known
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(known))})")
    severity = table.get("severity", {})
    if not isinstance(severity, dict) or any(v not in SEVERITIES for v in severity.values()):
        raise ConfigError(f"{where}: 'severity' must map rule codes, names or packs to one of {', '.join(SEVERITIES)}")
    fail_on = table.get("fail-on", "error")
    if fail_on not in FAIL_ON:
        raise ConfigError(f"{where}: 'fail-on' must be one of {', '.join(FAIL_ON)}")
    return Config(
        select=_strings(table, "select", where),
        ignore=_strings(table, "ignore", where),
        severity=dict(severity),
        rules=[base / p for p in _strings(table, "rules", where)],
        fail_on=fail_on,
        path=where,
    )


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None


def load_config(explicit: str | Path | None = None, start: Path | None = None) -> Config:
    """The configuration in force (defaults when no file is found)."""
    if explicit is not None:
        path = Path(explicit)
        data = _read_toml(path)
        table = data.get("tool", {}).get("factcheck", data) if path.name == "pyproject.toml" else data
        return parse(table, str(path), path.parent)
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / "factcheck.toml"
        if own.is_file():
            return parse(_read_toml(own), str(own), candidate)
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            table = _read_toml(pyproject).get("tool", {}).get("factcheck")
            if table is not None:
                return parse(table, f"{pyproject} [tool.factcheck]", candidate)
    return Config()

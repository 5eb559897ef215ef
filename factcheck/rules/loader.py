"""Reading and validating rule files.

A rule is one YAML file in a pack folder (``rules/<pack>/<CODE>-<name>.yaml``).
Every file is validated against :data:`RULE_SCHEMA` and against the JSON
Schema its check kind declares for ``params``; a bad file raises
:class:`RuleFileError` naming the file and line, which the CLI turns into
exit code 2.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import jsonschema
import yaml

from factcheck.model import SEVERITIES
from factcheck.rules.registry import load_checks

_EXAMPLE = {
    "oneOf": [
        {"type": "string", "minLength": 1},
        {
            "type": "object",
            "required": ["articles"],
            "additionalProperties": False,
            "properties": {
                "note": {"type": "string"},
                "articles": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "object",
                        "required": ["text"],
                        "additionalProperties": False,
                        "properties": {
                            "text": {"type": "string"},
                            "source": {"type": "string"},
                            "title": {"type": "string"},
                            "published": {"type": "string"},
                        },
                    },
                },
            },
        },
    ]
}

RULE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["code", "name", "severity", "check", "message", "summary", "docs", "examples"],
    "additionalProperties": False,
    "properties": {
        "code": {"type": "string", "pattern": "^[A-Z]{2,4}[0-9]{3}$"},
        "name": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
        "severity": {"enum": list(SEVERITIES)},
        "check": {"type": "string"},
        "summary": {"type": "string", "minLength": 1},
        "message": {"type": "string", "minLength": 1},
        "params": {"type": "object"},
        "docs": {
            "type": "object",
            "required": ["what", "why"],
            "additionalProperties": False,
            "properties": {
                "what": {"type": "string"},
                "why": {"type": "string"},
                "source": {"type": "string"},
            },
        },
        "examples": {
            "type": "object",
            "required": ["fire", "pass"],
            "additionalProperties": False,
            "properties": {
                "fire": {"type": "array", "minItems": 1, "items": _EXAMPLE},
                "pass": {"type": "array", "minItems": 1, "items": _EXAMPLE},
            },
        },
    },
}


class RuleFileError(Exception):
    """A rule file that cannot be used; ``str()`` gives 'path:line: message'."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        self.path, self.line, self.message = str(path), line, message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


@dataclass
class Rule:
    code: str
    name: str
    pack: str
    severity: str
    check: str
    summary: str
    message: str
    params: dict[str, Any]
    docs: dict[str, str]
    examples: dict[str, list]
    path: str = ""
    selectors: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self):
        self.selectors = frozenset({self.code.lower(), self.name.lower(), self.pack.lower()})

    def matches(self, selector: str) -> bool:
        """True when ``selector`` names this rule by code, code prefix, name or pack."""
        s = selector.strip().lower()
        return s in self.selectors or (s[:2].isalpha() and self.code.lower().startswith(s))


def builtin_rules_dir() -> Path:
    """The rule packs shipped with factcheck (in the wheel, or in a source checkout)."""
    here = Path(__file__).resolve().parent.parent
    installed = here / "_rules"
    return installed if installed.is_dir() else here.parent / "rules"


def _line_of(node: yaml.Node | None, path: Iterable) -> int | None:
    """Line (1-based) of the YAML node at a JSON path, or of its nearest parent."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def _validate(instance: Any, schema: dict, node, path: Path, prefix: tuple = ()) -> None:
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(instance),
                    key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        where = ".".join(str(p) for p in (*prefix, *err.absolute_path)) or "rule"
        raise RuleFileError(path, _line_of(node, (*prefix, *err.absolute_path)), f"{where}: {err.message}")


#: libyaml's parser when PyYAML was built with it (its wheels are), else the pure-Python one: loading
#: every rule file takes a tenth of the time with it.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_rule_file(path: Path, pack: str) -> Rule:
    text = path.read_text(encoding="utf-8")
    loader = _SafeLoader(text)
    try:  # one parse gives both the nodes (for line numbers in errors) and the data
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleFileError(path, mark.line + 1 if mark else None, f"not valid YAML: {exc}") from None
    finally:
        loader.dispose()
    _validate(data, RULE_SCHEMA, node, path)
    checks = load_checks()
    if data["check"] not in checks:
        known = ", ".join(sorted(checks))
        raise RuleFileError(path, _line_of(node, ["check"]),
                            f"unknown check kind {data['check']!r} (known: {known})")
    _validate(data.get("params", {}), checks[data["check"]].params, node, path, ("params",))
    return Rule(pack=pack, path=str(path), params=data.get("params", {}),
                **{k: data[k] for k in ("code", "name", "severity", "check", "summary",
                                        "message", "docs", "examples")})


def load_rules(extra_dirs: Iterable[Path | str] = (), builtin: bool = True) -> list[Rule]:
    """All rules of the bundled packs plus ``extra_dirs``, sorted by code.

    A folder holds either rule files directly (its name is the pack) or pack
    sub-folders of rule files.
    """
    dirs = ([builtin_rules_dir()] if builtin else []) + [Path(d) for d in extra_dirs]
    rules: dict[str, Rule] = {}
    for root in dirs:
        if not root.is_dir():
            raise RuleFileError(root, None, "rule folder does not exist")
        files = sorted(root.glob("*.yaml")) + sorted(root.glob("*/*.yaml"))
        for file in files:
            pack = file.parent.name
            rule = load_rule_file(file, pack)
            if rule.code in rules:
                raise RuleFileError(file, 1, f"rule code {rule.code} is also used by {rules[rule.code].path}")
            rules[rule.code] = rule
    return sorted(rules.values(), key=lambda r: r.code)

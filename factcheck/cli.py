"""Command line: ``factcheck audit``, ``factcheck claims``, ``factcheck rules``.

Exit codes follow the linters' convention: 0 when no finding is at or above
``--fail-on``, 1 when one is, 2 for usage, configuration or internal errors.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from factcheck import __version__
from factcheck.config import FAIL_ON, Config, ConfigError, load_config
from factcheck.model import SEVERITIES

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> NoReturn:
    """Say what went wrong on stderr (unwrapped, so paths stay whole) and exit 2."""
    click.echo(f"factcheck: {message}", err=True)
    sys.exit(EXIT_ERROR)


@contextmanager
def _progress(enabled: bool, total: int):
    """A progress bar on stderr, only when stderr is a terminal."""
    console = Console(stderr=True)
    if not enabled or not console.is_terminal or total == 0:
        yield lambda article: None
        return
    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=console, transient=True) as bar:
        task = bar.add_task("extract", total=total)
        yield lambda article: bar.advance(task)


def _load_rules(config: Config, extra_dirs: tuple[str, ...], select, ignore):
    from factcheck.rules.loader import RuleFileError, load_rules

    try:
        rules = load_rules([*config.rules, *map(Path, extra_dirs)])
    except RuleFileError as exc:
        _fail(f"invalid rule file: {exc}")
    config.select += _selectors(select)
    config.ignore += _selectors(ignore)
    try:
        return config.apply(rules)
    except ConfigError as exc:
        _fail(f"invalid rule selection: {exc}")


def _selectors(values: tuple[str, ...]) -> list[str]:
    """'--select FC201,FC202 --select arithmetic' -> ['FC201', 'FC202', 'arithmetic']."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _config(path: str | None) -> Config:
    try:
        return load_config(path)
    except ConfigError as exc:
        _fail(f"invalid configuration: {exc}")


def _ingest(paths: tuple[str, ...], sample: bool):
    from factcheck.ingest import read_paths

    if sample:
        from factcheck.ingest.sample import read_sample

        return read_sample()
    if not paths:
        raise click.UsageError("give files or folders to read, or --sample for the bundled corpus")
    return read_paths(list(paths))


def _write(text: str, output: str | None) -> None:
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot write {output}: {exc.strerror or exc}")
    else:
        click.echo(text, nl=False)


def _run(paths, sample, rules, quiet):
    from factcheck.extract.nlp import ModelNotInstalled
    from factcheck.pipeline import audit_ingested

    ingested = _ingest(paths, sample)
    try:
        with _progress(not quiet, len(ingested.articles)) as advance:
            return audit_ingested(ingested, rules=rules, on_article=advance)
    except ModelNotInstalled as exc:
        _fail(str(exc))


common = [
    click.argument("paths", nargs=-1, type=click.Path()),
    click.option("--sample", is_flag=True, help="Audit the sample corpus bundled with factcheck."),
    click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to FILE."),
    click.option("--quiet", "-q", is_flag=True, help="No progress bar."),
    click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
                 help="Another folder of rule files (repeatable)."),
    click.option("--select", multiple=True, help="Run only these rules (code, prefix, name or pack; comma-separated or repeated)."),
    click.option("--ignore", multiple=True, help="Leave out these rules (comma-separated or repeated)."),
    click.option("--config", "config_path", type=click.Path(dir_okay=False),
                 help="Configuration file (default: factcheck.toml or [tool.factcheck] in pyproject.toml)."),
]


def with_common(fn):
    for decorator in reversed(common):
        fn = decorator(fn)
    return fn


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def cli():
    """Find, track and check the numeric claims in news articles."""


@cli.command()
@with_common
@click.option("--format", "fmt", type=click.Choice(["terminal", "json", "csv"]), default="terminal",
              show_default=True, help="terminal: annotated report; json: the full contract; csv: the claims table.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Exit 1 when a finding is at or above this severity (default: error).")
def audit(paths, sample, output, quiet, rule_dirs, select, ignore, config_path, fmt, fail_on):
    """Audit files and folders of articles (.txt .md .html .json .jsonl)."""
    from factcheck.report import render_report

    config = _config(config_path)
    rules = _load_rules(config, rule_dirs, select, ignore)
    result = _run(paths, sample, rules, quiet)
    _write(render_report(result, fmt, color=output is None), output)
    if result.rule_errors:  # the report is written, but it is incomplete: an internal error
        for err in result.rule_errors:
            click.echo(f"factcheck: rule {err.rule} ({err.name}) crashed and was skipped: {err.message}", err=True)
        sys.exit(EXIT_ERROR)
    threshold = fail_on or config.fail_on
    if threshold != "never":
        limit = SEVERITIES.index(threshold)
        if any(SEVERITIES.index(f.severity) <= limit for f in result.findings):
            sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--sample", is_flag=True, help="Read the sample corpus bundled with factcheck.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the table to FILE.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="csv", show_default=True)
def claims(paths, sample, output, quiet, fmt):
    """Print the claims table of files and folders (no rules are run)."""
    from factcheck.report import render_report

    result = _run(paths, sample, [], quiet)
    _write(render_report(result, "claims-json" if fmt == "json" else "csv"), output)


@cli.group(invoke_without_command=True)
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False))
@click.pass_context
def rules(ctx, rule_dirs):
    """List the rules (``factcheck rules show CODE`` for one's documentation)."""
    from factcheck.report.rule_docs import rules_table

    ctx.obj = rule_dirs
    if ctx.invoked_subcommand is None:
        console = Console()
        console.print(rules_table(_load_rules(_config(None), rule_dirs, (), ())))


@rules.command("show")
@click.argument("code")
@click.pass_obj
def rules_show(rule_dirs, code):
    """Print one rule's documentation and examples."""
    from factcheck.report.rule_docs import rule_doc

    found = [r for r in _load_rules(_config(None), rule_dirs or (), (), ()) if r.matches(code)]
    if not found:
        _fail(f"no rule {code!r}; `factcheck rules` lists them")
    Console().print(rule_doc(found[0]))


def main() -> None:
    """Console entry point: user mistakes give a message and exit 2, never a traceback."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_ERROR)
    except click.Abort:
        sys.exit(EXIT_ERROR)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # an internal error: say so plainly, exit 2
        _fail(f"internal error: {type(exc).__name__}: {exc} (please report this)")

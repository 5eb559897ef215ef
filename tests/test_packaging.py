"""What the installed distribution ships and exposes."""

import importlib.metadata as md
import subprocess
import sys

import pytest


def installed_files():
    try:
        return [str(f) for f in md.files("factcheck") or []]
    except md.PackageNotFoundError:
        pytest.skip("factcheck is not installed as a distribution (run `pip install .`)")


def test_rule_packs_ship_inside_the_package():
    files = installed_files()
    if any(f.endswith(".pth") for f in files) and not any("_rules" in f for f in files):
        pytest.skip("editable install: rules are read from the source tree")
    assert any(f.startswith("factcheck/_rules/plausibility/") and f.endswith(".yaml") for f in files)


def test_sample_corpus_ships_inside_the_package():
    from factcheck.ingest.sample import sample_dir

    assert len(list(sample_dir().iterdir())) >= 10


def test_console_script_and_module_entry_points():
    assert any(ep.name == "factcheck" and ep.value == "factcheck.cli:main"
               for ep in md.entry_points(group="console_scripts"))
    out = subprocess.run([sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and "factcheck" in out.stdout


def test_api_extract_stays_a_function_after_submodules_load():
    import factcheck
    import factcheck.extract.claims  # noqa: F401  (must not shadow the API function)

    assert callable(factcheck.extract)
    df = factcheck.extract("Russia launched 479 drones.")
    assert list(df.value) == [479]

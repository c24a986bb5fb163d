"""Meta tests: public API lists, settings docs, CLI help."""

import importlib
import runpy
from pathlib import Path

import pytest

import redline
from redline.settings import SETTINGS

REPO = Path(__file__).resolve().parents[1]


def test_top_level_all_is_sorted_and_complete():
    assert list(redline.__all__) == sorted(redline.__all__)
    for name in redline.__all__:
        assert hasattr(redline, name), name


@pytest.mark.parametrize(
    "module",
    [
        "redline.claims",
        "redline.nlp",
        "redline.ingest",
        "redline.extract",
        "redline.store",
        "redline.positions",
    ],
)
def test_subpackage_all_names_exist(module):
    mod = importlib.import_module(module)
    for name in mod.__all__:
        assert hasattr(mod, name), f"{module}.{name}"


def test_settings_doc_is_generated_from_the_table():
    render = runpy.run_path(str(REPO / "scripts" / "gen_settings_doc.py"))["render"]
    assert (REPO / "docs" / "settings.md").read_text() == render()
    for spec in SETTINGS:
        assert spec.help


def test_settings_file_named_by_environment_is_read(tmp_path, monkeypatch):
    from redline.cli._options import build_settings

    cfg = tmp_path / "redline.toml"
    cfg.write_text('batch_size = 8\nlanguages = "en,de"\n')
    monkeypatch.setenv("REDLINE_CONFIG", str(cfg))
    settings = build_settings(setting=["batch_size=4"])
    assert settings.languages == "en,de"
    assert settings.batch_size == 4


def test_error_codes_are_unique_and_documented():
    from redline import errors

    classes = [getattr(errors, n) for n in errors.__all__]
    codes = [c.code for c in classes]
    assert len(codes) == len(set(codes))
    doc = (REPO / "docs" / "errors.md").read_text()
    for cls in classes:
        assert cls.code in doc, cls.__name__

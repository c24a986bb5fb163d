"""Write docs/settings.md from the settings table."""

from pathlib import Path

from redline.settings import SETTINGS

HEADER = """# Settings

Every setting can be given in a TOML file (`redline ... --config FILE`), as an
environment variable `REDLINE_<NAME>` (the store URL also as `REDLINE_DB`), or on the
command line as `--setting NAME=VALUE`; later sources win. This page is generated from
`redline.settings.SETTINGS` by `scripts/gen_settings_doc.py`; a test keeps it in step.

| name | default | environment | meaning |
|---|---|---|---|
"""


def render() -> str:
    rows = [
        f"| `{s.name}` | `{s.default!r}` | `REDLINE_{s.name.upper()}` | {s.help} |"
        for s in SETTINGS
    ]
    return HEADER + "\n".join(rows) + "\n"


if __name__ == "__main__":
    Path(__file__).resolve().parents[1].joinpath("docs/settings.md").write_text(
        render()
    )

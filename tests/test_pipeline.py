"""The pipeline over several inputs: site boilerplate across page dumps."""

import pytest

from redline.extract import find_site_boilerplate
from redline.pipeline import analyse_inputs
from redline.settings import load_settings

pytestmark = pytest.mark.model


def test_two_dumps_of_one_site_share_boilerplate_that_stays_out_of_bodies(examples_dir):
    dumps = sorted((examples_dir / "articles").glob("northwire-*.txt"))
    assert len(dumps) == 2
    boilerplate = find_site_boilerplate([p.read_text() for p in dumps])
    shared = boilerplate.segments_of("northwire")
    assert "Subscribe" in shared
    settings = load_settings(
        overrides={"actors_file": str(examples_dir / "actors.toml")}
    )
    results = list(analyse_inputs([str(p) for p in dumps], settings=settings))
    assert [r.result.status for r in results] == ["ok", "ok"]
    for r in results:
        assert r.result.article is not None
        body = r.result.article.text
        assert not any(seg in body.split("\n\n") for seg in shared)
        assert r.claims

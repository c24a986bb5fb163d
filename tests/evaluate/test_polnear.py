"""The brat reader and the PolNeAR span scorer, on small self-written files."""

import io
import json
import tarfile

import pytest
from typer.testing import CliRunner

from redline.attribution import Attribution, CharSpan
from redline.cli import app
from redline.errors import AnnotationFormatError, NoArticlesFound
from redline.evaluate.brat import parse_brat, read_brat
from redline.evaluate.polnear import (
    format_polnear_report,
    load_polnear,
    overlap_matches,
    score_articles,
    score_attributions,
)

TEXT = "Officials said the deal was off.\nShe added: it is over, really."
# Officials 0-9, said 10-14, "the deal was off" 15-31; She 33-36, added 37-42,
# "it is over" 44-54, "really" 56-62.
ANN = (
    "T1\tSource 0 9\tOfficials\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 31\tthe deal was off\n"
    "T4\tAttribution 10 14\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tSource 33 36\tShe\n"
    "T6\tCue 37 42\tadded\n"
    "T7\tContent 44 54;56 62\tit is over really\n"
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
    "T8\tAttribution 37 42\tadded\n"
    "#1\tAnnotatorNotes T7\ta note\n"
)


def _attr(cue, source, *content):
    return Attribution(
        cue=CharSpan(start=cue[0], end=cue[1]),
        source=CharSpan(start=source[0], end=source[1]) if source else None,
        content=tuple(CharSpan(start=s, end=e) for s, e in content),
    )


def test_reader_resolves_events_discontinuous_spans_and_later_ids():
    f = parse_brat(ANN, name="a_0001.ann", text_len=len(TEXT))
    assert [a.id for a in f.attributions] == ["E1", "E2"]
    second = f.attributions[1]
    assert second.anchor == "Attribution"
    assert second.content[0].fragments == ((44, 54), (56, 62))
    assert second.source is not None
    assert TEXT[slice(*second.source.fragments[0])] == "She"


def test_reader_accepts_covered_text_running_onto_the_next_line():
    text = "He said: one\ntwo three."
    ann = "T1\tContent 9 22\tone\ntwo three\nT2\tCue 3 7\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2\n"
    f = parse_brat(ann, name="m_0001.ann", text_len=len(text))
    assert [s.id for s in f.spans] == ["T1", "T2"]
    assert f.attributions[0].content[0].fragments == ((9, 22),)


def test_empty_file_has_no_attributions(tmp_path):
    path = tmp_path / "e_0001.ann"
    path.write_text("")
    assert read_brat(path).attributions == ()


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("garbage line", "not an annotation line"),
        ("T1\tSource 5 x\tab", "bad type/offsets"),
        ("T1\tSource 0 999\tab", "outside the text"),
        ("E1\tAttribution:T9 Cue:T7", "unknown argument"),
        ("T1\tSource 0 2\tOf\nE1\tSpeech:T1", "unknown anchor"),
    ],
)
def test_malformed_lines_raise_e601_naming_file_and_line(line, why):
    content = "T9\tCue 10 14\tsaid\n" + line if line.startswith("E1\tA") else line
    with pytest.raises(AnnotationFormatError, match=why) as info:
        parse_brat(content, name="bad_0001.ann", text_len=len(TEXT))
    assert str(info.value).startswith("E601: bad_0001.ann, line ")


def test_overlap_matching_is_one_to_one_and_greedy_by_shared_characters():
    gold = {((0, 10),), ((12, 20),)}
    assert overlap_matches({((0, 20),)}, gold) == 1  # one prediction, two golds
    assert overlap_matches({((0, 20),), ((15, 16),)}, gold) == 2
    assert overlap_matches({((10, 12),)}, gold) == 0  # touching is not sharing


def test_score_counts_exact_and_overlap_per_role():
    f = parse_brat(ANN, name="a_0001.ann", text_len=len(TEXT))
    pred = [
        _attr((10, 14), (0, 9), (15, 31)),  # all exact
        _attr((37, 42), (33, 36), (44, 62)),  # content overlaps, not exact
        _attr((44, 46), None, (47, 50)),  # spurious; its content is taken
    ]
    got = score_attributions(pred, f)
    assert (got["source"].exact, got["source"].overlap) == (2, 2)
    assert (got["cue"].exact, got["cue"].predicted, got["cue"].gold) == (2, 3, 2)
    assert (got["content"].exact, got["content"].overlap) == (1, 2)


def _write_split(root, files):
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    for name, content in files.items():
        folder = "text" if name.endswith(".txt") else "attributions"
        (root / folder / name).write_text(content, encoding="utf-8")


def test_several_annotators_are_scored_each_and_averaged(tmp_path):
    one = (
        "T1\tCue 10 14\tsaid\nT2\tAttribution 10 14\tsaid\nE1\tAttribution:T2 Cue:T1\n"
    )
    other = "T1\tCue 37 42\tadded\nT2\tAttribution 37 42\tadded\nE1\tAttribution:T2 Cue:T1\n"
    _write_split(
        tmp_path,
        {
            "art.txt": TEXT,
            "art_aaaa.ann": one,
            "art_bbbb.ann": one
            + other.replace("T1", "T3").replace("T2", "T4").replace("E1", "E2"),
        },
    )
    (article,) = load_polnear(tmp_path)
    assert len(article.files) == 2
    report = score_articles([article], [[_attr((10, 14), None, (15, 31))]])
    cue = report.role("cue")
    assert cue.gold == pytest.approx(1.5)  # (1 + 2) / 2
    assert cue.predicted == pytest.approx(1.0)
    assert cue.exact_recall == pytest.approx(1 / 1.5)
    assert cue.exact_precision == pytest.approx(1.0)
    assert "cue" in format_polnear_report(report)


def test_reads_a_tarball_in_place_and_limits_articles(tmp_path):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, content in {
            "dev/text/b.txt": TEXT,
            "dev/text/a.txt": TEXT,
            "dev/attributions/a_0001.ann": ANN,
            "dev/attributions/b_0001.ann": "",
        }.items():
            data = content.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    path = tmp_path / "dev.tar.gz"
    path.write_bytes(buf.getvalue())
    assert [a.name for a in load_polnear(path)] == ["a", "b"]
    (only,) = load_polnear(path, limit=1)
    assert len(only.files[0].attributions) == 2


def test_annotations_without_text_or_no_texts_are_errors(tmp_path):
    _write_split(tmp_path, {"a.txt": TEXT, "zz_0001.ann": ""})
    with pytest.raises(AnnotationFormatError, match="zz"):
        load_polnear(tmp_path)
    with pytest.raises(NoArticlesFound):
        load_polnear(tmp_path / "text")


@pytest.mark.model
def test_cli_scores_a_split_as_table_and_json(tmp_path):
    _write_split(tmp_path, {"art.txt": TEXT, "art_0001.ann": ANN})
    runner = CliRunner()
    table = runner.invoke(app, ["eval", "polnear", str(tmp_path)])
    assert table.exit_code == 0, table.output
    assert "source" in table.output
    assert "1 articles, 1 annotation files" in table.output
    out = runner.invoke(app, ["eval", "polnear", str(tmp_path), "--json"])
    data = json.loads(out.output)
    source = next(r for r in data["roles"] if r["role"] == "source")
    assert source["gold"] == 2.0
    assert source["overlap_recall"] >= 0.5  # "Officials said the deal was off."

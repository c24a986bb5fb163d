"""CSV and JSONL corpora with field mapping, globs, mixed encodings, huge pages."""

import gzip
import io
import json
from datetime import UTC, datetime

from typer.testing import CliRunner

from redline.cli import app
from redline.extract.plaintext import readable_title, unwrap_wire_text
from redline.ingest import iter_inputs
from redline.ingest.fieldmap import FieldMap
from redline.model import ArticleResult, InputKind, RawDocument, Status
from redline.settings import Settings

SETTINGS = Settings()
BODY = "The ministers met in Geneva on Monday. They agreed to talk again."


def _write_csv_gz(path, text):
    with gzip.open(path, "wt", encoding="utf-8", newline="") as fh:
        fh.write(text)


def test_csv_rows_stream_with_mapping_and_row_index(tmp_path):
    path = tmp_path / "c.csv.gz"
    _write_csv_gz(
        path,
        'title,text,date\n"Talks, again","Line one.\nLine two.",'
        '"December 31, 2017 "\nSecond,Body two.,2017-12-30\n',
    )
    items = list(iter_inputs([str(path)], settings=SETTINGS, kind=InputKind.CSV))
    assert [i.source for i in items] == [f"{path}#0", f"{path}#1"]
    first = items[0]
    assert isinstance(first, RawDocument)
    assert first.title == "Talks, again"
    assert "\n" in first.text
    assert first.published == datetime(2017, 12, 31, tzinfo=UTC)


def test_csv_missing_text_column_is_one_bad_record(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("headline,story\nA,B\n", encoding="utf-8")
    items = list(iter_inputs([str(path)], settings=SETTINGS))
    assert len(items) == 1
    assert isinstance(items[0], ArticleResult)
    assert items[0].status is Status.BAD_RECORD
    assert "'story'" in (items[0].message or "")
    assert "text" in (items[0].message or "")


def test_jsonl_field_map_and_stdin_csv(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(
        json.dumps({"key": "k1", "story": BODY, "when": "2020-01-02"}) + "\n",
        encoding="utf-8",
    )
    fields = FieldMap(text="story", id="key", date="when")
    (doc,) = iter_inputs([str(path)], settings=SETTINGS, fields=fields)
    assert isinstance(doc, RawDocument)
    assert doc.id == "k1"
    assert doc.published == datetime(2020, 1, 2, tzinfo=UTC)
    stream = io.BytesIO(b"text\nHello there.\n")
    (row,) = iter_inputs(["-"], settings=SETTINGS, kind=InputKind.CSV, stdin=stream)
    assert isinstance(row, RawDocument)
    assert row.source == "-#0"


def test_glob_expands_recursively_and_reports_no_match(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for p in (tmp_path / "a" / "x.jsonl", tmp_path / "a" / "b" / "y.jsonl"):
        p.write_text(json.dumps({"text": BODY}) + "\n", encoding="utf-8")
    items = list(iter_inputs([f"{tmp_path}/**/*.jsonl"], settings=SETTINGS))
    assert len(items) == 2
    assert all(isinstance(i, RawDocument) for i in items)
    (miss,) = iter_inputs([f"{tmp_path}/**/*.csv"], settings=SETTINGS)
    assert isinstance(miss, ArticleResult)
    assert miss.status is Status.NOT_FOUND


def test_mixed_and_cp1252_encodings(tmp_path):
    mixed = tmp_path / "m.txt"
    mixed.write_bytes(
        "Title\n\nCafé — naïve".encode() + b" \x93quoted\x94 m\xc3\xa9dia.\n"
    )
    legacy = tmp_path / "l.txt"
    legacy.write_bytes(b"Title\n\nCaf\xe9 society \x96 the na\xefve plan.\n")
    m, legacy_doc = iter_inputs([str(mixed), str(legacy)], settings=SETTINGS)
    assert isinstance(m, RawDocument)
    assert "Café — naïve “quoted” média." in m.text
    assert isinstance(legacy_doc, RawDocument)
    assert "Café society \u2013 the naïve plan." in legacy_doc.text


def test_huge_html_page_is_too_large_from_stat(tmp_path):
    path = tmp_path / "big.html"
    with path.open("wb") as fh:
        fh.write(b"<html><body>")
        chunk = b"<p>" + b"x" * 1021 + b"</p>"
        for _ in range(50 * 1024):
            fh.write(chunk)
    (item,) = iter_inputs([str(path)], settings=SETTINGS)
    assert isinstance(item, ArticleResult)
    assert item.status is Status.TOO_LARGE


def test_unwrap_wire_text_and_readable_title():
    body = (
        "The ministers met in Geneva on Monday and\nagreed to resume the talks "
        "next week, officials\nsaid.\n    A spokesman said the next round would\n"
        "start in March.\n\n Reuter"
    )
    assert unwrap_wire_text(body) == (
        "The ministers met in Geneva on Monday and agreed to resume the talks "
        "next week, officials said.\n\nA spokesman said the next round would "
        "start in March."
    )
    assert readable_title("U.S. URGES JAPAN TO OPEN MARKETS") == (
        "U.S. Urges Japan To Open Markets"
    )
    assert readable_title("EC AND GATT <XYZ> TALKS") == "EC And GATT <XYZ> Talks"
    assert readable_title("Already readable") == "Already readable"


def test_cli_extract_gzipped_csv(tmp_path):
    path = tmp_path / "tiny.csv.gz"
    long_body = " ".join([BODY] * 20)
    _write_csv_gz(path, f'title,text\nTalks,"{long_body}"\n')
    result = CliRunner().invoke(
        app,
        ["extract", str(path), "--type", "csv", "--text-field", "text", "--json"],
    )
    assert result.exit_code == 0, result.output
    line = next(x for x in result.stdout.splitlines() if x.startswith("{"))
    assert "Geneva" in line


def test_jsonl_dateline_field_becomes_the_articles_dateline(tmp_path):
    from redline.extract import extract_article

    path = tmp_path / "c.jsonl"
    body = " ".join(
        [BODY, "The trade minister said more talks were needed next month."] * 4
    )
    path.write_text(
        json.dumps({"body": body, "dateline": "TOKYO, March 23", "post": "X"})
        + "\n"
        + json.dumps({"body": body, "place": "SEOUL, May 2"})
        + "\n",
        encoding="utf-8",
    )
    first, second = iter_inputs([str(path)], settings=SETTINGS)
    assert isinstance(first, RawDocument)
    assert first.dateline == "TOKYO, March 23"
    article = extract_article(first, settings=SETTINGS).article
    assert article is not None
    assert article.dateline is not None
    assert article.dateline.place == "TOKYO"
    assert isinstance(second, RawDocument)
    assert second.dateline is None
    (mapped,) = list(
        iter_inputs([str(path)], settings=SETTINGS, fields=FieldMap(dateline="place"))
    )[1:]
    assert isinstance(mapped, RawDocument)
    assert mapped.dateline == "SEOUL, May 2"

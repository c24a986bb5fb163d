"""The PLV reader: by header name, any column order, CRLF, quoting; bad files → E601."""

import pytest

from redline.errors import AnnotationFormatError
from redline.speechacts.plv import ROOTS, PlvRow, read_plv
from tests.speechacts.conftest import HEADER

ROW_A = [
    "",
    "0",
    "Ruritania accused Freedonia of fraud.",
    "<s>Ruritania</s> accused <t>Freedonia</t> of fraud.",
    "Ruritania",
    "Freedonia",
    "3",
    "REJECT",
    "ACCUSE",
    "ASSAULT",
]
ROW_B = [
    "",
    "1",
    "Freedonia sent aid to Ruritania.",
    "<s>Freedonia</s> sent aid to <t>Ruritania</t>.",
    "Freedonia",
    "Ruritania",
    "2",
    "AID",
    "AID",
    "AID",
]


def test_roots_are_the_fifteen_plv_roots():
    assert len(ROOTS) == len(set(ROOTS)) == 15
    assert {"YIELD", "PROTEST", "MOBILIZE", "SANCTION", "COERCE"} <= set(ROOTS)
    assert "FIGHT" not in ROOTS


def test_reads_rows_by_name_and_ignores_prediction_columns(write_tsv):
    rows = read_plv(write_tsv(HEADER, [ROW_A, ROW_B]))
    assert rows == (
        PlvRow(
            sentence="Ruritania accused Freedonia of fraud.",
            source="Ruritania",
            target="Freedonia",
            root="ACCUSE",
        ),
        PlvRow(
            sentence="Freedonia sent aid to Ruritania.",
            source="Freedonia",
            target="Ruritania",
            root="AID",
        ),
    )


def test_crlf_and_no_final_newline_read_the_same(write_tsv):
    lf = read_plv(write_tsv(HEADER, [ROW_A, ROW_B], name="lf.tsv"))
    crlf = read_plv(write_tsv(HEADER, [ROW_A, ROW_B], name="crlf.tsv", newline="\r\n"))
    assert lf == crlf
    assert all("\r" not in r.sentence and "\r" not in r.root for r in crlf)


def test_column_order_and_uid_index_column_do_not_matter(write_tsv):
    order = [8, 5, 2, 4, 1, 3]  # gold_root, target, sentence, source, id, marked
    header = ["uid", *(HEADER[i] for i in order)]
    rows = [["u7", *(r[i] for i in order)] for r in (ROW_A, ROW_B)]
    assert read_plv(write_tsv(header, rows)) == read_plv(
        write_tsv(HEADER, [ROW_A, ROW_B], name="ref.tsv")
    )


def test_quoted_fields_with_doubled_quotes_and_tabs(write_tsv):
    raw = (
        "sentence\tsource\ttarget\tgold_root\r\n"
        '"Ruritania called the plan ""a betrayal"" of\tFreedonia."\tRuritania\tFreedonia\tACCUSE\r\n'
        "Freedonia rejected it.\tFreedonia\tRuritania\tREJECT"
    )
    rows = read_plv(write_tsv(None, None, raw=raw))
    assert rows[0].sentence == 'Ruritania called the plan "a betrayal" of\tFreedonia.'
    assert [r.root for r in rows] == ["ACCUSE", "REJECT"]


def test_root_case_and_whitespace_are_normalised(write_tsv):
    row = [*ROW_A[:8], " accuse ", ROW_A[9]]
    assert read_plv(write_tsv(HEADER, [row]))[0].root == "ACCUSE"


def test_missing_core_column_is_e601_naming_the_file(write_tsv):
    header = [h if h != "gold_root" else "root" for h in HEADER]
    path = write_tsv(header, [ROW_A])
    with pytest.raises(AnnotationFormatError, match="gold_root") as info:
        read_plv(path)
    assert str(info.value).startswith("E601: ")
    assert str(path) in str(info.value)


def test_unknown_root_is_e601_with_the_line(write_tsv):
    bad = [*ROW_B[:8], "FIGHT", ROW_B[9]]
    path = write_tsv(HEADER, [ROW_A, bad])
    with pytest.raises(
        AnnotationFormatError, match=rf"{path}:3: unknown PLOVER root 'FIGHT'"
    ):
        read_plv(path)


def test_empty_sentence_is_e601(write_tsv):
    bad = [ROW_A[0], ROW_A[1], "", *ROW_A[3:]]
    with pytest.raises(AnnotationFormatError, match=":2: empty sentence"):
        read_plv(write_tsv(HEADER, [bad]))


def test_non_utf8_and_missing_files_are_e601(tmp_path):
    path = tmp_path / "latin1.tsv"
    path.write_bytes(
        "sentence\tsource\ttarget\tgold_root\nCaf\xe9\ta\tb\tAID\n".encode("latin-1")
    )
    with pytest.raises(AnnotationFormatError, match="not UTF-8"):
        read_plv(path)
    with pytest.raises(AnnotationFormatError, match="cannot read"):
        read_plv(tmp_path / "absent.tsv")


@pytest.mark.corpus
def test_reads_the_real_plv_train_file(shared_dir):
    rows = read_plv(shared_dir / "eval" / "plv" / "PLV_train.tsv")
    assert len(rows) == 1050
    counts = {root: sum(r.root == root for r in rows) for root in ROOTS}
    assert counts["YIELD"] == 141
    assert counts["COOPERATE"] == 15
    assert all(r.source and r.target for r in rows)

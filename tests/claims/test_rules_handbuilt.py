"""Rule logic on hand-built parses (no model): frames, list splitting, sources."""

from redline.claims.frames import find_frames
from redline.claims.items import split_items as _split_items
from redline.claims.lexicon import load_lexicon
from tests.fixtures.handbuilt import build

LEX = load_lexicon()

# "Moscow wants talks , sanctions lifted , and assets freed , the two sources said ."
LIST = [
    ("Moscow", 1, "nsubj", "PROPN"),  # 0
    ("wants", 13, "ccomp", "VERB", "want"),  # 1
    ("talks", 1, "dobj", "NOUN"),  # 2
    (",", 2, "punct", "PUNCT"),  # 3
    ("sanctions", 5, "nsubj", "NOUN"),  # 4
    ("lifted", 2, "conj", "VERB", "lift"),  # 5
    (",", 5, "punct", "PUNCT"),  # 6
    ("and", 5, "cc", "CCONJ"),  # 7
    ("assets", 9, "nsubj", "NOUN"),  # 8
    ("freed", 5, "conj", "VERB", "free"),  # 9
    (",", 13, "punct", "PUNCT"),  # 10
    ("the", 12, "det", "DET"),  # 11
    ("sources", 13, "nsubj", "NOUN"),  # 12
    ("said", 13, "ROOT", "VERB", "say"),  # 13
    (".", 13, "punct", "PUNCT"),  # 14
]


def test_find_frames_trailing_attribution_marks_the_tail():
    pt = build(LIST)
    (frame,) = find_frames(pt, 0, len(pt.tokens), lexicon=LEX)
    assert frame.verb == 13
    assert frame.speaker == 12
    assert frame.tail_start == 10


def test_split_items_cuts_a_comma_list_into_items():
    pt = build(LIST)
    items = _split_items(pt, (2, 10), LEX)
    texts = [pt.text[pt.tokens[a].idx : pt.tokens[b - 1].end] for a, b in items]
    assert texts == ["talks", "sanctions lifted", "assets freed"]


def test_split_items_keeps_a_single_item_whole():
    pt = build(LIST)
    assert _split_items(pt, (4, 6), LEX) == [(4, 6)]


# "aid for Texas , Ohio , Utah and Iowa"
NAMES = [
    ("aid", 0, "ROOT", "NOUN"),  # 0
    ("for", 0, "prep", "ADP"),  # 1
    ("Texas", 1, "pobj", "PROPN"),  # 2
    (",", 2, "punct", "PUNCT"),  # 3
    ("Ohio", 2, "conj", "PROPN"),  # 4
    (",", 4, "punct", "PUNCT"),  # 5
    ("Utah", 4, "conj", "PROPN"),  # 6
    ("and", 6, "cc", "CCONJ"),  # 7
    ("Iowa", 6, "conj", "PROPN"),  # 8
]


def test_split_items_keeps_a_list_of_names_whole():
    # aid for four states is one thing asked for, not four
    pt = build(NAMES)
    assert _split_items(pt, (0, 9), LEX) == [(0, 9)]


# "Kyiv said that Russia must withdraw ."
MODAL = [
    ("Kyiv", 1, "nsubj", "PROPN"),
    ("said", 1, "ROOT", "VERB", "say"),
    ("that", 5, "mark", "SCONJ"),
    ("Russia", 5, "nsubj", "PROPN"),
    ("must", 5, "aux", "AUX"),
    ("withdraw", 1, "ccomp", "VERB"),
    (".", 1, "punct", "PUNCT"),
]


def test_find_frames_leading_speaker_has_content_and_no_tail():
    pt = build(MODAL)
    (frame,) = find_frames(pt, 0, len(pt.tokens), lexicon=LEX)
    assert frame.speaker == 0
    assert frame.content == 5
    assert frame.tail_start is None


def test_find_cues_modal_content_is_a_demand_by_the_speaker():
    from redline.claims.cues import find_cues

    pt = build(MODAL)
    frames = find_frames(pt, 0, len(pt.tokens), lexicon=LEX)
    (cue,) = find_cues(pt, 0, len(pt.tokens), lexicon=LEX, frames=frames)
    assert cue.action == "demand"
    assert cue.holder == 0
    assert cue.rule == "modal"

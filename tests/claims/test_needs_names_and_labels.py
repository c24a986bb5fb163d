"""Further needs, long names said short, and labels that run down a position.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 8, tzinfo=UTC)
_2005 = datetime(2005, 2, 3, tzinfo=UTC)
_2017 = datetime(2017, 11, 10, tzinfo=UTC)


# -- a name of three words said short -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the tagger names only "Cuenca"; "Martinez" follows the whole name
            (
                "Nicaraguan Foreign Trade Minister Alejandro Martinez Cuenca was in London. "
                "Martinez told reporters the price fall was a disaster. He urged continued "
                "negotiations among coffee producers."
            ),
            ("demand", "NIC"),
        ),
        (
            (
                "Mexican Finance Minister Carlos Ruiz de Tovar was in Washington. Ruiz "
                "urged the commercial banks to lend more money to Mexico."
            ),
            ("demand", "MEX"),
        ),
    ],
)
def test_a_later_mention_by_the_first_surname_finds_the_titled_person(
    claims_of, text, expected
):
    assert expected in positions(claims_of(text, published=_1987))


def test_a_first_name_alone_is_no_later_mention(claims_of):
    claims = claims_of(
        "British Trade Minister Alan Kenneth Clark was in Tokyo. Alan told reporters the "
        "talks had failed. Tokyo urged the banks to lend more.",
        published=_1987,
    )
    # "Alan" is the first name: no Briton said anything in the second sentence
    assert all(c.holder.id != "GBR" for c in claims if c.evidence.start > 40)


# -- further steps needed -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank said further deregulation of Indonesia's economy was needed.",
        "The World Bank said more investment in the region was needed.",
        "The World Bank said liberalisation of trade was urgently needed.",
    ],
)
def test_further_steps_said_to_be_needed_are_demanded(claims_of, text):
    assert ("demand", "WB") in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank said no further cuts were needed.",
        "The World Bank said no more investment was needed.",
    ],
)
def test_no_further_steps_needed_demands_nothing(claims_of, text):
    assert "demand" not in {c.action for c in claims_of(text, published=_1987)}


# -- labels that run down a position ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                'Home Secretary Charles Clarke said: "This is simply a scurrilous attempt '
                'by the Tories to score political points."'
            ),
            _2005,
            ("accuse", "GBR"),
        ),
        (
            (
                "Senate Majority Leader Mitch McConnell called the Democrats' position "
                "untenable."
            ),
            _2017,
            ("reject", "USA-REP"),
        ),
        (
            (
                "Treasury Secretary James Baker said the concept of debt relief was "
                "misguided."
            ),
            _1987,
            ("reject", "USA"),
        ),
    ],
)
def test_a_disparaging_label_on_a_position_or_concept(
    claims_of, text, published, expected
):
    assert expected in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    "text",
    [
        (
            "Tory leader Michael Howard said Labour had concealed the true cost of the "
            "scheme."
        ),
        "Tory leader Michael Howard said Labour was hiding the true cost of the scheme.",
    ],
)
def test_hiding_something_is_charged_to_another_party(claims_of, text):
    assert ("accuse", "GBR-CON") in positions(claims_of(text, published=_2005))


def test_not_hiding_from_the_voters_charges_no_one(claims_of):
    claims = claims_of(
        "Tory leader Michael Howard said the Tories would not hide from the voters.",
        published=_2005,
    )
    assert "accuse" not in {c.action for c in claims}


@pytest.mark.parametrize(
    "text",
    [
        "Tory leader Michael Howard said Labour was wrong to cut the police budget.",
        "Tory leader Michael Howard said Labour's remarks were inappropriate.",
        "Tory leader Michael Howard said Labour had exaggerated the cost of the plan.",
    ],
)
def test_a_party_said_to_be_wrong_or_to_exaggerate_is_charged(claims_of, text):
    assert ("accuse", "GBR-CON") in positions(claims_of(text, published=_2005))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Tory leader Michael Howard said Labour ran a grubby government.",
            _2005,
            ("accuse", "GBR-CON"),
        ),
        (
            (
                "Japan's trade minister said the American reaction was irrational and "
                "inflammatory."
            ),
            _1987,
            ("accuse", "JPN"),
        ),
    ],
)
def test_labels_of_politics_and_trade_quarrels_charge_another_party(
    claims_of, text, published, expected
):
    assert expected in positions(claims_of(text, published=published))


# -- set phrases of refusal, rebuttal and menace -------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Japan's trade minister said the U.S. plan fails to go far enough.",
            _1987,
            ("reject", "JPN"),
        ),
        (
            "Japan's trade minister said Tokyo was in no mood for compromise.",
            _1987,
            ("reject", "JPN"),
        ),
        (
            'Senate Democratic leader Chuck Schumer said: "We are not buying it."',
            _2017,
            ("reject", "USA-DEM"),
        ),
        (
            "Trump said his comment had been taken out of context.",
            _2017,
            ("deny", "USA"),
        ),
        ("Trump said there has been no collusion.", _2017, ("deny", "USA")),
        (
            (
                "Greek Prime Minister Andreas Papandreou said an attack on a Greek "
                "warship would be a cause for war."
            ),
            _1987,
            ("threaten", "GRC"),
        ),
        (
            (
                "Greek Prime Minister Andreas Papandreou said Greece was ready to tackle "
                "any aggressors."
            ),
            _1987,
            ("threaten", "GRC"),
        ),
    ],
)
def test_set_phrases_of_refusal_rebuttal_and_menace(
    claims_of, text, published, expected
):
    assert expected in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    "text",
    [
        "Trump said there has been no decision on the talks.",
        "Trump said the dollar was not buying as much as it used to.",
    ],
)
def test_near_misses_of_the_set_phrases(claims_of, text):
    actions = {c.action for c in claims_of(text, published=_2017)}
    assert not actions & {"deny", "reject"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "West German Finance Minister Gerhard Stoltenberg said the unilateral "
                "moratorium was a mistake."
            ),
            ("reject", "DEU"),
        ),
        (
            (
                "Indonesian Agriculture Minister Achmad Affandi said the argument "
                "presented by the World Bank for free trade is weak."
            ),
            ("reject", "IDN"),
        ),
        (
            (
                "Republican Senator John Danforth said the proposal blatantly "
                "discriminates against imports."
            ),
            ("reject", "USA-REP"),
        ),
    ],
)
def test_a_moratorium_or_an_argument_run_down_is_turned_down(claims_of, text, expected):
    assert expected in positions(claims_of(text, published=_1987))


def test_a_weak_currency_turns_nothing_down(claims_of):
    claims = claims_of("Britain said the dollar was weak.", published=_1987)
    assert "reject" not in {c.action for c in claims}


def test_ought_to_asks_as_should_does(claims_of):
    claims = claims_of("Britain said Japan ought to open its markets.", published=_1987)
    assert ("demand", "GBR") in positions(claims)


def test_ought_to_have_acted_asks_for_nothing(claims_of):
    claims = claims_of("Britain said it ought to have acted sooner.", published=_1987)
    assert "demand" not in {c.action for c in claims}


def test_believing_it_imperative_that_another_acts_asks_it(claims_of):
    claims = claims_of(
        "The IMF believes it imperative that Brazil come up with a comprehensive "
        "program.",
        published=_1987,
    )
    assert ("demand", "IMF") in positions(claims)


def test_an_idea_turned_down_charges_no_one(claims_of):
    claims = claims_of(
        "Treasury Secretary James Baker said the concept of debt relief was misguided.",
        published=_1987,
    )
    assert ("reject", "USA") in positions(claims)
    assert "accuse" not in {c.action for c in claims}


def test_words_reported_beside_a_refusal_to_give_details_stand(claims_of):
    claims = claims_of(
        "Indonesian oil minister Subroto said OPEC production was below the quota but "
        "he gave no details.",
        published=_1987,
    )
    assert {c.action for c in claims} == {"state", "no_comment"}


@pytest.mark.parametrize(
    "text",
    [
        "Britain said the dispute could lead to a deadlock in the talks.",
        "The IMF said the policy would cause an economic downturn.",
        (
            "U.S. senators told Nakasone that fresh trade strife would erupt if Japan's "
            "markets were not opened."
        ),
    ],
)
def test_more_harms_foreseen_warn(claims_of, text):
    assert "warn" in {c.action for c in claims_of(text, published=_1987)}


@pytest.mark.parametrize(
    "text",
    [
        (
            "Britain said the Soviet government was guilty of the persecution of "
            "dissidents."
        ),
        "Britain said the Soviet government was repressive.",
        "Britain said Moscow had tried to manipulate the vote.",
    ],
)
def test_misconduct_named_is_charged(claims_of, text):
    assert ("accuse", "GBR") in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    "text",
    [
        "Britain said the EC offer was disappointing.",
        "Britain said the American proposal was lopsided and protectionist.",
    ],
)
def test_a_plan_found_wanting_is_turned_down(claims_of, text):
    assert ("reject", "GBR") in positions(claims_of(text, published=_1987))


def test_disappointing_figures_turn_nothing_down(claims_of):
    claims = claims_of(
        "Britain said the trade figures were disappointing.", published=_1987
    )
    assert "reject" not in {c.action for c in claims}

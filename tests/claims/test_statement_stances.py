"""Stances read from plain reported words, verbs of intention and more stance verbs.

Every sentence here is written for the test (fictional people, real bodies).
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # disparaging words said of another party
        (
            "Tory spokesman Peter Wyn said the government was making a mistake.",
            ("accuse", "GBR-CON"),
        ),
        (
            (
                'Tory spokesman Peter Wyn said: "The government is employing the politics '
                'of confusion."'
            ),
            ("accuse", "GBR-CON"),
        ),
        (
            (
                'Lib Dem spokesman Anna Hale said Labour had been responsible for "huge '
                'waste, not on the frontline but on bureaucracy".'
            ),
            ("accuse", "GBR-LD"),
        ),
        # a penalty another named party would impose is foreseen, not threatened
        (
            "Welsh Secretary Peter Hain warned that the Tories would cut services.",
            ("warn", "GBR"),
        ),
        # forecasts of harm
        (
            "The Tories say the Labour plans will mean higher council tax bills.",
            ("warn", "GBR-CON"),
        ),
        (
            "Democratic Senator Tom Vell said the merger would lead to job losses.",
            ("warn", "USA-DEM"),
        ),
        (
            (
                "The White House said the release could have repercussions for U.S. "
                "relations with Pakistan."
            ),
            ("warn", "USA"),
        ),
        (
            "Democratic Senator Tom Vell said the rule would hurt consumers.",
            ("warn", "USA-DEM"),
        ),
        (
            "Democratic Senator Tom Vell said the levy would hit soybean farmers.",
            ("warn", "USA-DEM"),
        ),
        (
            "Oxfam said more and more families will be pushed deeper into poverty.",
            ("warn", "GBR-OXFAM"),
        ),
        (
            "The EC Commission said the bill would simply lead to retaliation.",
            ("warn", "EU"),
        ),
        (
            "Tory spokesman Peter Wyn said Labour had betrayed the pensioners.",
            ("accuse", "GBR-CON"),
        ),
        # giving a charge credence accuses
        (
            "Democratic Senator Tom Vell called the allegations credible.",
            ("accuse", "USA-DEM"),
        ),
        (
            '"These allegations are credible," Democratic Senator Tom Vell said.',
            ("accuse", "USA-DEM"),
        ),
        # insisting on a negation denies it
        (
            "Tory spokesman Peter Wyn insisted the party's loans were not a problem.",
            ("deny", "GBR-CON"),
        ),
        # a party word compounded into the subject names whose it is
        (
            "Labour spokesman Ron Teale said the Tory campaign was a disgrace.",
            ("accuse", "GBR-LAB"),
        ),
        (
            "Democratic Senator Tom Vell called the motion a coup.",
            ("accuse", "USA-DEM"),
        ),
        (
            "Other Democratic lawmakers rallied behind the governor.",
            ("accept", "USA-DEM"),
        ),
        (
            "Conservative Republicans have championed a separate bill.",
            ("propose", "USA-REP"),
        ),
        # a charge called untrue, in plain words or by a label
        (
            "Democratic Senator Tom Vell said the allegations were false.",
            ("deny", "USA-DEM"),
        ),
        (
            '"These false claims were dealt with long ago," Democratic Senator Tom Vell said.',
            ("deny", "USA-DEM"),
        ),
        (
            "Democratic Senator Tom Vell said the charges are a political smear.",
            ("deny", "USA-DEM"),
        ),
        (
            "Democratic Senator Tom Vell called the accusations fabricated stories.",
            ("deny", "USA-DEM"),
        ),
        # the parser reads charge and label as one small clause (object or clause)
        # another party did not act, or failed to
        (
            (
                "U.S. Trade Representative Clayton Yeutter said Japan was not "
                "honouring the chip agreement."
            ),
            ("accuse", "USA"),
        ),
        (
            (
                "Tory spokesman Peter Wyn said the government had failed to remove "
                "failed asylum seekers."
            ),
            ("accuse", "GBR-CON"),
        ),
        (
            "Trump has called the accusations fabricated stories.",
            ("deny", "USA"),
        ),
        (
            (
                "Trump has called the accusations fabricated stories and he has said "
                "he never met her."
            ),
            ("deny", "USA"),
        ),
        # verdicts on a course of action
        (
            "Tory spokesman Peter Wyn said it was wrong to close the hospital.",
            ("reject", "GBR-CON"),
        ),
        (
            'The new farm plan is "not going anywhere" this year, Senator Bob Dole said.',
            ("reject", "USA-REP"),
        ),
        # the way to go about it
        (
            "Tory spokesman Peter Wyn said the correct way to tackle it is to fund the clubs.",
            ("propose", "GBR-CON"),
        ),
        # a risk of a named kind
        (
            'Democratic Senator Tom Vell said: "They pose a flight risk."',
            ("warn", "USA-DEM"),
        ),
        # what the least is, and a course not under consideration
        (
            'Tory spokesman Peter Wyn said: "The least they could do is resign."',
            ("demand", "GBR-CON"),
        ),
        (
            "Tory spokesman Peter Wyn said no consideration was given to a new tax.",
            ("reject", "GBR-CON"),
        ),
        # approval of another's act, relief at a decision
        (
            "Tory spokesman Peter Wyn said Labour was right to drop the scheme.",
            ("accept", "GBR-CON"),
        ),
        (
            "Tory spokesman Peter Wyn said he was relieved that the scheme was dropped.",
            ("accept", "GBR-CON"),
        ),
        # idioms of acceptance, refusal, denial and apology
        ("Japan said it had no objection to the plan.", ("accept", "JPN")),
        ("Japan said it could live with the plan.", ("accept", "JPN")),
        ("Japan said the plan was a positive step.", ("accept", "JPN")),
        ("Japan said the plan was acceptable.", ("accept", "JPN")),
        ("Japan said the plan was not acceptable to farmers.", ("reject", "JPN")),
        ("Japan said the plan was the best way forward.", ("accept", "JPN")),
        ("Japan said the plan was dead.", ("reject", "JPN")),
        ("Japan said the plan was off the table.", ("reject", "JPN")),
        ("Japan said there was no room for compromise.", ("reject", "JPN")),
        ("Japan said there was no truth to the reports.", ("deny", "JPN")),
        ('"We made mistakes," the Japanese trade minister said.', ("concede", "JPN")),
        # wrongdoing denied of oneself, or laid on another
        ("Russia said it had not interfered in the U.S. election.", ("deny", "RUS")),
        ("The Kremlin said Russia never meddled in the election.", ("deny", "RUS")),
        ("Japan said it had not dumped steel.", ("deny", "JPN")),
        ("Trump said there was no collusion with Russia.", ("deny", "USA")),
        ("Trump said Russia had interfered in the election.", ("accuse", "USA")),
        # harm done or help withheld by another party, even its own government
        (
            "Pelosi said Trump's policies had hurt working families.",
            ("accuse", "USA-DEM"),
        ),
        (
            "Pelosi said Trump had done nothing to help working families.",
            ("accuse", "USA-DEM"),
        ),
        ("Japan said the U.S. threats had undercut the talks.", ("accuse", "JPN")),
        # scare quotes do not hide an idiom; more idioms; "No 10"
        (
            'Democratic Senator Tom Vell said he had "no intention" of stepping down.',
            ("reject", "USA-DEM"),
        ),
        (
            "Democratic Senator Tom Vell said it was time for a public inquiry.",
            ("demand", "USA-DEM"),
        ),
        (
            "Democratic Senator Tom Vell said the Republican figures did not add up.",
            ("reject", "USA-DEM"),
        ),
        ("No 10 said the reports were nonsense.", ("deny", "GBR")),
        # "the party" in a party man's words is his party
        (
            "Tory deputy leader Peter Wyn said the party would stand by its pledge.",
            ("pledge", "GBR-CON"),
        ),
        # a bill said to favour the rich charges its authors
        (
            "Democratic Senator Tom Vell said the Republican bill favors the wealthy.",
            ("accuse", "USA-DEM"),
        ),
        # a fight promised against a bill turns it down
        (
            "Democratic Senator Tom Vell said Democrats would fight the tax bill.",
            ("reject", "USA-DEM"),
        ),
        # another party said to lack a virtue
        (
            (
                "Tory spokesman Peter Wyn said Labour had not been straightforward "
                "about its spending plans."
            ),
            ("accuse", "GBR-CON"),
        ),
    ],
)
def test_plain_words_carry_a_stance(claims_of, text, expected):
    assert expected in positions(claims_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # a negated disparaging word, or one a modal makes a forecast
        "Tory spokesman Peter Wyn said the plan was not a mistake by Labour.",
        "European leaders said that if Russia wins, it could one day attack NATO.",
        # harm not forecast, or denied
        "Democratic Senator Tom Vell said the rule would not hurt consumers.",
        "Democratic Senator Tom Vell said the rule hurt consumers last year.",
        "Democratic Senator Tom Vell said many would prefer retaliation to talks.",
        # a charge not called untrue
        "Democratic Senator Tom Vell said the allegations were not false.",
        "Democratic Senator Tom Vell said the allegations were serious.",
        "Democratic Senator Tom Vell said the bank filed false reports.",
        "Democratic Senator Tom Vell said the tax did not hurt exports.",
        "Democratic Senator Tom Vell said he would spend the coming days reflecting.",
        "Democratic Senator Tom Vell said the United States had not yet decided.",
        "Democratic Senator Tom Vell said it was up to voters to decide.",
        # not yet, or not of a party
        "Democratic Senator Tom Vell said Japan had not yet made a move to join.",
        "Democratic Senator Tom Vell said the fact Japan won does not mean much.",
        # a feeling found right, or the speaker's own course
        "Democratic Senator Tom Vell said voters were right to be worried.",
        "Democratic Senator Tom Vell said it was right to err on the side of caution.",
        # the speaker's own want of candour is no charge against anyone
        "Democratic Senator Tom Vell said he had not been straightforward.",
    ],
)
def test_plain_words_without_a_stance_stay_statements(claims_of, text):
    actions = {a for a, _ in positions(claims_of(text))}
    assert not actions & {"accuse", "warn", "deny"}


def test_the_speakers_own_forecast_is_no_warning(claims_of):
    text = 'Britain said: "We will make this hurt."'
    assert ("warn", "GBR") not in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "British Home Secretary Mark Dyer wants to introduce a points system "
                "for migrants."
            ),
            ("propose", "GBR"),
        ),
        (
            "The Liberal Democrats plan to cut the number of ministries.",
            ("propose", "GBR-LD"),
        ),
        (
            "Brazil is seeking to involve governments in its talks with the banks.",
            ("propose", "BRA"),
        ),
        # readiness to act on policy
        ("Manila is now willing to pay a wider spread.", ("propose", "PHL")),
        # told by unnamed sources: the plan is still the party's own
        (
            "Bankers said Manila was now willing to pay a wider spread.",
            ("propose", "PHL"),
        ),
    ],
)
def test_intentions_to_act_propose(claims_of, text, expected):
    assert expected in positions(claims_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Home Secretary Mark Dyer plans to travel to Brussels on Friday.",
        "Home Secretary Mark Dyer does not want to introduce a points system.",
        "President Hal Grant has said he wants to end the war.",
        # one party's account of another's plans
        "The Fire Brigades Union said the government was planning to cut benefits.",
        # readiness to talk, or none
        "Manila remained ready to negotiate.",
        "Manila is not willing to pay a wider spread.",
    ],
)
def test_errands_refusals_goals_and_others_plans_propose_nothing(claims_of, text):
    assert "propose" not in {a for a, _ in positions(claims_of(text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru welcomed the proposal on copper exports.", ("accept", "PER")),
        (
            "Liberal Democrat spokesman Anna Hale opposed the plan.",
            ("reject", "GBR-LD"),
        ),
        ("Republicans have been clamoring for more border agents.", None),
        ("France denounced the tariffs on cheese.", ("accuse", "FRA")),
        ("Japan balked at the demand for rice imports.", ("reject", "JPN")),
        # a text or proposal being drafted is the drafter's proposal
        (
            "Peru was drafting a revised text that would spread the cuts over a year.",
            ("propose", "PER"),
        ),
        ("Peru is drafting a new proposal on copper exports.", ("propose", "PER")),
        # a text put before a legislature or conference
        (
            (
                "Senator Tom Vell, a Republican, introduced a bill that would cap fuel "
                "credits."
            ),
            ("propose", "USA-REP"),
        ),
        ("Peru tabled an amendment to the copper accord.", ("propose", "PER")),
        # talks suspended or walked out of are turned down
        ("Peru suspended talks with the banks.", ("reject", "PER")),
        ("Peru walked out of the talks.", ("reject", "PER")),
        ("Peru voted in favour of the resolution.", ("accept", "PER")),
    ],
)
def test_more_stance_verbs(claims_of, text, expected):
    found = positions(claims_of(text))
    if expected is None:
        assert "demand" in {a for a, _ in found}
    else:
        assert expected in found


def test_a_named_owners_plan_inside_anothers_stance_is_kept(claims_of):
    found = positions(claims_of("Peru welcomed Chile's plan to cut copper exports."))
    assert {("accept", "PER"), ("propose", "CHL")} <= found


def test_a_past_verb_does_not_pair_with_an_infinitive(claims_of):
    text = (
        "Unison leader Dave Reed said workers did not want to go on strike and "
        "called for talks with ministers."
    )
    assert ("demand", "GBR-UNISON") in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington has voiced concern that the embargo is being ignored.",
            ("warn", "USA"),
        ),
        (
            (
                "U.S. President Hal Grant again raised the possibility of a government "
                "shutdown."
            ),
            ("warn", "USA"),
        ),
        ("Mexico pushed back at the demands on car parts.", ("reject", "MEX")),
        ("Pakistan pushed back on the U.S. accusations.", ("deny", "PAK")),
        ("Germany reiterated its objections to the cereals curbs.", ("reject", "DEU")),
        ("Chile played down reports of a rift with Peru.", ("deny", "CHL")),
        ("Chile shrugged off demands for a new vote.", ("reject", "CHL")),
        ("Canadian officials ruled against the import quotas.", ("reject", "CAN")),
        ("Canada campaigned against the import quotas.", ("reject", "CAN")),
        ("Canada argued strongly against the import quotas.", ("reject", "CAN")),
        ("Canada expressed support for the import quotas.", ("accept", "CAN")),
        ("Canada threw its support behind the import quotas.", ("accept", "CAN")),
        ("Canada warned against any hasty move on quotas.", ("warn", "CAN")),
        ("Canada dismissed the Americans as bad neighbours.", ("accuse", "CAN")),
        ("Canada dismissed the quota plan as unworkable.", ("reject", "CAN")),
        ("Canada renewed its denial of the allegations.", ("deny", "CAN")),
        ("Canada repeated its rejection of the quota plan.", ("reject", "CAN")),
        ("Canada is in favour of the import quotas.", ("accept", "CAN")),
        ("Canada repeated its threat of sanctions.", ("threaten", "CAN")),
        ("Canada issued a warning to Washington.", ("warn", "CAN")),
        ("Canada announced a package of measures to curb imports.", ("propose", "CAN")),
        ("Canada set out a ten-year strategy for its ports.", ("propose", "CAN")),
        ("Canada confirmed a new $21m aid package for Haiti.", ("pledge", "CAN")),
        (
            "Canadian minister Ann Roy offered a pledge that she would cut no deals.",
            ("pledge", "CAN"),
        ),
        ("Ottawa put the blame on Washington.", ("accuse", "CAN")),
        # an obligation inside what a party thinks or feels
        (
            "A Canadian spokesman said he thought Washington must lift the quotas.",
            ("demand", "CAN"),
        ),
        (
            (
                "A Canadian spokesman said the premier feels that Ottawa should drop "
                "the quotas."
            ),
            ("demand", "CAN"),
        ),
    ],
)
def test_verb_phrases_take_a_stance(claims_of, text, expected):
    assert expected in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks stalled over British demands for deeper farm cuts.", "GBR"),
        ("The bill was slowed by Republican demands for more border money.", "USA-REP"),
    ],
)
def test_a_demonym_owns_the_stance_noun_it_modifies(claims_of, text, expected):
    assert ("demand", expected) in positions(claims_of(text))


def test_a_participle_of_narration_voices_nothing(claims_of):
    text = (
        "Washington announced tariffs on Japanese goods last week, raising the "
        "spectre of a trade war."
    )
    assert ("warn", "USA") not in positions(claims_of(text))


def test_a_cue_no_one_holds_leaves_the_words_to_the_speaker(claims_of):
    # "the tax plan" is nobody's proposal, so the senator's words are read
    text = "Democratic Senator Tom Vell said the tax plan was a scam by Republicans."
    assert ("accuse", "USA-DEM") in positions(claims_of(text))


def test_a_tweet_reports_words(claims_of):
    text = 'Democratic Senator Tom Vell tweeted that the Republican plan was "a scam".'
    assert ("accuse", "USA-DEM") in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The government has so far resisted pressure for judges to make the "
                "orders."
            ),
            ("reject", "GBR"),
        ),
        (
            "Home Secretary Mark Dyer wants to introduce a points system.",
            ("propose", "GBR"),
        ),
        ("Ministers deny they have been spurred into action.", ("deny", "GBR")),
    ],
)
def test_a_national_outlets_state_is_home(claims_of, text, expected):
    assert expected in positions(claims_of(text, outlet="BBC News"))
    assert expected not in positions(claims_of(text))  # no outlet, no home


@pytest.mark.parametrize(
    "text",
    [
        "Former minister Clara Shore said the advice should have been published.",
        "President Hal Grant has announced that an alliance will cooperate.",
        "The Japanese government has resisted pressure for judges to act.",
    ],
)
def test_no_home_for_former_officials_foreign_presidents_or_named_states(
    claims_of, text
):
    assert "GBR" not in {h for _, h in positions(claims_of(text, outlet="BBC"))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tory leader Michael Hart said he would not back the plans.",
            ("reject", "GBR-CON"),
        ),
        ("France backed the plan.", ("accept", "FRA")),
        ("Britain backed down on the rebate.", ("concede", "GBR")),
        ("Japan caved in to the demands.", ("concede", "JPN")),
        (
            (
                "British Prime Minister Tony Blair said there could be no concession on "
                "the basic principle."
            ),
            ("reject", "GBR"),
        ),
        ("North Korea said it had little interest in negotiations.", ("reject", "PRK")),
        (
            'Lib Dem spokesman Anna Hale said: "This bill is doomed to fail."',
            ("warn", "GBR-LD"),
        ),
    ],
)
def test_backing_refusals_and_idioms(claims_of, text, expected):
    assert expected in positions(claims_of(text))


def test_neither_nor_negates_and_cannot_threaten_refuses_nothing(claims_of):
    claims = claims_of(
        "Neither Canada nor Mexico have offered counterproposals. They cannot "
        "threaten a shutdown to get their demands, Mexico said."
    )
    proposals = [c for c in claims if c.action == "propose"]
    assert proposals
    assert all(c.negated for c in proposals)
    assert ("reject", "MEX") not in positions(claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Kim Rosen, the U.S. trade official, said the United States will be "flexible".',
            ("concede", "USA"),
        ),
        (
            (
                '"I give you my word that France will not walk away," French minister Paul '
                "Mare said."
            ),
            ("pledge", "FRA"),
        ),
        (
            (
                '"We are pleased that they have tabled a proposal," U.S. Agriculture '
                "Secretary Ron Lyle said."
            ),
            ("accept", "USA"),
        ),
        (
            "Washington has said that all options, including military, are on the table.",
            ("threaten", "USA"),
        ),
        (
            (
                "Mexican official Luis Garza said banks that turned their backs on the "
                "deal would regret it."
            ),
            ("accuse", "MEX"),
        ),
        ("Iraq disassociated itself from the December agreement.", ("reject", "IRQ")),
        (
            (
                "Democratic Senator Tom Vell said the best path forward would be to "
                "negotiate with Republicans."
            ),
            ("propose", "USA-DEM"),
        ),
        (
            (
                "U.S. Treasury Secretary Sam Tull said the objective “right now” was to keep "
                "the repeal in the bill."
            ),
            ("demand", "USA"),
        ),
        (
            "Canadian Trade Minister Ann Ruiz said she was deeply concerned about it.",
            ("warn", "CAN"),
        ),
        (
            "Canadian Trade Minister Ann Ruiz said the two were on the brink of a row.",
            ("warn", "CAN"),
        ),
        (
            "Canadian Trade Minister Ann Ruiz said the tax posed two risks.",
            ("warn", "CAN"),
        ),
        (
            "Canadian Trade Minister Ann Ruiz said retaliation was no way to solve it.",
            ("reject", "CAN"),
        ),
        (
            '"Renewing the quota is not an option," Canadian minister Ann Ruiz said.',
            ("reject", "CAN"),
        ),
        (
            '"We would like to see the quota doubled," Canadian minister Ann Ruiz said.',
            ("propose", "CAN"),
        ),
        (
            '"We have given a commitment to cut tariffs," Canadian minister Ann Ruiz said.',
            ("pledge", "CAN"),
        ),
        (
            (
                '"It would clearly be prudent to delay the quota," Canadian minister '
                "Ann Ruiz said."
            ),
            ("demand", "CAN"),
        ),
    ],
)
def test_statement_idioms(claims_of, text, expected):
    assert expected in positions(claims_of(text))


def test_a_leaders_own_policy_act_pledges_an_errand_does_not(claims_of):
    found = positions(
        claims_of(
            "U.S. Senate Majority Leader Mitch McConnell said he would introduce the "
            "measure next week. British Trade Minister Ann Dale said "
            "she would travel to Brussels."
        )
    )
    assert ("pledge", "USA-REP") in found
    assert ("pledge", "GBR") not in found


def test_a_worry_of_others_is_no_warning_of_the_speaker(claims_of):
    text = "Canadian Trade Minister Ann Ruiz said the public were worried about it."
    assert ("warn", "CAN") not in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "demands"),
    [
        (
            "Canadian Trade Minister Ann Ruiz said Japan needed to open its markets.",
            True,
        ),
        ("Canadian Trade Minister Ann Ruiz said Japan had to open its markets.", True),
        (
            "Canadian Trade Minister Ann Ruiz said it was vital for Japan to open up.",
            True,
        ),
        ("Canadian Trade Minister Ann Ruiz said Canada needed more support.", False),
        (
            "Canadian Trade Minister Ann Ruiz said a decision had yet to be taken.",
            False,
        ),
    ],
)
def test_need_to_and_have_to_oblige_like_must(claims_of, text, demands):
    assert (("demand", "CAN") in positions(claims_of(text))) is demands


@pytest.mark.parametrize(
    ("text", "pledges"),
    [
        ("British Home Secretary John Marsh said he would consider the ruling.", True),
        ("British Home Secretary John Marsh said he would do all he could.", True),
        ("British Home Secretary John Marsh said he would like a new law.", False),
        ("British Home Secretary John Marsh said he would visit Leeds.", False),
        ("British Home Secretary John Marsh said he was going to cut fuel tax.", True),
        ('"I will cut fuel tax," British Home Secretary John Marsh said.', True),
    ],
)
def test_what_a_minister_says_he_will_do_pledges(claims_of, text, pledges):
    assert (("pledge", "GBR") in positions(claims_of(text))) is pledges


@pytest.mark.parametrize(
    ("text", "rejects"),
    [
        ("The Liberal Democrats said the ID scheme was deeply flawed.", True),
        ("The Tories said government proposals were unrealistic.", True),
        ("The Tories said the government proposals were unacceptably tough.", True),
        # verdicts of cost and bother
        ("The Tories said the Bill was unnecessary and bureaucratic.", True),
        ("The Tories said the tax would be costly and unenforceable.", True),
        ("The Tories said the Bill was necessary.", False),
        (
            "U.S. Trade Representative Ann Ruiz said the Japanese concessions were not enough.",
            True,
        ),
        (
            "U.S. Trade Representative Ann Ruiz said the Canadian offer would not work.",
            True,
        ),
        ("U.S. Trade Representative Ann Ruiz said our plan was not perfect.", False),
        ("U.S. Trade Representative Ann Ruiz said the plan was not a mistake.", False),
        (
            "U.S. Trade Representative Ann Ruiz said the plan was an example of Canada's unfair ways.",
            False,
        ),
    ],
)
def test_a_verdict_against_a_plan_rejects_it(claims_of, text, rejects):
    found = {action for action, _ in positions(claims_of(text, outlet="BBC News"))}
    assert ("reject" in found) is rejects


def test_a_verdict_against_a_plan_also_accuses_its_authors(claims_of):
    text = "The Tories said the Bill was largely unworkable and bureaucratic."
    found = positions(claims_of(text, outlet="BBC News"))
    assert {("reject", "GBR-CON"), ("accuse", "GBR-CON")} <= found


@pytest.mark.parametrize(
    "text",
    [
        # a particle the phrase needs, and a confirmation of a fact
        "Canada and Mexico were setting a new strategy for their ports.",
        "Canada confirmed the aid package had arrived in Haiti.",
    ],
)
def test_verb_phrases_that_take_no_stance(claims_of, text):
    actions = {a for a, _ in positions(claims_of(text))}
    assert not actions & {"propose", "pledge"}


def test_plain_words_of_two_parties_are_each_partys(claims_of):
    found = positions(claims_of("Britain and France said the plan was deeply flawed."))
    assert {("reject", "GBR"), ("reject", "FRA")} <= found


@pytest.mark.parametrize(
    ("text", "threatens"),
    [
        ("Britain will veto the budget if the rebate is cut.", True),
        ("Britain will veto the budget.", False),
    ],
)
def test_a_rejection_held_over_a_condition_threatens(claims_of, text, threatens):
    found = positions(claims_of(text))
    assert ("reject", "GBR") in found
    assert (("threaten", "GBR") in found) is threatens


def test_a_threat_two_parties_make_together_is_each_partys(claims_of):
    text = "Britain and France said they would impose sanctions if Iran refused."
    assert {("threaten", "GBR"), ("threaten", "FRA")} <= positions(claims_of(text))


def test_a_threat_in_a_second_reported_clause_is_the_speakers(claims_of):
    # its "they" is the speakers, with its own penalty and condition; what would be
    # hit in the first clause threatens no one
    text = (
        "Canada and Mexico say their exports would be hit by the tax and they "
        "may take retaliatory action if it is approved."
    )
    assert {("threaten", "CAN"), ("threaten", "MEX")} <= positions(claims_of(text))


def test_a_ministry_official_pledges_for_his_state(claims_of):
    text = "MITI official Ken Sato said that Japan will slash output of chips."
    assert ("pledge", "JPN-MITI") in positions(claims_of(text))


def test_a_determiner_starts_no_person_name(claims_of):
    text = (
        '"Nobody should be held without trial," Tory leader Michael Hart said.\n\n'
        "The Lib Dems also oppose the proposals, but ministers insist they are "
        "needed."
    )
    assert ("reject", "GBR-LD") in positions(claims_of(text, outlet="BBC News"))


def test_it_refers_to_the_owner_of_the_main_subject(claims_of):
    text = (
        "The ruling GATT Council yesterday ruled that the U.S. tax on oil imports "
        "breached trade rules. It called on Washington to modify its legislation."
    )
    assert ("demand", "GATT") in positions(claims_of(text))


def test_a_warning_can_hold_a_refusal_and_a_thing_threatens_no_one(claims_of):
    found = positions(
        claims_of(
            "French Agriculture Minister Paul Mare warned that France would flatly "
            "reject the proposed reforms. Britain also warned that the tax could hit "
            "developing countries. Iran warned that any interference would meet a "
            "strong response from Tehran."
        )
    )
    assert {("reject", "FRA"), ("warn", "GBR"), ("threaten", "IRN")} <= found
    assert ("threaten", "GBR") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Republican governors from four U.S. states voiced deep concerns over the "
                "changes."
            ),
            ("warn", "USA-REP"),
        ),
        ("Conservative MPs rejected the bill.", ("reject", "GBR-CON")),
    ],
)
def test_a_party_adjective_on_plural_office_holders(claims_of, text, expected):
    assert expected in positions(claims_of(text))


def test_announced_plans_are_the_announcers(claims_of):
    found = positions(claims_of("Japan announced plans to cut tariffs on beef."))
    assert ("propose", "JPN") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "EC foreign ministers issued a statement and appealed for the country to "
                "make a greater effort."
            ),
            ("demand", "EU"),
        ),
        (
            "The United States charged Japan with violating GATT rules.",
            ("accuse", "USA"),
        ),
        (
            "Democrats want to attach the immigration measure to the bill.",
            ("propose", "USA-DEM"),
        ),
    ],
)
def test_clause_marked_needs_charges_with_and_attachments(claims_of, text, expected):
    assert expected in positions(claims_of(text))


def test_an_approving_label_accepts(claims_of):
    found = positions(
        claims_of(
            "Liberal Democrat spokesman Mark Oaten called the change pragmatic. "
            "Japan called the proposal a disaster."
        )
    )
    # a disparaging name for an unowned plan rejects it
    assert {("accept", "GBR-LD"), ("reject", "JPN")} <= found


def test_a_stative_passive_parsed_as_an_adjective(claims_of):
    text = 'U.S. President Hal Grant said "I am committed to the full enforcement."'
    assert ("pledge", "USA") in positions(claims_of(text))


def test_giving_way_denying_fault_and_a_proposals_penalty(claims_of):
    found = positions(
        claims_of(
            "U.S. Secretary of State Hal Grant has decided not to oppose the wheat "
            'subsidy. "We do not consider we are at fault," Soviet official Ivan Lenko '
            "said. Britain warned the proposal to impose the tax on imports would "
            "damage relations."
        )
    )
    assert {("concede", "USA"), ("deny", "SUN"), ("warn", "GBR")} <= found
    assert ("threaten", "GBR") not in found


def test_telling_to_act_blame_potential_harm_and_own_subject_conjuncts(claims_of):
    found = positions(
        claims_of(
            "U.S. Senator John McCain told the nominee to submit his response in "
            "writing. Russia denies meddling in the election and U.S. President "
            "Donald Trump has denied any collusion. The Kremlin said that "
            "inflexibility on the part of the United States was to blame. Senator "
            "Mark Warner said the firing has the potential to provoke a crisis."
        ),
    )
    assert {
        ("demand", "USA-REP"),
        ("deny", "RUS"),
        ("deny", "USA"),
        ("accuse", "RUS"),
        ("warn", "USA-DEM"),
    } <= found


def test_unwilling_rejects_and_ready_to_negotiate_accepts(claims_of):
    found = positions(
        claims_of(
            "EC official Roy Denman said the EC is unwilling to put farm trade on a "
            "fast track. Japanese Trade Minister Ken Sato said Japan was ready to "
            "negotiate."
        )
    )
    assert {("reject", "EU"), ("accept", "JPN")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Liberal Democrat leader Ann Hale says the plan is a further example of "
                'Labour\'s "authoritarian" response to crises.'
            ),
            ("accuse", "GBR-LD"),
        ),
        (
            (
                "Soviet official Ivan Lenko said that the United States has not lived up "
                "to the agreement."
            ),
            ("accuse", "SUN"),
        ),
    ],
)
def test_more_words_that_run_another_party_down(claims_of, text, expected):
    assert expected in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan said it would cut tariffs on farm goods.", ("pledge", "JPN")),
        ("Japan said it would impose tariffs on farm goods.", ("threaten", "JPN")),
    ],
)
def test_taking_a_penalty_away_is_no_threat(claims_of, text, expected):
    found = positions(claims_of(text))
    assert expected in found
    assert ("threaten", "JPN") not in found - {expected}


def test_a_charge_true_only_on_a_condition_accuses_no_one(claims_of):
    text = "Democratic Senator Tom Vell said the charges, if true, were grave."
    assert not [c for c in claims_of(text) if c.action == "accuse"]
    text = "Democratic Senator Tom Vell said Hal Grant must resign if the charges are true."
    assert ("demand", "USA-DEM") in positions(claims_of(text))
    assert not [c for c in claims_of(text) if c.action == "accuse"]


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Washington did not rule out sanctions against Tokyo.", True),
        ("Britain has not ruled out retaliation.", True),
        # a deal kept open, or a penalty only in the condition, threatens nothing
        ("Washington did not rule out a deal with Tokyo.", False),
        ("Washington did not rule out a deal if Tokyo lifted the embargo.", False),
    ],
)
def test_not_ruling_out_a_penalty_threatens(claims_of, text, threat):
    threats = [c for c in claims_of(text) if c.action == "threaten"]
    assert bool(threats) is threat


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        # "whose party" in an aside on a name is the named person's
        (
            (
                "Liberal Democrat leader Charles Kennedy spoke on Monday. Earlier Mr "
                "Kennedy, whose party opposes the ID cards plan, said the bill should be "
                "delayed."
            ),
            "BBC News",
            ("reject", "GBR-LD"),
        ),
        # an accusing participle after the main clause is the main subject's
        (
            (
                "Canada spoke about the quota bill on Monday, blaming Washington for the "
                "delay."
            ),
            None,
            ("accuse", "CAN"),
        ),
        # a belief conjoined to reported words carries its obligation
        (
            (
                "President Hal Grant finds the charges against Senator Tom Vell troubling "
                "and thinks he should leave the race, the White House said on Thursday."
            ),
            None,
            ("demand", "USA"),
        ),
    ],
)
def test_asides_participles_and_conjoined_beliefs(claims_of, text, outlet, expected):
    assert expected in positions(claims_of(text, outlet=outlet))


def test_every_party_of_a_list_takes_the_stance(claims_of):
    found = positions(claims_of("Britain, France and Germany rejected the plan."))
    assert {("reject", "GBR"), ("reject", "FRA"), ("reject", "DEU")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a former head of state or government speaks for no state
        ("Former U.S. President Hal Grant vowed to defeat the rebels.", set()),
        ("Former British Prime Minister Tom Vell rejected the plan.", set()),
        # a former minister still speaks for a party
        (
            "Former Labour Cabinet minister Tom Vell rejected the plan.",
            {("reject", "GBR-LAB")},
        ),
    ],
)
def test_a_former_head_of_state_speaks_for_none(claims_of, text, expected):
    published = datetime(2005, 1, 20, tzinfo=UTC)
    assert positions(claims_of(text, published=published)) == expected


def test_a_texts_own_stance_stays_beside_the_proposal_of_it(claims_of):
    text = "Peru submitted a resolution demanding an end to copper dumping."
    assert {("propose", "PER"), ("demand", "PER")} <= positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Lib Dems said the government should be ashamed of its record on pensions.",
            {("accuse", "GBR-LD")},
        ),
        (
            "The Tories said the proposals were too little, too late.",
            {("reject", "GBR-CON")},
        ),
        (
            "The TUC said the plans were an attack on workers' rights.",
            {("reject", "GBR-TUC"), ("accuse", "GBR-TUC")},
        ),
    ],
)
def test_verdicts_of_shame_and_of_plans_that_attack(claims_of, text, expected):
    assert positions(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an economy's weakness, or what a stance cannot do, is no one's stance
        ("The Bundesbank said the German economy was weak.", set()),
        (
            "The Bundesbank said the monetary stance could not determine policy.",
            set(),
        ),
        # an actor's conduct is charged, and what cannot be done is refused
        ("Labour said the Tory plan was a disgrace.", {("accuse", "GBR-LAB")}),
        ("Japan said the proposal could not be accepted.", {("reject", "JPN")}),
    ],
)
def test_forecasts_about_things_are_no_stance(claims_of, text, expected):
    assert (
        positions(claims_of(text, published=datetime(1987, 3, 9, tzinfo=UTC)))
        == expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan said the announcement should not be read as a change of policy.",
            set(),
        ),
        ("Japan said the tariffs should be lifted.", {("demand", "JPN")}),
        # an act with its doer is no reading
        (
            "The Dutch said any action must be taken by the EC as a whole.",
            {("demand", "NLD")},
        ),
    ],
)
def test_how_words_should_be_read_demands_nothing(claims_of, text, expected):
    assert (
        positions(claims_of(text, published=datetime(2017, 12, 1, tzinfo=UTC)))
        == expected
    )


def test_a_penalty_of_anothers_warned_of_is_no_threat(claims_of):
    text = "Welsh Secretary Peter Hain warned that the Tories would cut services."
    published = datetime(2005, 2, 1, tzinfo=UTC)
    assert ("threaten", "GBR") not in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Conservatives said the proposals were a step too far.",
            ("reject", "GBR-CON"),
        ),
        ('The Tories said the idea was "ill thought out".', ("reject", "GBR-CON")),
        (
            "Downing Street said there were no plans to change the law.",
            ("reject", "GBR"),
        ),
        (
            (
                "Shadow home secretary Peter Wyn said the government had lost control "
                "of immigration."
            ),
            ("accuse", "GBR-CON"),
        ),
        (
            "Mr Blair said he was happy to look at the proposals.",
            ("accept", "GBR"),
        ),
        (
            (
                "Tory spokesman Peter Wyn said the figures were a damning indictment "
                "of the government."
            ),
            ("accuse", "GBR-CON"),
        ),
        (
            (
                'Tory spokesman Peter Wyn said the proposals were "a taxpayer-funded PR '
                'exercise".'
            ),
            ("accuse", "GBR-CON"),
        ),
        (
            (
                'Lib Dem spokesman Mark Oaten said: "These measures will only work if '
                'they are matched with a cut in paperwork."'
            ),
            ("demand", "GBR-LD"),
        ),
        (
            (
                'Housing Minister Keith Hill said: "The Lib Dem proposals are completely '
                'uncosted."'
            ),
            ("reject", "GBR"),
        ),
        (
            (
                'Michael Howard has launched an attack on the cost of the "chaotic" asylum '
                "system."
            ),
            ("accuse", "GBR-CON"),
        ),
    ],
)
def test_verdicts_in_plain_words(claims_of, text, expected):
    published = datetime(2005, 2, 10, tzinfo=UTC)
    claims = claims_of(text, published=published, outlet="BBC News")
    assert expected in positions(claims)


def test_control_we_lost_is_no_charge(claims_of):
    text = 'Tory spokesman Peter Wyn said: "We have lost control of the debate."'
    published = datetime(2005, 2, 10, tzinfo=UTC)
    claims = claims_of(text, published=published, outlet="BBC News")
    assert ("accuse", "GBR-CON") not in positions(claims)

"""Actors resolved from what the text says of them, and the cues added for real news.

Every sentence here is written for the test (fictional people, real bodies).
"""

from datetime import UTC, datetime

import pytest

from redline.nlp import parse_texts
from tests.claims.helpers import positions

pytestmark = pytest.mark.model


def _by_action(claims, action):
    return [c for c in claims if c.action == action]


def test_person_resolved_through_apposition_and_later_surname(claims_of):
    text = (
        "Alma Brennick, general secretary of Unison, said the offer was an insult.\n\n"
        "Ms Brennick said the government must drop the plan to raise the pension age."
    )
    demands = _by_action(claims_of(text), "demand")
    assert [c.holder.id for c in demands] == ["GBR-UNISON"]
    assert demands[0].voiced_by is not None
    assert demands[0].voiced_by.name == "Alma Brennick"
    assert "pensions" in demands[0].issues


def test_a_body_owning_a_name_is_the_persons_body_later_too(claims_of):
    text = (
        "Oxfam's Margaret Holloway said rich countries must double their aid. "
        "Ms Holloway said the government must also cancel debt."
    )
    demands = _by_action(claims_of(text), "demand")
    assert [c.holder.id for c in demands] == ["GBR-OXFAM", "GBR-OXFAM"]
    assert [c.voiced_by.name for c in demands if c.voiced_by] == [
        "Margaret Holloway",
        "Margaret Holloway",
    ]


def test_person_resolved_through_title_after_an_organisation(claims_of):
    text = (
        "IG Metall official Jorg Wendeler said the union would reject any deal "
        "that cut wages."
    )
    claims = claims_of(text)
    assert {c.holder.id for c in claims if c.action != "state"} == {"DEU-IGMETALL"}


@pytest.mark.parametrize(
    ("second", "holder"),
    [
        ("The caucus is pushing for deeper cuts to farm aid.", "USA-FREEDOM-CAUCUS"),
        ("The farm caucus is pushing for deeper cuts to farm aid.", None),
    ],
)
def test_the_noun_a_named_body_ends_in_refers_back_to_it(claims_of, second, holder):
    text = f"The House Freedom Caucus met on Monday to discuss the budget. {second}"
    demands = _by_action(claims_of(text), "demand")
    assert [c.holder.id for c in demands] == ([holder] if holder else [])


@pytest.mark.parametrize(
    ("outlet", "text", "holders"),
    [
        (
            "The Washington Post",
            (
                "The House Ways and Means Committee said the tariff bill should be "
                "dropped. The committee urged the Treasury to act."
            ),
            ["USA-HOUSE", "USA-HOUSE"],
        ),
        (
            "The Washington Post",
            "A Senate panel urged the Pentagon to publish the report.",
            ["USA-SENATE"],
        ),
        (
            "BBC News",
            (
                "The Commons transport committee said the rail plan must be shelved. It "
                "urged ministers to think again."
            ),
            ["GBR-PARL", "GBR-PARL"],
        ),
        # no home state: a bare "House" names no one body
        (
            None,
            (
                "The House Ways and Means Committee said the tariff bill should be "
                "dropped."
            ),
            [],
        ),
    ],
)
def test_a_chambers_committee_speaks_for_the_chamber(claims_of, outlet, text, holders):
    claims = claims_of(text, outlet=outlet)
    assert [c.holder.id for c in _by_action(claims, "demand")] == holders


@pytest.mark.parametrize(
    ("day", "text", "holder"),
    [
        # a lower-case brief after the title; the Official Opposition of the day
        (
            datetime(2005, 2, 1, tzinfo=UTC),
            (
                "Shadow spokesman for sport Moira Kerrigan said the levy must be "
                "scrapped."
            ),
            "GBR-CON",
        ),
        (
            datetime(2015, 2, 1, tzinfo=UTC),
            (
                "Shadow spokesman for sport Moira Kerrigan said the levy must be "
                "scrapped."
            ),
            "GBR-LAB",
        ),
        # a title the text gives beats a registry role that has ended (Yvette
        # Cooper's last role by 2012 was a Labour government's)
        (
            datetime(2012, 2, 1, tzinfo=UTC),
            "Shadow home secretary Yvette Cooper said the bill must be withdrawn.",
            "GBR-LAB",
        ),
        # "the shadow chancellor" is the person named before with that role
        (
            datetime(2005, 2, 1, tzinfo=UTC),
            (
                "Oliver Letwin spoke in the debate on Monday. The shadow chancellor said "
                "the tax must be cut."
            ),
            "GBR-CON",
        ),
    ],
)
def test_a_shadow_office_is_the_opposition_partys(claims_of, day, text, holder):
    claims = claims_of(text, published=day, outlet="BBC News")
    assert [c.holder.id for c in _by_action(claims, "demand")] == [holder]


@pytest.mark.parametrize(
    ("day", "text", "holders"),
    [
        # with no one named before, a bare title is its holder on the article's day
        (
            datetime(2005, 2, 1, tzinfo=UTC),
            "The prime minister rejected the plan.",
            ["GBR"],
        ),
        (
            datetime(2005, 2, 1, tzinfo=UTC),
            "The prime minister's official spokesman said the plan was unworkable.",
            ["GBR"],
        ),
        # the title of another body is not the state's office
        (
            datetime(2005, 2, 1, tzinfo=UTC),
            "The president of the Royal Society of Chemistry rejected the plan.",
            [],
        ),
        # a title the registry names no holder for on the day resolves to no one
        (datetime(1700, 2, 1, tzinfo=UTC), "The prime minister rejected the plan.", []),
    ],
)
def test_a_bare_title_is_its_holder_on_the_day(claims_of, day, text, holders):
    claims = claims_of(text, published=day, outlet="BBC News")
    assert [c.holder.id for c in _by_action(claims, "reject")] == holders


def test_a_name_set_after_its_title_speaks_as_the_titles_body(claims_of):
    text = (
        "The chairman of the conference on a new International Natural Rubber "
        "Agreement, Laura Jensen of Norway, opened the session on Monday. Jensen "
        "said producers must accept tighter buffer stock controls."
    )
    demands = _by_action(claims_of(text), "demand")
    assert [c.holder.id for c in demands] == ["INRA"]
    assert demands[0].voiced_by is not None
    assert demands[0].voiced_by.name == "Laura Jensen"


@pytest.mark.parametrize(
    "text",
    [
        "Brazil scrapped the tax on coffee exports.",  # not a plan of its own
        "Unions could strike if Brazil scraps its pension plan.",  # not done
    ],
)
def test_dropping_what_is_not_ones_own_plan_concedes_nothing(claims_of, text):
    assert not _by_action(claims_of(text), "concede")


@pytest.mark.parametrize(
    "text",
    [
        "It would be difficult for Brazil to accept the plan.",
        "A softer EC stance would make it harder for Brazil to block the plan.",
        "Protesters blocked the road to the summit.",
        "The rebels launched an attack on the town.",  # an attack in arms
        # a capitalised common noun that opens the sentence is still a thing
        "Inflation in Brazil threatened to derail the plan.",
    ],
)
def test_what_a_party_might_do_or_a_road_block_takes_no_stance(claims_of, text):
    assert not [c for c in claims_of(text) if c.action != "state"]


def test_a_demonym_that_names_no_actor_is_not_its_first_word(claims_of):
    text = (
        "Workers at 152 West German engineering companies said the plan must be "
        "dropped."
    )
    claims = claims_of(text, published=datetime(1987, 3, 10, tzinfo=UTC))
    assert "WEST" not in {c.holder.id for c in claims}


def test_a_party_adjective_on_the_president_is_still_the_state(claims_of):
    day = datetime(2017, 6, 10, tzinfo=UTC)
    text = "The Republican president denied the allegations. The Republican "
    text += "senator denied them too."
    holders = [c.holder.id for c in _by_action(claims_of(text, published=day), "deny")]
    assert holders == ["USA", "USA-REP"]


def test_generic_noun_refers_back_to_named_group(claims_of):
    text = (
        "Talks between American Motors Corp and its workers broke down on Sunday.\n\n"
        "The company said it wanted a contract with lower labor rates."
    )
    demand = _by_action(claims_of(text), "demand")
    assert [c.holder.id for c in demand] == ["AMC"]
    assert "wages" in demand[0].issues


def test_bloc_inside_a_body_needs_the_body_named(claims_of):
    named = (
        "Delegates to the International Cocoa Organization met in London.\n\n"
        "Consumers want the buffer stock manager to buy more cocoa."
    )
    demand = _by_action(claims_of(named), "demand")
    assert [c.holder.id for c in demand] == ["ICCO-CONSUMERS"]
    unnamed = "Consumers want the buffer stock manager to buy more cocoa."
    assert _by_action(claims_of(unnamed), "demand") == []


@pytest.mark.parametrize(
    ("text", "action", "holder"),
    [
        (
            "Brazil has so far been unwilling to accept any cut in its quota.",
            "reject",
            "BRA",
        ),
        ("Norway would like Iceland to reopen the fishing talks.", "demand", "NOR"),
        ("Japan appealed for patience from its trading partners.", "demand", "JPN"),
        ("Canada said it would not support the new quota rules.", "reject", "CAN"),
        ("In May, Kenya declined to sign the grain accord.", "reject", "KEN"),
        ("Chile resisted any change to the copper export rules.", "reject", "CHL"),
        ("France charged that Italy had broken the pact on migrants.", "accuse", "FRA"),
        (
            "The talks went ahead despite an EU demand for Turkey to recognise Cyprus.",
            "demand",
            "EU",
        ),
    ],
)
def test_new_cues(claims_of, text, action, holder):
    found = [(c.action, c.holder.id) for c in claims_of(text)]
    assert (action, holder) in found, found


def test_liking_without_would_is_not_a_demand(claims_of):
    assert _by_action(claims_of("Norway likes the new fishing rules."), "demand") == []


def test_claim_outside_the_taxonomy_is_filed_under_other(claims_of):
    claims = claims_of("Peru demanded that Bolivia return the stolen llamas.")
    demand = _by_action(claims, "demand")
    assert demand
    assert demand[0].issues == ("other",)


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Washington demanded that Tokyo open up its markets.", "market_access"),
        ("Washington demanded that Tokyo lift its import ban.", "market_access"),
        ("France demanded a rise in support for its farmers.", "agriculture_subsidies"),
        ("Bonn demanded that the green currency system stay.", "agriculture_subsidies"),
        ("Ottawa demanded changes to NAFTA.", "trade_tariffs"),
        ("Labour demanded that Mr Vell quit the race.", "elections"),
        ("Moscow demanded cuts in medium-range missiles.", "nuclear_program"),
        ("Oxfam demanded more money for vaccines.", "health"),
        ("Britain demanded that the EC drop its levy on oils.", "taxes"),
        ("Cosatu demanded talks on behalf of the strikers.", "working_conditions"),
        ("Eritrea demanded a halt to shelling.", "ceasefire"),
        ("Washington demanded a deal on agricultural trade.", "agriculture_subsidies"),
        ("Lisbon demanded dual nationality for Macao residents.", "minority_rights"),
        ("Eritrea demanded a phased pullback.", "troop_withdrawal"),
        (
            "Eritrea demanded that the road be opened to UN convoys.",
            "humanitarian_access",
        ),
    ],
)
def test_issue_words(claims_of, text, issue):
    demand = _by_action(claims_of(text), "demand")
    assert demand
    assert issue in demand[0].issues


def test_a_re_election_is_no_election_issue(claims_of):
    text = "Britain demanded that Europe wake up to the president's re-election."
    demand = _by_action(claims_of(text), "demand")
    assert demand
    assert "elections" not in demand[0].issues


def test_a_stance_in_plain_words_takes_its_sentences_issue(claims_of):
    text = "On pensions, Tory spokesman Peter Wyn said the government was making a mistake."
    accuse = _by_action(claims_of(text), "accuse")
    assert accuse
    assert accuse[0].issues == ("pensions",)


def test_a_stance_in_plain_words_outside_the_taxonomy_is_other(claims_of):
    text = "Tory spokesman Peter Wyn said the government was making a mistake."
    accuse = _by_action(claims_of(text), "accuse")
    assert accuse
    assert accuse[0].issues == ("other",)


_BUDGET_STORY = (
    "The government set out its budget on Monday.\n\n"
    "The budget cuts spending on roads.\n\n"
    "{third}\n\n"
    "Tory spokesman Peter Wyn said the government was making a mistake."
)


@pytest.mark.parametrize(
    ("third", "issues"),
    [
        # three sentences name the budget: the story's topic
        ("Ministers defended the budget in Parliament.", ("budget",)),
        # two do not make a topic
        ("Ministers defended the plan in Parliament.", ("other",)),
        # nor do two issues named as often
        (
            "Ministers defended the plan on pensions. Pensions rise next year.",
            ("other",),
        ),
    ],
)
def test_words_that_name_no_issue_take_the_storys_topic(claims_of, third, issues):
    text = _BUDGET_STORY.format(third=third)
    accuse = [
        c for c in _by_action(claims_of(text), "accuse") if c.holder.id == "GBR-CON"
    ]
    assert accuse
    assert accuse[0].issues == issues


def test_paragraph_break_ends_a_sentence(nlp):
    text = 'He said "it is over."\n\nIndustrial powers must act now, said the envoy.'
    parsed = next(parse_texts([text], nlp=nlp))
    starts = [parsed.tokens[lo].text for lo, _ in parsed.sents]
    assert starts == ["He", "Industrial"]


def test_impersonal_conditional_strike_is_the_speakers_threat(claims_of):
    text = (
        "Unison leader Tom Arbury warned that there could be further walkouts unless "
        "ministers dropped the pension plan."
    )
    threats = _by_action(claims_of(text), "threaten")
    assert [c.holder.id for c in threats] == ["GBR-UNISON"]


def test_obligation_with_a_punitive_condition_is_a_threat(claims_of):
    text = (
        "Unison leader Tom Arbury said there should be a national strike if the "
        "government refused to talk."
    )
    actions = {c.action for c in claims_of(text)}
    assert "threaten" in actions
    assert "demand" not in actions


def test_state_pronoun_speaker_commits_with_the_same_pronoun(claims_of):
    text = (
        "Iran rejected the new demands. It has said it will stick to the accord as "
        "long as the other signatories respect it."
    )
    pledges = _by_action(claims_of(text), "pledge")
    assert [c.holder.id for c in pledges] == ["IRN"]


def test_thing_pronoun_is_not_a_pledge(claims_of):
    text = "The minister said it would hurt exporters."
    assert _by_action(claims_of(text), "pledge") == []


def test_stance_verb_under_would_in_anonymous_report_keeps_its_own_cue(claims_of):
    text = "Officials said Tokyo would reject the plan."
    assert [(c.action, c.holder.id) for c in claims_of(text)] == [("reject", "JPN")]


@pytest.mark.parametrize(
    "speaker",
    ["Work and Pensions Secretary Alan Johnson", "Tory leader Michael Howard"],
)
def test_bare_ministers_under_a_named_speaker_are_the_government(claims_of, speaker):
    # a minister's "ministers" are his government's; so are an opposition leader's
    text = f"{speaker} said ministers would reject the plan."
    claims = claims_of(text, published=datetime(2005, 3, 1, tzinfo=UTC))
    assert ("reject", "GBR") in {(c.action, c.holder.id) for c in claims}


def test_we_in_a_second_quoted_clause_is_the_speakers_side(claims_of):
    text = (
        'Lena Vost, head of the EU delegation, said: "We made some progress, but we '
        'have called for another meeting."'
    )
    assert ("demand", "EU") in positions(claims_of(text))


def test_a_stance_verb_the_parser_hangs_inside_what_was_said_pairs_with_said(
    claims_of,
):
    text = (
        "Home Secretary Charles Clarke said prosecutions were the first preference "
        "and promised the powers would only be used in serious cases."
    )
    claims = claims_of(text, published=datetime(2005, 3, 1, tzinfo=UTC))
    assert ("pledge", "GBR") in positions(claims)


def test_a_verb_conjoined_inside_what_was_said_keeps_an_actor_subject(claims_of):
    # "Japan" can deny: the denial is Japan's, inside what the speaker said
    text = "Ann Reed, a U.S. official, said Japan had sold chips and denied dumping."
    claims = [c for c in claims_of(text) if c.action == "deny"]
    assert [c.holder.id for c in claims] == ["JPN"]


def test_we_under_a_quoted_we_is_the_quotes_speaker(claims_of):
    text = (
        '"We have told the Indians that we ratify the tentative agreement," a U.S. '
        "official said."
    )
    assert ("accept", "USA") in positions(claims_of(text))


def test_it_in_a_second_reported_clause_is_not_the_speaker(claims_of):
    text = (
        "Democratic Senator Tom Vell warned that isolating people in camps creates a "
        "divided society and it guarantees more conflict."
    )
    assert not any(c.action == "pledge" for c in claims_of(text))


def test_quoted_object_before_a_coordinated_clause_is_the_content(claims_of):
    text = (
        'A spokesperson said Peru would not accept "terms written in Lima" and that '
        "talks could resume next month."
    )
    reject = _by_action(claims_of(text), "reject")
    assert [c.holder.id for c in reject] == ["PER"]
    assert "terms written in Lima" in reject[0].content
    assert "resume" not in reject[0].content


def test_readiness_adjective_passes_its_subject_on(claims_of):
    claims = claims_of("Mexico said it was ready to accept a compromise on car parts.")
    assert ("accept", "MEX") in [(c.action, c.holder.id) for c in claims]


def test_a_pinned_down_office_is_a_named_source(claims_of):
    text = (
        "Brazil's finance minister said the country would suspend interest payments "
        "to foreign banks."
    )
    pledge = _by_action(claims_of(text), "pledge")
    assert [c.holder.id for c in pledge] == ["BRA"]
    assert not pledge[0].sources[0].anonymous


def test_the_office_holder_the_article_names_is_a_named_source(claims_of):
    text = (
        "British Prime Minister Tony Blair spoke in London on Sunday.\n\n"
        "The prime minister said the plan to cut farm aid would go ahead."
    )
    published = datetime(2005, 1, 10, tzinfo=UTC)
    statements = [
        c
        for c in claims_of(text, published=published, outlet="BBC News")
        if "farm aid" in c.content
    ]
    assert statements
    assert statements[0].holder.id == "GBR"
    assert not statements[0].sources[0].anonymous


def test_an_unnamed_official_stays_anonymous(claims_of):
    text = "A Brazilian finance ministry official said Brazil must cut its deficit."
    demand = _by_action(claims_of(text), "demand")
    assert demand
    assert demand[0].sources[0].anonymous


def test_conjoined_holders_each_hold_the_claim(claims_of):
    claims = claims_of("Britain and France urged Russia to withdraw its troops.")
    assert sorted(c.holder.id for c in claims if c.action == "demand") == ["FRA", "GBR"]


def test_first_person_in_a_quote_is_the_speaker(claims_of):
    claims = claims_of('"We will not accept the deal," Argentina said.')
    assert [(c.action, c.holder.id) for c in claims] == [("reject", "ARG")]


def test_we_must_binds_the_speaker_and_demands_nothing(claims_of):
    claims = claims_of('"We must make every effort to avoid a trade war," Japan said.')
    assert _by_action(claims, "demand") == []


def test_they_of_a_coordinated_speaker_gives_each_party(claims_of):
    text = "The Conservatives and Liberal Democrats say they want the report published."
    holders = sorted(c.holder.id for c in claims_of(text) if c.action == "demand")
    assert holders == ["GBR-CON", "GBR-LD"]


@pytest.mark.parametrize(
    ("text", "action", "holder"),
    [
        (
            "President Trump would not insist on repeal of the mandate.",
            "concede",
            "USA",
        ),
        (
            "China said it would drop foreign ownership limits on banks.",
            "concede",
            "CHN",
        ),
        # "quoted as saying" reports what follows, in the quoted one's name
        (
            (
                "Japan's trade minister was quoted as saying Tokyo would reject the "
                "U.S. demands."
            ),
            "reject",
            "JPN",
        ),
        (
            (
                "Japan's trade minister was reported as saying Tokyo would reject "
                "the U.S. demands."
            ),
            "reject",
            "JPN",
        ),
        # an aside that reports a party's words gives them in its name
        (
            "Labour, which said it would block the tax, attacked the plan.",
            "pledge",
            "GBR-LAB",
        ),
        (
            (
                "The Manila government, which said it would demand a lower spread, "
                "reacted angrily."
            ),
            "demand",
            "PHL",
        ),
        # a second verb after "and" that the parser makes another thing said
        (
            (
                "Japan's trade minister said the banks were rigid and warned that "
                "a breakdown of the talks could be harmful."
            ),
            "warn",
            "JPN",
        ),
        (
            (
                "Japan's trade minister was quoted as telling reporters that Tokyo "
                "would reject the U.S. demands."
            ),
            "reject",
            "JPN",
        ),
        # a passive relative clause with a named agent is the agent's stance
        (
            "The hormone ban, which is opposed by the United States, was shelved.",
            "reject",
            "USA",
        ),
        # a name said to be among a group, or one of it, holds the group's stance
        (
            "Britain is among several delegations which oppose the oils tax.",
            "reject",
            "GBR",
        ),
        (
            "Japan is one of several countries that have rejected the plan.",
            "reject",
            "JPN",
        ),
        # "he" in the words of an unnamed speaker is that speaker
        ("Japan's trade minister said he opposed the plan.", "reject", "JPN"),
        (
            "A Japanese official was reported as saying he opposed the plan.",
            "reject",
            "JPN",
        ),
        # opposition announced turns down; a past act in an "after" clause is told
        (
            "Senator Susan Collins announced her opposition to the bill.",
            "reject",
            "USA-REP",
        ),
        (
            "The talks collapsed after Britain said it would veto the plan.",
            "reject",
            "GBR",
        ),
        # refusing to refuse gives way
        ("Britain said it would not block the farm deal.", "concede", "GBR"),
        # a verdict against another's measure rejects it
        ("Canada said the U.S. duty on lumber was unjustified.", "reject", "CAN"),
        ("Japan said the U.S. action was unwarranted.", "reject", "JPN"),
        ("Brazil rejected suggestions for talks with the IMF.", "reject", "BRA"),
        (
            "Brazil rejected suggestions that it had misled its creditors.",
            "deny",
            "BRA",
        ),
        ("Brazil rejected the idea of a new tax.", "reject", "BRA"),
        (
            "Brazil rejected the idea that it had misled its creditors.",
            "deny",
            "BRA",
        ),
        (
            "Democratic leaders accepted an invitation to the White House.",
            "accept",
            "USA-DEM",
        ),
        # a verb of change in the passive is done by someone: a demand
        ("Brazil said the import tax should be dropped.", "demand", "BRA"),
        # "told the programme that ...": the clause is what was told, however parsed
        (
            (
                "Moira Kerrigan, Conservative spokeswoman for the family, told BBC "
                "Radio 4's Today programme that the government's plans were "
                '"inadequate" and were "papering over the cracks of the system".'
            ),
            "reject",
            "GBR-CON",
        ),
        # a spokesman's words are his body's, and their stance is read like any
        (
            "A spokesman for Oxfam said the allegations were false.",
            "deny",
            "GBR-OXFAM",
        ),
        # putting forward a policy of one's own proposes it
        (
            "Chancellor Gordon Brown launched a ten-year childcare strategy.",
            "propose",
            "GBR",
        ),
        # giving way, and giving up a plan of one's own, concede
        ("Brazil has already given way over the role of the courts.", "concede", "BRA"),
        ("Brazil bowed to pressure from its creditors.", "concede", "BRA"),
        ("Brazil apologised for the delay in payments.", "concede", "BRA"),
        # less common verbs of criticism and denial
        ("Brazil chastised the banks for their delay.", "accuse", "BRA"),
        ("Brazil rebutted the claims of the banks.", "deny", "BRA"),
        ("Brazil made concessions on the interest spread.", "concede", "BRA"),
        ("Brazil has suspended its plan to cut import duties.", "concede", "BRA"),
        # narrative stance phrases
        ("Brazil threw its weight behind the proposal.", "accept", "BRA"),
        ("Brazil voted for the resolution.", "accept", "BRA"),
        ("Brazil signed up to the accord.", "accept", "BRA"),
        ("Brazil hit out at the banks.", "accuse", "BRA"),
        ("Brazil rounded on its creditors.", "accuse", "BRA"),
        ("Brazil blocked the proposal.", "reject", "BRA"),
        ("Brazil blocked the repayment formula.", "reject", "BRA"),
        ("Brazil floated the idea of a moratorium.", "propose", "BRA"),
        # a plural body noun can be asked to act; joining others in a stance takes it
        ("Brazil said the banks should be able to offer new loans.", "demand", "BRA"),
        ("Chile joined Mexico in demanding a lower spread.", "demand", "CHL"),
        (
            'Brazil said it would be "far better if the banks cut the spread".',
            "demand",
            "BRA",
        ),
        # verbs and phrases of news narrative
        ("Brazil pleaded with the banks to cut the spread.", "demand", "BRA"),
        ("Brazil leaned on the banks to cut the spread.", "demand", "BRA"),
        ("Brazil pitched a plan to cut the spread.", "propose", "BRA"),
        ("Brazil ridiculed the plan.", "accuse", "BRA"),
        ("Brazil disowned the plan.", "reject", "BRA"),
        ("Brazil backed away from its threat to default.", "concede", "BRA"),
        ("Brazil capitulated to the banks.", "concede", "BRA"),
        ("Brazil complied with the demands.", "concede", "BRA"),
        ("Brazil authorised the deal.", "accept", "BRA"),
        ("Labour launched a fierce attack on the Conservatives.", "accuse", "GBR-LAB"),
        # more reporting verbs; a modal clause "according to" a source is its demand
        ("Brazil underlined that the banks must cut the spread.", "demand", "BRA"),
        ("Brazil retorted that the banks must cut the spread.", "demand", "BRA"),
        ("The banks must cut the spread, according to Brazil.", "demand", "BRA"),
        # dismissing claims of something denies it; so does dismissing talk of it
        ("Brazil dismissed claims of broken promises.", "deny", "BRA"),
        ("Brazil has dismissed any talk of default.", "deny", "BRA"),
        ("Brazil called the plan abhorrent.", "reject", "BRA"),
        # a denial in a clause on the charge denied
        ("Brazil faces charges, which it denies.", "deny", "BRA"),
        ("Investigators examined allegations that Brazil denies.", "deny", "BRA"),
        ("Brazil broke off talks with the banks.", "reject", "BRA"),
        ("Brazil gave assurances that the loans would be repaid.", "pledge", "BRA"),
        ("Brazil lodged a formal complaint at GATT.", "accuse", "BRA"),
        ("Brazil stepped up pressure on the banks to cut the spread.", "demand", "BRA"),
        ("Brazil sounded the alarm over its debt.", "warn", "BRA"),
        ("Brazil pointed the finger at the banks.", "accuse", "BRA"),
        ("Brazil poured cold water on the plan.", "reject", "BRA"),
        ("Brazil hailed the deal as a breakthrough.", "accept", "BRA"),
        ("Brazil made it clear that the banks must cut the spread.", "demand", "BRA"),
        # criticism of a record: what was attacked is conduct, not a place
        ("Labour attacked government red tape and debt.", "accuse", "GBR-LAB"),
    ],
)
def test_readings_that_change_the_action(claims_of, text, action, holder):
    found = [(c.action, c.holder.id) for c in claims_of(text)]
    assert (action, holder) in found, found


def test_direct_conditional_threat_without_a_reporter(claims_of):
    threats = _by_action(
        claims_of("Iran will shred the deal if Washington pulls out."), "threaten"
    )
    assert [c.holder.id for c in threats] == ["IRN"]


def test_a_conditional_forecast_is_no_threat(claims_of):
    assert (
        _by_action(claims_of("Prices will fall if demand weakens."), "threaten") == []
    )


def test_pronoun_in_report_takes_the_nearest_of_two_parsed_subjects(claims_of):
    text = (
        "Hours after the envoy left Beijing on Friday, China said it would drop "
        "foreign ownership limits on local banks."
    )
    assert ("concede", "CHN") in [(c.action, c.holder.id) for c in claims_of(text)]


def test_surname_seen_before_is_a_person_even_when_tagged_a_place():
    from datetime import date

    from redline.claims import load_lexicon
    from redline.claims.mentions import ActorResolver
    from redline.claims.registry import default_registry
    from tests.fixtures.handbuilt import build

    parsed = build(
        [
            ("Gurria", 1, "nsubj", "PROPN"),
            ("spoke", 1, "ROOT", "VERB"),
            (",", 1, "punct", "PUNCT"),
            ("Gurria", 5, "nsubj", "PROPN"),
            ("then", 5, "advmod", "ADV"),
            ("left", 1, "conj", "VERB"),
        ],
        ents={0: "PERSON", 3: "GPE"},
    )
    resolver = ActorResolver(
        registry=default_registry(),
        lexicon=load_lexicon(),
        parsed=parsed,
        published=date(1987, 4, 1),
    )
    later = resolver.mention_at(3)
    assert later is not None
    assert later.form == "unknown_person"


def test_the_government_noun_under_a_named_speaker_is_the_speakers_state(claims_of):
    text = "King Fahd of Saudi Arabia said the kingdom wanted oil price stability."
    found = [(c.action, c.holder.id) for c in claims_of(text, published=None)]
    assert ("demand", "SAU") in found, found


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            '"In this day and age it is completely unacceptable," Denmark said.',
            "reject",
        ),
        ('"The report is simply not true," the Kremlin said.', "deny"),
        (
            '"The responsibility for this rests entirely with Oslo," Denmark said.',
            "accuse",
        ),
        ('"The talks went well," Denmark said.', "state"),
        ("Brazil said it had no intention of paying.", "reject"),
        ("Brazil said the offer did not go far enough.", "reject"),
        ("Brazil said the offer fell short of its demands.", "reject"),
        ("Brazil said it would not back down.", "reject"),
        ("Brazil said the banks' demands were excessive.", "reject"),
        ("Brazil said it had nothing to do with the attack.", "deny"),
        ("Brazil said the banks had broken their promise.", "accuse"),
        ("Brazil said the offer was a step in the right direction.", "accept"),
        ("Brazil said the offer was a good basis for negotiation.", "accept"),
        ("Brazil said it had done nothing wrong.", "deny"),
        ("Brazil said it was not responsible for the crash.", "deny"),
        ("Brazil said it did not breach the accord.", "deny"),
        ("Brazil said its decision was not illegal.", "deny"),
        ("Brazil said it did not consider the plan illegal.", "state"),
        ("Jamaica said it would not be hit by the tax.", "state"),
        ("Jamaica said it would not be bullied by the banks.", "reject"),
        ("Brazil said the banks were holding the country to ransom.", "accuse"),
        ("Brazil said the offer was an important first step.", "accept"),
        ("Brazil said it was open to the idea of a new loan.", "accept"),
        ("Brazil said the ball was in the banks' court.", "demand"),
        ("Brazil said there could be no deal without a lower spread.", "demand"),
        ("Brazil said it was prepared to walk away from the talks.", "threaten"),
        ("Brazil said the plan risked plunging the region into recession.", "warn"),
        ("Brazil said all options were on the table.", "threaten"),
        ("Brazil said there was a real danger of a trade war.", "warn"),
        ("Brazil said the plan would cost thousands of jobs.", "warn"),
    ],
)
def test_statement_idioms_give_a_plain_statement_its_stance(claims_of, text, action):
    actions = [c.action for c in claims_of(text)]
    assert actions[:1] == [action]
    # a verdict against another's plan also accuses its authors; nothing else
    assert set(actions[1:]) <= ({"accuse"} if action == "reject" else set())


def test_a_warning_of_a_future_penalty_is_a_threat(claims_of):
    text = "Iran warned the United States that any interference would meet a strong response."
    assert [(c.action, c.holder.id) for c in claims_of(text)] == [("threaten", "IRN")]


def test_a_warning_without_a_penalty_stays_a_warning(claims_of):
    text = "Iran warned that oil prices would rise further."
    assert "threaten" not in [c.action for c in claims_of(text)]


def test_a_noun_cue_needs_a_verb_that_states_its_terms(claims_of):
    stated = claims_of("Peru's conditions include a ceasefire along the border.")
    assert ("demand", "PER") in [(c.action, c.holder.id) for c in stated]
    described = claims_of("Peru's conditions do not prove that the border is unsafe.")
    assert "demand" not in [c.action for c in described]


def test_failing_to_seek_is_no_demand(claims_of):
    text = "Peru said the migrants failed to seek asylum on time."
    assert "demand" not in [c.action for c in claims_of(text)]


def test_coordinated_speakers_of_a_modal_demand_each_hold_it_once(claims_of):
    text = (
        "The Scottish National Party and the Tories say the decision should be taken "
        "in Edinburgh and believe ministers are ducking it."
    )
    demands = _by_action(claims_of(text), "demand")
    assert sorted(c.holder.id for c in demands) == ["GBR-CON", "GBR-SNP"]


def test_could_not_comment_is_a_no_comment(claims_of):
    text = "A Foreign Office spokesman said he could not comment on the case."
    assert [c.action for c in claims_of(text)] == ["no_comment"]


def test_he_said_he_would_is_a_plan_not_a_pledge(claims_of):
    text = "The minister, Alan Carrow of Britain, said he would be sent to Geneva."
    assert "pledge" not in [c.action for c in claims_of(text)]


def test_a_capital_named_as_a_place_is_not_its_government(claims_of):
    text = "The meeting of six industrial nations in Paris agreed not to publish the bands."
    assert "FRA" not in [c.holder.id for c in claims_of(text)]


def test_asking_whether_is_a_question_not_a_demand(claims_of):
    text = "Britain asked whether the ranges had been fixed in Paris."
    assert "demand" not in [c.action for c in claims_of(text)]


def test_other_countries_are_not_the_speakers_state(claims_of):
    text = "Lawson, Britain's chancellor, said the other pact countries would come to its aid."
    assert ("pledge", "GBR") not in [(c.action, c.holder.id) for c in claims_of(text)]


def test_a_leaders_son_does_not_speak_for_the_state(claims_of):
    text = "President Donald Trump's eldest son asked a committee to investigate the leaks."
    assert "USA" not in [c.holder.id for c in claims_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "It was agreed that Peru could delay the talks.",
        '"Chile can\'t demand more," the envoy from Peru said.',
        "Peru has not agreed so far on how to fund the fleet.",
        "Peru said it would need some support from Chile.",
    ],
)
def test_sentences_that_state_no_stance(claims_of, text):
    positions = [c for c in claims_of(text) if c.action not in {"state", "no_comment"}]
    assert positions == [], [(c.action, c.holder.id) for c in positions]


def test_needing_someone_to_act_is_a_demand(claims_of):
    text = "Ukraine says it needs the West to give it a strong security guarantee."
    assert ("demand", "UKR") in [(c.action, c.holder.id) for c in claims_of(text)]


def test_a_conditional_tragedy_is_no_threat(claims_of):
    text = (
        "Labour's spokesman said it will be a tragedy if the government comes "
        "through with a half-hearted response."
    )
    assert "threaten" not in [c.action for c in claims_of(text)]


def test_the_government_named_by_a_party_is_the_state(claims_of):
    text = "Labour spokesman John Smithers said the government will take steps."
    pledges = _by_action(claims_of(text), "pledge")
    assert [c.holder.id for c in pledges] == ["GBR"]


def test_should_be_of_a_thing_is_an_expectation(claims_of):
    text = "The secretary of Peru said this year should be the fifth solid year for housing."
    assert "demand" not in [c.action for c in claims_of(text)]


def test_should_be_of_a_state_is_a_demand(claims_of):
    text = "The Russian foreign minister said Ukraine should be neutral."
    assert ("demand", "RUS") in [(c.action, c.holder.id) for c in claims_of(text)]


def test_a_noun_cue_must_spell_out_its_terms(claims_of):
    bare = claims_of("Chile's president discussed his plans with family on Sunday.")
    assert "propose" not in [c.action for c in bare]
    spelled = claims_of("Peru welcomed Chile's plan to cut copper exports.")
    assert ("propose", "CHL") in [(c.action, c.holder.id) for c in spelled]


def test_a_registry_word_inside_a_longer_name_is_not_that_actor(claims_of):
    text = "The Teachers Unity Congress has called for a higher minimum wage."
    assert "USA-CONGRESS" not in [c.holder.id for c in claims_of(text)]


def test_a_passive_stance_is_held_by_its_agent(claims_of):
    claims = claims_of("The plan was rejected by Norway on Monday.")
    assert [(c.action, c.holder.id) for c in claims] == [("reject", "NOR")]
    passive = claims_of("Powell was approved for the post on Monday.")
    assert [c.action for c in passive if c.action == "accept"] == []


def test_a_trailing_attribution_is_not_a_demand_item(claims_of):
    text = (
        "Peru repeatedly urged Chile to end the inquiry into the fishing fleet, "
        "including its chairman, the Lima Times reported on Thursday, citing aides."
    )
    demands = _by_action(claims_of(text), "demand")
    assert len(demands) == 1
    assert "reported" not in demands[0].content


def test_a_datelines_bare_senate_is_that_states_senate():
    from redline.extract import extract_article
    from redline.model import InputKind, RawDocument
    from redline.pipeline import analyse_results
    from redline.settings import Settings

    settings = Settings(min_body_chars=1)
    raw = RawDocument(
        source="x",
        kind=InputKind.JSONL,
        text="The Senate voted to condemn the proposed tax on vegetable oils.",
        id="x",
        dateline="WASHINGTON, March 26",
    )
    analysis = next(
        iter(
            analyse_results(
                [extract_article(raw, settings=settings)], settings=settings
            )
        )
    )
    assert ("accuse", "USA-SENATE") in {
        (c.action, c.holder.id) for c in analysis.claims
    }


def test_a_party_name_inside_a_longer_party_name_is_not_that_party():
    text = "The Social Democratic Party rejected the plan."
    _, resolver = _resolver_of(text)
    assert "USA-DEM" not in {
        m.resolved.actor.id for m in resolver.mentions if m.resolved is not None
    }


def _resolver_of(text):
    """A parse of ``text`` and the actor resolver over it (no article date)."""
    from redline.claims.lexicon import load_lexicon
    from redline.claims.mentions import ActorResolver
    from redline.claims.registry import default_registry

    parsed = next(parse_texts([text]))
    return parsed, ActorResolver(
        registry=default_registry(),
        lexicon=load_lexicon(),
        parsed=parsed,
        published=None,
    )


def test_a_compass_word_before_a_name_with_a_straight_apostrophe_is_no_bloc():
    # Reuters 1987 writes 'Germany"s': one token the parser calls punctuation
    _, resolver = _resolver_of('West Germany"s Ignaz Kiechle said the plan was bad.')
    assert "WEST" not in {
        m.resolved.actor.id for m in resolver.mentions if m.resolved is not None
    }


def _dated_claims(text, dateline):
    from redline.extract import extract_article
    from redline.model import InputKind, RawDocument
    from redline.pipeline import analyse_results
    from redline.settings import Settings

    settings = Settings(min_body_chars=1)
    raw = RawDocument(
        source="x", kind=InputKind.JSONL, text=text, id="x", dateline=dateline
    )
    analysis = next(
        iter(
            analyse_results(
                [extract_article(raw, settings=settings)], settings=settings
            )
        )
    )
    return {(c.action, c.holder.id) for c in analysis.claims if not c.negated}


def test_a_state_title_in_apposition_speaks_for_the_datelines_state():
    text = (
        "Orrin Vantwell, undersecretary of state for economic affairs, spoke on "
        "Friday.\n\nVantwell said the allies should end their farm subsidies."
    )
    assert ("demand", "USA") in _dated_claims(text, "WASHINGTON, March 26")
    # a place in the apposition is not the dateline's state
    placed = text.replace("undersecretary of state", "Ruritanian undersecretary")
    assert ("demand", "USA") not in _dated_claims(placed, "WASHINGTON, March 26")
    # nor is a former official's
    former = text.replace("undersecretary", "former undersecretary")
    assert ("demand", "USA") not in _dated_claims(former, "WASHINGTON, March 26")


def test_a_party_demonym_before_a_compound_title_names_the_party(claims_of):
    text = (
        "Lib Dem home affairs spokesman Peter Quillard said the minister must "
        "withdraw the bill."
    )
    assert ("demand", "GBR-LD") in {(c.action, c.holder.id) for c in claims_of(text)}


def test_a_pronoun_continues_the_pronoun_subject_before_it():
    text = (
        "Unison leader Alma Brennick spoke to the conference.\n\n"
        "She thanked the delegates and praised Boris Kettleby, a visitor.\n\n"
        "She also pledged to fight the pension reform."
    )
    parsed, resolver = _resolver_of(text)
    she = [t.i for t in parsed.tokens if t.text == "She"]
    first = resolver.antecedent(she[0])
    assert first is not None
    assert first.actor.id == "GBR-UNISON"
    # the last "She" continues the "She" before it, not the man named after it
    last = resolver.antecedent(she[-1])
    assert last is not None
    assert last.actor.id == "GBR-UNISON"


def test_a_pronoun_outside_a_quotation_skips_names_inside_it(claims_of):
    text = (
        "Foreign Secretary Jack Straw visited Delhi.\n\n"
        '"I applaud the efforts of Harjinder Kaul to open the border," he said.'
    )
    assert ("accept", "GBR") in {(c.action, c.holder.id) for c in claims_of(text)}


def test_a_bare_title_the_text_ties_to_no_one_falls_back_to_the_person_named():
    text = (
        "Curfews were other options, Unison leader Alma Brennick said.\n\n"
        "The general secretary outlined the plans on Tuesday.\n\n"
        "She denied that activists had forced the changes."
    )
    parsed, resolver = _resolver_of(text)
    she = next(t.i for t in parsed.tokens if t.text == "She")
    found = resolver.antecedent(she)
    assert found is not None
    assert found.actor.id == "GBR-UNISON"


def test_a_title_before_a_comma_and_a_registry_persons_surname(claims_of):
    chief = (
        "The schools were criticised by Unison chief, Alma Brennick.\n\n"
        "Ms Brennick said the minister must act."
    )
    assert ("demand", "GBR-UNISON") in {
        (c.action, c.holder.id) for c in claims_of(chief)
    }
    # a person the registry knows by full name only: the surname follows in text
    kelly = "Ruth Kelly spoke on Monday.\n\nMs Kelly said the schools must improve."
    assert ("demand", "GBR") in {(c.action, c.holder.id) for c in claims_of(kelly)}


def test_the_chancellor_is_not_the_shadow_chancellor(claims_of):
    text = (
        "Oliver Letwin spoke first.\n\n"
        "The chancellor promised to cut taxes in a third term."
    )
    assert "GBR-CON" not in {c.holder.id for c in claims_of(text)}


def test_the_premier_is_the_prime_minister_named_before(claims_of):
    text = (
        "Tony Blair spoke to reporters on Monday.\n\n"
        "The premier said Britain would send more troops to Iraq."
    )
    published = datetime(2005, 1, 20, tzinfo=UTC)
    assert ("pledge", "GBR") in positions(claims_of(text, published=published))


def test_us_in_capitals_is_the_united_states_not_a_pronoun(claims_of):
    found = {
        (c.action, c.holder.id)
        for c in claims_of("The US has refused to sign up to the fishing treaty.")
    }
    assert ("reject", "USA") in found


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Japan's Liberal Democratic Party has rejected the tax plan.", "JPN-LDP"),
        ("Popular Force rejected the tax plan on Monday.", "PER-FP"),
        ("The British National Party rejected the tax plan.", "GBR-BNP"),
        ("The Scottish Conservative leader rejected the tax plan.", "GBR-CON"),
    ],
)
def test_parties_of_other_states_keep_their_own_id(claims_of, text, holder):
    assert ("reject", holder) in {(c.action, c.holder.id) for c in claims_of(text)}


def test_the_commission_refers_back_to_a_body_that_speaks_for_its_parent(claims_of):
    text = (
        "The EC Commission met in Brussels on Monday. The Commission proposes to cut "
        "the monthly increments applied to cereals."
    )
    proposals = [c for c in claims_of(text) if c.action == "propose"]
    assert [c.holder.id for c in proposals] == ["EU"]
    assert proposals[0].voiced_by is not None
    assert proposals[0].voiced_by.name == "European Commission"


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # a story that named only the EC: "the Commission" is the EC's
        (
            (
                "EC farm ministers meet in Brussels on Monday. The Commission proposed a "
                "package to save one billion dollars on the farm budget."
            ),
            ["EU"],
        ),
        # a story that named no EC: some other commission, unresolved
        (
            (
                "Farm ministers met on Monday. The Commission proposed a "
                "package to save one billion dollars on the farm budget."
            ),
            [],
        ),
    ],
)
def test_the_commission_in_a_story_on_the_ec(claims_of, text, holders):
    published = datetime(1987, 3, 30, tzinfo=UTC)
    found = claims_of(text, published=published)
    proposals = [c for c in found if c.action == "propose"]
    assert [c.holder.id for c in proposals] == holders
    for c in proposals:
        assert c.voiced_by is not None
        assert c.voiced_by.name == "European Commission"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            (
                "Indiana Governor Eric Holcomb urged the administration to safeguard "
                "trade relations with Canada and Mexico."
            ),
            "USA-REP",
        ),
        ("Cuomo urged Congress to keep the state tax deduction.", "USA-DEM"),
    ],
)
def test_a_2017_governor_speaks_for_his_party(claims_of, text, holder):
    published = datetime(2017, 12, 14, tzinfo=UTC)
    assert ("demand", holder) in positions(claims_of(text, published=published))


def test_a_1987_minister_resolves_by_the_registry(claims_of):
    text = (
        "Paul Channon, secretary for trade and industry, met members of Congress.\n\n"
        "Channon also called for closer cooperation on trade."
    )
    published = datetime(1987, 3, 4, tzinfo=UTC)
    found = {(c.action, c.holder.id) for c in claims_of(text, published=published)}
    assert ("demand", "GBR") in found


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Congressman Wade Tillery, D-Okla., said the bill must cap imports.",
            "USA-DEM",
        ),
        ("Senator Ada Brisco (R-Ore.) said the bill must cap imports.", "USA-REP"),
        ("Ada Brisco, a Nevada Republican, said the bill must cap imports.", "USA-REP"),
        (
            "Laura Jensen, the top Democrat on the panel, said the bill must cap imports.",
            "USA-DEM",
        ),
        ("Wade Tillery, a farmer, said the bill must cap imports.", None),
        ("Laura Jensen, a Social Democrat, said the bill must cap imports.", None),
        ("Wade Tillery, X-Okla., said the bill must cap imports.", None),
    ],
)
def test_a_party_apposition_or_letter_gives_a_name_its_party(claims_of, text, holder):
    demands = _by_action(claims_of(text), "demand")
    assert [c.holder.id for c in demands] == ([holder] if holder else [])


def test_an_undated_article_reads_roles_on_the_undated_day(nlp):
    from dataclasses import replace
    from datetime import date

    from redline.claims import extract_claims, load_lexicon
    from redline.claims.registry import default_registry
    from redline.model import Article

    text = "George Osborne said the government must cut taxes for pensioners."
    parsed = next(parse_texts([text], nlp=nlp))

    def holders(published, undated_day):
        article = replace(Article.from_text(text, source="test"), published=published)
        claims = extract_claims(
            article,
            parsed,
            registry=default_registry(),
            lexicon=load_lexicon(),
            undated_day=undated_day,
        )
        return {c.holder.id for c in claims if c.action == "demand"}

    assert holders(None, None) == {"GBR"}  # his latest role: Chancellor from 2010
    assert holders(None, date(2005, 1, 1)) == {"GBR-CON"}  # in opposition then
    dated = datetime(2012, 3, 1, tzinfo=UTC)
    assert holders(dated, date(2005, 1, 1)) == {"GBR"}  # a date of its own wins


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Labour MSP Moira Kerrigan said the executive must fund the ferries.",
            "GBR-LAB",
        ),
        ("Ms Kerrigan sought guidance from the standards committee.", None),
        ("Ms Kerrigan sought assurances from the standards committee.", "GBR-LAB"),
    ],
)
def test_msp_title_and_advice_sought_is_no_demand(claims_of, text, holder):
    first = "Labour MSP Moira Kerrigan spoke on Monday. "
    demands = [c for c in claims_of(first + text) if c.action == "demand"]
    assert [c.holder.id for c in demands] == ([holder] if holder else [])


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("A report by the World Bank said Kenya should cut farm subsidies.", "WB"),
        ("Ms Kerrigan said Britain has got to cut taxes.", "GBR-LAB"),
        ("Ms Kerrigan said Britain has got a plan to cut taxes.", None),
    ],
)
def test_a_report_by_a_body_and_have_got_to(claims_of, text, holder):
    first = "Labour MSP Moira Kerrigan spoke on Monday. "
    demands = [c for c in claims_of(first + text) if c.action == "demand"]
    assert [c.holder.id for c in demands] == ([holder] if holder else [])


def test_a_surname_named_earlier_is_not_a_registry_namesake(claims_of):
    text = (
        "Tina Johnson, a nurse from Gadsden, spoke to reporters on Monday. "
        "Johnson said the state must reject the plan."
    )
    assert not [c for c in claims_of(text) if c.holder.id == "GBR"]


def test_he_after_an_unnamed_speaker_is_that_speaker(claims_of):
    text = (
        "Senator John McCain met the prime minister on Monday.\n\n"
        'Climate change was an issue the minister "wanted to progress", said a '
        "spokesman. But he played down reports of a new treaty."
    )
    denials = [c for c in claims_of(text) if c.action == "deny"]
    assert "USA-REP" not in {c.holder.id for c in denials}


@pytest.mark.parametrize("mark", ["'", "\u2019"])
def test_a_contracted_will_undertakes_like_will(claims_of, mark):
    text = f'"I{mark}ll cut the fuel tax," Labour MSP Moira Kerrigan said.'
    assert [c.holder.id for c in claims_of(text) if c.action == "pledge"] == ["GBR-LAB"]


def test_us_house_republicans_are_the_party_not_the_chamber(claims_of):
    text = (
        "U.S. House Republicans proposed on Tuesday to suspend the medical device tax."
    )
    assert {c.holder.id for c in claims_of(text) if c.action == "propose"} == {
        "USA-REP"
    }


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # the place after "Ambassador to" is where the envoy serves
        (
            (
                "British Ambassador to Washington Peter Hallam spoke on Monday. "
                "Hallam said the tariffs must be lifted."
            ),
            "GBR",
        ),
        # "to Peking" holds no "king"; nor does the clause before the comma count
        (
            (
                "The pact was signed in Peking on Thursday, Portuguese Ambassador to "
                "Peking Octavio Vilar said. Vilar said the tariffs must be lifted."
            ),
            "PRT",
        ),
    ],
)
def test_an_envoy_speaks_for_the_state_that_sent_them(claims_of, text, holder):
    assert {c.holder.id for c in claims_of(text) if c.action == "demand"} == {holder}


def test_the_statement_speaks_for_whoever_issued_it(claims_of):
    text = (
        "EC foreign ministers issued a statement on Monday. The statement said "
        'ministers were disturbed by the textile bill. "The adoption of such quotas '
        'would hurt the trade talks," it said.'
    )
    assert ("warn", "EU") in positions(claims_of(text))


def test_it_after_a_statement_that_names_its_owner_is_the_owner(claims_of):
    text = (
        "In Oslo, Norway said it would not accept the quota offer. A Foreign "
        'Ministry statement said: "We regard the quota offer as void." It said: '
        '"The fishing zone must be returned to Norway."'
    )
    assert ("demand", "NOR") in positions(claims_of(text))


@pytest.mark.parametrize(
    "text",
    [
        (
            "Jan Visser of the Netherlands, speaking for the European Union, said the "
            "tariff must be withdrawn."
        ),
        (
            "Jan Visser of the Netherlands, speaking on behalf of the European Union, "
            "rejected the tariff."
        ),
    ],
)
def test_a_speaker_speaks_for_the_party_he_says_he_speaks_for(claims_of, text):
    assert {c.holder.id for c in claims_of(text)} == {"EU"}


def test_speaking_to_someone_is_speaking_for_no_one(claims_of):
    text = "Jan Visser of the Netherlands, speaking to reporters, rejected the tariff."
    assert {c.holder.id for c in claims_of(text)} == {"NLD"}


def test_it_after_its_own_words_is_not_named_in_them(claims_of):
    text = (
        "The European Community issued a statement on Monday. Any unilateral U.S. "
        "move would breach the rules of GATT, it said."
    )
    assert {c.holder.id for c in claims_of(text)} == {"EU"}


def test_envoys_to_a_body_do_not_speak_for_it(claims_of):
    text = (
        "Ambassadors to the EC from African states told a press conference the tax "
        "must be withdrawn."
    )
    assert "EU" not in {c.holder.id for c in claims_of(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "India and Pakistan held talks in Islamabad on Monday. Both sides agreed "
                "to reopen their consulates."
            ),
            {
                ("accept", "IND"),
                ("accept", "PAK"),
                ("pledge", "IND"),
                ("pledge", "PAK"),
            },
        ),
        (
            (
                "Greece and Turkey met in Athens. Officials said the two countries "
                "rejected the mediator's plan."
            ),
            {("reject", "GRC"), ("reject", "TUR")},
        ),
        (
            (
                "Vladimir Putin and Joe Biden met in Geneva. The two leaders agreed to "
                "return their ambassadors."
            ),
            {
                ("accept", "RUS"),
                ("accept", "USA"),
                ("pledge", "RUS"),
                ("pledge", "USA"),
            },
        ),
    ],
)
def test_both_sides_stand_for_the_pair_named_before(claims_of, text, expected):
    published = datetime(2021, 6, 16, tzinfo=UTC)
    assert positions(claims_of(text, published=published)) == expected


def test_both_sides_with_no_pair_named_resolve_to_nobody(claims_of):
    text = "The merger talks resumed on Tuesday. Both sides want a deal by Friday."
    assert positions(claims_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "OPEC oil ministers met in Vienna on Monday. The ministers agreed to "
                "extend the output cuts."
            ),
            ("accept", "OPEC"),
        ),
        (
            (
                "EC farm ministers began two days of talks. Diplomats said ministers "
                "called for more cooperation with Japan."
            ),
            ("demand", "EU"),
        ),
    ],
)
def test_bare_ministers_speak_for_the_owner_of_ministers_named_before(
    claims_of, text, expected
):
    published = datetime(1987, 3, 2, tzinfo=UTC)
    assert expected in positions(claims_of(text, published=published))


def test_bare_ministers_do_not_speak_for_a_party_named_before(claims_of):
    text = (
        "Labour ministers were divided over the plan. Ministers rejected the "
        "proposal on Monday."
    )
    published = datetime(2005, 3, 2, tzinfo=UTC)
    assert ("reject", "GBR-LAB") not in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kentucky Republican urged the Senate to pass the bill.",
            ("demand", "USA-REP"),
        ),
        (
            '"The Senate must pass the bill this week," the Ohio Democrat said.',
            ("demand", "USA-DEM"),
        ),
    ],
)
def test_a_states_party_member_speaks_for_the_party(claims_of, text, expected):
    published = datetime(2017, 10, 2, tzinfo=UTC)
    assert expected in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Karen Hollis, a Republican representative, said taxpayers must pay.",
            ("demand", "USA-REP"),
        ),
        (
            "Tom Avery, a Democratic lawmaker, urged the House to act.",
            ("demand", "USA-DEM"),
        ),
    ],
)
def test_an_apposed_party_member_speaks_for_the_party(claims_of, text, expected):
    published = datetime(2017, 10, 2, tzinfo=UTC)
    assert expected in positions(claims_of(text, published=published))


def test_a_body_the_parser_splits_across_an_apposition_still_names_the_speakers_side(
    claims_of,
):
    text = "Jim Parton, from Families Need Fathers, said the plan must be scrapped."
    published = datetime(2005, 1, 20, tzinfo=UTC)
    assert ("demand", "GBR-FNF") in positions(claims_of(text, published=published))


def test_a_politicians_spokesman_speaks_for_the_politicians_side(claims_of):
    text = "McConnell spokesman Don Stewart said the Senate must pass the bill."
    published = datetime(2017, 11, 2, tzinfo=UTC)
    assert ("demand", "USA-REP") in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    ("text", "expected", "published"),
    [
        (
            "The Justice Department said the merger must be blocked.",
            ("demand", "USA"),
            datetime(2017, 11, 21, tzinfo=UTC),
        ),
        (
            "The Department for International Development said aid must rise.",
            ("demand", "GBR"),
            datetime(2005, 1, 20, tzinfo=UTC),
        ),
    ],
)
def test_a_ministry_speaks_for_its_state(claims_of, text, expected, published):
    assert expected in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The West African Monetary Union urged creditors to cut rates.",
            ("demand", "UMOA"),
            ("demand", "WEST"),
        ),
        (
            "West African states urged creditors to cut rates.",
            None,
            ("demand", "WEST"),
        ),
        (
            "The West urged Moscow to withdraw its troops.",
            ("demand", "WEST"),
            None,
        ),
        (
            "ACP states urged the EC to drop the oils tax.",
            ("demand", "ACP"),
            None,
        ),
    ],
)
def test_a_longer_name_that_opens_with_a_compass_word_is_not_the_west(
    claims_of, text, expected, absent
):
    published = datetime(1987, 3, 20, tzinfo=UTC)
    found = positions(claims_of(text, published=published))
    assert expected is None or expected in found
    assert absent is None or absent not in found


def _claims_with_dateline(nlp, text, published, place):
    """Claims of ``text`` as a wire story datelined ``place``."""
    from dataclasses import replace

    from redline.claims import extract_claims, load_lexicon
    from redline.claims.registry import default_registry
    from redline.model import Article, Dateline

    article = replace(
        Article.from_text(text, source="test", published=published),
        dateline=Dateline(place=place, text=f"{place} -"),
    )
    parsed = next(parse_texts([text], nlp=nlp))
    return extract_claims(
        article, parsed, registry=default_registry(), lexicon=load_lexicon()
    )


def test_a_datelined_foreign_ministry_is_the_home_states(nlp):
    text = (
        "MITI officials met U.S. negotiators on Monday. A Foreign Ministry "
        "spokesman said the U.S. demand was unacceptable."
    )
    claims = _claims_with_dateline(nlp, text, datetime(1987, 4, 2, tzinfo=UTC), "TOKYO")
    assert ("reject", "JPN") in positions(claims)
    assert not any(c.holder.id == "JPN-MITI" and c.action == "reject" for c in claims)


def test_a_partys_demonym_as_a_possessive_owns_the_stance(claims_of):
    text = "Mr Brown rejected the Lib Dem's call to open up the government's books."
    published = datetime(2005, 1, 20, tzinfo=UTC)
    assert ("demand", "GBR-LD") in positions(claims_of(text, published=published))


def test_he_in_words_a_plural_party_reports_is_not_the_party(claims_of):
    text = (
        "Mr Blair said the UK would only join measures in its interest, but the "
        "Tories say he is surrendering a key veto."
    )
    published = datetime(2005, 1, 20, tzinfo=UTC)
    found = positions(claims_of(text, published=published))
    assert ("concede", "GBR") in found  # Blair gives the veto up, say the Tories
    assert ("concede", "GBR-CON") not in found


@pytest.mark.parametrize(
    ("speaker", "holder"),
    [
        ("consumer spokesman Abraham Verhoef", "ICO-CONSUMERS"),
        (
            "minority producer spokesman Luis Arce of Costa Rica",
            "ICO-MINORITY-PRODUCERS",
        ),
    ],
)
def test_a_blocs_spokesman_speaks_for_the_bloc(claims_of, speaker, holder):
    text = (
        "Talks at the International Coffee Organization resumed in London. "
        f'"Brazil must accept quotas," {speaker} told reporters.'
    )
    published = datetime(1987, 3, 2, tzinfo=UTC)
    assert ("demand", holder) in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    "text",
    [
        "Mr Kennedy is expected to say that the government must scrap the tax.",
        (
            "Mr Kennedy is due to tell the conference that the government must scrap "
            "the tax."
        ),
    ],
)
def test_speech_to_come_has_its_speaker(claims_of, text):
    published = datetime(2005, 1, 20, tzinfo=UTC)
    assert ("demand", "GBR-LD") in positions(claims_of(text, published=published))


def test_the_country_refers_back_as_it_would(claims_of):
    text = (
        "Japan has rejected the U.S. demand. The country said it would not cut its "
        "rice tariffs."
    )
    published = datetime(1987, 3, 20, tzinfo=UTC)
    tariffs = {
        c.holder.id
        for c in claims_of(text, published=published)
        if "tariffs" in c.evidence.text
    }
    assert tariffs == {"JPN"}


def test_a_foreign_ministry_is_that_of_the_state_the_text_is_about(nlp):
    text = (
        "In Taipei, Taiwan said it would not recognise the agreement. A Foreign "
        "Ministry statement said the agreement was unacceptable."
    )
    claims = _claims_with_dateline(
        nlp, text, datetime(1987, 3, 27, tzinfo=UTC), "PEKING"
    )
    holders = {c.holder.id for c in claims if "unacceptable" in c.evidence.text}
    assert holders == {"TWN"}


def test_he_after_a_capitalised_title_with_no_name_is_that_officeholder(claims_of):
    text = (
        "The Governor of the West African Monetary Union said the bank should "
        "join the talks. He also urged creditors to cut rates."
    )
    published = datetime(1987, 3, 27, tzinfo=UTC)
    holders = {
        c.holder.id
        for c in claims_of(text, published=published)
        if "creditors" in c.evidence.text
    }
    assert holders == {"UMOA"}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The Afghan ministry of defence said NATO must stop expanding.", "AFG"),
        ("Russia's ministry of defence said NATO must stop expanding.", "RUS"),
        ("The Ministry of Defence said NATO must stop expanding.", "GBR"),
    ],
)
def test_a_bodys_words_after_another_states_name_are_that_states(
    claims_of, text, holder
):
    demands = _by_action(claims_of(text), "demand")
    assert [c.holder.id for c in demands] == [holder]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("The French defence ministry said NATO must stop expanding.", ["FRA"]),
        (
            (
                "The Afghan defense and interior ministries both denied there were "
                "child soldiers in the army."
            ),
            ["AFG"],
        ),
        # an industry is no ministry
        ("The French wine industry said NATO must stop expanding.", []),
    ],
)
def test_a_demonym_on_a_ministry_names_its_state(claims_of, text, holders):
    claims = [c for c in claims_of(text) if c.action != "state"]
    assert [c.holder.id for c in claims] == holders


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("House leaders have rejected the plan.", {("reject", "USA-HOUSE")}),
        ("Senate negotiators have rejected the plan.", {("reject", "USA-SENATE")}),
        (
            "The administration must brief us, a Senate aide said.",
            {("demand", "USA-SENATE")},
        ),
        # a party's members in the chamber are not the chamber
        ("Republican House members have rejected the plan.", set()),
    ],
)
def test_a_chambers_people_speak_for_the_chamber(nlp, text, holders):
    claims = _claims_with_dateline(
        nlp, text, datetime(2017, 11, 20, tzinfo=UTC), "WASHINGTON"
    )
    assert {p for p in positions(claims) if p[1].startswith("USA-")} - {
        ("reject", "USA-REP")
    } == holders


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The administration will reject the tax, officials said.", True),
        ("The administration is opposed to the tax, a top official said.", True),
        # a ministry's part in the government's inner debate is no state stance
        ("Two officials said the Treasury had pressed for a lower tariff.", False),
    ],
)
def test_an_anonymous_sources_government_is_the_home_states(nlp, text, expected):
    claims = _claims_with_dateline(
        nlp, text, datetime(2017, 11, 20, tzinfo=UTC), "WASHINGTON"
    )
    found = {p for p in positions(claims) if p[1].startswith("USA")}
    assert bool(found) is expected
    assert all(holder == "USA" for _, holder in found)


def test_an_envoy_at_a_body_speaks_for_the_state(claims_of):
    text = "Russian U.N. Ambassador Vitaly Churkin said the vote must be delayed."
    assert positions(claims_of(text)) == {("demand", "RUS")}


def test_a_name_cut_off_from_its_verb_by_an_aside_is_the_subject(claims_of):
    text = (
        "Trump, in a speech last month at the United Nations, threatened to destroy "
        "North Korea."
    )
    claims = claims_of(text, published=datetime(2017, 11, 2, tzinfo=UTC))
    assert ("threaten", "USA") in positions(claims)


def test_an_adverb_before_an_aside_is_no_subject(claims_of):
    text = "However, in a speech last month, threatened to destroy North Korea."
    claims = claims_of(text, published=datetime(2017, 11, 2, tzinfo=UTC))
    assert not positions(claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Democratic Representative Tom Vell urged Conyers to resign.", "USA-DEM"),
        ("U.S. Senator Tom Vell, a Democrat, rejected the tax bill.", "USA-DEM"),
        (
            "U.S. Representative Tom Vell, a Republican, rejected the tax bill.",
            "USA-REP",
        ),
    ],
)
def test_a_member_of_congress_speaks_for_a_party(claims_of, text, expected):
    claims = claims_of(text, published=datetime(2017, 11, 21, tzinfo=UTC))
    assert {h for _, h in positions(claims)} == {expected}


def test_a_member_of_congress_is_not_the_united_states(claims_of):
    text = "U.S. Representative Tom Vell rejected the tax bill."
    claims = claims_of(text, published=datetime(2017, 11, 21, tzinfo=UTC))
    assert ("reject", "USA") not in positions(claims)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # the text gives a registry person a post in an international body: his
        # words there are the body's, on later mentions too
        (
            (
                "OPEC President Rilwanu Lukman rejected calls for a price cut. Lukman "
                "also rejected a new quota."
            ),
            "OPEC",
        ),
        # a title at home keeps the registry's reading
        ("Nigerian Oil Minister Rilwanu Lukman rejected calls for a price cut.", "NGA"),
    ],
)
def test_a_post_in_an_international_body_the_text_gives_wins(claims_of, text, holder):
    found = claims_of(text, published=datetime(1987, 3, 10, tzinfo=UTC))
    holders = {c.holder.id for c in found if c.action == "reject"}
    assert holders == {holder}


def test_a_person_the_parser_hangs_before_and_holds_the_claim_too(claims_of):
    text = (
        "DAG chief negotiator Gerhard Wendt said the offer was farcical. Wendt and "
        "HBV chief negotiator Lorenz Kappel said they were prepared to compromise on "
        "the issue of flexible working hours."
    )
    found = positions(claims_of(text, published=datetime(1987, 4, 1, tzinfo=UTC)))
    assert {("concede", "DEU-DAG"), ("concede", "DEU-HBV")} <= found


@pytest.mark.parametrize(
    "text",
    [
        # the parser makes the denial the root, "a charge" and the name its subjects
        (
            "Ethiopian Foreign Minister Dawit Mengesha spoke on Monday. Mengesha "
            "accused Eritrean forces of shelling civilian areas around Zalambessa "
            "as recently as Monday, a charge Asmara denied."
        ),
        # or the name an apposition of the charge
        (
            "Ethiopia accused Eritrean forces of shelling civilian areas, a charge "
            "Asmara denies."
        ),
    ],
)
def test_a_charge_named_after_an_accusation_is_denied_and_the_accusation_stays(
    claims_of, text
):
    found = positions(claims_of(text, published=datetime(2026, 3, 11, tzinfo=UTC)))
    assert {("accuse", "ETH"), ("deny", "ERI")} <= found


def test_a_relative_clause_denying_the_charge_is_its_own_claim(claims_of):
    text = (
        "Republicans have accused the Obama administration of improperly unmasking "
        "names for political reasons, a charge Democrats have rejected."
    )
    found = positions(claims_of(text, published=datetime(2017, 12, 1, tzinfo=UTC)))
    assert {("accuse", "USA-REP"), ("deny", "USA-DEM")} <= found


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("U.S. lawmakers proposed targeted sanctions on the generals.", "USA-CONGRESS"),
        ("Two U.S. senators demanded an inquiry into the sale.", "USA-SENATE"),
        ("British MPs demanded an inquiry into the sale.", "GBR-PARL"),
        # a party named keeps the party; a state with no such body keeps the state
        ("Republican lawmakers demanded an inquiry into the sale.", "USA-REP"),
        ("Japanese lawmakers demanded an inquiry into the sale.", "JPN"),
    ],
)
def test_members_of_a_legislature_as_a_group_act_for_it(claims_of, text, holder):
    found = positions(claims_of(text, published=datetime(2017, 11, 20, tzinfo=UTC)))
    assert {h for a, h in found if a in {"demand", "propose"}} == {holder}


def test_a_surname_follows_the_title_the_text_gives_over_an_ended_role(claims_of):
    # the registry's John Smith led Labour until 1994; this one is a 2017 MP
    text = "Labour MP John Smith said the plan was wrong. Smith demanded an inquiry."
    found = positions(claims_of(text, published=datetime(2017, 12, 20, tzinfo=UTC)))
    assert ("demand", "GBR-LAB") in found


def test_a_subject_he_outranks_a_person_named_in_a_phrase(claims_of):
    # the sentence before "He" names Robert Jackson only inside a phrase; its
    # subject "he" (Kennedy, in the aside) is whom "He" continues
    text = (
        "Charles Kennedy opened his campaign in Leeds on Monday. The two big parties "
        "were now so alike - as shown, he argued, by the move to Labour of Robert "
        "Jackson - that only the Liberal Democrats offered a real choice. He also "
        "promised to scrap student fees."
    )
    found = positions(claims_of(text, published=datetime(2005, 2, 1, tzinfo=UTC)))
    assert ("pledge", "GBR-LD") in found
    assert ("pledge", "GBR-LAB") not in found


@pytest.mark.model
def test_the_lead_speakers_title_passes_to_the_name_in_the_next_sentence(claims_of):
    text = (
        "The Governor of the Central Bank of West African States (UMOA) today urged "
        "that the bank take part in all talks with the IMF.\n\n"
        "Abdoulaye Fadiga told reporters the bank would press for a new relationship "
        "with the fund.\n\n"
        "He also urged member states to pay their arrears."
    )
    claims = claims_of(text, published=datetime(1987, 3, 30, tzinfo=UTC))
    named = [c for c in claims if c.voiced_by is not None and c.voiced_by.name]
    assert {c.holder.id for c in named} == {"UMOA"}
    assert {c.voiced_by.name for c in named} == {"Abdoulaye Fadiga"}
    last = [c for c in claims if "arrears" in c.evidence.text]
    assert ("demand", "UMOA") in {(c.action, c.holder.id) for c in last}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("Republican House members accused the FBI of bias.", {"USA-REP"}),
        ("Republican members accused the FBI of bias.", {"USA-REP"}),
        # members of another body speak for it, not for the party the adjective
        # could name
        (
            "Conservative members of the House Freedom Caucus asked leaders to act.",
            {"USA-FREEDOM-CAUCUS"},
        ),
    ],
)
def test_a_party_adjective_on_members_names_the_party(claims_of, text, holders):
    claims = claims_of(text, published=datetime(2017, 12, 1, tzinfo=UTC))
    assert {c.holder.id for c in claims if c.action != "state"} == holders


def test_they_in_a_declaration_is_whoever_issued_it(claims_of):
    # the demonstrators are no actor: "they" is not the United States named before
    text = (
        "The United States wants Japan to remove tariffs. The demonstrators adopted "
        "a declaration saying they would fight any moves to open the rice market."
    )
    assert ("reject", "USA") not in positions(claims_of(text))


def test_reported_words_end_before_the_next_verb(claims_of):
    text = (
        "Japan's trade minister said the banks were rigid and warned that a "
        "breakdown of the talks could be harmful."
    )
    said = [c.content for c in claims_of(text) if c.action == "state"]
    assert said == ["the banks were rigid"]


def test_with_no_dateline_the_state_the_text_names_most_is_home(claims_of):
    text = (
        "(Reuters) - Republicans in the U.S. Congress agreed on a tax bill on "
        "Wednesday. President Donald Trump welcomed the deal. The U.S. Treasury "
        "said it would publish the details. The House had proposed a $500,000 cap."
    )
    assert ("propose", "USA-HOUSE") in positions(claims_of(text))


def test_with_no_dateline_and_no_clear_lead_a_bare_house_stays_unknown(claims_of):
    text = (
        "(Reuters) - Japan and the United States held trade talks on Wednesday. "
        "Washington said Japan's tariffs were unfair and the U.S. would retaliate. "
        "The House had proposed a $500,000 cap."
    )
    assert not any(h.startswith("USA-") for _, h in positions(claims_of(text)))


def test_a_noun_named_by_an_apposition_holds_the_stance(claims_of):
    text = (
        "His Democratic predecessor, Barack Obama, also proposed ending the tax break "
        "for stadiums."
    )
    published = datetime(2017, 12, 20, tzinfo=UTC)
    assert ("propose", "USA") in positions(claims_of(text, published=published))


def test_it_after_suing_a_named_party_is_no_ones(claims_of):
    text = (
        "The U.S. Department of Justice on Monday sued AT&T, arguing that it would "
        "use Time Warner's content to force rival pay-TV companies to pay more."
    )
    published = datetime(2017, 11, 21, tzinfo=UTC)
    assert ("pledge", "USA") not in positions(claims_of(text, published=published))


def test_it_that_would_hurt_farmers_is_not_the_speakers_pledge(claims_of):
    text = "Britain rejected the plan, saying it would hurt farmers."
    published = datetime(2017, 11, 21, tzinfo=UTC)
    assert positions(claims_of(text, published=published)) == {("reject", "GBR")}

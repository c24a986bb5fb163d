"""Load the cue lexicon, issue taxonomy and action codes bundled as TOML data."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any

from redline.errors import RegistryError

__all__ = [
    "IssueRule",
    "Lexicon",
    "MetOpposition",
    "Opposition",
    "VerbCue",
    "VerbPhrase",
    "load_lexicon",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class VerbCue:
    """A verb that signals a stance, with what it must govern to count."""

    action: str
    needs: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class VerbPhrase:
    """A verb phrase that takes a stance: a verb with an object, particle or prep."""

    action: str
    verbs: frozenset[str]
    objects: frozenset[str]
    particles: frozenset[str]
    preps: frozenset[str] = frozenset()
    # the phrase states an act only when it happened: "reached a deal", not "hopes
    # to reach a deal" or "could reach a deal"
    done: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Opposition:
    """The party that held a state's shadow offices from ``start`` to ``end``."""

    state: str
    party: str
    start: date
    end: date | None

    def held_on(self, day: date) -> bool:
        """Whether the party held the shadow offices on ``day``."""
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class MetOpposition:
    """Opposition a clause reports as met: "despite opposition from Japan"."""

    nouns: frozenset[str]
    prepositions: frozenset[str]
    phrase_nouns: frozenset[str]
    verbs: frozenset[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class IssueRule:
    """One issue code and the patterns that detect it in claim content."""

    code: str
    label: str
    # the issue's patterns as one alternation: one search per text, not one per pattern
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class Lexicon:
    """Everything the rules read from data."""

    reporting_verbs: frozenset[str]
    according_to: tuple[str, ...]
    anonymous_nouns: frozenset[str]
    knowledge: tuple[str, ...]
    counts: dict[str, int]
    ordinals: frozenset[str]
    verbs: dict[str, VerbCue]
    deny_objects: frozenset[str]
    deny_objects_with_that: frozenset[str]
    not_charges: frozenset[str]
    nouns: dict[str, str]
    obligation: frozenset[str]
    semi_modals: frozenset[str]
    expectation_verbs: frozenset[str]
    normative_adjectives: frozenset[str]
    generic_subjects: frozenset[str]
    nonvolitional: frozenset[str]
    no_undertaking: frozenset[str]
    errands: frozenset[str]
    belief_verbs: frozenset[str]
    framing_nouns: frozenset[str]
    aspectual_verbs: frozenset[str]
    not_refusals: frozenset[str]
    beyond_power: frozenset[str]
    future: frozenset[str]
    possibility: frozenset[str]
    punitive: frozenset[str]
    penalty_relief: frozenset[str]
    warning_penalties: frozenset[str]
    penalty_acts: frozenset[str]
    certain_penalties: frozenset[str]
    closable: frozenset[str]
    response_verbs: frozenset[str]
    stern_words: frozenset[str]
    defending_verbs: frozenset[str]
    condition_markers: tuple[str, ...]
    no_comment: tuple[re.Pattern[str], ...]
    anaphoric_time: tuple[str, ...]
    earlier_adverbs: frozenset[str]
    issues: tuple[IssueRule, ...]
    codes: dict[str, tuple[str | None, str | None]]
    titles: tuple[str, ...]
    government_nouns: frozenset[str]
    actor_nouns: frozenset[str]
    rank_adjectives: frozenset[str]
    own_bodies: frozenset[str]
    state_titles: frozenset[str]
    envoy_titles: frozenset[str]
    document_nouns: frozenset[str]
    same_office: dict[str, str]
    own_id_words: frozenset[str]
    backing_verbs: frozenset[str]
    leaning_words: frozenset[str]
    company_nouns: frozenset[str]
    splinter_words: frozenset[str]
    city_named: frozenset[str]
    city_bodies: frozenset[str]
    bystanders: frozenset[str]
    ties: frozenset[str]
    private_bodies: frozenset[str]
    markets: frozenset[str]
    business_words: frozenset[str]
    firms: frozenset[str]
    proper_generics: Mapping[str, str]
    party_codes: dict[str, str]
    committee_nouns: frozenset[str]
    chambers: dict[str, str]
    opposition: tuple[Opposition, ...]
    stance_nouns: frozenset[str]
    reluctance: frozenset[str]
    readiness: frozenset[str]
    likelihood: frozenset[str]
    willingness: frozenset[str]
    readiness_talk: frozenset[str]
    insisting_verbs: frozenset[str]
    concession_verbs: frozenset[str]
    yielding_rejections: frozenset[str]
    compulsion: frozenset[str]
    noun_cue_verbs: frozenset[str]
    plan_outcomes: frozenset[str]
    policy_subjects: frozenset[str]
    state_nouns: frozenset[str]
    private_relations: frozenset[str]
    below_state: frozenset[str]
    hosting: frozenset[str]
    private_sector: frozenset[str]
    question_words: frozenset[str]
    advice_nouns: frozenset[str]
    failure_verbs: frozenset[str]
    not_stance_objects: dict[str, frozenset[str]]
    being_named: frozenset[str]
    not_penalised: frozenset[str]
    institutions: frozenset[str]
    charge_making: frozenset[str]
    word_breaking: frozenset[str]
    will_verbs: frozenset[str]
    shame_words: frozenset[str]
    economic_things: frozenset[str]
    plural_only_nouns: frozenset[str]
    member_nouns: frozenset[str]
    own_side_nouns: frozenset[str]
    necessity_adjectives: frozenset[str]
    measures_words: frozenset[str]
    doubting_words: frozenset[str]
    ill_words: frozenset[str]
    hedges_words: frozenset[str]
    verdicts_words: frozenset[str]
    evident_words: frozenset[str]
    penalty_goes_words: frozenset[str]
    dues_words: frozenset[str]
    breaches_words: frozenset[str]
    plan_merits: frozenset[str]
    evidence_nouns: frozenset[str]
    act_benefits: frozenset[str]
    act_merits: frozenset[str]
    staying_verbs: frozenset[str]
    refusing_acts: frozenset[str]
    reading_verbs: frozenset[str]
    market_goods: frozenset[str]
    market_modifiers: frozenset[str]
    market_verbs: frozenset[str]
    intention_verbs: frozenset[str]
    policy_acts: frozenset[str]
    professed_goals: frozenset[str]
    statement_idioms: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]
    proposal_subjects: frozenset[str]
    presenting_verbs: frozenset[str]
    answering_verbs: frozenset[str]
    campaigning_verbs: frozenset[str]
    joining_verbs: frozenset[str]
    pressing_nouns: frozenset[str]
    collections: frozenset[str]
    necessity: re.Pattern[str]
    request_nouns: frozenset[str]
    giving_up_verbs: frozenset[str]
    verb_phrases: tuple[VerbPhrase, ...]
    stance_objects: frozenset[str]
    own_plans: frozenset[str]
    labelling_verbs: frozenset[str]
    disparaging_words: frozenset[str]
    falsity_words: frozenset[str]
    credence_words: frozenset[str]
    wrongdoing_words: frozenset[str]
    opinion_verbs: frozenset[str]
    attack_verbs: frozenset[str]
    attack_nouns: frozenset[str]
    attack_targets: frozenset[str]
    head_offices: frozenset[str]
    sufficiency_words: frozenset[str]
    virtue_words: frozenset[str]
    unsound_words: frozenset[str]
    disparaged_policies: frozenset[str]
    role_nouns: Mapping[str, str]
    audience_verbs: frozenset[str]
    audience_nouns: frozenset[str]
    partisan_audiences: frozenset[str]
    approving_words: frozenset[str]
    backing_nouns: frozenset[str]
    winning_verbs: frozenset[str]
    displeasure_adjectives: frozenset[str]
    adjective_stances: dict[str, tuple[str, frozenset[str]]]
    action_verbs: frozenset[str]
    action_staging_verbs: frozenset[str]
    action_with_verbs: frozenset[str]
    action_nouns: frozenset[str]
    action_series: frozenset[str]
    action_modifiers: frozenset[str]
    action_future: frozenset[str]
    action_intent: frozenset[str]
    displeasure_verbs: frozenset[str]
    displeasure_prepositions: frozenset[str]
    harm_words: frozenset[str]
    harm_preferred_under: frozenset[str]
    doubting_verbs: frozenset[str]
    harm_remedied_under: frozenset[str]
    harm_costs: frozenset[str]
    harm_rises: frozenset[str]
    stative_passives: frozenset[str]
    demand_conditions: tuple[str, ...]
    epistemic_verbs: frozenset[str]
    parents: dict[str, str]
    home_nouns: frozenset[str]
    met_opposition: MetOpposition
    pair_nouns: frozenset[str]
    same_head_nouns: frozenset[str]
    staff_titles: frozenset[str]
    legislator_titles: frozenset[str]


def _read(name: str) -> dict[str, Any]:
    ref = resources.files("redline.claims.data").joinpath(name)
    try:
        return tomllib.loads(ref.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise RegistryError(f"cannot read lexicon data {name}: {e}") from e


def _alternation(name: str, patterns: list[str]) -> re.Pattern[str]:
    """One case-insensitive pattern that matches where any of ``patterns`` does.

    Each pattern is compiled on its own first, so a bad one is named in the error.
    """
    _compile(name, patterns)
    if not patterns:
        return re.compile(r"(?!)")  # matches nothing ("other")
    return _compile(name, ["|".join(f"(?:{p})" for p in patterns)])[0]


def _compile(name: str, patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    try:
        return tuple(re.compile(p, re.IGNORECASE) for p in patterns)
    except re.error as e:
        raise RegistryError(f"bad pattern in {name}: {e}") from e


@functools.cache
def load_lexicon() -> Lexicon:
    """Load and validate the bundled lexicon (once per process)."""
    cues = _read("cues.toml")
    issues = _read("issues.toml")
    codes = _read("codes.toml")
    try:
        verbs = {
            lemma: VerbCue(action=spec["action"], needs=spec.get("needs"))
            for lemma, spec in cues["verbs"].items()
        }
        issue_rules = tuple(
            IssueRule(
                code=code,
                label=spec["label"],
                pattern=_alternation(f"issues.toml [{code}]", spec["patterns"]),
            )
            for code, spec in issues["issues"].items()
        )
        return Lexicon(
            reporting_verbs=frozenset(cues["reporting"]["verbs"]),
            according_to=tuple(cues["reporting"]["according_to"]),
            anonymous_nouns=frozenset(cues["anonymous"]["nouns"]),
            knowledge=tuple(cues["anonymous"]["knowledge"]),
            counts={k: int(v) for k, v in cues["counts"].items()},
            ordinals=frozenset(cues["ordinals"]["words"]),
            verbs=verbs,
            deny_objects=frozenset(cues["deny_objects"]["nouns"]),
            deny_objects_with_that=frozenset(cues["deny_objects"]["with_that"]),
            not_charges=frozenset(cues["deny_objects"]["not_charges"]),
            nouns=dict(cues["nouns"]),
            obligation=frozenset(cues["modals"]["obligation"]),
            semi_modals=frozenset(cues["modals"]["semi_modals"]),
            expectation_verbs=frozenset(cues["modals"]["expectation"]),
            normative_adjectives=frozenset(cues["modals"]["normative_adjectives"]),
            generic_subjects=frozenset(cues["modals"]["generic_subjects"]),
            nonvolitional=frozenset(cues["modals"]["nonvolitional"]),
            belief_verbs=frozenset(cues["modals"]["belief"]),
            framing_nouns=frozenset(cues["modals"]["framing"]),
            aspectual_verbs=frozenset(cues["modals"]["aspectual"]),
            no_undertaking=frozenset(cues["modals"]["mental"])
            | frozenset(cues["modals"]["errands"]),
            errands=frozenset(cues["modals"]["errands"]),
            not_refusals=frozenset(cues["modals"]["not_refusals"]),
            beyond_power=frozenset(cues["modals"]["beyond_power"]),
            future=frozenset(cues["modals"]["future"]),
            possibility=frozenset(cues["modals"]["possibility"]),
            punitive=frozenset(cues["punitive"]["lemmas"]),
            warning_penalties=frozenset(cues["punitive"]["warning"]),
            penalty_acts=frozenset(cues["punitive"]["acts"]),
            penalty_relief=frozenset(cues["punitive"]["relief"]),
            certain_penalties=frozenset(cues["punitive"]["certain"]),
            closable=frozenset(cues["punitive"]["closable"]),
            response_verbs=frozenset(cues["punitive"]["responses"]),
            stern_words=frozenset(cues["punitive"]["stern"]),
            defending_verbs=frozenset(cues["punitive"]["defending"]),
            condition_markers=tuple(cues["conditions"]["markers"]),
            no_comment=_compile(
                "cues.toml [no_comment]", cues["no_comment"]["patterns"]
            ),
            anaphoric_time=tuple(cues["time"]["anaphoric"]),
            earlier_adverbs=frozenset(cues["time"]["earlier"]),
            issues=issue_rules,
            titles=tuple(sorted(cues["titles"]["words"], key=lambda w: -len(w))),
            government_nouns=frozenset(cues["titles"]["government_nouns"]),
            actor_nouns=frozenset(cues["titles"]["actor_nouns"]),
            rank_adjectives=frozenset(cues["titles"]["rank_adjectives"]),
            own_bodies=frozenset(cues["titles"]["own_bodies"]),
            state_titles=frozenset(cues["titles"]["state_titles"]),
            envoy_titles=frozenset(cues["titles"]["envoy_titles"]),
            document_nouns=frozenset(cues["titles"]["documents"]),
            same_office={
                str(k): str(v) for k, v in cues["titles"]["same_office"].items()
            },
            own_id_words=frozenset(cues["bodies"]["own_id_words"]),
            backing_verbs=frozenset(cues["backing"]["verbs"]),
            leaning_words=frozenset(cues["bodies"]["leaning_words"]),
            company_nouns=frozenset(cues["bodies"]["company_nouns"]),
            splinter_words=frozenset(cues["bodies"]["splinter_words"]),
            city_named=frozenset(cues["bodies"]["city_named"]),
            city_bodies=frozenset(cues["bodies"]["city_bodies"]),
            bystanders=frozenset(cues["bodies"]["bystanders"]),
            ties=frozenset(cues["bodies"]["ties"]),
            private_bodies=frozenset(cues["bodies"]["private_bodies"]),
            markets=frozenset(cues["bodies"]["markets"]),
            business_words=frozenset(cues["bodies"]["business_words"]),
            firms=frozenset(cues["bodies"]["firms"]),
            proper_generics=dict(cues["bodies"]["proper_generics"]),
            party_codes=dict(cues["bodies"]["party_codes"]),
            committee_nouns=frozenset(cues["bodies"]["committee_nouns"]),
            chambers=dict(cues["bodies"]["chambers"]),
            opposition=tuple(
                Opposition(
                    state=o["state"],
                    party=o["party"],
                    start=o["start"],
                    end=o.get("end"),
                )
                for o in cues["bodies"]["opposition"]
            ),
            stance_nouns=frozenset(cues["stance_nouns"]["nouns"]),
            reluctance=frozenset(cues["reluctance"]["adjectives"]),
            readiness=frozenset(cues["readiness"]["adjectives"]),
            readiness_talk=frozenset(cues["readiness"]["talk"]),
            insisting_verbs=frozenset(cues["insisting"]["verbs"]),
            concession_verbs=frozenset(cues["concessions"]["verbs"]),
            yielding_rejections=frozenset(cues["concessions"]["no_longer_opposing"]),
            compulsion=frozenset(cues["compulsion"]["verbs"]),
            noun_cue_verbs=frozenset(cues["noun_cue_verbs"]["lemmas"]),
            plan_outcomes=frozenset(cues["plan_outcomes"]["verbs"]),
            policy_subjects=frozenset(cues["policy_subjects"]["nouns"]),
            state_nouns=frozenset(cues["titles"]["state_nouns"]),
            private_relations=frozenset(cues["titles"]["private_relations"]),
            below_state=frozenset(cues["titles"]["below_state"]),
            hosting=frozenset(cues["titles"]["hosting"]),
            private_sector=frozenset(cues["titles"]["private_sector"]),
            question_words=frozenset(cues["questions"]["words"]),
            advice_nouns=frozenset(cues["questions"]["advice"]),
            failure_verbs=frozenset(cues["failure_verbs"]["lemmas"]),
            being_named=frozenset(cues["minor"]["being_named"]),
            not_penalised=frozenset(cues["minor"]["not_penalised"]),
            institutions=frozenset(cues["minor"]["institutions"]),
            charge_making=frozenset(cues["minor"]["charge_making"]),
            word_breaking=frozenset(cues["minor"]["word_breaking"]),
            will_verbs=frozenset(cues["minor"]["will_verbs"]),
            shame_words=frozenset(cues["minor"]["shame_words"]),
            economic_things=frozenset(cues["minor"]["economic_things"]),
            plural_only_nouns=frozenset(cues["minor"]["plural_only_nouns"]),
            member_nouns=frozenset(cues["minor"]["member_nouns"]),
            own_side_nouns=frozenset(cues["minor"]["own_side_nouns"]),
            necessity_adjectives=frozenset(cues["minor"]["necessity_adjectives"]),
            measures_words=frozenset(cues["readings"]["measures"]),
            doubting_words=frozenset(cues["readings"]["doubting"]),
            ill_words=frozenset(cues["readings"]["ill"]),
            hedges_words=frozenset(cues["readings"]["hedges"]),
            verdicts_words=frozenset(cues["readings"]["verdicts"]),
            evident_words=frozenset(cues["readings"]["evident"]),
            penalty_goes_words=frozenset(cues["readings"]["penalty_goes"]),
            dues_words=frozenset(cues["readings"]["dues"]),
            breaches_words=frozenset(cues["readings"]["breaches"]),
            plan_merits=frozenset(cues["readings"]["plan_merits"]),
            evidence_nouns=frozenset(cues["readings"]["evidence_nouns"]),
            act_benefits=frozenset(cues["minor"]["act_benefits"]),
            act_merits=frozenset(cues["minor"]["act_merits"]),
            staying_verbs=frozenset(cues["minor"]["staying_verbs"]),
            refusing_acts=frozenset(cues["minor"]["refusing_acts"]),
            reading_verbs=frozenset(cues["minor"]["reading_verbs"]),
            market_goods=frozenset(cues["market_demand"]["goods"]),
            market_modifiers=frozenset(cues["market_demand"]["modifiers"]),
            market_verbs=frozenset(cues["market_demand"]["verbs"]),
            not_stance_objects={
                str(verb): frozenset(objects)
                for verb, objects in cues["not_stance_objects"].items()
            },
            intention_verbs=frozenset(cues["intentions"]["lemmas"]),
            policy_acts=frozenset(cues["intentions"]["acts"]),
            professed_goals=frozenset(cues["intentions"]["goals"]),
            statement_idioms=tuple(
                (str(action), _compile(f"cues.toml [statement_idioms.{action}]", pats))
                for action, pats in cues["statement_idioms"].items()
            ),
            proposal_subjects=frozenset(cues["proposal_subjects"]["nouns"]),
            presenting_verbs=frozenset(cues["presenting_verbs"]["lemmas"]),
            answering_verbs=frozenset(cues["presenting_verbs"]["answering"]),
            campaigning_verbs=frozenset(cues["presenting_verbs"]["campaigning"]),
            joining_verbs=frozenset(cues["presenting_verbs"]["joining"]),
            pressing_nouns=frozenset(cues["presenting_verbs"]["pressing"]),
            collections=frozenset(cues["presenting_verbs"]["collections"]),
            necessity=re.compile(cues["necessity"]["pattern"], re.IGNORECASE),
            request_nouns=frozenset(cues["request_nouns"]["nouns"]),
            giving_up_verbs=frozenset(cues["giving_up"]["verbs"]),
            verb_phrases=tuple(
                VerbPhrase(
                    action=str(p["action"]),
                    verbs=frozenset(p["verbs"]),
                    objects=frozenset(p.get("objects", ())),
                    particles=frozenset(p.get("particles", ())),
                    preps=frozenset(p.get("preps", ())),
                    done=bool(p.get("done", False)),
                )
                for p in cues["verb_phrases"]
            ),
            stance_objects=frozenset(cues["giving_up"]["objects"]),
            own_plans=frozenset(cues["giving_up"]["own_plans"]),
            labelling_verbs=frozenset(cues["disparaging"]["verbs"]),
            disparaging_words=frozenset(cues["disparaging"]["words"]),
            falsity_words=frozenset(cues["disparaging"]["falsity"]),
            credence_words=frozenset(cues["disparaging"]["credence"]),
            wrongdoing_words=frozenset(cues["disparaging"]["wrongdoing"]),
            opinion_verbs=frozenset(cues["disparaging"]["opinion_verbs"]),
            attack_verbs=frozenset(cues["verbal_attack"]["verbs"]),
            attack_nouns=frozenset(cues["verbal_attack"]["nouns"]),
            attack_targets=frozenset(cues["verbal_attack"]["targets"]),
            head_offices=frozenset(cues["bodies"]["head_offices"]),
            sufficiency_words=frozenset(cues["disparaging"]["sufficiency"]),
            virtue_words=frozenset(cues["disparaging"]["virtues"]),
            unsound_words=frozenset(cues["disparaging"]["unsound"]),
            disparaged_policies=frozenset(cues["disparaging"]["policy_objects"]),
            audience_verbs=frozenset(cues["audiences"]["verbs"]),
            audience_nouns=frozenset(cues["audiences"]["nouns"]),
            partisan_audiences=frozenset(cues["audiences"]["partisan"]),
            role_nouns={
                noun: action
                for action, nouns in cues["role_nouns"].items()
                for noun in nouns
            },
            approving_words=frozenset(cues["approving"]["words"]),
            backing_nouns=frozenset(cues["backing_won"]["nouns"]),
            winning_verbs=frozenset(cues["backing_won"]["verbs"]),
            displeasure_adjectives=frozenset(cues["displeasure"]["adjectives"]),
            adjective_stances={
                str(k): (str(v["action"]), frozenset(v["preps"]))
                for k, v in cues["adjective_stances"].items()
            },
            action_verbs=frozenset(cues["industrial_action"]["verbs"]),
            action_staging_verbs=frozenset(cues["industrial_action"]["staging_verbs"]),
            action_with_verbs=frozenset(cues["industrial_action"]["with_verbs"]),
            action_nouns=frozenset(cues["industrial_action"]["nouns"]),
            action_series=frozenset(cues["industrial_action"]["series"]),
            action_modifiers=frozenset(cues["industrial_action"]["action_modifiers"]),
            action_future=frozenset(cues["industrial_action"]["future"]),
            action_intent=frozenset(cues["industrial_action"]["intent"]),
            displeasure_verbs=frozenset(cues["displeasure"]["verbs"]),
            displeasure_prepositions=frozenset(cues["displeasure"]["prepositions"]),
            harm_words=frozenset(cues["harm"]["words"]),
            harm_preferred_under=frozenset(cues["harm"]["preferred_under"]),
            doubting_verbs=frozenset(cues["harm"]["doubted_under"]),
            harm_remedied_under=frozenset(cues["harm"]["remedied_under"]),
            harm_costs=frozenset(cues["harm"]["costs"]),
            harm_rises=frozenset(cues["harm"]["rises"]),
            stative_passives=frozenset(cues["stative_passives"]["lemmas"]),
            likelihood=frozenset(cues["likelihood"]["adjectives"]),
            willingness=frozenset(cues["willingness"]["adjectives"]),
            demand_conditions=tuple(cues["demand_conditions"]["markers"]),
            epistemic_verbs=frozenset(cues["demand_conditions"]["epistemic"]),
            parents={str(k): str(v) for k, v in cues["parents"].items()},
            home_nouns=frozenset(cues["home_nouns"]["nouns"]),
            pair_nouns=frozenset(cues["pairs"]["nouns"]),
            same_head_nouns=frozenset(cues["same_head"]["nouns"]),
            staff_titles=frozenset(cues["titles"]["staff_titles"]),
            legislator_titles=frozenset(cues["titles"]["legislator_titles"]),
            met_opposition=MetOpposition(
                nouns=frozenset(cues["met_opposition"]["nouns"]),
                prepositions=frozenset(cues["met_opposition"]["prepositions"]),
                phrase_nouns=frozenset(cues["met_opposition"]["phrase_nouns"]),
                verbs=frozenset(cues["met_opposition"]["verbs"]),
            ),
            codes={
                action: (spec.get("plover"), spec.get("cameo"))
                for action, spec in codes["codes"].items()
            },
        )
    except (KeyError, TypeError) as e:
        raise RegistryError(f"lexicon data is missing or malformed: {e!r}") from e

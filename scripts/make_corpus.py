"""Write a synthetic corpus of conflict-news articles for benchmarks.

Real wire copy is what the benchmark must stand for, in two ways:

- Mention density: most sentences name no actor or one; about a tenth name
  two or more, and fewer still assert a relation. (A corpus where every
  sentence has several actors makes extraction look slower than it is.)
- Vocabulary: word frequencies follow a Zipf law with a long tail of rare
  words, names and numbers (about 10^5 word types per 10^7 words, as in
  news). A few fixed sentences repeated let spaCy's tokenizer cache every
  word and make the "ceiling" several times faster than on real text.

- Facts: news reports the same facts of a bounded world again and again,
  in different words. A ``World`` of about 3,000 actors (the gazetteer's
  states, armed groups and coalitions, and invented groups, coalitions,
  commanders, spokesmen and places) is split into theatres; it has
  patrons, coalitions with members, alliances, enmities, leaders and
  strongholds. An article covers one theatre (popular theatres often) and
  reports its facts (well-known facts often) through varied constructions:
  "X-backed Y", "Y is backed by X", "an umbrella group that includes",
  "Y joined X", "X and its ally Y", "an ally of", "fighting between"...,
  with aliases (acronyms, "the Kremlin", "Russian"). So the number of
  distinct relations levels off as articles grow, as in real news.

Articles are built from a small grammar filled with words drawn from
Zipf-weighted pools (real English words first, invented ones for the tail)
and the world's names, with a fixed seed, so every run writes the same
text. Some paragraphs are page furniture.

Usage: python scripts/make_corpus.py OUT.jsonl [--mb 10] [--seed 7]
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
from pathlib import Path

#: Share of sentences by the number of actors they name (the rest name none).
P_RELATION, P_TWO, P_ONE = 0.08, 0.04, 0.28

#: Sentences reporting one fact of the world, by kind; {a} and {b} are the
#: fact's actors (``{a_adj}``/``{b_adj}``: a state's adjective). Some
#: constructions are negated or are ones the rules miss, as in real copy.
FACT_TEMPLATES = {
    "backs": [
        "The {a_adj}-backed {b} said on {day} it had repelled an attack near {place}.",
        "{B} is backed by {a}, according to analysts.",
        "{B}, which is backed by {a}, shelled {place} on {day}.",
        "{a} has long denied backing {b}.",
    ],
    "includes": [
        "{A}, an umbrella group that includes {b}, denied the report.",
        "{B} joined {a} last year, {source} said.",
    ],
    "allied-with": [
        "{A} and its ally {b} said on {day} that {clause}.",
        "{A}, an ally of {b}, denied the report.",
        "The alliance between {a} and {b} was renewed on {day}.",
    ],
    "attacks": [
        "{a_adj} warplanes targeted positions of {b} near {place} on {day}.",
        "Airstrikes by {a} killed at least {n} fighters of {b} in {place}, a monitor said.",
        "{A} fired rockets at {b} near {place} on {day}.",
    ],
    "opposes": [
        "Fighting between {a} and {b} displaced {n} families.",
        "{A} is based in {place} and has fought {b} for years.",
    ],
    "accuses": [
        "{A} accused {b} of attacking a convoy near {place}.",
    ],
    "negotiates-with": [
        "A truce brokered between {a} and {b} collapsed after {n} days.",
        "{a_adj} Foreign Minister {person} met the {b_adj} ambassador on {day}.",
    ],
    "represents": [
        "{b} spokesman {a} denounced the {adj} forces for the shelling.",
    ],
    "leads": [
        "{A}, a commander of {b}, was killed in the raid.",
    ],
    "controls": [
        "Much of {b} is now under {a} control, residents said.",
    ],
}
#: How often each kind of fact is reported, relative to the others.
FACT_WEIGHTS = {
    "backs": 5,
    "includes": 3,
    "allied-with": 3,
    "attacks": 5,
    "opposes": 3,
    "accuses": 2,
    "negotiates-with": 2,
    "represents": 2,
    "leads": 1,
    "controls": 2,
}
TWO_ACTOR_TEMPLATES = [
    "Officials from {state} and {state2} are expected to {verb} the {noun} next {month}.",
    "{person} told reporters in {capital} that the {noun} would {verb} {det} {noun2}.",
    "Both {group} and {group2} have {verbed} {det} {adjective} {noun} in recent {noun2}s.",
    "{state} and {state2} {verbed} {det} {noun} of the {adjective} {noun2} on {day}.",
]
ONE_ACTOR_TEMPLATES = [
    "{actor} said on {day} that {clause}.",
    "{clause}, {actor} said in a statement.",
    "A spokesman for {actor} declined to comment on the {noun}.",
    "{clause} after {actor} {verbed} {det} {adjective} {noun}.",
    "{actor} has {verbed} {det} {noun} {prep} {det} {noun2} since {year}.",
    "According to {actor}, {clause}.",
    '"{Clause}," a senior {adjective} official told {outlet}, referring to {actor}.',
    "Officials in {capital} {verbed} {det} {noun} {prep} {town} on {day}.",
]
FILLER_TEMPLATES = [
    "{Clause}.",
    "{Clause}, {source} said.",
    "{Clause}, and {clause}.",
    "{Clause} on {day}, {source} said.",
    "At least {n} people were {verbed} and {n2} others {verbed} in {town}, {source} said.",
    "{Clause} after {clause}.",
    '"{Clause}," {name} told {outlet}.',
    "{Clause} in {year}, while {clause}.",
    "The {noun} of {town} ({n2} km from {town2}) was {verbed} in {month}.",
    "Prices of {noun}s rose by {n} percent in {month}, {source} said.",
    "{Clause}, but {clause}.",
]
FURNITURE = [
    "Read more",
    "Subscribe to our newsletter for the latest updates.",
    "We rely on readers like you. Please support our journalism today.",
    "Photo of the damaged street. JANE ROE / AFP",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = "January February March April May June July August September October November December"
OUTLETS = ["Reuters", "AFP", "the Associated Press", "local media", "state television"]
SOURCES = [
    "officials",
    "residents",
    "witnesses",
    "a local official",
    "the ministry",
    "aid workers",
    "a monitoring group",
    "medical sources",
    "the United Nations",
    "police",
]
PLACES = [
    "Kidal province",
    "the town of Bardai",
    "Hama province",
    "the Qaim district",
    "Jalalaqsi town",
    "the city of Marib",
    "Tillaberi region",
    "the village of Ras Kamboni",
]


def _words(text: str) -> list[str]:
    """Split a block of words (kept as prose so the lists stay readable)."""
    return text.split()


# Real words first (the head of each Zipf pool); invented words make the tail.
NOUNS = _words(
    """people government area city town village road week month year report
official talks aid camp hospital school water fuel bread market price family child
child woman man border region district province council committee election vote
agreement plan budget economy crisis conflict war attack strike ceasefire truce
negotiation meeting statement warning decision policy law court trial prison
refugee displacement shelter food medicine doctor nurse convoy truck bridge airport
port harvest crop drought flood rain winter summer season power electricity
network phone internet curfew checkpoint barrier protest demonstration rally march
strike union teacher student farmer worker trader shop bank salary currency loan
debt investment contract project pipeline oil gas mine gold cattle herd well
clinic vaccine outbreak cholera measles injury casualty body grave investigation
inquiry evidence witness journalist reporter broadcast newspaper interview"""
)
VERBS = _words(
    """say report confirm deny announce reject accept approve block delay open close
reopen restore cut raise lower extend suspend resume launch end begin finish
deliver send receive collect distribute repair build destroy damage burn loot
evacuate relocate return flee arrive leave visit inspect monitor record count
estimate verify investigate arrest detain release free charge sentence try fine
ban permit allow prevent stop warn urge call demand expect plan promise"""
)
ADJECTIVES = _words(
    """local national regional international new old major minor senior junior
heavy light serious severe urgent critical key main central northern southern
eastern western rural urban remote nearby large small long short recent early
late former current public private economic political military humanitarian
medical legal official unofficial independent joint temporary permanent"""
)
PREPS = ["in", "near", "across", "around", "outside", "inside", "along", "from", "for"]
DETS = ["the", "the", "the", "a", "its", "their", "several", "some", "two", "many"]
SYLLABLES = """ka ri to ma na se lo mi ra du be ni ta sa ko le ha bi zo fa gu me ya
wa el an or is um ar in ol ek ab ud ib"""


class Zipf:
    """Draw from a list with weight 1/rank: a few frequent items and a long tail."""

    def __init__(self, items: list[str]):
        self.items = items
        self.cum = list(itertools.accumulate(1.0 / (r + 1) for r in range(len(items))))

    def __call__(self, rng: random.Random) -> str:
        return self.items[bisect.bisect(self.cum, rng.random() * self.cum[-1])]


def invented(rng: random.Random, count: int, suffix: str = "", title: bool = False) -> list[str]:
    """Return ``count`` distinct invented words of 2-4 syllables."""
    syl, out, seen = SYLLABLES.split(), [], set()
    while len(out) < count:
        word = "".join(rng.choice(syl) for _ in range(rng.randint(2, 4))) + suffix
        if word not in seen:
            seen.add(word)
            out.append(word.title() if title else word)
    return out


GIVEN_NAMES = _words(
    """Yusuf Omar Ali Ahmed Ibrahim Moussa Hassan Abdullahi Issa Khalid Mahmoud Salim
Jean Pierre Joseph Emmanuel Patrick Samuel Daniel David Ivan Sergei Viktor Oleksandr
Aung Min Kyaw Thein Juan Carlos Miguel Luis Amadou Boubacar Hamza Idris Tariq Zaid"""
)
GROUP_HEADS = ["Brigade", "Battalion", "Front", "Movement", "Army"]
COALITION_HEADS = ["Coalition", "Alliance"]


class Theatre:
    """One conflict: its states, groups, coalitions, places and facts."""

    def __init__(self) -> None:
        self.states: list[str] = []
        self.groups: list[str] = []
        self.coalitions: list[str] = []
        self.places: list[str] = []
        self.people: list[str] = []
        self.facts: dict[str, list[tuple[str, str]]] = {k: [] for k in FACT_TEMPLATES}
        self.pick: dict[str, Zipf] = {}

    def actors(self) -> list[str]:
        return self.states + self.groups + self.coalitions + self.people


class World:
    """A bounded world of actors and the facts that hold between them.

    About 60 theatres; each has a few states (one or two foreign patrons),
    30-50 armed groups, one to three coalitions of 3-8 groups, places and
    people. Facts: patrons back groups and coalitions, coalitions include
    groups, states ally, groups fight each other, states strike groups,
    people lead or speak for groups, groups control places.
    """

    def __init__(self, rng: random.Random, gazetteer: dict[str, list], theatres: int = 60):
        self.rng = rng
        self.adjective = {e.label: e.adjectival[0] for e in gazetteer["State"] if e.adjectival}
        self.aliases = {
            e.label: [a for a in e.alt if a[:1].isupper() and len(a) < 40][:3]
            for kind in ("ArmedGroup", "Coalition")
            for e in gazetteer[kind]
        }
        for e in gazetteer["State"]:  # capitals and "the Kremlin" name the state too
            self.aliases[e.label] = [m for m in e.metonym if m[:1].isupper()][:2]
        states = [e.label for e in gazetteer["State"] if e.label in self.adjective]
        groups = [e.label for e in gazetteer["ArmedGroup"]]
        coalitions = [e.label for e in gazetteer["Coalition"]]
        rng.shuffle(states)
        rng.shuffle(groups)
        words = invented(rng, 8000, title=True)
        self.theatres = [Theatre() for _ in range(theatres)]
        powers = states[:12]  # a few states are patrons everywhere
        for i, t in enumerate(self.theatres):
            t.states = states[12 + 3 * i % (len(states) - 12) :][:3] or states[12:15]
            t.states += rng.sample(powers, 2)
            t.groups = groups[i::theatres] + [
                f"{words.pop()} {rng.choice(GROUP_HEADS)}" for _ in range(rng.randint(30, 45))
            ]
            t.coalitions = coalitions[i::theatres] + [
                f"{words.pop()} {rng.choice(COALITION_HEADS)}" for _ in range(rng.randint(1, 2))
            ]
            t.places = [f"{words.pop()} province" for _ in range(6)] + [rng.choice(PLACES)]
            self._facts(t, words)

    def _facts(self, t: Theatre, words: list[str]) -> None:
        rng, f = self.rng, t.facts
        for group in t.groups:
            if rng.random() < 0.35:
                f["backs"] += [(s, group) for s in rng.sample(t.states, rng.choice([1, 1, 1, 2]))]
            f["opposes"] += [(group, rng.choice(t.groups)) for _ in range(rng.randint(1, 2))]
            f["attacks"] += [(rng.choice(t.states), group)] if rng.random() < 0.3 else []
            f["attacks"] += [(group, rng.choice(t.groups))] if rng.random() < 0.3 else []
            f["accuses"] += [(rng.choice(t.states), group)] if rng.random() < 0.2 else []
            f["controls"] += [(group, rng.choice(t.places))] if rng.random() < 0.3 else []
            for kind in ("leads", "represents"):
                if rng.random() < 0.3:
                    person = f"{rng.choice(GIVEN_NAMES)} {words.pop()}"
                    t.people.append(person)
                    f[kind].append((person, group))
        for coalition in t.coalitions:
            f["includes"] += [(coalition, g) for g in rng.sample(t.groups, rng.randint(3, 8))]
            f["backs"] += [(rng.choice(t.states), coalition)] if rng.random() < 0.5 else []
        pairs = [(a, b) for a in t.states for b in t.states if a < b]
        f["allied-with"] += rng.sample(pairs, 3)
        f["negotiates-with"] += rng.sample(pairs, 3)
        for kind, facts in f.items():
            facts[:] = [(a, b) for a, b in dict.fromkeys(facts) if a != b]
            rng.shuffle(facts)  # a Zipf draw: the first facts are the well-known ones
            if facts:
                t.pick[kind] = Zipf([f"{i}" for i in range(len(facts))])

    def name(self, actor: str) -> str:
        """The actor as an article names it: its label, or now and then an alias."""
        aliases = self.aliases.get(actor)
        if aliases and self.rng.random() < 0.25:
            return self.rng.choice(aliases)
        return actor

    def actor_count(self) -> int:
        return len({a for t in self.theatres for a in t.actors()})


class Grammar:
    """Word pools, a world, and the sentence templates that use them."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        gazetteer = entries_by_type()
        self.world = World(rng, gazetteer)
        self.theatre = Zipf([str(i) for i in range(len(self.world.theatres))])
        self.here = self.world.theatres[0]
        names = names_by_type()
        self.people = names.get("Person") or ["Omar Haddad"]
        self.capitals = names["capital"] or ["Ankara"]
        self.noun = Zipf(NOUNS + invented(rng, 30_000))
        self.verb = Zipf(VERBS + invented(rng, 8_000))
        self.adjective = Zipf(ADJECTIVES + invented(rng, 8_000, "al"))
        self.surname = Zipf(invented(rng, 20_000, title=True))
        self.town = Zipf(invented(rng, 20_000, title=True))

    def clause(self) -> str:
        """Return a short clause: noun phrase, verb, noun phrase, prepositional phrase."""
        r = self.rng
        subj = f"{r.choice(DETS)} {self.adjective(r)} {self.noun(r)}"
        obj = f"{r.choice(DETS)} {self.noun(r)}"
        tail = r.choice(
            [
                f" {r.choice(PREPS)} {self.town(r)}",
                f" {r.choice(PREPS)} the {self.noun(r)}",
                f" for {r.randint(2, 40)} days",
                f" in {r.choice(MONTHS.split())} {r.randint(1990, 2024)}",
                "",
            ]
        )
        return f"{subj} {_past(self.verb(r))} {obj}{tail}"

    def fact_sentence(self) -> str:
        """Return a sentence reporting one fact of the current theatre."""
        r, t, w = self.rng, self.here, self.world
        kinds = [k for k in FACT_WEIGHTS if t.facts[k]]
        kind = r.choices(kinds, [FACT_WEIGHTS[k] for k in kinds])[0]
        a, b = t.facts[kind][int(t.pick[kind](r))]
        usable = [
            tpl
            for tpl in FACT_TEMPLATES[kind]
            if ("{a_adj}" not in tpl or a in w.adjective)
            and ("{b_adj}" not in tpl or b in w.adjective)
        ]
        template = r.choice(usable or ["{A} and {b} {verbed} {det} {noun} on {day}."])
        named_a, named_b = w.name(a), w.name(b)
        return self.fill(
            template,
            a=named_a,
            b=named_b,
            A=_upper(named_a),
            B=_upper(named_b),
            a_adj=w.adjective.get(a, ""),
            b_adj=w.adjective.get(b, ""),
            person=self.surname(r),
        )

    def sentence(self) -> str:
        """Return one sentence naming zero, one, two or more actors."""
        r = self.rng
        p = r.random()
        if p < P_RELATION:
            return self.fact_sentence()
        if p < P_RELATION + P_TWO:
            template = r.choice(TWO_ACTOR_TEMPLATES)
        elif p < P_RELATION + P_TWO + P_ONE:
            template = r.choice(ONE_ACTOR_TEMPLATES)
        else:
            template = r.choice(FILLER_TEMPLATES)
        return self.fill(template)

    def fill(self, template: str, **given: str) -> str:
        """Fill a template's slots: actors from the current theatre, words from the pools."""
        r, t, w = self.rng, self.here, self.world
        clause, first = self.clause(), self.clause()
        values = dict(
            state=w.name(r.choice(t.states)),
            state2=w.name(r.choice(t.states)),
            group=w.name(r.choice(t.groups)),
            group2=w.name(r.choice(t.groups)),
            person=r.choice(t.people or self.people),
            actor=w.name(r.choice(t.actors())),
            capital=r.choice(self.capitals),
            adj=w.adjective.get(r.choice(t.states), "local"),
            place=r.choice(t.places),
            day=r.choice(DAYS),
            month=r.choice(MONTHS.split()),
            year=r.randint(1990, 2024),
            n=r.randint(2, 900),
            n2=r.randint(2, 90),
            clause=clause,
            Clause=first[:1].upper() + first[1:],
            noun=self.noun(r),
            noun2=self.noun(r),
            verb=self.verb(r),
            verbed=_past(self.verb(r)),
            adjective=self.adjective(r),
            det=r.choice(DETS),
            prep=r.choice(PREPS),
            town=self.town(r),
            town2=self.town(r),
            name=f"{self.surname(r)} {self.surname(r)}",
            source=r.choice(SOURCES),
            outlet=r.choice(OUTLETS),
        )
        values.update(given)
        return template.format(**values)

    def article(self) -> str:
        """Return one article on one theatre: 6-14 paragraphs of 1-3 sentences, maybe furniture."""
        r = self.rng
        self.here = self.world.theatres[int(self.theatre(r))]
        paras = [
            " ".join(self.sentence() for _ in range(r.randint(1, 3)))
            for _ in range(r.randint(6, 14))
        ]
        if r.random() < 0.3:
            paras.insert(r.randrange(len(paras)), r.choice(FURNITURE))
        return "\n\n".join(paras)


def _upper(name: str) -> str:
    """A name at the start of a sentence ("the Kremlin" -> "The Kremlin")."""
    return name[:1].upper() + name[1:]


def _past(verb: str) -> str:
    return verb + ("d" if verb.endswith("e") else "ed")


def entries_by_type() -> dict[str, list]:
    """Return the gazetteer's entries by type."""
    from graph.extract.lexicon import load_gazetteer

    out: dict[str, list] = {}
    for entry in load_gazetteer():
        out.setdefault(entry.type, []).append(entry)
    return out


def names_by_type() -> dict[str, list[str]]:
    """Return gazetteer labels by type, state adjectives under 'adj', capitals under 'capital'."""
    from graph.extract.lexicon import load_gazetteer

    out: dict[str, list[str]] = {"adj": [], "capital": []}
    for entry in load_gazetteer():
        out.setdefault(entry.type, []).append(entry.label)
        if entry.type == "State":
            out["adj"] += list(entry.adjectival[:1])
            out["capital"] += [m for m in entry.metonym[:1] if m[:1].isupper()]
    return out


def write_corpus(path: Path, megabytes: float = 10, seed: int = 7) -> int:
    """Write JSON Lines articles to ``path`` until it holds ``megabytes``; return the count."""
    grammar = Grammar(random.Random(seed))
    size, count = 0, 0
    with path.open("w", encoding="utf-8") as out:
        while size < megabytes * 1_000_000:
            text = grammar.article()
            line = json.dumps({"title": f"Article {count}", "text": text}) + "\n"
            out.write(line)
            size += len(text.encode("utf-8"))
            count += 1
    return count


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    n = write_corpus(args.out, args.mb, args.seed)
    print(f"wrote {n} articles to {args.out}")


if __name__ == "__main__":
    main()

"""Write a synthetic corpus of conflict-news articles for benchmarks.

Real wire copy is what the benchmark must stand for, in two ways:

- Mention density: most sentences name no actor or one; about a tenth name
  two or more, and fewer still assert a relation. (A corpus where every
  sentence has several actors makes extraction look slower than it is.)
- Vocabulary: word frequencies follow a Zipf law with a long tail of rare
  words, names and numbers (about 10^5 word types per 10^7 words, as in
  news). A few fixed sentences repeated let spaCy's tokenizer cache every
  word and make the "ceiling" several times faster than on real text.

Articles are built from a small grammar filled with words drawn from
Zipf-weighted pools (real English words first, invented ones for the tail)
and names from the bundled gazetteer, with a fixed seed, so every run writes
the same text. Some paragraphs are page furniture.

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

RELATION_TEMPLATES = [
    "The {state}-backed {group} said on {day} it had repelled an attack near {place}.",
    "{group} is backed by {state}, {state2} and {state3}, according to analysts.",
    "Airstrikes by {state} killed at least {n} fighters of {group} in {place}, a monitor said.",
    "{adj} warplanes targeted positions of {group} near {place} on {day}.",
    "{group}, an umbrella group that includes {group2}, denied the report.",
    "{group} spokesman {person} denounced the {adj} forces for the shelling.",
    "A truce brokered between {state} and {state2} collapsed after {n} days.",
    "{person}, a commander of {group}, was killed in the raid.",
    "The {group} is based in {place} and has fought {group2} for years.",
    "Much of {place} is now under {group} control, residents said.",
    "{state} accused {group} of attacking a convoy near {place}.",
    "{state} has long denied backing {group}.",
    "{adj} Foreign Minister {person} met the {adj2} ambassador on {day}.",
    "Fighting between {group} and the {adj} army displaced {n} families.",
]
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


class Grammar:
    """Word pools and the sentence templates that use them."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        names = names_by_type()
        self.states, self.adjs = names["State"], names["adj"]
        self.groups = names.get("ArmedGroup", ["the Dawn Brigade"])
        self.people = names.get("Person") or ["Omar Haddad"]
        self.capitals = names["capital"] or ["Ankara"]
        self.actors = [n for t, ns in names.items() if t not in ("adj", "capital") for n in ns]
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

    def sentence(self) -> str:
        """Return one sentence naming zero, one, two or more actors."""
        r = self.rng
        p = r.random()
        if p < P_RELATION:
            template = r.choice(RELATION_TEMPLATES)
        elif p < P_RELATION + P_TWO:
            template = r.choice(TWO_ACTOR_TEMPLATES)
        elif p < P_RELATION + P_TWO + P_ONE:
            template = r.choice(ONE_ACTOR_TEMPLATES)
        else:
            template = r.choice(FILLER_TEMPLATES)
        clause, first = self.clause(), self.clause()
        return template.format(
            state=r.choice(self.states),
            state2=r.choice(self.states),
            state3=r.choice(self.states),
            group=r.choice(self.groups),
            group2=r.choice(self.groups),
            person=r.choice(self.people),
            actor=r.choice(self.actors),
            capital=r.choice(self.capitals),
            adj=r.choice(self.adjs),
            adj2=r.choice(self.adjs),
            place=r.choice(PLACES),
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

    def article(self) -> str:
        """Return one article: 6-14 paragraphs of 1-3 sentences, maybe some furniture."""
        r = self.rng
        paras = [
            " ".join(self.sentence() for _ in range(r.randint(1, 3)))
            for _ in range(r.randint(6, 14))
        ]
        if r.random() < 0.3:
            paras.insert(r.randrange(len(paras)), r.choice(FURNITURE))
        return "\n\n".join(paras)


def _past(verb: str) -> str:
    return verb + ("d" if verb.endswith("e") else "ed")


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

"""Write a synthetic corpus of conflict-news articles for benchmarks.

Articles are stitched from sentence templates filled with names from the
bundled gazetteer, with a fixed seed, so every run writes the same text.
About a third of the sentences carry a relation, the rest are ordinary news
prose; some paragraphs are page furniture.

Usage: python scripts/make_corpus.py OUT.jsonl [--mb 10] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

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
FILLER = [
    "Residents said prices of bread and fuel had doubled since the start of the year.",
    "The road between the two towns remained closed for a third day.",
    "Aid agencies warned that winter would worsen conditions in the camps.",
    "Schools reopened on {day} after weeks of closures, local officials said.",
    "The health ministry said hospitals were running short of medicine.",
    "Thousands of people have fled the area over the past month.",
    "It was not immediately possible to verify the claims independently.",
    "Talks on a broader settlement have stalled since the spring.",
    "Electricity returned to parts of the city late on {day}.",
    "The death toll could rise as rescuers search the rubble, the report said.",
]
FURNITURE = [
    "Read more",
    "Subscribe to our newsletter for the latest updates.",
    "We rely on readers like you. Please support our journalism today.",
    "Photo of the damaged street. JANE ROE / AFP",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
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


def names_by_type() -> dict[str, list[str]]:
    """Return gazetteer labels by type (and adjectives under 'adj')."""
    from graph.extract.lexicon import load_gazetteer

    out: dict[str, list[str]] = {"adj": []}
    for entry in load_gazetteer():
        out.setdefault(entry.type, []).append(entry.label)
        if entry.type == "State":
            out["adj"] += list(entry.adjectival[:1])
    return out


def sentence(rng: random.Random, names: dict[str, list[str]]) -> str:
    """Return one filled sentence: a relation template a third of the time."""
    template = rng.choice(RELATION_TEMPLATES if rng.random() < 0.35 else FILLER)
    states, groups = names["State"], names.get("ArmedGroup", ["the Dawn Brigade"])
    people = names.get("Person") or ["Omar Haddad"]
    return template.format(
        state=rng.choice(states),
        state2=rng.choice(states),
        state3=rng.choice(states),
        group=rng.choice(groups),
        group2=rng.choice(groups),
        person=rng.choice(people),
        adj=rng.choice(names["adj"]),
        adj2=rng.choice(names["adj"]),
        place=rng.choice(PLACES),
        day=rng.choice(DAYS),
        n=rng.randint(2, 90),
    )


def article(rng: random.Random, names: dict[str, list[str]]) -> str:
    """Return one article: 5-12 paragraphs of 1-4 sentences, maybe some furniture."""
    paras = [
        " ".join(sentence(rng, names) for _ in range(rng.randint(1, 4)))
        for _ in range(rng.randint(5, 12))
    ]
    if rng.random() < 0.3:
        paras.insert(rng.randrange(len(paras)), rng.choice(FURNITURE))
    return "\n\n".join(paras)


def write_corpus(path: Path, megabytes: float = 10, seed: int = 7) -> int:
    """Write JSON Lines articles to ``path`` until it holds ``megabytes``; return the count."""
    rng = random.Random(seed)
    names = names_by_type()
    size, count = 0, 0
    with path.open("w", encoding="utf-8") as out:
        while size < megabytes * 1_000_000:
            text = article(rng, names)
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

#!/usr/bin/env python3
"""Writes a synthetic JSON Lines corpus for the cluster proof: made-up local news about
councils, schools, weather and sport, built from templates with a fixed seed (no real
articles, no copyrighted text). One article has empty text and one line is malformed JSON
(cut off mid-text, its id still readable), so that the proof can check both come back.

Usage: make_corpus.py OUT.jsonl [COUNT]   (COUNT articles in all, default 2000)
Prints the ids of the empty article and of the malformed line, one per line.
"""
import json
import random
import sys

OUTLETS = ["Harbour Courier", "Valley Ledger", "Northgate Post", "The Riverside Daily"]
PLACES = ["Eastbrook", "Millford", "Ashcombe", "Port Linden", "Kestrel Bay", "Oakridge", "Sélestin"]
BODIES = ["the town council", "the school board", "the water authority", "the county court",
          "the transit agency", "the harbour trust", "the health board", "the football club"]
PEOPLE = ["Mayor Ada Quince", "Councillor Tom Rees", "Judge Mina Okafor", "Coach Leo Brandt",
          "Dr. Ines Varga", "Superintendent Ravi Nair", "Chief Engineer Zoë Hart"]
TOPICS = ["the bus timetable", "the new bridge", "the library budget", "the flood barrier",
          "the stadium lease", "the school lunch contract", "the recycling scheme", "the harbour fees"]
VERBS = ["approved", "delayed", "rejected", "reviewed", "postponed", "expanded", "cut", "renewed"]
LOADED = ["a disastrous", "a shameful", "an outrageous", "a reckless", "a heavy-handed",
          "a long-overdue", "a so-called", "a brutal"]
HEDGES = ["may", "might", "could possibly", "is likely to", "appears to"]

SENTENCES = [
    lambda r: f"{r.choice(BODIES).capitalize()} {r.choice(VERBS)} {r.choice(TOPICS)} on {r.choice(['Monday', 'Tuesday', 'Thursday', 'Friday'])}.",
    lambda r: f"{r.choice(PEOPLE)} said the decision was “{r.choice(['necessary', 'premature', 'fair', 'a mistake'])}” and would be reviewed in {r.randint(2, 11)} months.",
    lambda r: f"Critics called it {r.choice(LOADED)} move that {r.choice(['ignored', 'sidelined', 'punished'])} residents of {r.choice(PLACES)}.",
    lambda r: f"Officials said the cost {r.choice(HEDGES)} rise to {r.randint(2, 90)} million — more than planned.",
    lambda r: f"According to a report by {r.choice(BODIES)}, {r.randint(10, 95)} per cent of households in {r.choice(PLACES)} were affected.",
    lambda r: f"Some observers believe the plan {r.choice(HEDGES)} fail.",
    lambda r: f"The vote was {r.randint(3, 9)} to {r.randint(0, 4)}.",
    lambda r: f"It is {r.choice(LOADED)} outcome for everyone involved.",
    lambda r: f"Residents of {r.choice(PLACES)} were told the work would start in {r.choice(['spring', 'autumn', 'March', 'September'])}.",
    lambda r: f"{r.choice(PEOPLE)} told reporters: \"We will not be rushed into {r.choice(TOPICS)}.\"",
]


def article(r, number):
    paragraphs = []
    for _ in range(r.randint(1, 4)):
        paragraphs.append(" ".join(r.choice(SENTENCES)(r) for _ in range(r.randint(1, 5))))
    return {
        "id": f"art-{number:05d}",
        "outlet": r.choice(OUTLETS),
        "date": f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
        "title": f"{r.choice(PLACES)}: {r.choice(TOPICS)}",
        "text": "\n\n".join(paragraphs),
    }


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    r = random.Random(19)
    empty_at, malformed_at = count // 3, (2 * count) // 3
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for number in range(1, count + 1):
            record = article(r, number)
            if number == empty_at:
                record["text"] = ""
            line = json.dumps(record, ensure_ascii=False)
            if number == malformed_at:
                line = line[: line.index('"text"') + 20]  # cut off inside the text: not valid JSON
            f.write(line + "\n")
    print(f"art-{empty_at:05d}")
    print(f"art-{malformed_at:05d}")


if __name__ == "__main__":
    main()

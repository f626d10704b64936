#!/usr/bin/env python3
"""Measure Slant's default decisions against BABE's expert labels.

Runs `slant score CORPUS --format jsonl` (release build) on the corpus written
by convert.py and compares its output with the labels file:

Sentence level (one decision per BABE sentence; a BABE sentence that Slant
splits in several counts as biased when any of its parts does):
  predicted biased iff Slant labels it `unsupported`, or it holds a decisive
  hit (weight >= 1) of the loaded family (loaded.*, contested), the labels
  family (label.*, scare-quote) or the `absolute` category, in any voice.
  Printed: accuracy, macro-F1 (mean of the F1 of both classes), and the
  precision, recall and F1 of "biased".

Words (BABE's expert-marked biased words, located by convert.py):
  word recall     share of biased words overlapped by a loaded-family hit
                  (loaded.* or contested; "+labels" adds label.* and
                  scare-quote).
  hit precision   of the loaded-family hits inside BABE sentences,
    (sentence)    the share inside a sentence the experts labelled biased;
    (word)        the share overlapping a biased word.
  Each is given for decisive hits (weight >= 1) and for all hits.

usage: evaluate.py CORPUS.jsonl LABELS.jsonl [--slant PATH] [--lexicons DIR]
                   [--lexicon PATH ...] [--scored FILE] [--save-scored FILE]
                   [--json] [--entries N]
"""

import argparse
import collections
import json
import os
import subprocess
import sys


def family(category):
    """The family of a category, as Slant's CategoryFamily decides it."""
    if category == "contested":
        return "loaded"
    if category == "scare-quote":
        return "labels"
    if category in ("intensifier", "booster", "absolute"):
        return "intensity"
    prefix, dot, _ = category.partition(".")
    if dot:
        return {"loaded": "loaded", "label": "labels"}.get(prefix, "other")
    return "other"


def fragment(document):
    return document.rsplit("#", 1)[-1]


def read_jsonl(path, what):
    records = []
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as error:
                    sys.exit(f"evaluate.py: {path}:{number}: {what} line is not JSON ({error.msg})")
    except OSError as error:
        sys.exit(f"evaluate.py: {path}: {error.strerror}")
    return records


def run_slant(arguments):
    slant = arguments.slant
    command = [slant, "score", os.path.basename(arguments.corpus), "--format", "jsonl"]
    if arguments.lexicons:
        command += ["--lexicons", os.path.abspath(arguments.lexicons)]
    for path in arguments.lexicon or []:
        command += ["--lexicon", os.path.abspath(path)]
    folder = os.path.dirname(os.path.abspath(arguments.corpus))
    result = subprocess.run(command, cwd=folder, capture_output=True, text=True)
    if result.returncode not in (0, 2) or not result.stdout:
        sys.exit(f"evaluate.py: {' '.join(command)} failed ({result.returncode}): {result.stderr.strip()[:500]}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def f1(tp, fp, fn):
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def sentence_figures(gold, predicted):
    tp = sum(1 for g, p in zip(gold, predicted) if g and p)
    fp = sum(1 for g, p in zip(gold, predicted) if not g and p)
    fn = sum(1 for g, p in zip(gold, predicted) if g and not p)
    tn = len(gold) - tp - fp - fn
    p1, r1, f_biased = f1(tp, fp, fn)
    _, _, f_neutral = f1(tn, fn, fp)
    return {"sentences": len(gold), "accuracy": (tp + tn) / len(gold), "macro_f1": (f_biased + f_neutral) / 2,
            "biased_precision": p1, "biased_recall": r1, "biased_f1": f_biased, "predicted_biased": tp + fp,
            "gold_biased": tp + fn}


def main():
    parser = argparse.ArgumentParser(description="Score BABE with Slant and compare with the expert labels.")
    parser.add_argument("corpus")
    parser.add_argument("labels")
    parser.add_argument("--slant", default=".build/release/slant", help="the slant binary (default .build/release/slant)")
    parser.add_argument("--lexicons", default="lexicons", help="the lexicon folder (default lexicons/, the repository's defaults "
                        "when run from its root)")
    parser.add_argument("--lexicon", action="append", help="a lexicon file or folder to add to the defaults")
    parser.add_argument("--scored", help="read this saved `slant score --format jsonl` output instead of running slant")
    parser.add_argument("--save-scored", help="also save slant's output here (keep it outside the repository)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--entries", type=int, default=0, help="also list the N entries with most loaded-family hits, "
                        "with their share inside biased sentences")
    arguments = parser.parse_args()
    if not arguments.scored:
        arguments.slant = os.path.abspath(arguments.slant)
        if not os.path.exists(arguments.slant):
            sys.exit(f"evaluate.py: {arguments.slant}: no such binary; build it with `swift build -c release`")

    labels = read_jsonl(arguments.labels, "labels")
    scored = read_jsonl(arguments.scored, "scored") if arguments.scored else run_slant(arguments)
    if arguments.save_scored:
        with open(arguments.save_scored, "w", encoding="utf-8") as handle:
            for record in scored:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")

    by_document = collections.defaultdict(list)
    for record in scored:
        by_document[fragment(record["document"])].append(record)

    gold_sentences = [r for r in labels if r["unit"] == "sentence"]
    words = collections.defaultdict(list)
    for r in labels:
        if r["unit"] == "span":
            words[fragment(r["document"])].append((r["start"], r["end"]))

    starts = collections.defaultdict(set)
    for record in scored:
        starts[fragment(record["document"])].add(record["start"])
    boundaries = [r for r in gold_sentences if r["start"] > 0]
    figures_boundaries = sum(1 for r in boundaries if r["start"] in starts[fragment(r["document"])])

    gold, predicted = [], []
    unmatched = one_to_one = 0
    hits_in = []  # (hit, sentence is biased, hit overlaps a biased word)
    for record in gold_sentences:
        document = fragment(record["document"])
        span = (record["start"], record["end"])
        parts = [s for s in by_document.get(document, []) if overlaps((s["start"], s["end"]), span)]
        if not parts:
            unmatched += 1
        if len(parts) == 1 and (parts[0]["start"], parts[0]["end"]) == span:
            one_to_one += 1
        is_biased = record["labels"] == ["biased"]
        decision = False
        for part in parts:
            if part["label"] == "unsupported":
                decision = True
            for hit in part["hits"]:
                hit_span = (hit["start"], hit["end"])
                if not overlaps(hit_span, span):
                    continue
                kind = family(hit["category"])
                decisive = hit.get("weight", 1) >= 1
                if decisive and (kind in ("loaded", "labels") or hit["category"] == "absolute"):
                    decision = True
                if kind in ("loaded", "labels"):
                    on_word = any(overlaps(hit_span, w) for w in words[document])
                    hits_in.append((hit, kind, decisive, is_biased, on_word))
        gold.append(is_biased)
        predicted.append(decision)

    figures = sentence_figures(gold, predicted)
    figures["babe_sentences_unmatched"] = unmatched
    figures["babe_sentences_one_slant_sentence"] = one_to_one
    figures["babe_boundaries"] = len(boundaries)
    figures["babe_boundaries_kept"] = figures_boundaries

    all_words = [(d, w) for d, spans in words.items() for w in spans]
    hits_by_document = collections.defaultdict(list)
    for record in scored:
        for hit in record["hits"]:
            hits_by_document[fragment(record["document"])].append(hit)

    def recall(families, decisive_only):
        covered = 0
        for document, word in all_words:
            if any(family(h["category"]) in families and (not decisive_only or h.get("weight", 1) >= 1)
                   and overlaps((h["start"], h["end"]), word) for h in hits_by_document[document]):
                covered += 1
        return covered / len(all_words) if all_words else 0.0

    def precision(families, decisive_only):
        chosen = [h for h in hits_in if h[1] in families and (h[2] or not decisive_only)]
        if not chosen:
            return 0, 0.0, 0.0
        return len(chosen), sum(h[3] for h in chosen) / len(chosen), sum(h[4] for h in chosen) / len(chosen)

    figures["biased_words"] = len(all_words)
    for name, families in (("loaded", {"loaded"}), ("loaded+labels", {"loaded", "labels"})):
        for mode, decisive in (("decisive", True), ("all", False)):
            count, in_sentence, on_word = precision(families, decisive)
            figures[f"{name}/{mode}"] = {"word_recall": recall(families, decisive), "hits": count,
                                         "hit_precision_sentence": in_sentence, "hit_precision_word": on_word}

    if arguments.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"BABE sentences {figures['sentences']} ({figures['gold_biased']} biased); "
              f"{figures['babe_sentences_one_slant_sentence']} are exactly one Slant sentence, "
              f"{figures['babe_sentences_unmatched']} unmatched; "
              f"{figures['babe_boundaries_kept']} of {figures['babe_boundaries']} boundaries between BABE sentences are Slant boundaries")
        print(f"sentence  accuracy {figures['accuracy']:.3f}  macro-F1 {figures['macro_f1']:.3f}  "
              f"biased P {figures['biased_precision']:.3f} R {figures['biased_recall']:.3f} F1 {figures['biased_f1']:.3f}  "
              f"(predicted biased {figures['predicted_biased']})")
        print(f"words     {figures['biased_words']} biased words")
        print(f"{'hits':<24}{'word recall':>12}{'hits':>8}{'P(sentence)':>13}{'P(word)':>10}")
        for name in ("loaded", "loaded+labels"):
            for mode in ("decisive", "all"):
                row = figures[f"{name}/{mode}"]
                print(f"{name + ' ' + mode:<24}{row['word_recall']:>12.3f}{row['hits']:>8}"
                      f"{row['hit_precision_sentence']:>13.3f}{row['hit_precision_word']:>10.3f}")
    if arguments.entries:
        tally = collections.defaultdict(lambda: [0, 0, 0])
        for hit, _, _, is_biased, on_word in hits_in:
            key = (hit.get("term", hit["text"].lower()), hit["category"], hit.get("weight", 1))
            tally[key][0] += 1
            tally[key][1] += is_biased
            tally[key][2] += on_word
        print(f"\n{'entry':<28}{'category':<20}{'weight':>7}{'hits':>6}{'in biased':>11}{'on word':>9}")
        for (term, category, weight), (count, biased, on_word) in sorted(tally.items(), key=lambda kv: -kv[1][0])[:arguments.entries]:
            print(f"{term:<28}{category:<20}{weight:>7}{count:>6}{biased / count:>11.2f}{on_word / count:>9.2f}")


if __name__ == "__main__":
    main()

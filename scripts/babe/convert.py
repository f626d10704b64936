#!/usr/bin/env python3
"""Convert BABE's sentence labels into a Slant corpus and a labels file.

BABE (Spinde et al. 2021) ships single sentences, each with the link of the
article it came from. This script groups the sentences by `news_link` into one
document per article, in file order, separated by a blank line (by default):
Slant's segmenter always ends a sentence at a blank line, so every BABE
boundary is a Slant boundary (a BABE sentence may still hold more than one
Slant sentence). `--join space` or `--join newline` joins them as running text
instead, to see how many boundaries Slant's own rules find (evaluate.py prints it).

Writes two JSON Lines files:
  CORPUS  one article per line: {"id", "text", "outlet"}
  LABELS  Slant's export shape, offsets in Unicode code points, documents
          named as Slant names a JSON Lines article (`corpus.jsonl#id`):
          one "sentence" record per BABE sentence, labelled "biased" or
          "non-biased", and one "span" record labelled "loaded" for each of
          the expert-marked biased words that can be found in its sentence.

The data stays where you put it: never inside the repository.

usage: convert.py INPUT.csv CORPUS.jsonl LABELS.jsonl [--join blank-line|newline|space]
"""

import ast
import csv
import json
import os
import re
import sys
import tempfile

SEPARATORS = {"blank-line": "\n\n", "newline": "\n", "space": " "}
LABELS = {"Biased": "biased", "Non-biased": "non-biased"}
ANNOTATOR = "babe-expert"


def fail(message):
    print(f"convert.py: {message}", file=sys.stderr)
    sys.exit(1)


def read_rows(path):
    """The CSV's rows as dicts, with the line each starts on. BABE uses `;`."""
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except OSError as error:
        fail(f"{path}: {error.strerror}")
    with handle:
        sample = handle.read(4096)
        handle.seek(0)
        delimiter = ";" if sample.split("\n", 1)[0].count(";") >= 7 else ","
        reader = csv.DictReader(handle, delimiter=delimiter)
        needed = {"text", "news_link", "outlet", "label_bias", "biased_words"}
        missing = needed - set(reader.fieldnames or [])
        if missing:
            fail(f"{path}:1: missing columns {', '.join(sorted(missing))}")
        rows = []
        for row in reader:
            rows.append((reader.line_num, row))
        return rows


def word_spans(sentence, words):
    """Code-point spans in `sentence` of each biased word, matched case-insensitively at word
    boundaries, each listed word taking the next occurrence not yet used. Words that cannot be
    found are returned separately."""
    used = set()
    found, missing = [], []
    for word in words:
        word = word.strip().strip("\"'“”‘’")
        if not word:
            continue
        pattern = re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", re.IGNORECASE)
        spans = [m.span() for m in pattern.finditer(sentence)]
        if not spans:
            spans = [m.span() for m in re.finditer(re.escape(word), sentence, re.IGNORECASE)]
        span = next((s for s in spans if s not in used), spans[0] if spans else None)
        if span is None:
            missing.append(word)
            continue
        used.add(span)
        found.append((span, word))
    return found, missing


def write_atomically(path, lines):
    folder = os.path.dirname(os.path.abspath(path))
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=".convert-")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def main(argv):
    separator = SEPARATORS["blank-line"]
    if len(argv) == 6 and argv[4] == "--join" and argv[5] in SEPARATORS:
        separator = SEPARATORS[argv[5]]
        argv = argv[:4]
    if len(argv) != 4:
        fail("usage: convert.py INPUT.csv CORPUS.jsonl LABELS.jsonl [--join blank-line|newline|space]")
    source, corpus_path, labels_path = argv[1:]
    rows = read_rows(source)

    articles = {}  # key -> {"id", "outlet", "sentences": [(line, row)]}
    skipped = 0
    for line, row in rows:
        if row["label_bias"] not in LABELS:
            skipped += 1
            continue
        if "\n" in row["text"] or "\r" in row["text"]:
            row["text"] = " ".join(row["text"].split())
        key = row["news_link"].strip() or f"line-{line}"
        article = articles.setdefault(key, {"id": f"babe-{len(articles) + 1:04d}", "outlet": row["outlet"].strip(), "sentences": []})
        article["sentences"].append((line, row))

    corpus, labels = [], []
    unfound = words = 0
    for article in articles.values():
        pieces, offset = [], 0
        for line, row in article["sentences"]:
            sentence = row["text"].strip()
            if pieces:
                pieces.append(separator)
                offset += len(separator)
            start = offset
            pieces.append(sentence)
            offset += len(sentence)
            document = f"{os.path.basename(corpus_path)}#{article['id']}"
            labels.append({"document": document, "start": start, "end": offset, "unit": "sentence",
                           "labels": [LABELS[row["label_bias"]]], "annotator": ANNOTATOR, "text": sentence})
            try:
                listed = ast.literal_eval(row["biased_words"] or "[]")
            except (ValueError, SyntaxError):
                fail(f"{source}:{line}: biased_words is not a list")
            words += len(listed)
            found, missing = word_spans(sentence, listed)
            unfound += len(missing)
            for (low, high), _ in sorted(found):
                labels.append({"document": document, "start": start + low, "end": start + high, "unit": "span",
                               "labels": ["loaded"], "annotator": ANNOTATOR, "text": sentence[low:high]})
        corpus.append({"id": article["id"], "text": "".join(pieces), "outlet": article["outlet"]})

    write_atomically(corpus_path, corpus)
    write_atomically(labels_path, labels)
    sentences = sum(len(a["sentences"]) for a in articles.values())
    print(f"{len(corpus)} articles, {sentences} sentences, {words - unfound} of {words} biased words located; "
          f"{skipped} rows without an agreed label skipped")


if __name__ == "__main__":
    main(sys.argv)

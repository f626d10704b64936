#!/usr/bin/env python3
"""Runs `slant score -` on one JSON Lines corpus twice, as one process and as the map step of
a PySpark job on a local cluster of separate executor processes, and checks that both give
the same set of records and that every input article came back, joined by its id.

Usage: prove_spark.py WORKDIR   (run by prove-spark.sh, which prepares WORKDIR with the
static `slant`, `lexicons.tgz`, `corpus.jsonl` and `expected.txt`; needs pyspark and Java)
"""
import collections
import json
import os
import subprocess
import sys
import time

MASTER = os.environ.get("SLANT_SPARK_MASTER", "local-cluster[2,1,1024]")
PARTITIONS = 8
# Each executor runs one task per core, so each slant scores on one thread (--jobs 1).
COMMAND = "./slant score - --jobs 1"
SINGLE = ["./slant", "score", "-", "--jobs", "2"]


def main():
    work = os.path.abspath(sys.argv[1])
    corpus = os.path.join(work, "corpus.jsonl")
    with open(os.path.join(work, "expected.txt")) as f:
        empty_id, malformed_id = f.read().split()
    with open(corpus, encoding="utf-8") as f:
        input_records = sum(1 for line in f if line.strip())

    single, single_status, single_seconds, single_errors = run_one_process(work, corpus)
    spark_lines, seconds, missing, joined = run_spark(work, corpus)

    print(f"input: {input_records:,} records ({corpus_size(corpus)}), one empty article ({empty_id}), one malformed line ({malformed_id})")
    print(f"one process:  {len(single):,} output lines, exit status {single_status}, wall {single_seconds:.2f} s (`{' '.join(SINGLE)} < corpus.jsonl`)")
    for line in single_errors:
        print(f"  its standard error: {line}")
    print(f"PySpark {MASTER}, {PARTITIONS} partitions: {len(spark_lines):,} output lines; wall {seconds['start']:.2f} s to start "
          f"the cluster, {seconds['job']:.2f} s for the job (`rdd.pipe(\"{COMMAND}\")` and collect), {seconds['join']:.2f} s for the join")

    failures = []
    single_set, spark_set = canonical(single), canonical(spark_lines)
    if single_set != spark_set:
        only_single, only_spark = single_set - spark_set, spark_set - single_set
        failures.append(f"the outputs differ: {sum(only_single.values())} records only in one process's, "
                        f"{sum(only_spark.values())} only in Spark's; first: {sorted(only_single)[:1] or sorted(only_spark)[:1]}")
    by_id = records_by_id(spark_lines)
    ids_back = len({i for i in by_id if i is not None})
    if missing:
        failures.append(f"{len(missing)} input ids have no output record in the join, e.g. {sorted(missing)[:3]}")
    if not any(r.get("empty") for r in by_id.get(empty_id, [])):
        failures.append(f"the empty article {empty_id} did not come back as one record saying it is empty")
    if not any("error" in r for r in by_id.get(malformed_id, [])):
        failures.append(f"the malformed line {malformed_id} did not come back as an error record carrying its id")
    if single_status != 2:
        failures.append(f"one process exited {single_status}, expected 2 (something was skipped)")

    errors = [r for rs in by_id.values() for r in rs if "error" in r]
    empties = [r for rs in by_id.values() for r in rs if r.get("empty")]
    print(f"join by id in Spark: {joined}, {len(missing)} lost; "
          f"{ids_back:,} distinct ids in the output; {len(empties)} empty record, {len(errors)} error record")
    for record in errors:
        print(f"  error record: {json.dumps(record, ensure_ascii=False)}")
    print(seconds["strict"])
    if "succeeded" in seconds["strict"]:
        failures.append("with checkCode=True the job should fail on the partition that exited 2")
    if failures:
        for failure in failures:
            print(f"FAILED: {failure}")
        sys.exit(1)
    print(f"same set of {sum(single_set.values()):,} records from one process and from Spark "
          "(error records compared without their line number: Spark numbers lines within a partition)")


def run_one_process(work, corpus):
    """The whole corpus through one slant process on both cores."""
    started = time.monotonic()
    with open(corpus, "rb") as stdin:
        done = subprocess.run(SINGLE, cwd=work, stdin=stdin,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seconds = time.monotonic() - started
    return done.stdout.decode("utf-8").splitlines(), done.returncode, seconds, done.stderr.decode().splitlines()


def run_spark(work, corpus):
    """The corpus through `rdd.pipe` on a local cluster, then joined back to the input by id."""
    started = time.monotonic()
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master(MASTER).appName("slant-cluster-proof")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").getOrCreate())
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    # The binary travels as a file (executable bit kept) and the lexicons as an archive that
    # each executor unpacks into ./lexicons, where slant looks for its default lexicons.
    sc.addFile(os.path.join(work, "slant"))
    sc.addArchive(os.path.join(work, "lexicons.tgz") + "#lexicons")
    seconds = {"start": time.monotonic() - started}
    job_started = time.monotonic()
    articles = sc.textFile("file://" + corpus, minPartitions=PARTITIONS)
    output = articles.pipe(COMMAND).cache()
    lines = output.collect()
    seconds["job"] = time.monotonic() - job_started
    join_started = time.monotonic()

    # Reading the results back as the README shows: both sides as DataFrames, joined by id.
    # Spark reads a malformed input line as a row of nulls, so the input side keeps the rows
    # with an id; slant's error record for that line carries the id it could still read.
    scores = spark.read.json(output)
    inputs = spark.read.json("file://" + corpus).cache()
    with_id = inputs.where(inputs.id.isNotNull())
    lost = [row.id for row in with_id.join(scores, "id", "left_anti").collect()]
    joined = with_id.join(scores.select("id").distinct(), "id").count()
    joined_text = f"{joined:,} of {with_id.count():,} input articles with an id are in the output"
    seconds["join"] = time.monotonic() - join_started

    # With checkCode=True the exit status 2 of the partition holding the malformed line fails
    # its task, which Spark retries and then fails the whole job.
    strict_started = time.monotonic()
    try:
        articles.pipe(COMMAND, checkCode=True).count()
        strict = "checkCode=True: the job succeeded, though one partition exited 2"
    except Exception as error:  # Py4JJavaError or PythonException, by Spark version
        reason = next((line.strip() for line in str(error).splitlines() if "exit status" in line or "exited" in line), type(error).__name__)
        strict = f"checkCode=True: the job failed after {time.monotonic() - strict_started:.1f} s: {reason[:160]}"
    seconds["strict"] = strict
    spark.stop()
    return lines, seconds, lost, joined_text


def canonical(lines):
    """The output records as a multiset of sorted-key JSON strings; error records without their
    line number."""
    result = collections.Counter()
    for line in lines:
        record = json.loads(line)
        if "error" in record:
            record.pop("line", None)
        result[json.dumps(record, sort_keys=True, ensure_ascii=False)] += 1
    return result


def records_by_id(lines):
    grouped = {}
    for line in lines:
        record = json.loads(line)
        grouped.setdefault(record.get("id"), []).append(record)
    return grouped


def corpus_size(path):
    return f"{os.path.getsize(path) / 1e6:.1f} MB"


if __name__ == "__main__":
    main()

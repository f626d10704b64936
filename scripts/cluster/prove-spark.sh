#!/usr/bin/env bash
# Proves that `slant score -` works as the map step of a cluster job, on a fresh machine:
#   1. installs what is missing: a Java runtime from Debian (default-jre-headless) and pyspark
#      into a virtual environment (.venv-spark/, or $SLANT_SPARK_VENV);
#   2. builds the static binary (swift build -c release --static-swift-stdlib) and checks that
#      it needs no library of the Swift toolchain: `ldd`, then a run with an empty
#      LD_LIBRARY_PATH in a scratch root that holds only the C libraries ldd names;
#   3. writes a synthetic JSON Lines corpus (2,000 articles, one empty, one malformed line);
#   4. scores it with one process and through PySpark in local-cluster mode (separate executor
#      processes, the binary shipped with addFile and the lexicons with addArchive), checks
#      that both give the same records and that every input id comes back, and prints figures.
# Not part of `swift test`: it takes minutes and downloads pyspark once.
# Work files go to .build/cluster/ (or $SLANT_CLUSTER_WORK). Exit status 0 when proved.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
venv=${SLANT_SPARK_VENV:-$repo/.venv-spark}
work=${SLANT_CLUSTER_WORK:-$repo/.build/cluster}
articles=${SLANT_CLUSTER_ARTICLES:-2000}

say() { printf '== %s\n' "$*"; }

if ! command -v java >/dev/null 2>&1; then
  say "installing a Java runtime (default-jre-headless)"
  if [ "$(id -u)" -ne 0 ]; then
    echo "prove-spark.sh: no java; run 'apt-get install default-jre-headless' as root, then again" >&2
    exit 1
  fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q default-jre-headless
fi
if [ ! -x "$venv/bin/python" ]; then
  say "creating the virtual environment $venv"
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
  say "installing pyspark into $venv"
  "$venv/bin/pip" install -q 'pyspark>=4,<5'
fi

say "building the static binary"
cd "$repo"
swift build -c release --static-swift-stdlib --product slant 2>&1 | tail -1
binary=$(swift build -c release --static-swift-stdlib --show-bin-path)/slant

rm -rf "$work"
mkdir -p "$work"
cp "$binary" "$work/slant"
# Archive the lexicons' contents, not the folder: addArchive("lexicons.tgz#lexicons")
# unpacks it into ./lexicons on each executor.
tar -C "$repo/lexicons" -czf "$work/lexicons.tgz" .
tar -C "$work" -xzf "$work/lexicons.tgz" --one-top-level=lexicons

say "checking that the binary needs no Swift library"
ldd "$work/slant" | sed 's/^/   /'
if ldd "$work/slant" | grep -q 'libswift\|libFoundation\|libdispatch\|not found'; then
  echo "prove-spark.sh: the binary still needs a library of the toolchain" >&2
  exit 1
fi
root="$work/scratch-root"
mkdir -p "$root/proc"
for library in $(ldd "$work/slant" | grep -o '/[^ ]*'); do
  mkdir -p "$root$(dirname "$library")"
  cp -L "$library" "$root$library"
done
cp "$work/slant" "$root/slant"
cp -r "$work/lexicons" "$root/lexicons"
probe='{"id":"probe-1","text":"Officials said the plan could fail."}'
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null 2>&1; then
  # A root of its own with only the libraries ldd named (and /proc, where the Swift runtime
  # reads its arguments): nothing of the toolchain is there to be found.
  echo "   scratch root: $(cd "$root" && find . -type f ! -path './lexicons/*' | sort | tr '\n' ' ')"
  first=$(echo "$probe" | env -i LD_LIBRARY_PATH= unshare --mount --pid --fork --mount-proc=/proc --root="$root" \
    /slant score - --jobs 1 | head -c 120)
else
  echo "   (not root: running with an empty LD_LIBRARY_PATH and no scratch root)"
  first=$(cd "$work" && echo "$probe" | env -i LD_LIBRARY_PATH= ./slant score - --jobs 1 | head -c 120)
fi
echo "   first output: $first…"
case $first in
  *'"id":"probe-1"'*) ;;
  *) echo "prove-spark.sh: the binary did not score in the scratch root" >&2; exit 1 ;;
esac
rm -rf "$root"

say "writing $articles synthetic articles"
"$venv/bin/python" "$repo/scripts/cluster/make_corpus.py" "$work/corpus.jsonl" "$articles" >"$work/expected.txt"

say "scoring with one process and with PySpark"
PYSPARK_PYTHON="$venv/bin/python" "$venv/bin/python" "$repo/scripts/cluster/prove_spark.py" "$work" 2>"$work/spark.log" ||
  { status=$?; echo "prove-spark.sh: failed; Spark's log is in $work/spark.log" >&2; exit $status; }
# The retries before the checkCode=True job failed are in Spark's log, not in the exception.
grep -o 'Task [0-9]* in stage [0-9.]* failed [0-9]* times' "$work/spark.log" | head -1 | sed 's/^/  from Spark'"'"'s log: /' || true

#!/usr/bin/env bash
# Parsing benchmarks, Scraper vs the node references, measured in one run on the same inputs:
#  - article extraction: F1 (../shared/tools/score_articles.py) and pages/s vs @mozilla/readability + jsdom
#  - feed parsing: items/s vs rss-parser on a generated set of RSS 2.0 / Atom / RDF feeds
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shared="${SHARED:-$here/../../../shared}"
[ -d "$shared/benchmarks" ] || shared=/work/shared
pages="$shared/benchmarks/article-extraction"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$here/node" && npm ci --no-audit --no-fund --silent)
dotnet build "$here/Scraper.Bench.Parsing.csproj" -c Release -o "$work/bin" --nologo -v q >/dev/null
python3 "$here/tools/make_feeds.py" "$work/feeds" 60

echo "== article extraction (${pages})"
"$work/bin/Scraper.Bench.Parsing" articles "$pages/html" "$work/scraper.ndjson" 3 | tee "$work/a.txt"
node "$here/node/readability-bench.js" "$pages/html" 2 "$work/readability.ndjson" | tee "$work/r.txt"
python3 "$shared/tools/score_articles.py" "$pages/ground-truth.json" "$work/scraper.ndjson" "$work/readability.ndjson"

echo "== feed parsing (60 generated feeds)"
"$work/bin/Scraper.Bench.Parsing" feeds "$work/feeds" 30 | tee "$work/f.txt"
node "$here/node/rss-parser-bench.js" "$work/feeds" 30 | tee "$work/n.txt"

rate() { grep -oE '= [0-9.]+' "$1" | tr -d '= '; }
python3 - "$(rate "$work/a.txt")" "$(rate "$work/r.txt")" "$(rate "$work/f.txt")" "$(rate "$work/n.txt")" <<'PY'
import sys
a, r, f, n = map(float, sys.argv[1:])
print(f"ratios: article pages/s {a / r:.1f}x Readability (target >= 10x); feed items/s {f / n:.1f}x rss-parser (target >= 5x)")
PY

#!/usr/bin/env python3
"""Per-page precision/recall of `scraper article` NDJSON against the benchmark ground truth (for tuning)."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "../../../../shared/tools"))
sys.path.insert(0, "/work/shared/tools")
from score_articles import counts, prec, rec  # noqa: E402

truth = {k: v["articleBody"] for k, v in json.load(open(sys.argv[1], encoding="utf-8")).items()}
pred = {}
for line in open(sys.argv[2], encoding="utf-8"):
    row = json.loads(line)
    pred[os.path.basename(row["file"]).split(".")[0]] = row.get("text") or ""
rows = []
for k in truth:
    c = counts(truth[k], pred.get(k, ""))
    rows.append((prec(*c), rec(*c), k, len(truth[k]), len(pred.get(k, ""))))
for p, r, k, lt, lp in sorted(rows, key=lambda x: x[0] + x[1]):
    print(f"{p:.2f} {r:.2f} {k[:10]} truth={lt} pred={lp}")

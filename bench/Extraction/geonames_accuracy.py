#!/usr/bin/env python3
"""Share of places resolved to the right GeoNames entry (issue 4 target: >= 95% of places GeoNames has).

usage: geonames_accuracy.py CORPUS_DIR [CORPUS_DIR...] [--cli PATH]

Runs `scraper extract` on every labelled document (as score_claims.py does), matches predictions to labels the
scorer's way (place agrees, date within a day), and for each matched label with a place_normalized looks up the
GeoNames entries of the label's country whose name, ASCII name or an alternate name folds to the same key as the
label's place_normalized or its place as written. When
there are such entries ("GeoNames has it"), the prediction is right when its geonames_id is one of them. Labels
naming an oblast/governorate/province/country are checked on admin level instead (no GeoNames id expected).
Needs ../shared/tools/score_claims.py for the matching rules (read, not copied).
"""
import json, os, subprocess, sys, tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "tools"))
from score_claims import norm_place, read_doc, same_day, same_place  # noqa: E402

def key(name):
    """The scorer's place key with Ukrainian romanisation variants folded: "Kostiantynivka" (2010 passport system)
    and GeoNames' "Kostyantynivka" (older BGN) are one name; "Krasnopillia"/"Krasnopillya" likewise."""
    k = norm_place(name)
    for a, b in (("ia", "ya"), ("ja", "ya"), ("iu", "yu"), ("ju", "yu"), ("ie", "ye"), ("je", "ye"), ("ji", "yi")):
        k = k.replace(a, b)
    return k


ADMIN_WORDS = ("governorate", "oblast", "province", "region", "district", "krai", "republic")


def load_gazetteer():
    index = {}
    with open(os.path.join(ROOT, "data", "gazetteer", "geonames.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            gid, name, country = int(cols[0]), cols[1], cols[2]
            names = {name} | set(filter(None, cols[8].split("|") if len(cols) > 8 else []))
            for n in names:
                index.setdefault((country, key(n)), set()).add(gid)
    return index


def run(cli, corpus, stem):
    meta, body = read_doc(os.path.join(corpus, "docs", stem + ".txt"))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as t:
        t.write(body)
    argv = [cli, "extract", t.name, "--lang", meta.get("LANG", "en"), "--kind", meta.get("KIND", "news")]
    if meta.get("PUBLISHED", "unknown") not in ("", "unknown"):
        argv += ["--published", meta["PUBLISHED"]]
    try:
        return json.loads(subprocess.run(argv, capture_output=True, text=True, timeout=120).stdout)["claims"]
    finally:
        os.unlink(t.name)


def main():
    args = sys.argv[1:]
    cli = os.path.join(ROOT, "src", "Scraper.Cli", "bin", "Release", "net10.0", "scraper")
    if "--cli" in args:
        i = args.index("--cli"); cli = args[i + 1]; del args[i:i + 2]
    index = load_gazetteer()
    right = wrong = lacking = admin = ambiguous = 0
    for corpus in args:
        for name in sorted(os.listdir(os.path.join(corpus, "docs"))):
            stem = name[:-4]
            label_path = os.path.join(corpus, "labels", stem + ".json")
            if not os.path.exists(label_path):
                continue
            gold = json.load(open(label_path, encoding="utf-8"))["claims"]
            pred, used = run(cli, corpus, stem), set()
            for g in gold:
                hit = next((j for j, p in enumerate(pred) if j not in used and same_place(p, g) and same_day(p, g)), None)
                if hit is None or not g.get("place_normalized"):
                    continue
                used.add(hit)
                label = g["place_normalized"]
                if any(w in label.lower().split() for w in ADMIN_WORDS) or len(label.split()) == 1 and label == g.get("country"):
                    admin += 1
                    continue
                # The written form counts too: GeoNames often spells a namesake village the label's way and the
                # city another ("Kostiantynivka" is an alternate of a Mykolaiv village only), so the name alone misleads.
                candidates = index.get((g.get("country"), key(label)), set()) | index.get((g.get("country"), key(g.get("place") or "")), set())
                if not candidates:
                    lacking += 1
                    continue
                ambiguous += len(candidates) > 1
                if pred[hit].get("geonames_id") in candidates:
                    right += 1
                else:
                    wrong += 1
                    print(f"{os.path.basename(corpus.rstrip('/'))}/{stem}: {label} ({g.get('country')}) expected one of "
                          f"{sorted(candidates)[:5]}, got {pred[hit].get('geonames_id')} {pred[hit].get('place_normalized')!r}")
    checked = right + wrong
    print(f"places GeoNames has: {checked} (of them with several same-name entries: {ambiguous}); "
          f"not in GeoNames: {lacking}; admin-level or country labels: {admin}")
    print(f"geonames accuracy {right / checked if checked else 0:.3f} ({right}/{checked})")


if __name__ == "__main__":
    main()

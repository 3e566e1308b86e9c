#!/usr/bin/env python3
"""Writes small GDELT 2.0 event export files (61 tab-separated columns, no header) for fixtures and samples.

usage: make_gdelt.py OUT_DIR STAMP BASE_URL EVENTS_JSON
EVENTS_JSON: list of {id, actor1, actor1_cc, actor2, code, root, place, cc, lat, lon, url, mentions, sources}
Writes OUT_DIR/STAMP.export.CSV.zip and OUT_DIR/lastupdate.txt.
"""
import json, os, sys, zipfile, io, hashlib

def row(e, stamp):
    c = [""] * 61
    c[0] = str(e["id"]); c[1] = stamp[:8]; c[2] = stamp[:6]; c[3] = stamp[:4]; c[4] = "2026.8959"
    c[5] = e.get("actor1_code", ""); c[6] = e.get("actor1", ""); c[7] = e.get("actor1_cc", "")
    c[15] = e.get("actor2_code", ""); c[16] = e.get("actor2", ""); c[17] = e.get("actor2_cc", "")
    c[25] = "1"; c[26] = e["code"]; c[27] = e["code"][:3]; c[28] = e["root"]; c[29] = "4" if e["root"] in ("18", "19", "20") else "1"
    c[30] = "-10.0"; c[31] = str(e.get("mentions", 4)); c[32] = str(e.get("sources", 2)); c[33] = str(e.get("mentions", 4)); c[34] = "-6.5"
    for base in (35, 43, 51):
        c[base] = "4"; c[base + 1] = e.get("place", ""); c[base + 2] = e.get("cc", ""); c[base + 3] = e.get("cc", "") + "00"
        c[base + 5] = str(e.get("lat", "")); c[base + 6] = str(e.get("lon", "")); c[base + 7] = "-1"
    c[59] = stamp; c[60] = e.get("url", "")
    return "\t".join(c)

def main():
    out, stamp, base, events = sys.argv[1], sys.argv[2], sys.argv[3], json.load(open(sys.argv[4]))
    os.makedirs(out, exist_ok=True)
    csv = "\n".join(row(e, stamp) for e in events) + "\n"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo(f"{stamp}.export.CSV", date_time=(2026, 1, 1, 0, 0, 0))
        z.writestr(info, csv)
    data = buf.getvalue()
    open(os.path.join(out, f"{stamp}.export.CSV.zip"), "wb").write(data)
    md5 = hashlib.md5(data).hexdigest()
    with open(os.path.join(out, "lastupdate.txt"), "w") as f:
        f.write(f"{len(data)} {md5} {base}{stamp}.export.CSV.zip\n")
        f.write(f"52003 0123456789abcdef0123456789abcdef {base}{stamp}.mentions.CSV.zip\n")
        f.write(f"9120042 fedcba9876543210fedcba9876543210 {base}{stamp}.gkg.csv.zip\n")

if __name__ == "__main__":
    main()

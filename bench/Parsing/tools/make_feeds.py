#!/usr/bin/env python3
"""Writes the feed-parsing benchmark set: RSS 2.0, Atom 1.0 and RSS 1.0 feeds of 50 items each (synthetic
texts in ministry/news styles, deterministic). usage: make_feeds.py OUT_DIR [count]"""
import os, random, sys
from datetime import datetime, timedelta, timezone

PLACES = ["Kharkiv", "Izium", "Kupiansk", "Bryansk", "Kursk", "Abu Kamal", "Mosul", "Hatra", "Kismayo", "Khan Younis", "Sanaa", "Hodeidah"]
SENTENCES = [
    "Forces conducted {n} strikes near {p}, destroying {m} vehicles and a command post.",
    "Air defence systems intercepted {n} drones over the {p} region overnight, officials said.",
    "Средства ПВО сбили {n} беспилотников над районом {p}.",
    "Witnesses reported explosions near {p} shortly after midnight; {m} people were injured.",
    "The ministry said its aircraft struck a weapons depot west of {p} with precision-guided munitions.",
]

def text(rng, k):
    return " ".join(rng.choice(SENTENCES).format(n=rng.randint(1, 40), m=rng.randint(1, 9), p=rng.choice(PLACES)) for _ in range(k))

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def rss(rng, i, start):
    items = []
    for j in range(50):
        d = start - timedelta(minutes=37 * j)
        items.append(f"""<item><title>{esc(text(rng, 1)[:90])}</title><link>https://outlet{i}.example/news/{j}</link>
<guid isPermaLink="true">https://outlet{i}.example/news/{j}</guid><pubDate>{d.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>
<dc:creator>Desk {j % 5}</dc:creator><category>World</category><description><![CDATA[<p>{text(rng, 3)}</p><p>{text(rng, 2)}</p>]]></description></item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>Outlet {i}</title><link>https://outlet{i}.example/</link><description>News</description>
<atom:link href="https://outlet{i}.example/rss" rel="self" type="application/rss+xml"/>
{''.join(items)}
</channel></rss>
"""

def atom(rng, i, start):
    entries = []
    for j in range(50):
        d = start - timedelta(minutes=41 * j)
        entries.append(f"""<entry><id>tag:ministry{i}.example,2026:{j}</id><title>{esc(text(rng, 1)[:90])}</title>
<link rel="alternate" type="text/html" href="https://ministry{i}.example/news/{j}"/><published>{d.isoformat()}</published><updated>{d.isoformat()}</updated>
<author><name>Press office</name></author><summary type="html">{esc('<p>' + text(rng, 3) + '</p>')}</summary></entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry {i}</title><link rel="alternate" href="https://ministry{i}.example/"/>
<id>tag:ministry{i}.example,2026:feed</id><updated>{start.isoformat()}</updated>
{''.join(entries)}
</feed>
"""

def rdf(rng, i, start):
    items = []
    for j in range(50):
        d = start - timedelta(minutes=53 * j)
        items.append(f"""<item rdf:about="https://monitor{i}.example/a/{j}"><title>{esc(text(rng, 1)[:90])}</title><link>https://monitor{i}.example/a/{j}</link>
<dc:date>{d.isoformat()}</dc:date><description>{esc(text(rng, 3))}</description></item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://monitor{i}.example/"><title>Monitor {i}</title><link>https://monitor{i}.example/</link><description>Monitor</description></channel>
{''.join(items)}
</rdf:RDF>
"""

def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261125)
    start = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
    kinds = [("rss", rss, "xml"), ("atom", atom, "atom"), ("rdf", rdf, "rdf")]
    for i in range(count):
        name, make, ext = kinds[i % 3]
        with open(os.path.join(out, f"{i:03d}-{name}.{ext}"), "w", encoding="utf-8") as f:
            f.write(make(rng, i, start))

if __name__ == "__main__":
    main()

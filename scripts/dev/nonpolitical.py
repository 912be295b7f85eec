#!/usr/bin/env python3
"""nonpolitical.py CLI_DIR [--all] -> events the coder finds in news articles with no political events.

An unlabelled precision check (session 38, realfp38): nearly every event coded in these articles is false.
The articles are GeoWebNews articles (Gritta et al.) that no non-withheld realnews line uses, chosen by
their titles alone (sport, business, culture), before any coder run. The texts are read at run time from
$TIDINGS_SHARED (default ../shared); nothing of them is stored in the repository.
Prints one line per event (article, sentence, code, source, target, trigger, flags), then events per
sentence. Negated and background events are counted apart (`--news-only` semantics); --all lists them too.
"""
import json, os, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

SPORT = "19 30 104 120 154 178 191 214 249 284 295 296 299 305 309"
BUSINESS = "26 31 116 132 139 173 181 184 186 194 200 207 236 248 258 262 276 292 308 314"
CULTURE = "0 10 27 28 106 110 118 134 137 146 163 164 185 221 306 307 318"
IDS = (SPORT + " " + BUSINESS + " " + CULTURE).split()

def main():
    cli = os.path.join(sys.argv[1], "tidings"); show_all = "--all" in sys.argv
    shared = os.environ.get("TIDINGS_SHARED") or os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared")
    root = ET.parse(os.path.join(shared, "data/geoparsing-gritta/GeoWebNews.GWN.xml")).getroot()
    arts = {a.get("file"): a.find("text").text or "" for a in root.findall("article")}
    with tempfile.TemporaryDirectory() as tmp:
        for i in IDS:
            with open(os.path.join(tmp, f"gwn{int(i):03d}.txt"), "w") as f: f.write(arts[i])
        out = subprocess.run([cli, "code", tmp, "--no-store", "--format", "jsonl"], capture_output=True, text=True).stdout
    sentences = sum(len(re.findall(r"[.!?](\s|$)", arts[i])) for i in IDS)  # rough count, the same before and after
    news = flagged = 0
    for line in out.splitlines():
        if not line.startswith("{"): continue
        e = json.loads(line); ev = e["evidence"]
        flag = "negated" if e.get("negated") else "background" if e.get("background") else ""
        if flag: flagged += 1
        else: news += 1
        if flag and not show_all: continue
        src = (e.get("source") or {}).get("code") or "-"; tgt = (e.get("target") or {}).get("code") or "-"
        print(f"{e['article'][:-4]}\t{e['sentence']}\t{e['cameo']}\t{src}->{tgt}\t{ev.get('trigger')}\t{flag}\t{ev.get('sentence_text','')[:160]}")
    print(f"# {len(IDS)} articles, about {sentences} sentences: {news} events ({news / max(sentences, 1):.3f} per sentence), "
          f"{flagged} negated or background")

if __name__ == "__main__":
    main()

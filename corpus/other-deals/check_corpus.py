#!/usr/bin/env python3
"""Validates a labelled corpus set: labels.jsonl against sources.jsonl (both committed) and, when given, the texts.

    python3 corpus/other-deals/check_corpus.py corpus/other-deals [--articles /work/corpus/other-deals/articles.jsonl]

Checks: the same ids in every file, in the same order; field names and types; ISO dates and language codes; the
action vocabulary of the dev labels; near_duplicate_of pointing at the anchor of the same story (one anchor per
story, anchors and single-article stories carry nulls); bidders as ISO 3166 alpha-2 codes or EU; and, with
--articles, that every text is the one sources.jsonl describes (length, sha256) and that the metadata agree.
Exit status 0 when everything holds, 1 otherwise; every problem is printed on its own line.
"""
import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ACTIONS = {"offer", "propose", "sign", "negotiate", "invest", "mediate", "deny", "seize", "sanction", "other"}
DUP_KINDS = {"exact", "boilerplate", "rewrite"}
LABEL_FIELDS = ["id", "story", "near_duplicate_of", "dup_kind", "deal_topics", "bidders_mentioned", "claims"]
CLAIM_FIELDS = {"actor", "action", "counterparty", "assets", "consideration", "hedged", "attributed_to"}
SOURCE_FIELDS = ["id", "url", "source", "title", "published", "lang", "chars", "sha256", "query"]
ARTICLE_FIELDS = ["id", "url", "source", "title", "published", "lang", "text"]
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LANG = re.compile(r"^[a-z]{2}$")
BIDDER = re.compile(r"^(?:[A-Z]{2})$")
MAX_TEXT = 2000


def read_jsonl(path, problems):
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            problems.append(f"{path}:{n}: blank line")
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append(f"{path}:{n}: not JSON ({e})")
    return rows


def is_text(v, nullable=False):
    return (v is None and nullable) or isinstance(v, str)


def check_fields(kind, row, expected, problems):
    rid = row.get("id", "?")
    missing = [f for f in expected if f not in row]
    extra = [f for f in row if f not in expected]
    if missing:
        problems.append(f"{kind} {rid}: missing {missing}")
    if extra:
        problems.append(f"{kind} {rid}: unexpected fields {extra}")


def check_labels(labels, problems):
    by_story = defaultdict(list)
    for lab in labels:
        rid = lab.get("id", "?")
        check_fields("label", lab, LABEL_FIELDS, problems)
        if not SLUG.match(str(lab.get("story", ""))):
            problems.append(f"label {rid}: story {lab.get('story')!r} is not a lower-case slug")
        by_story[lab.get("story")].append(lab)
        topics = lab.get("deal_topics")
        if not isinstance(topics, list) or not topics or not all(isinstance(t, str) and SLUG.match(t) for t in topics):
            problems.append(f"label {rid}: deal_topics must be a non-empty list of slugs")
        bidders = lab.get("bidders_mentioned")
        if not isinstance(bidders, list) or not all(isinstance(b, str) and BIDDER.match(b) for b in bidders):
            problems.append(f"label {rid}: bidders_mentioned must be ISO 3166 alpha-2 codes or EU, got {bidders}")
        elif len(set(bidders)) != len(bidders):
            problems.append(f"label {rid}: bidders_mentioned repeats a code")
        claims = lab.get("claims")
        if not isinstance(claims, list) or not claims:
            problems.append(f"label {rid}: claims must be a non-empty list")
            continue
        for i, c in enumerate(claims):
            where = f"label {rid} claim {i}"
            if not isinstance(c, dict):
                problems.append(f"{where}: not an object")
                continue
            missing = CLAIM_FIELDS - c.keys()
            if missing:
                problems.append(f"{where}: missing {sorted(missing)}")
            unexpected = c.keys() - CLAIM_FIELDS - {"detail"}
            if unexpected:
                problems.append(f"{where}: unexpected fields {sorted(unexpected)}")
            if not isinstance(c.get("actor"), str) or not c.get("actor", "").strip():
                problems.append(f"{where}: actor must be a non-empty string")
            if c.get("action") not in ACTIONS:
                problems.append(f"{where}: action {c.get('action')!r} not in {sorted(ACTIONS)}")
            for f in ("counterparty", "consideration", "attributed_to"):
                if not is_text(c.get(f), nullable=True):
                    problems.append(f"{where}: {f} must be a string or null")
            if "detail" in c and not is_text(c["detail"]):
                problems.append(f"{where}: detail must be a string")
            if not isinstance(c.get("hedged"), bool):
                problems.append(f"{where}: hedged must be true or false")
            assets = c.get("assets")
            if not isinstance(assets, list) or not all(isinstance(a, str) and SLUG.match(a) for a in assets):
                problems.append(f"{where}: assets must be a list of lower-case slugs, got {assets}")
    ids = {lab.get("id") for lab in labels}
    for story, members in by_story.items():
        anchors = [m for m in members if m.get("near_duplicate_of") is None]
        for m in anchors:
            if m.get("dup_kind") is not None:
                problems.append(f"label {m['id']}: an anchor (near_duplicate_of null) must have dup_kind null")
        if len(anchors) != 1:
            problems.append(f"story {story}: {len(anchors)} anchors ({[m['id'] for m in anchors]}), expected 1")
            continue
        anchor = anchors[0]["id"]
        for m in members:
            if m["id"] == anchor:
                continue
            target = m.get("near_duplicate_of")
            if target not in ids:
                problems.append(f"label {m['id']}: near_duplicate_of {target!r} is no id of this set")
            elif target != anchor:
                problems.append(f"label {m['id']}: near_duplicate_of {target} is not the anchor {anchor} of story {story}")
            if m.get("dup_kind") not in DUP_KINDS:
                problems.append(f"label {m['id']}: dup_kind {m.get('dup_kind')!r} not in {sorted(DUP_KINDS)}")


def check_sources(sources, problems):
    for s in sources:
        rid = s.get("id", "?")
        check_fields("source", s, SOURCE_FIELDS, problems)
        for f in ("url", "source", "title", "query"):
            if not is_text(s.get(f)):
                problems.append(f"source {rid}: {f} must be a string")
        if s.get("published") is not None and not (isinstance(s["published"], str) and DATE.match(s["published"])):
            problems.append(f"source {rid}: published {s.get('published')!r} is neither YYYY-MM-DD nor null")
        if not isinstance(s.get("lang"), str) or not LANG.match(s["lang"]):
            problems.append(f"source {rid}: lang {s.get('lang')!r} is not an ISO 639-1 code")
        if not isinstance(s.get("chars"), int) or not 0 < s["chars"] <= MAX_TEXT:
            problems.append(f"source {rid}: chars {s.get('chars')!r} must be 1..{MAX_TEXT}")
        if not isinstance(s.get("sha256"), str) or not re.fullmatch(r"[0-9a-f]{64}", s["sha256"]):
            problems.append(f"source {rid}: sha256 must be 64 hex digits")


def check_articles(articles, sources, problems):
    by_id = {s["id"]: s for s in sources if "id" in s}
    for a in articles:
        rid = a.get("id", "?")
        check_fields("article", a, ARTICLE_FIELDS, problems)
        s = by_id.get(rid)
        if s is None:
            continue
        for f in ("url", "source", "title", "published", "lang"):
            if a.get(f) != s.get(f):
                problems.append(f"article {rid}: {f} {a.get(f)!r} differs from sources.jsonl {s.get(f)!r}")
        text = a.get("text")
        if not isinstance(text, str):
            problems.append(f"article {rid}: text must be a string")
            continue
        if len(text) != s.get("chars"):
            problems.append(f"article {rid}: text has {len(text)} chars, sources.jsonl says {s.get('chars')}")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != s.get("sha256"):
            problems.append(f"article {rid}: sha256 of the text differs from sources.jsonl")


def same_ids(name_a, rows_a, name_b, rows_b, problems):
    ids_a = [r.get("id") for r in rows_a]
    ids_b = [r.get("id") for r in rows_b]
    if len(set(ids_a)) != len(ids_a):
        problems.append(f"{name_a}: repeated ids")
    if set(ids_a) != set(ids_b):
        problems.append(f"{name_a} and {name_b} differ in ids: only in {name_a} {sorted(set(ids_a) - set(ids_b))}, "
                        f"only in {name_b} {sorted(set(ids_b) - set(ids_a))}")
    elif ids_a != ids_b:
        problems.append(f"{name_a} and {name_b} list the same ids in different orders")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set_dir", help="directory holding labels.jsonl and sources.jsonl")
    parser.add_argument("--articles", help="articles.jsonl with the texts (not in git); checked against sources.jsonl")
    args = parser.parse_args()
    problems = []
    base = Path(args.set_dir)
    labels = read_jsonl(base / "labels.jsonl", problems)
    sources = read_jsonl(base / "sources.jsonl", problems)
    same_ids("labels.jsonl", labels, "sources.jsonl", sources, problems)
    check_labels(labels, problems)
    check_sources(sources, problems)
    if args.articles:
        articles = read_jsonl(args.articles, problems)
        same_ids("articles.jsonl", articles, "sources.jsonl", sources, problems)
        check_articles(articles, sources, problems)
        beside = Path(args.articles).parent / "labels.jsonl"
        if beside.exists() and beside.read_bytes() != (base / "labels.jsonl").read_bytes():
            problems.append(f"{beside} differs from {base / 'labels.jsonl'}")
    for p in problems:
        print(p)
    stories = {lab.get("story") for lab in labels}
    print(f"{len(labels)} labels, {len(stories)} stories, {len(problems)} problems"
          + ("" if args.articles else " (texts not checked: pass --articles)"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

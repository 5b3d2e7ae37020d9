#!/usr/bin/env python3
"""Writes the claims domain resource with domain-additions.json merged in: the data-only change that lets the
extractor read the other-deals stories (entities, aliases, assets). Usage:
    python3 corpus/other-deals/merge_domain.py OUT.json
then  ClaimEval [--extractor parse] /work/corpus/other-deals OUT.json
The hosts of the additions become otherHosts: bidders are the other parties of claims with any host."""
import json, pathlib, sys

here = pathlib.Path(__file__).resolve().parent
domain = json.loads((here.parent.parent / "claims/src/main/resources/io/claimstream/claims/domain-v1.json").read_text())
extra = json.loads((here / "domain-additions.json").read_text())
known = {e["id"] for e in domain["entities"]}
domain["entities"] += [e for e in extra["entities"] if e["id"] not in known]
for entity in domain["entities"]:
    for alias in extra.get("aliasAdditions", {}).get(entity["id"], []):
        if alias not in entity["aliases"]:
            entity["aliases"].append(alias)
assets = {a["id"] for a in domain["assets"]}
domain["assets"] += [a for a in extra["assets"] if a["id"] not in assets]
for asset in domain["assets"]:
    for alias in extra.get("assetAliasAdditions", {}).get(asset["id"], []):
        if alias not in asset["aliases"]:
            asset["aliases"].append(alias)
domain["otherHosts"] = [h["id"] for h in extra["hosts"] if h["id"] != domain["host"]]
domain["version"] += "+other-deals"
pathlib.Path(sys.argv[1]).write_text(json.dumps(domain, ensure_ascii=False, indent=1))

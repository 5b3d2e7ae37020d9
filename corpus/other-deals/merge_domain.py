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


def merge(items, new_items, alias_additions):
    """Appends the new items (by id) and the extra aliases of every item, keeping the file's order."""
    known = {item["id"] for item in items}
    items += [item for item in new_items if item["id"] not in known]
    for item in items:
        for alias in alias_additions.get(item["id"], []):
            if alias not in item["aliases"]:
                item["aliases"].append(alias)


merge(domain["entities"], extra["entities"], extra.get("aliasAdditions", {}))
merge(domain["assets"], extra["assets"], extra.get("assetAliasAdditions", {}))
domain["otherHosts"] = [h["id"] for h in extra["hosts"] if h["id"] != domain["host"]]
domain["version"] += "+other-deals"
pathlib.Path(sys.argv[1]).write_text(json.dumps(domain, ensure_ascii=False, indent=1))

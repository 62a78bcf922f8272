"""nDCG@10 and recall@20 of a ranked list of slugs against graded makers ({slug: grade})."""

import math

NDCG_AT = 10
RECALL_AT = 20


def dcg(grades):
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades))


def ndcg(ranked, graded, k=NDCG_AT):
    """Gains 2^g - 1; the ideal list is every graded maker in the world, best first."""
    ideal = dcg(sorted(graded.values(), reverse=True)[:k])
    if not ideal:
        return None
    return dcg([graded.get(slug, 0) for slug in ranked[:k]]) / ideal


def recall(ranked, graded, k=RECALL_AT):
    """Share of the makers with grade >= 1 that are in the first k."""
    if not graded:
        return None
    return len(set(ranked[:k]) & set(graded)) / len(graded)


def recall_ceiling(graded, k=RECALL_AT):
    """The best recall@k any engine can reach: below 1 when more than k makers are relevant."""
    return min(k, len(graded)) / len(graded) if graded else None


def mean(values):
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def summarise(records):
    """Means over per-query records ({ndcg, recall, ceiling, results, relevant, error})."""
    scored = [r for r in records if r["relevant"]]
    return {
        "queries": len(scored),
        "ndcg@10": mean(r["ndcg"] for r in scored),
        "recall@20": mean(r["recall"] for r in scored),
        "recall_ceiling": mean(r["ceiling"] for r in scored),
        "empty_with_relevant": sum(1 for r in scored if not r["results"]),
        "errors": sum(1 for r in records if r.get("error")),
    }

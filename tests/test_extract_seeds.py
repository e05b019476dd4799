"""The seed articles' answers (../shared/seeds/gold.jsonl), scored with the shared scorer.

Skips cleanly where ../shared is not beside the project. Targets from the extraction issue:
incident F1 >= 0.90, source agreement >= 0.85, statement F1 >= 0.80.
"""

import importlib.util
import json

import pytest

from tests.conftest import SHARED

SEEDS = SHARED / "seeds"
SCORER = SHARED / "tools" / "score_claims.py"

pytestmark = pytest.mark.skipif(not (SEEDS / "gold.jsonl").exists() or not SCORER.exists(),
                                reason="../shared/seeds and its scorer are not beside the project")


def test_extract_seeds_meet_the_extraction_targets(tmp_path):
    from rightsledger.extraction import ExtractionReport, extract_paths

    predicted = tmp_path / "pred.jsonl"
    report = ExtractionReport()
    claims = extract_paths(sorted(str(p) for p in SEEDS.glob("*.txt")), report=report, max_size=10**7)
    predicted.write_text("".join(json.dumps(c.to_json()) + "\n" for c in claims))
    spec = importlib.util.spec_from_file_location("score_claims", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    tally, _, _ = scorer.score(scorer.load(str(SEEDS / "gold.jsonl")), scorer.load(str(predicted)))
    _, _, incident_f1 = scorer.prf(tally["gold_inc"], tally["pred_inc"], tally["match_inc"])
    _, _, statement_f1 = scorer.prf(tally["gold_st"], tally["pred_st"], tally["match_st"])
    assert incident_f1 >= 0.90
    assert tally["source"] / tally["match_inc"] >= 0.85
    assert statement_f1 >= 0.80

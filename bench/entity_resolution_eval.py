"""How well EntityTable.resolve() names quote speakers: PolNeAR speaker mentions against their gold names.

    python -m bench.entity_resolution_eval [DATA.jsonl ...] [--errors N] [--kind pronoun]

For every gold quote (in text order, as the speech stage would ask) the speaker mention span is resolved and the
canonical name compared with the annotated mention and its coreference aliases, the way score_quotes.py compares
names (appositives cut, titles stripped, equal or same last word). A pronoun or description speaker without any
name alias cannot be checked and is counted apart. Prints one line per file and, last, a JSON report.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from extractor.entities import find_entities
from extractor.text import Document

DEFAULT_DATA = [
    Path(__file__).resolve().parents[2] / "shared" / "eval" / "quotes" / name
    for name in ("polnear_train.jsonl", "polnear_dev.jsonl")
]
_TITLES = (
    "prime minister|vice president|president|mr|mrs|ms|miss|dr|prof|professor|sen|senator|rep|representative|gov|"
    "governor|mayor|sir|dame|lord|lady|gen|general|lt|col|capt|rev|judge|justice|chancellor|secretary|minister|king|"
    "queen|prince|princess|pope|sheikh"
)
_TITLE_RE = re.compile(rf"^(?:(?:{_TITLES})\.?\s+)+")
_PRONOUNS = frozenset(["he", "she", "it", "they", "i", "we", "you", "him", "her", "them", "his", "its", "their"])


def norm(name: str | None) -> str | None:
    """The scorer's normal form of a speaker name (score_quotes.norm_speaker)."""
    if name is None:
        return None
    x = re.split(r",|\(|\bwho\b", name.lower().replace("\u2019", "'"))[0]
    x = re.sub(r"[^\w\s'-]", " ", x)
    x = re.sub(r"'s\b", "", x)
    x = _TITLE_RE.sub("", " ".join(x.split()))
    return x.strip() or None


def same(pred: str | None, golds: list[str]) -> bool:
    p = norm(pred)
    if p is None:
        return False
    for gold in golds:
        g = norm(gold)
        if g and (p == g or p.split()[-1] == g.split()[-1]):
            return True
    return False


def _named_inside(pred: str | None, speaker: str) -> bool:
    """A name speaker with a long modifier ("Rep. Elijah Cummings of Maryland, ...") contains the predicted surname."""
    p = norm(pred)
    return p is not None and p.split()[-1] in re.findall(r"[\w'-]+", speaker.lower().split(",")[0])


def evaluate(path: Path, show_errors: int, only_kind: str | None) -> dict:
    totals: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    unscorable = 0
    errors: list[str] = []
    seconds = 0.0
    chars = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            doc_json = json.loads(line)
            text = doc_json["text"]
            t0 = time.perf_counter()
            table = find_entities(Document(text), "en")
            seconds += time.perf_counter() - t0
            chars += len(text)
            quotes = [q for q in doc_json["quotes"] if q.get("speaker_spans")]
            quotes.sort(key=lambda q: q["speaker_spans"][0][0])
            for q in quotes:
                kind = q.get("speaker_kind") or "null"
                s, e = q["speaker_spans"][0]
                mention = table.resolve(s, e)
                golds = [q["speaker"], *(q.get("speaker_aliases") or [])]
                if kind in ("pronoun", "nominal") and not q.get("speaker_aliases"):
                    unscorable += 1  # nothing names the entity: any answer would be unverifiable
                    continue
                golds = [g for g in golds if (norm(g) or "") not in _PRONOUNS]
                if not golds:
                    unscorable += 1
                    continue
                pred = mention.entity.name if mention and mention.entity else None
                totals[kind] += 1
                if same(pred, golds) or (kind == "name" and _named_inside(pred, q["speaker"])):
                    correct[kind] += 1
                elif len(errors) < show_errors and (only_kind is None or kind == only_kind):
                    ctx = text[max(0, s - 80) : e + 20].replace("\n", " ")
                    errors.append(f"{kind:8} {q['speaker']!r} gold={golds[:4]} pred={pred!r}  | …{ctx}…")
    n = sum(totals.values())
    report = {
        "file": path.name,
        "scored": n,
        "accuracy": round(sum(correct.values()) / n, 4) if n else 0.0,
        "by_kind": {k: {"n": v, "accuracy": round(correct[k] / v, 4)} for k, v in sorted(totals.items())},
        "unscorable_without_names": unscorable,
        "entity_stage_ms_per_kb": round(seconds * 1000 / max(1, chars / 1000), 4),
    }
    for err in errors:
        print("  " + err)
    kinds = "  ".join(f"{k} {v['accuracy']:.3f} (n={v['n']})" for k, v in report["by_kind"].items())
    print(f"{path.name}: resolve accuracy {report['accuracy']:.3f} on {n} | {kinds}")
    return report


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", nargs="*", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=0, help="print up to N wrong resolutions per file")
    parser.add_argument("--kind", default=None, help="only print errors of this speaker kind")
    args = parser.parse_args(argv)
    reports = [evaluate(path, args.errors, args.kind) for path in args.data]
    out = {"reports": reports}
    print(json.dumps(out))
    return out


if __name__ == "__main__":
    main(sys.argv[1:])

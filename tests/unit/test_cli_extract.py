"""`recordsmith extract --input`: a JSONL file in, one result a line out, in the input's order, each the records
`extract` gives its document alone (the command hands the engine BATCH_SIZE documents at a time)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import orjson
from typer.testing import CliRunner

from client.cli import app
from extractor import BATCH_SIZE, extract

SENTENCES = (
    "Finance Minister Anna Berg said on Tuesday the budget would be cut next year.",
    '"We will not raise taxes," Prime Minister John Carter told reporters in Ottawa.',
    "Sergei Riabkov met Robert Floyd in Vienna this Thursday to discuss the treaty.",
    "The central bank said last month that inflation had slowed since January.",
)


def _records(result: dict) -> dict:
    return {k: v for k, v in result.items() if k != "timings_ms"}


def test_jsonl_input_spanning_several_batches_gives_each_document_its_own_records(tmp_path: Path) -> None:
    docs = [{"id": i, "text": f"{SENTENCES[i % len(SENTENCES)]} Item {i}.", "published_at": f"1987-03-{1 + i % 28:02d}"}
            for i in range(BATCH_SIZE + 3)]
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join(orjson.dumps(d) for d in docs[:5]) + b"\n\n"
                       + b"\n".join(orjson.dumps(d) for d in docs[5:]) + b"\n")
    target = tmp_path / "out.jsonl"
    run = CliRunner().invoke(app, ["extract", "--input", str(source), "--output", str(target)])
    assert run.exit_code == 0, run.output
    lines = [orjson.loads(line) for line in target.read_bytes().splitlines()]
    assert [line["id"] for line in lines] == [d["id"] for d in docs]
    for doc, line in zip(docs, lines, strict=True):
        alone = extract(doc["text"], date.fromisoformat(doc["published_at"]), document_id=str(doc["id"]))
        assert _records({k: v for k, v in line.items() if k != "id"}) == _records(alone.model_dump(mode="json"))
    # past tense: the Thursday gone by
    assert lines[2]["meetings"] and lines[2]["meetings"][0]["date_value"] == "1987-02-26"

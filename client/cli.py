"""The `recordsmith` command line (typer + rich)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import orjson
import typer

app = typer.Typer(help="recordsmith: documents in, grounded JSON records out.", no_args_is_help=True)
schemas_app = typer.Typer(help="The JSON Schemas of the public contract.", no_args_is_help=True)
app.add_typer(schemas_app, name="schemas")


def _reference_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@app.command()
def extract(
    file: Annotated[str | None, typer.Argument(help="a text file, or - for standard input")] = None,
    input: Annotated[Path | None, typer.Option("--input", help='JSONL lines {"id", "text", "published_at"?}')] = None,
    output: Annotated[Path | None, typer.Option("--output", help="JSONL results (default: standard output)")] = None,
    published_at: Annotated[str | None, typer.Option(help="reference date (ISO) for a single document")] = None,
    language: Annotated[str | None, typer.Option(help="ISO 639-1 code; guessed when absent")] = None,
) -> None:
    """Extract records locally (no server) from FILE, standard input or a JSONL file."""
    from extractor import extract as run_extract

    if input is None and file is None:
        raise typer.BadParameter("give FILE, - or --input docs.jsonl")
    out = output.open("wb") if output else sys.stdout.buffer
    try:
        if input is None:
            text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
            result = run_extract(text, _reference_date(published_at), language)
            out.write(orjson.dumps(result.model_dump(mode="json"), option=orjson.OPT_INDENT_2) + b"\n")
            return
        with input.open("rb") as lines:
            for line in lines:
                if not line.strip():
                    continue
                doc = orjson.loads(line)
                result = run_extract(
                    doc["text"], _reference_date(doc.get("published_at")), doc.get("language") or language,
                    document_id=str(doc.get("id")),
                )
                out.write(orjson.dumps({"id": doc.get("id"), **result.model_dump(mode="json")}) + b"\n")
    finally:
        if output:
            out.close()


@schemas_app.command("export")
def schemas_export(
    directory: Annotated[Path | None, typer.Option(help="target folder (default: schemas/json)")] = None,
) -> None:
    """Write schemas/json/*.schema.json from the pydantic models."""
    from schemas.export import JSON_DIR, export

    for path in export(directory or JSON_DIR):
        typer.echo(str(path))


if __name__ == "__main__":
    app()

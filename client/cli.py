"""The `recordsmith` command line (typer + rich)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import orjson
import typer
from rich.markup import escape

if TYPE_CHECKING:
    from client.sdk import Client
    from store import Settings

app = typer.Typer(help="recordsmith: documents in, grounded JSON records out.", no_args_is_help=True)
schemas_app = typer.Typer(help="The JSON Schemas of the public contract.", no_args_is_help=True)
app.add_typer(schemas_app, name="schemas")


def _batches(docs: Iterable[dict]) -> Iterator[list[dict]]:
    """The documents of a JSONL input in lists of the engine's batch size (`extract_many`: less CPU a document),
    read as they come."""
    from extractor import BATCH_SIZE

    batch: list[dict] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) == BATCH_SIZE:
            yield batch
            batch = []
    if batch:
        yield batch


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
    from extractor import Request, extract_many
    from extractor import extract as run_extract

    if input is None and file is None:
        raise typer.BadParameter("give FILE, - or --input docs.jsonl")
    out = output.open("wb") if output else sys.stdout.buffer
    try:
        if input is None:
            assert file is not None  # one of the two, checked above
            text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
            result = run_extract(text, _reference_date(published_at), language)
            out.write(orjson.dumps(result.model_dump(mode="json"), option=orjson.OPT_INDENT_2) + b"\n")
            return
        with input.open("rb") as lines:
            for docs in _batches(orjson.loads(line) for line in lines if line.strip()):
                requests = [Request(doc["text"], _reference_date(doc.get("published_at")),
                                    doc.get("language") or language, str(doc.get("id"))) for doc in docs]
                for doc, result in zip(docs, extract_many(requests), strict=True):
                    out.write(orjson.dumps({"id": doc.get("id"), **result.model_dump(mode="json")}) + b"\n")
    finally:
        if output:
            out.close()


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="interface the API listens on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port of the API")] = 8000,
    data_dir: Annotated[Path | None, typer.Option(help="embedded Redis data and the local API key "
                                                       "(default: RECORDSMITH_DATA_DIR or ./data)")] = None,
    concurrency: Annotated[int | None, typer.Option(help="worker processes (default: one per CPU)")] = None,
) -> None:
    """Run the whole service: Redis (embedded unless RECORDSMITH_REDIS_URL is set), the API and a worker."""
    from rich.console import Console

    from client.serve import Service
    from store import get_settings

    settings = get_settings()
    console = Console(stderr=True)
    service = Service(settings, host, port, data_dir or settings.data_dir, concurrency)

    def ready(svc: Service) -> None:
        redis = f"embedded, data in {svc.redis.data_dir}" if svc.redis else "RECORDSMITH_REDIS_URL"
        console.print(f"[bold green]recordsmith is up[/] at [bold]{svc.url}[/] (docs: {svc.url}/docs; Redis: {redis})")
        console.print(f"API key: [bold]{svc.api_key}[/]")
        console.print(f"  export RECORDSMITH_API_KEY={svc.api_key}\n"
                      f"  recordsmith submit seeds/ctbt-russia-observador.txt --wait")
        console.print("Ctrl-C stops it.")

    try:
        code = service.run(ready)
    except RuntimeError as exc:
        console.print(f"[bold red]recordsmith serve failed:[/] {exc}")
        raise typer.Exit(1) from exc
    raise typer.Exit(code)


def _require_redis(settings: Settings) -> None:
    if not settings.redis_url:
        raise typer.BadParameter("set RECORDSMITH_REDIS_URL (or use `recordsmith serve`, which embeds Redis)")


@app.command()
def api(
    host: Annotated[str, typer.Option(help="interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    workers: Annotated[int, typer.Option(help="API processes (uvicorn workers)", min=1)] = 1,
) -> None:
    """Run the HTTP API only, against RECORDSMITH_REDIS_URL."""
    import uvicorn

    from store import get_settings

    settings = get_settings()
    _require_redis(settings)
    log_config: dict | None = uvicorn.config.LOGGING_CONFIG
    if settings.log_format == "json":
        from client.logs import configure_json

        configure_json()
        log_config = None  # keep ours: uvicorn's loggers propagate to the JSON handler
    # In JSON, api.request_id logs each request with its id (and without the query string) instead.
    uvicorn.run("api.main:create_app", factory=True, host=host, port=port, workers=workers,
                timeout_graceful_shutdown=10, log_level="info", log_config=log_config,
                access_log=settings.log_format != "json")


@app.command()
def worker(
    concurrency: Annotated[int | None, typer.Option(help="worker processes (default: one per CPU)")] = None,
    loglevel: Annotated[str, typer.Option(help="Celery log level")] = "INFO",
) -> None:
    """Run a Celery worker only, against RECORDSMITH_REDIS_URL (start as many as you like, anywhere)."""
    import os

    from store import get_settings

    _require_redis(get_settings())
    # The worker runs in a fresh interpreter without the command line's modules (worker.main): this process
    # becomes it (the same pid, so signals and a supervisor's view are unchanged).
    argv = [sys.executable, "-m", "worker", f"--loglevel={loglevel}"]
    if concurrency:
        argv.append(f"--concurrency={concurrency}")
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, argv)


def _client(url: str | None, api_key: str | None) -> Client:
    from client.sdk import Client
    from store import Settings

    settings = Settings()
    key = api_key or settings.api_key
    key_file = settings.data_dir / "api-key"
    if not key and key_file.exists():  # the key `recordsmith serve` created
        key = key_file.read_text(encoding="utf-8").strip()
    if not key:
        raise typer.BadParameter("give --api-key or set RECORDSMITH_API_KEY")
    return Client(url or settings.url, key)


@contextmanager
def _reported() -> Iterator[None]:
    """An API error ends the command with its message (status, title, detail) and exit code 1."""
    from rich.console import Console

    from client.sdk import RecordsmithError

    try:
        yield
    except RecordsmithError as exc:
        Console(stderr=True).print(f"[bold red]{escape(str(exc))}[/]")
        raise typer.Exit(1) from exc


UrlOption = Annotated[str | None, typer.Option("--url", help="server (default: RECORDSMITH_URL or "
                                                             "http://127.0.0.1:8000)")]
KeyOption = Annotated[str | None, typer.Option("--api-key", help="API key (default: RECORDSMITH_API_KEY, else "
                                                                 "the key `recordsmith serve` wrote)")]


@app.command()
def submit(
    paths: Annotated[list[Path], typer.Argument(
        help="text files (.txt, .md, anything else read as text), HTML files (.html, .htm), JSONL files (.jsonl: "
             "one SubmitRequest object a line, e.g. {\"text\": …, \"published_at\": …}) and folders of those "
             "(searched recursively)", exists=True)],
    wait: Annotated[bool, typer.Option("--wait", help="wait for every job and write the results as JSONL")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="where the JSONL lines go (default: "
                                                                       "standard output)")] = None,
    published_at: Annotated[str | None, typer.Option(help="publication date (ISO) of files that do not give one")]
    = None,
    concurrency: Annotated[int, typer.Option(min=1, max=64, help="requests in flight at once")] = 8,
    timeout: Annotated[float, typer.Option(help="--wait: seconds to wait for each job")] = 300.0,
    url: UrlOption = None,
    api_key: KeyOption = None,
) -> None:
    """Submit documents to a running server, with a progress bar on standard error.

    Writes one JSON line per document: its source (`path`), `document_id`, `job_id` and `status`, or its
    `error`; with --wait, once the job has finished, with the `result` too. Exits 1 if any document was
    refused or failed.
    """
    from client.submission import SubmitProgress, documents_in, run_submissions

    documents = documents_in(paths, published_at)
    out = output.open("wb") if output else sys.stdout.buffer
    try:
        with _client(url, api_key) as client, _reported(), SubmitProgress(wait) as progress:
            failures = run_submissions(client, documents, out, progress, wait=wait, concurrency=concurrency,
                                       timeout=timeout)
    finally:
        if output:
            out.close()
    raise typer.Exit(1 if failures else 0)


@app.command()
def results(
    id: Annotated[str, typer.Argument(help="a document id (doc_...) or a job id (job_...)")],
    wait: Annotated[bool, typer.Option("--wait", help="wait for the job to finish first")] = False,
    url: UrlOption = None,
    api_key: KeyOption = None,
) -> None:
    """Print a document's ExtractionResult (JSON)."""
    with _client(url, api_key) as client, _reported():
        document_id = client.job(id).document_id if id.startswith("job_") else id
        if wait:
            client.job(client.document(document_id)["job_id"]).wait()
        result = client.result(document_id)
    sys.stdout.write(result.model_dump_json(indent=2) + "\n")


@app.command()
def records(
    type: Annotated[list[str] | None, typer.Option("--type", "-t", help="quote, statement, meeting or date "
                                                                        "(repeat for several; default: all)")]
    = None,
    speaker: Annotated[str | None, typer.Option(help="quotes and statements of this speaker ('Riabkov' or the "
                                                     "full name)")] = None,
    participant: Annotated[list[str] | None, typer.Option(help="meetings with this participant (repeatable)")]
    = None,
    since: Annotated[str | None, typer.Option(help="records dated on or after this day (ISO)")] = None,
    until: Annotated[str | None, typer.Option(help="records dated on or before this day (ISO)")] = None,
    q: Annotated[str | None, typer.Option("--q", help="words that must occur in the record's text")] = None,
    limit: Annotated[int, typer.Option(min=1, help="records to show at most")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table")] = False,
    url: UrlOption = None,
    api_key: KeyOption = None,
) -> None:
    """Records across all your documents, newest first: e.g. `recordsmith records --speaker Riabkov --type quote`."""
    from itertools import islice

    from rich.console import Console
    from rich.table import Table

    with _client(url, api_key) as client, _reported():
        hits = list(islice(client.records(type, speaker=speaker, participant=participant, since=since, until=until,
                                          q=q, page_size=min(limit, 100)), limit))
    if as_json:
        for hit in hits:
            sys.stdout.write(hit.model_dump_json() + "\n")
        return
    table = Table(title=f"{len(hits)} record{'s' * (len(hits) != 1)}", show_lines=False)
    for column in ("date", "type", "who", "text", "document"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        who = hit.speaker.name if hit.speaker else ", ".join(p.name for p in hit.participants)
        text = hit.text if len(hit.text) <= 160 else hit.text[:159] + "…"
        table.add_row(hit.date.isoformat(), hit.type.value, escape(who or "—"), escape(text), hit.document_id)
    Console().print(table)


@app.command()
def view(
    id: Annotated[str, typer.Argument(help="a document id (doc_...) or a job id (job_...)")],
    open_browser: Annotated[bool, typer.Option("--open", help="open it in the default browser too")] = False,
    ttl: Annotated[int, typer.Option(min=60, max=86400, help="seconds the link stays valid")] = 3600,
    url: UrlOption = None,
    api_key: KeyOption = None,
) -> None:
    """Print a link to the document's viewer (works in a browser without the API key, until it expires)."""
    with _client(url, api_key) as client, _reported():
        document_id = client.job(id).document_id if id.startswith("job_") else id
        link = client.view_url(document_id, ttl)
    typer.echo(link)
    if open_browser:
        import webbrowser

        webbrowser.open(link)


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

"""The `recordsmith` command line (typer + rich)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import orjson
import typer

if TYPE_CHECKING:
    from client.sdk import RecordsmithClient
    from store import Settings

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
    from worker.app import create_celery

    settings = get_settings()
    _require_redis(settings)
    argv = ["worker", f"--loglevel={loglevel}", "-Q", settings.queue, "-n", f"recordsmith-{os.getpid()}@%h",
            "--without-gossip", "--without-mingle", "--without-heartbeat"]
    if concurrency:
        argv.append(f"--concurrency={concurrency}")
    if settings.log_format == "json":
        from celery.signals import setup_logging

        from client.logs import configure_json

        # With a receiver connected, Celery leaves logging to us.
        setup_logging.connect(lambda **_: configure_json(loglevel), weak=False)
    from client.logs import follow_requests_into_tasks

    follow_requests_into_tasks()
    create_celery(settings).worker_main(argv)


def _client(url: str | None, api_key: str | None) -> RecordsmithClient:
    from client.sdk import RecordsmithClient
    from store import Settings

    settings = Settings()
    key = api_key or settings.api_key
    key_file = settings.data_dir / "api-key"
    if not key and key_file.exists():  # the key `recordsmith serve` created
        key = key_file.read_text(encoding="utf-8").strip()
    if not key:
        raise typer.BadParameter("give --api-key or set RECORDSMITH_API_KEY")
    return RecordsmithClient(url or settings.url, key)


UrlOption = Annotated[str | None, typer.Option("--url", help="server (default: RECORDSMITH_URL or "
                                                             "http://127.0.0.1:8000)")]
KeyOption = Annotated[str | None, typer.Option("--api-key", help="API key (default: RECORDSMITH_API_KEY)")]


@app.command()
def submit(
    paths: Annotated[list[Path], typer.Argument(help="text files to submit", exists=True, dir_okay=False)],
    wait: Annotated[bool, typer.Option("--wait", help="wait until every job has finished")] = False,
    published_at: Annotated[str | None, typer.Option(help="publication date (ISO) of the documents")] = None,
    url: UrlOption = None,
    api_key: KeyOption = None,
) -> None:
    """Submit documents to a running server; prints one JSON line per document."""
    from rich.console import Console
    from rich.progress import Progress

    from client.sdk import ApiError

    console = Console(stderr=True)
    failed = False
    with _client(url, api_key) as client:
        try:
            jobs = [(path, client.submit(path.read_text(encoding="utf-8"), title=path.name,
                                         published_at=published_at)) for path in paths]
            if wait:
                with Progress(console=console, transient=True) as progress:
                    bar = progress.add_task("extracting", total=len(jobs))
                    for _, job in jobs:
                        job["status"] = client.wait(job["job_id"])["status"]
                        progress.advance(bar)
        except ApiError as exc:
            console.print(f"[bold red]{exc}[/]")
            raise typer.Exit(1) from exc
    for path, job in jobs:
        failed |= job["status"] == "failed"
        sys.stdout.write(orjson.dumps({"path": str(path), **job}).decode() + "\n")
    raise typer.Exit(1 if failed else 0)


@app.command()
def results(
    id: Annotated[str, typer.Argument(help="a document id (doc_...) or a job id (job_...)")],
    wait: Annotated[bool, typer.Option("--wait", help="wait for the job to finish first")] = False,
    url: UrlOption = None,
    api_key: KeyOption = None,
) -> None:
    """Print a document's ExtractionResult (JSON)."""
    from rich.console import Console

    from client.sdk import ApiError

    with _client(url, api_key) as client:
        try:
            document_id = client.job(id)["document_id"] if id.startswith("job_") else id
            if wait:
                client.wait(client.result_job_id(document_id))
            result = client.result(document_id)
        except ApiError as exc:
            Console(stderr=True).print(f"[bold red]{exc}[/]")
            raise typer.Exit(1) from exc
    sys.stdout.buffer.write(orjson.dumps(result, option=orjson.OPT_INDENT_2) + b"\n")


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

"""The HTTP API (FastAPI): `api.main.create_app` builds it. Imports store and schemas, never the engine."""

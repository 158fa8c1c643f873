# recordsmith: one image for the API and the worker (`docker compose` picks the command).
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY schemas ./schemas
COPY extractor ./extractor
COPY store ./store
COPY worker ./worker
COPY api ./api
COPY client ./client
RUN python -m venv /opt/venv && /opt/venv/bin/pip install .

FROM python:3.11-slim
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    RECORDSMITH_DATA_DIR=/app/data
RUN useradd --system --uid 10001 --home-dir /app --create-home --shell /usr/sbin/nologin recordsmith
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
USER recordsmith
EXPOSE 8000
# Exec form: recordsmith is PID 1 and receives SIGTERM itself (the worker finishes its task, the API drains).
ENTRYPOINT ["recordsmith"]
CMD ["api", "--host", "0.0.0.0", "--port", "8000"]

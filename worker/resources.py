"""What each worker process opens once: its store (prefork children must not share the parent's sockets),
counting documents and webhook deliveries for `/metrics` as it writes."""

from __future__ import annotations

import os

from store import get_settings
from store.metrics import MeteredStore

_stores: dict[int, MeteredStore] = {}


def process_store() -> MeteredStore:
    pid = os.getpid()
    if pid not in _stores:
        _stores[pid] = MeteredStore.from_settings(get_settings())
    return _stores[pid]

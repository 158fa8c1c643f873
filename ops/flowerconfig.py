"""Celery settings Flower needs to see recordsmith's queue (`docker compose --profile monitoring up`).

recordsmith's broker keys live under `{RECORDSMITH_KEY_PREFIX}:celery:` (store.queue.celery_config), so
Flower must use the same kombu key prefix, or it watches an empty broker.
"""

import os

broker_transport_options = {"global_keyprefix": f"{os.environ.get('RECORDSMITH_KEY_PREFIX', 'rs')}:celery:"}

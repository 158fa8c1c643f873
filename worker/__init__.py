"""Celery worker: the queue's consumer. `recordsmith worker` starts it; `worker.app.create_celery` builds it."""

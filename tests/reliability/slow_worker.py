"""`recordsmith worker` with an engine slowed down by RECORDSMITH_TEST_ENGINE_DELAY seconds per document, so
that tests can kill or stop a worker while tasks are surely in flight. Run as a script: the arguments are
those of `recordsmith worker`."""

import os
import sys
import time

import worker.tasks
from client.cli import app

DELAY = float(os.environ.get("RECORDSMITH_TEST_ENGINE_DELAY", "0"))
real_extract = worker.tasks.extract


def slow_extract(text, *args, **kwargs):
    time.sleep(DELAY)
    return real_extract(text, *args, **kwargs)


worker.tasks.extract = slow_extract
app(["worker", *sys.argv[1:]])

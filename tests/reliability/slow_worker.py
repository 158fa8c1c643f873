"""`recordsmith worker` with an engine slowed down by RECORDSMITH_TEST_ENGINE_DELAY seconds per document (alone or
in a run), so that tests can kill or stop a worker while tasks are surely in flight. Run as a script: the arguments are
those of `recordsmith worker` (worker.main, which that command execs into)."""

import os
import sys
import time

import worker.tasks
from worker.main import main

DELAY = float(os.environ.get("RECORDSMITH_TEST_ENGINE_DELAY", "0"))
real_extract = worker.tasks.extract
real_extract_many = worker.tasks.extract_many


def slow_extract(text, *args, **kwargs):
    time.sleep(DELAY)
    return real_extract(text, *args, **kwargs)


def slow_extract_many(requests):
    time.sleep(DELAY * len(requests))
    return real_extract_many(requests)


worker.tasks.extract = slow_extract
worker.tasks.extract_many = slow_extract_many
main(sys.argv[1:])

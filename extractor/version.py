"""Bumped whenever the engine's output can change for the same input."""

EXTRACTOR_VERSION = "0.1.0"

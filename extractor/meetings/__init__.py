"""Meetings (issue #5): who met whom, when, where and about what, grounded in the text.

    find_meetings(doc, entities, dates, language) -> list[schemas.Meeting]

Triggers come from extractor/lexicons/meetings_triggers.tsv; participants are canonical entities of
the entity layer (pronouns and descriptions resolved through it); a meeting needs two of them.
"""

from extractor.meetings.finder import find_meetings

__all__ = ["find_meetings"]

"""EntityTable: the document's entities and mentions, and resolve() for the speech and meeting stages."""

from __future__ import annotations

import bisect
from operator import attrgetter

from extractor.entities import coref, nominal
from extractor.entities.group import Grouper
from extractor.entities.model import PRONOUN, EntityDraft, Mention
from extractor.text import Document
from schemas import Entity, EntityType, Span, SpeakerRef, trusted


class EntityTable:
    """Entities in order of first mention; mentions sorted by start. resolve() adds to both."""

    def __init__(self, doc: Document, grouper: Grouper, quote_spans: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = doc.text
        self._grouper = grouper
        self.quote_spans = quote_spans
        self._quote_starts = [s for s, _ in quote_spans]
        self.entities: list[EntityDraft] = []
        self._features: dict[int, tuple[int, float, bool]] = {}
        self._speakers: set[int] = set()
        self.lead_org: EntityDraft | None = None  # the organisation the article opens on (coref.lead_org)
        self.lead_org_known = False
        # what inserting them one by one (`_insert`) in order of (start, -end) made: a mention goes before those with
        # its start, so that spans of one start run from the shortest, and the same span from the latest mention
        self._mentions: list[Mention] = sorted(reversed(grouper.mentions), key=_BY_START)
        self._starts: list[int] = [m.start for m in self._mentions]
        self._order_entities()

    # -- bookkeeping ---------------------------------------------------------------------------------
    def _order_entities(self) -> None:
        mentioned = [e for e in self._grouper.entities if e.mentions]
        mentioned.sort(key=_first_start)
        rest = [e for e in self._grouper.entities if not e.mentions]
        self.entities = mentioned + rest
        for n, ent in enumerate(self.entities, 1):
            ent.id = f"e{n}"
        self._entity_ids = {id(e) for e in self.entities}

    def _insert(self, mention: Mention) -> None:
        i = bisect.bisect_left(self._starts, mention.start)
        self._starts.insert(i, mention.start)
        self._mentions.insert(i, mention)

    def register(self, mention: Mention) -> Mention:
        """Add a mention made outside the table (coreference, anonymous sources) to its entity and the table."""
        existing = self._same_span(mention.start, mention.end)
        if existing is not None and existing.entity is not None:
            return existing  # the span was resolved before: keep one answer per span
        ent = mention.entity
        if ent is not None:
            if id(ent) not in self._entity_ids:
                ent.id = f"e{len(self.entities) + 1}"
                self.entities.append(ent)
                self._entity_ids.add(id(ent))
                self._grouper.entities.append(ent)
            bisect.insort(ent.mentions, mention, key=_mention_start)
        self._insert(mention)
        return mention

    def _same_span(self, start: int, end: int) -> Mention | None:
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._mentions) and self._mentions[i].start == start:
            if self._mentions[i].end == end:
                return self._mentions[i]
            i += 1
        return None

    def new_entity(self, name: str, typ: EntityType, words: list[str] | None = None) -> EntityDraft:
        """An entity first met in resolve() (an anonymous source, a group); it joins the table when registered."""
        ent = self._grouper.new_entity(name, typ, words or name.split())
        self._grouper.entities.remove(ent)
        return ent

    # -- queries -------------------------------------------------------------------------------------
    @property
    def mentions(self) -> list[Mention]:
        return self._mentions

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Name, description and anonymous mentions lying inside [start, end), sorted by start."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self._mentions) and self._mentions[i].start < end:
            m = self._mentions[i]
            if m.end <= end and m.kind != PRONOUN:
                out.append(m)
            i += 1
        return out

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The known mention overlapping [start, end) (the longest), if any."""
        i = bisect.bisect_left(self._starts, start)
        # mentions starting before `start` may still overlap it; names are short, so look back a little
        j = i
        while j > 0 and self._mentions[j - 1].start > start - 200:
            j -= 1
        best = None
        for m in self._mentions[j:]:
            if m.start >= end:
                break
            if m.end > start and (best is None or m.end - m.start > best.end - best.start):
                best = m
        return best

    def features(self, m: Mention) -> tuple[int, float, bool]:
        """(sentence index, subject weight, inside a quotation) of a mention, computed once."""
        key = id(m)
        got = self._features.get(key)
        if got is None:
            got = (self.doc.sentence_index(m.start), coref.subject_weight(self, m), self.in_quote(m.start))
            self._features[key] = got
        return got

    def in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, offset) - 1
        return i >= 0 and self.quote_spans[i][0] <= offset < self.quote_spans[i][1]

    def before(self, offset: int, window_start: int, limit: int | None = None) -> list[Mention]:
        """Mentions with an entity ending at or before `offset` and starting at or after `window_start`
        (at most the last `limit` of them), in text order."""
        lo = bisect.bisect_left(self._starts, window_start)
        hi = bisect.bisect_left(self._starts, offset)
        if limit is not None:
            lo = max(lo, hi - limit)
        return [m for m in self._mentions[lo:hi] if m.entity is not None and m.end <= offset]

    def after(self, offset: int, window_end: int) -> list[Mention]:
        lo = bisect.bisect_left(self._starts, offset)
        hi = bisect.bisect_left(self._starts, window_end)
        return [m for m in self._mentions[lo:hi] if m.entity is not None]

    # -- resolution ----------------------------------------------------------------------------------
    def resolve(self, start: int, end: int) -> Mention | None:
        """Resolve the noun phrase text[start:end] to a mention of its canonical entity (see ENTITY_API.md)."""
        return self._resolve(start, end, speaker=True)

    def resolve_in_passing(self, start: int, end: int) -> Mention | None:
        """resolve() for a phrase met while reading, not asked about as a speaker or participant."""
        return self._resolve(start, end, speaker=False)

    def _resolve(self, start: int, end: int, speaker: bool) -> Mention | None:
        # a phrase that is a known mention once trimmed, as `nominal.parse` trims it, is that mention: parsing
        # it would find the same span, and words in it since it opens on a letter
        ts, te = nominal.trim(self.text, start, end)
        if ts < te and self.text[ts].isalpha():
            known = self._same_span(ts, te)
            if known is not None and known.entity is not None:
                if speaker:
                    self._speakers.add(id(known))
                return known
        np = nominal.parse(self.text, start, end)
        if np is None or not np.words:
            return None
        known = self._same_span(np.start, np.end)
        if known is not None and known.entity is not None:
            if speaker:
                self._speakers.add(id(known))
            return known
        mention = coref.resolve_phrase(self, np)
        if mention is None:
            return None
        mention = self.register(mention)
        # what resolve() is asked about is a speaker or participant: salient for the pronouns that follow
        if speaker:
            self._speakers.add(id(mention))
        return mention

    def is_speaker(self, mention: Mention) -> bool:
        return id(mention) in self._speakers

    def speaker_ref(self, mention: Mention) -> SpeakerRef:
        ent = mention.entity
        if ent is None:
            raise ValueError(f"mention {mention!r} is not resolved to an entity")
        return trusted(SpeakerRef)(entity_id=ent.id, name=ent.name, start=mention.start, end=mention.end)

    def records(self) -> list[Entity]:
        """Entities with at least one mention (and the entities they are affiliated with), as schema records."""
        keep = [e for e in self.entities if e.mentions]
        ids = {id(e) for e in keep}
        for ent in list(keep):
            aff = ent.affiliation
            while aff is not None and id(aff) not in ids:
                keep.append(aff)
                ids.add(id(aff))
                aff = aff.affiliation
        keep.sort(key=lambda e: int(e.id[1:]))
        entity, span = trusted(Entity), trusted(Span)
        return [
            entity(
                id=e.id,
                name=e.name,
                type=e.type,
                mentions=[span(start=m.start, end=m.end, text=m.text) for m in sorted(e.mentions, key=_BY_START)],
                roles=list(e.roles),
                affiliation=e.affiliation.id if e.affiliation is not None else None,
            )
            for e in keep
        ]


def _mention_start(m: Mention) -> int:
    return m.start


def _first_start(ent: EntityDraft) -> int:
    return min([m.start for m in ent.mentions])


_BY_START = attrgetter("start", "end")  # (start, end), read in C

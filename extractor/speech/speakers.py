"""Speaker phrases to canonical entities: the entity layer first, then two fallbacks of our own.

`EntityTable.resolve` reads a phrase ("he", "the ministry", "Sen. Ted Cruz"). When it finds nothing:
- a phrase it cannot read whole may hold a name it can ('another friend, Mariam Emara');
- a pronoun or a definite description standing for a speaker ('“…,” she said', '“…,” the retired
  neurosurgeon told REVOLT TV') most often continues the latest compatible speaker: quoted speech
  runs in turns. The reference then points at the phrase itself, with the continued speaker's entity.
Phrases are resolved in reading order so that the latest speaker is known when a pronoun comes.
"""

from __future__ import annotations

from itertools import chain

import regex

from extractor.entities import EntityTable, Mention
from extractor.entities.coref import is_subject
from extractor.entities.lexicon import nominals, places
from extractor.entities.model import DESCRIPTION, GPE, NAME, ORG, PERSON, PRONOUN, EntityDraft
from extractor.speech.words import word_set
from schemas import EntityType, SpeakerRef, trusted

_NAME_RUN = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*")
_SHORT_NAME = regex.compile(r"\p{Lu}[\p{L}'’-]+")
# the words after a modifier, up to the phrase's head ('U.S. refiners', 'the Swiss-based drugs group')
_LOWER_TAIL = regex.compile(r"(?:-\p{Ll}+)?(?:\s+\p{Ll}[\p{L}-]*)+")
_DEFINITE = regex.compile(r"(?:the|this|that)\s+\p{Ll}", regex.IGNORECASE)
_GENDERED = {"he": "male", "she": "female"}
_TYPES = {t.value: t for t in EntityType}  # a member by its value without the Enum's call (see entities.model)
_GROUP_PRONOUNS = word_set("speaker_group_pronouns")
# '“…,” said one.' after 'Diplomats said', 'Another added' after 'a dealer said': one of the same unnamed sources
_PARTITIVES = word_set("speaker_partitives")
# 'the statement', 'the joint communique': a document standing for its unnamed issuer
_DOCUMENT_PHRASE = regex.compile(r"(?i:the)\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)")
_DOCUMENT_WORDS = word_set("speaker_issued_documents")
# 'the BHP statement', 'A World Bank statement', 'an Interior Ministry communique': the name written before the
# document noun is its issuer
_NAMED_DOCUMENT = regex.compile(
    r"(?:(?i:the|an?)\s+)?(?:\p{Ll}+\s+){0,2}?(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*)*)\s+(\p{Ll}+)"
)
# between a document noun and its author read as the speaker: 'report | by | the ministry', 'statement | issued by | …'
_AUTHOR_LINK = regex.compile(
    r"\s+(?:(?:issued|released|published|prepared|filed|written|sent|signed)\s+)?(?:of|by|from)\s+"
)
# where a document was the setting of an earlier speech act: 'said in a statement', 'said in its annual report'
_SETTING_BEFORE = regex.compile(
    r"\b(?:said|says|announced|stated|added|reported|disclosed|noted|told|wrote|explained|confirmed)\s+"
    r"(?:\p{L}+\s+){0,3}?(?:in|at)\s+(?:a|an|its|the|his|her|their)\s+(?:\p{L}+\s+){0,2}$"
)
_TURN_WINDOW = 1500  # characters within which a pronoun may continue the latest speaker
_NAME_AROUND = 80  # characters before a phrase read for a name that ends with it
_TURN_SENTENCES = 3  # sentences back a speaker's turn may run on past the entity layer's own reading
_APPOSITION_REACH = 3  # characters after a description where the name set beside it opens (", ")
# confidence factors by how a speaker phrase was read: a name (or an anonymous source named by its own phrase)
# is what the text says; pronouns and descriptions are the entity layer's inference; a turn carried on is a guess
_EVIDENCE = {PRONOUN: 0.9, DESCRIPTION: 0.9, "turn": 0.85, "continued": 0.8}


class Speakers:
    """Resolves each speaker phrase once; remembers the latest resolved speaker."""

    def __init__(self, entities: EntityTable, text: str) -> None:
        self.entities = entities
        self.text = text
        self.cache: dict[tuple[int, int], SpeakerRef | None] = {}
        self.evidence: dict[tuple[int, int], float] = {}  # how sure each phrase's reading is (see _EVIDENCE)
        self.recent: list[tuple[int, Mention]] = []  # (offset, mention) of resolved speakers, reading order
        self.issuers: dict[str | None, Mention] = {}  # a document entity's issuer, by the document's entity id

    def ref(self, span: tuple[int, int] | None) -> SpeakerRef | None:
        if span is None:
            return None
        if span not in self.cache:
            self.cache[span] = self._issued_by(span, self._resolve(span))
        return self.cache[span]

    def _issued_by(self, span: tuple[int, int], ref: SpeakerRef | None) -> SpeakerRef | None:
        """A document read as the speaker ('the statement said', and 'it said' after it) speaks for its issuer
        when the text tells who that is (`_document_issuer`)."""
        issuer = self.issuers.get(ref.entity_id if ref is not None else None)
        if issuer is None:
            if not self._ends_on_document_word(span):
                return ref  # neither reading below can match (most phrases: a test of one word, not two patterns)
            issuer = self._named_issuer(span) or self._document_issuer(span)
            if issuer is None:
                return ref
            if ref is not None:
                self.issuers[ref.entity_id] = issuer
        self.evidence[span] = _EVIDENCE["continued"]
        ent = issuer.entity
        assert ent is not None
        return trusted(SpeakerRef)(entity_id=ent.id, name=ent.name, start=span[0], end=span[1])

    def is_person(self, span: tuple[int, int] | None) -> bool:
        """Whether the phrase resolves to someone surely a person (a nominal speech act needs one: see nominal_acts),
        not a lone capitalised word typed a person for want of a better guess."""
        ref = self.ref(span)
        ent = next((e for e in self.entities.entities if ref is not None and e.id == ref.entity_id), None)
        return ent is not None and ent.type is PERSON and not ent.guessed_person

    def weight(self, span: tuple[int, int] | None) -> float:
        """How far the speaker read for `span` can be trusted: a name written there beats a pronoun resolved by the
        entity layer, which beats a speaker carried over from earlier turns."""
        return self.evidence.get(span, 1.0) if span is not None else 1.0

    def _resolve(self, span: tuple[int, int]) -> SpeakerRef | None:
        mention = self.entities.resolve(*span)
        if mention is not None and mention.entity is not None and mention.end - mention.start < span[1] - span[0]:
            # a name read as only its tail ('Procter and Gamble said' read as 'Gamble'): the one entity the phrase
            # names whole, if the text has one
            mention = self._named_whole(span) or mention
        if mention is None or mention.entity is None:
            mention = self._name_around(span) or self._name_inside(span) or self._short_name(span)
        if mention is not None and self._bare_demonym(span, mention):
            # 'Cuban said' after 'Mark Cuban', else no one (not a body the word opens: 'Polish National Bank')
            mention = self._short_name(span)
            if mention is None or mention.entity is None or mention.entity.type is not PERSON:
                return None
        if mention is not None and self._place_as_modifier(span, mention):
            return None
        if mention is not None and mention.entity is not None:
            turn = self._turn_over(span, mention)
            if turn is not None:
                ent = turn.entity
                assert ent is not None
                self.recent.append((span[0], turn))
                self.evidence[span] = _EVIDENCE["turn"]
                return trusted(SpeakerRef)(entity_id=ent.id, name=ent.name, start=span[0], end=span[1])
            self.recent.append((span[0], mention))
            self.evidence[span] = _EVIDENCE.get(mention.kind, 1.0)
            return self.entities.speaker_ref(mention)
        continued = self._continued(span)
        if continued is None or continued[1].entity is None:
            return None
        self.evidence[span] = _EVIDENCE["continued"]
        ent = continued[1].entity
        return trusted(SpeakerRef)(entity_id=ent.id, name=ent.name, start=span[0], end=span[1])

    def _place_as_modifier(self, span: tuple[int, int], mention: Mention) -> bool:
        """Whether the name read is a state or nation that only modifies the phrase's head ('U.S. refiners', 'Japanese
        press reports', 'Hawaii and Louisiana growers'): the people or body the head names spoke, not the country."""
        ent = mention.entity
        return (
            mention.kind == NAME
            and ent is not None
            and ent.type is GPE
            and span[0] <= mention.start
            and _LOWER_TAIL.fullmatch(self.text, mention.end, span[1]) is not None
        )

    def _bare_demonym(self, span: tuple[int, int], mention: Mention) -> bool:
        """Whether the phrase is a nationality adjective alone read as its country ('Cuban said' for Mark Cuban,
        'American said' for a company the text never names in full): an adjective names no speaker ('the Japanese said'
        stands for people)."""
        ent = mention.entity
        if mention.kind != NAME or ent is None or ent.type is not GPE:
            return False  # (a company's short name the entity layer read stands: 'American' for American Airlines)
        phrase = self.text[span[0] : span[1]]
        place = places().get(phrase)
        # (a plural names the people: 'Palestinians say')
        return place is not None and place.kind == "demonym" and not phrase.endswith("s")

    def _turn_over(self, span: tuple[int, int], mention: Mention) -> Mention | None:
        """A pronoun or description the entity layer read as someone who has not spoken ('He said' after a
        sentence naming a company the speaker came from) continues a speaker of the last few sentences
        instead: in news prose reporting clauses run in turns ('Cassoni said … The executive said … He said')."""
        ent = mention.entity
        phrase = self.text[span[0] : span[1]].lower()
        if mention.kind not in (PRONOUN, DESCRIPTION) or (
            any(m.entity is ent for _, m in self.recent) and not self._they_for_the_report_s_subject(span, phrase, ent)
        ):
            return None
        if mention.kind == DESCRIPTION and not _speaking_description(self.text[span[0] : span[1]]):
            return None
        turn = self._continued(span, speakers_only=True, besides=ent)
        if turn is None:
            return None
        doc = self.entities.doc
        here = doc.sentence_index(span[0])
        if here - doc.sentence_index(turn[0]) > _TURN_SENTENCES:
            return None
        # the entity layer's antecedent stands: a subject of an earlier sentence ('Ban Ki-moon condemned the test.
        # “…,” he told reporters'), unless it is only named in what the reporting clause reports ('Kidder has
        # advised GenCorp, he said')
        # (not the turn's own speaker: a description there was itself turned over to the turn, 'The bank said … The
        # bank said')
        last = next(
            (
                m for m in reversed(self.entities.mentions_in(turn[0], span[0]))
                if m.entity is ent and m.start != turn[0]
            ),
            None,
        )
        if last is None:
            # 'he'/'she' whose antecedent was last named before this speaker's turn continues the turn, and so does an
            # organisation's description the entity layer read as a body never named ('Standard and Poor's Corp said
            # … The agency said'); a person's description read as someone new ('the announcer') stands, and so does
            # 'it' for a state or company; the body is never named when the text only described it before, the same
            # way ('The bank said … The bank said')
            unnamed_body = mention.kind == DESCRIPTION and _description_type(phrase) is ORG and not any(
                m.start < span[1] + _APPOSITION_REACH and m.kind != DESCRIPTION for m in ent.mentions
            )  # (named before, or right after in apposition: 'the central bank, Bank Negara, said')
            return turn[1] if phrase in _GENDERED or unnamed_body else None
        if doc.sentence_index(last.start) != here and is_subject(self.entities, last):
            return None
        return turn[1]

    def _they_for_the_report_s_subject(self, span: tuple[int, int], phrase: str, ent: EntityDraft) -> bool:
        """'The Canadian mine insisted on the price, they said': a 'they' in a closing reporting clause that the entity
        layer read as a body that is not a group of people, named earlier in the same sentence (what the clause
        reports), even one that spoke there; the people whose turn it is are the 'they'."""
        if phrase != "they" or (ent.type is PERSON and ent.plural):
            return False
        if not self.text[max(0, span[0] - 3) : span[0]].rstrip().endswith(","):
            return False  # a reporting clause closing its sentence: '…, they said'
        sentence = self.entities.doc.sentence_at(span[0])
        return sentence is not None and any(m.entity is ent for m in self.entities.mentions_in(sentence.start, span[0]))

    def _ends_on_document_word(self, span: tuple[int, int]) -> bool:
        """Whether the phrase's last word is a document noun ('statement', 'report'), as both `_named_issuer` and
        `_document_issuer` need: the word their patterns read last follows a space and ends the phrase."""
        words = self.text[span[0] : span[1]].rsplit(None, 1)
        return bool(words) and words[-1].lower() in _DOCUMENT_WORDS

    def _named_issuer(self, span: tuple[int, int]) -> Mention | None:
        """The body or person named before the document noun of 'the BHP statement', 'A World Bank statement': the
        one entity the text names so, here or elsewhere (a lookup only: asking the entity layer to read the name
        would register it, and a new mention moves the coreference of what follows)."""
        m = _NAMED_DOCUMENT.fullmatch(self.text, *span)
        if m is None or m.group(2) not in _DOCUMENT_WORDS:
            return None
        name = m.group(1)
        named = {
            id(e): mention
            for e in self.entities.entities
            if e.type in (ORG, GPE, PERSON)
            for mention in e.mentions
            if mention.text == name
        }
        return next(iter(named.values())) if len(named) == 1 else None

    def _document_issuer(self, span: tuple[int, int]) -> Mention | None:
        """Who issued the document a bare 'the statement' or 'the report' stands for: the speaker who 'said in a
        statement' before it, or the name the document was written with ('The BHP statement said'), or whoever an
        earlier 'the statement' was read as."""
        m = _DOCUMENT_PHRASE.fullmatch(self.text, *span)
        if m is None or m.group(1).lower() not in _DOCUMENT_WORDS:
            return None
        noun = m.group(1)
        lo = max(0, span[0] - _TURN_WINDOW)
        for earlier in reversed(list(regex.finditer(rf"\b{regex.escape(noun)}\b", self.text[lo : span[0]]))):
            at = lo + earlier.start()
            for (start, end), ref in self.cache.items():
                # an earlier 'the statement' or 'The BHP statement', already read, or the author read after it ('A
                # report by the ministry said', 'The annual report of X said')
                if start <= at < end or _AUTHOR_LINK.fullmatch(self.text, at + len(noun), start):
                    if ref is None:
                        return None
                    # (read as a document's issuer, or as the speaker itself: 'the Renault statement' was Renault)
                    earlier_speakers = chain(self.issuers.values(), (mm for _, mm in reversed(self.recent)))
                    return self.issuers.get(ref.entity_id) or next(
                        (mm for mm in earlier_speakers if mm.entity and mm.entity.id == ref.entity_id), None
                    )
            before = self.text[max(0, at - 40) : at]
            owner = next((mm for mm in reversed(self.entities.mentions_in(max(0, at - 40), at))
                          if mm.kind == NAME and mm.entity is not None and not self.text[mm.end : at].strip()), None)
            if owner is not None and owner.entity.type in (ORG, PERSON):
                return owner  # 'The BHP statement said', 'the USDA report'
            if _SETTING_BEFORE.search(before):
                here = self.entities.doc.sentence_index(at)
                return next((mm for start, mm in reversed(self.recent)
                             if start < at and self.entities.doc.sentence_index(start) == here), None)
        return None

    def _name_around(self, span: tuple[int, int]) -> Mention | None:
        """A name the entity layer read whole around a phrase read as its tail ('Harris Upham and Co' in 'Smith
        Barney, Harris Upham and Co said'), or as the tail of a phrase a fronted word and its comma open
        ('Afterwards, Reynolds and Reynolds told')."""
        text = self.text
        for mention in self.entities.mentions_in(max(0, span[0] - _NAME_AROUND), span[1]):
            if mention.kind != NAME or mention.entity is None or mention.end != span[1]:
                continue
            # partners in commas or joined by 'and', not a headline's words
            if mention.start < span[0] and text.endswith((", ", " and "), mention.start, span[0]):
                return mention
            if span[0] < mention.start and text.endswith(", ", span[0], mention.start):
                return mention
        return None

    def _name_inside(self, span: tuple[int, int]) -> Mention | None:
        for run in reversed(list(_NAME_RUN.finditer(self.text, *span))):
            if (run.start(), run.end()) != span:
                mention = self.entities.resolve(run.start(), run.end())
                if mention is not None and mention.entity is not None:
                    return mention
        return None

    def _named_whole(self, span: tuple[int, int]) -> Mention | None:
        """The one entity whose name is the phrase, word for word (a lookup only, as in `_named_issuer`)."""
        phrase = self.text[span[0] : span[1]]
        if not phrase[:1].isupper():
            return None  # (a name opens on a capital: most phrases, 'the company', 'he', are read no further)
        hits = [e for e in self.entities.entities if e.name == phrase and any(m.kind == NAME for m in e.mentions)]
        return Mention(span[0], span[1], phrase, NAME, hits[0]) if len(hits) == 1 else None

    def _short_name(self, span: tuple[int, int]) -> Mention | None:
        """A capitalised word the entity layer passed over as a sentence's first word ('Walker said', 'Western also
        said', 'Sun said' after 'Sun Co Inc') that is, in this document, the one person's surname or the one
        organisation's first word."""
        word = self.text[span[0] : span[1]]
        if not _SHORT_NAME.fullmatch(word):
            return None
        hits = [
            e
            for e in self.entities.entities
            if any(m.kind == NAME for m in e.mentions)  # not 'spokesman for Varity', an unnamed source
            and (len(parts := e.name.split()) > 1 or (e.type is ORG and e.name != e.mentions[0].text))
            and parts[-1 if e.type is PERSON else 0].rstrip(",") == word  # ("Kidder, Peabody": its first word)
            and e.type in (PERSON, ORG)
        ]
        return Mention(span[0], span[1], word, NAME, hits[0]) if len(hits) == 1 else None

    def _continued(
        self, span: tuple[int, int], speakers_only: bool = False, besides: EntityDraft | None = None
    ) -> tuple[int, Mention] | None:
        """The latest earlier speaker a pronoun or a definite description can stand for, with its offset (other than
        `besides`, when given)."""
        phrase = self.text[span[0] : span[1]].lower()
        gender = _GENDERED.get(phrase)
        group = phrase in _GROUP_PRONOUNS
        if phrase in _PARTITIVES:
            return self._source_of_partitive(span)
        if gender is None and not group and not _DEFINITE.match(phrase):
            return None
        noun_type = None if gender or group else _description_type(phrase)
        one_person: tuple[int, Mention] | None = None  # the latest speaker who is one person, whatever the gender
        for at, mention in reversed(self.recent):
            if span[0] - at > _TURN_WINDOW:
                break
            if at >= span[0]:
                continue
            ent = mention.entity
            if _fits(mention, gender, group, phrase == "it") and noun_type in (None, ent.type) and ent is not besides:
                return at, mention
            if one_person is None and _one_person(ent):
                one_person = at, mention
        if gender is None or speakers_only:
            return None
        # no speaker yet: the latest person named before the pronoun ('Rakeyia Scott can be heard … “…,” she says')
        for mention in reversed(self.entities.mentions_in(max(0, span[0] - _TURN_WINDOW), span[0])):
            if mention.kind == NAME and _fits(mention, gender, group):
                return mention.start, mention
        # nobody of the pronoun's gender anywhere near: a gender read off a first name was the wrong guess ('Beryl
        # Sprinkel said … “…,” he said'), and the pronoun continues the latest speaker who is one person
        return one_person

    def _source_of_partitive(self, span: tuple[int, int]) -> tuple[int, Mention] | None:
        """The unnamed source a 'one' or 'another' is one of: the latest earlier speaker within the turn window that
        is people the text never names ('diplomats', 'a dealer'); after a named speaker it is no one we know."""
        for at, mention in reversed(self.recent):
            if span[0] - at > _TURN_WINDOW:
                return None
            ent = mention.entity
            if at < span[0] and ent is not None:
                unnamed = ent.type is PERSON and not any(m.kind == NAME for m in ent.mentions)
                return (at, mention) if unnamed else None
        return None


def _description_type(phrase: str) -> EntityType | None:
    """The entity type a description's head noun names ('the company' ORG, 'the spokesman' PERSON), if known."""
    nominal = nominals().get(phrase.rsplit(None, 1)[-1])
    return _TYPES[nominal.type] if nominal is not None else None


def _speaking_description(phrase: str) -> bool:
    """A bare 'the company', 'the spokesman', 'the rating agency' stands for a speaker; 'the complaint', 'the report'
    are documents of their own, and 'the Soviet leader' says who it means by itself (`phrase` as written)."""
    words = phrase.split()
    return (
        2 <= len(words) <= 3
        and all(w.islower() for w in words[1:])
        and _description_type(phrase.lower()) in (PERSON, ORG, GPE)
    )


def _one_person(ent: EntityDraft | None) -> bool:
    return ent is not None and ent.type is PERSON and not ent.plural


def _fits(mention: Mention, gender: str | None, group: bool, thing: bool = False) -> bool:
    """Can a pronoun of this gender (or a group pronoun, 'it' when `thing`, or a description) stand for the
    mention's entity? 'it' is never people ('industry officials' are 'they')."""
    ent = mention.entity
    if ent is None:
        return False
    if gender is not None:
        return _one_person(ent) and ent.gender in (None, gender)
    if group:
        return not _one_person(ent) and not (thing and ent.type is PERSON)
    return True

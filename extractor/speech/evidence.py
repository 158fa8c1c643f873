"""Evidence is no speaker: 'the latest figures suggest that …', 'the talks underlined that …', 'a search of his home
revealed …' say what data or events show, not what anyone said. A verb that states evidence as well as speech
reports speech only from a person, a body, a document one issued, a name or a pronoun."""

from __future__ import annotations

import regex

from extractor.entities.lexicon import body_nouns, nominals, org_heads, role_words
from extractor.speech.words import word_set

_EVIDENTIAL = word_set("cue_evidential_lemmas")
# pronouns, parts of a group ('one of the dealers', 'some'), documents a body issues, and words for people or their
# words that the entity lexicon lacks ('shareholders', 'his remarks')
_SPEAKING_WORDS = (
    word_set("np_pronouns")
    | word_set("speaker_partitives")
    | word_set("source_partitive_heads")
    | word_set("speaker_issued_documents")
    | word_set("evidence_speaking_nouns")
)
_DETERMINERS = word_set("np_determiners")
# the head of 'the fragility of the recovery', 'the labeling on the product' stands before its first preposition
_POSTMODIFIER = regex.compile(r"\s(?:of|in|on|at|for|from|with|between|among|about|over)\s")
_WORD = regex.compile(r"\p{L}[\p{L}'’.&-]*")


def evidence_as_speaker(lemma: str, text: str, speaker: tuple[int, int]) -> bool:
    """Whether the speaker found for a cue of `lemma` is evidence, not someone who spoke: the cue is a verb that
    states evidence as well ('suggest', 'indicate', 'underline') and the phrase before its first preposition holds
    no name and no pronoun or noun for a person, a body or a document ('officials and academics at a conference',
    'the Senate Democratic leadership', 'a fellow analyst at X' speak)."""
    if lemma not in _EVIDENTIAL:
        return False
    start, end = speaker
    after_head = _POSTMODIFIER.search(text, start, end)
    words = _WORD.findall(text, start, after_head.start() if after_head else end)
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]  # 'The figures' opening a sentence is no name
    return bool(words) and not any(_speaking(word) for word in words)


def _speaking(word: str) -> bool:
    if word[0].isupper():
        return True  # a name ('Merrill Lynch', 'the Bundesbank')
    word = word.lower().replace("’", "'").removesuffix("'s").removesuffix("'")
    return any(_speaking_noun(part) for part in (word, *word.split("-")))  # 'director-general'


def _speaking_noun(word: str) -> bool:
    return (
        word in _SPEAKING_WORDS
        or word in nominals()
        or word in org_heads()
        or word in body_nouns()
        or word in role_words()
    )

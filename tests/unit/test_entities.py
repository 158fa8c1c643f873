"""Entity recognition, grouping and resolve() on short news-style sentences (our own) and the seed article."""

import re
from pathlib import Path

import pytest
from entity_stage import table_for

from extractor.entities import EntityDraft, EntityTable, Mention
from schemas import EntityType

SEED = (Path(__file__).resolve().parents[2] / "seeds" / "ctbt-russia-observador.txt").read_text(encoding="utf-8")


def entity_named(table: EntityTable, name: str) -> EntityDraft:
    hits = [e for e in table.entities if e.name == name]
    assert hits, f"no entity {name!r} in {[e.name for e in table.entities]}"
    return hits[0]


def resolve_text(table: EntityTable, phrase: str, occurrence: int = 0) -> Mention | None:
    """resolve() the `occurrence`-th whole-word occurrence of `phrase`."""
    hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", table.text)]
    start = hits[occurrence]
    return table.resolve(start, start + len(phrase))


@pytest.mark.parametrize(
    ("text", "name", "typ", "role", "affiliation"),
    [
        (
            "Prime Minister of New Zealand Bill English met the Chinese premier on Monday.",
            "Bill English",
            EntityType.PERSON,
            "Prime Minister",
            "New Zealand",
        ),
        (
            "U.S. Secretary of State John Kerry arrived in Geneva late on Sunday.",
            "John Kerry",
            EntityType.PERSON,
            "Secretary of State",
            "United States",
        ),
        (
            "Soviet leader Mikhail Gorbachev proposed a new arms deal.",
            "Mikhail Gorbachev",
            EntityType.PERSON,
            "leader",
            "Soviet Union",
        ),
        (
            "West German Finance Minister Gerhard Stoltenberg spoke to bankers in Frankfurt.",
            "Gerhard Stoltenberg",
            EntityType.PERSON,
            "Finance Minister",
            "West Germany",
        ),
        (
            "Talks were held with Robert Floyd, executive secretary of the Preparatory Commission of the "
            "Comprehensive Nuclear Test Ban Treaty Organization, in Vienna.",
            "Robert Floyd",
            EntityType.PERSON,
            "executive secretary of the Preparatory Commission of the Comprehensive Nuclear Test Ban Treaty "
            "Organization",
            "Preparatory Commission of the Comprehensive Nuclear Test Ban Treaty Organization",
        ),
        (
            "Russia's deputy foreign minister, Sergei Ryabkov, told reporters the offer stood.",
            "Sergei Ryabkov",
            EntityType.PERSON,
            "deputy foreign minister",
            "Russia",
        ),
        (
            "Deputy U.S. Trade Representative Michael Smith will lead the delegation.",
            "Michael Smith",
            EntityType.PERSON,
            "Deputy U.S. Trade Representative",
            "United States",
        ),
        (
            "The Russian Foreign Ministry issued a statement on Thursday.",
            "Russian Foreign Ministry",
            EntityType.ORG,
            None,
            "Russia",
        ),
        (
            "He met officials of the Japanese Ministry of International Trade and Industry in Tokyo.",
            "Ministry of International Trade and Industry",
            EntityType.ORG,
            None,
            "Japan",
        ),
        # a title with its complement stays out of the names around it
        (
            "The pound rose after Chancellor of the Exchequer Nigel Lawson spoke.",
            "Nigel Lawson",
            EntityType.PERSON,
            "Chancellor of the Exchequer",
            None,
        ),
        (
            "Chairman of the Federal Reserve Board Alan Greenspan testified.",
            "Alan Greenspan",
            EntityType.PERSON,
            "Chairman",
            "Federal Reserve Board",
        ),
        ("Officials of the Ministry of Trade met on Monday.", "Ministry of Trade", EntityType.ORG, None, None),
        # "and" before a second title joins two people, not a name and a title
        (
            "The minister will meet President Sheikh Zaid bin Sultan and Oil Minister Mana Said Oteiba on Monday.",
            "Zaid bin Sultan",
            EntityType.PERSON,
            None,
            None,
        ),
        ("Shares of Mitsui Co Ltd rose in early trading.", "Mitsui", EntityType.ORG, None, None),
        ("Exports from Brazil fell sharply in March.", "Brazil", EntityType.GPE, None, None),
    ],
)
def test_names_titles_and_affiliations(text, name, typ, role, affiliation):
    table = table_for(text)
    ent = entity_named(table, name)
    assert ent.type is typ
    if role is not None:
        assert role in ent.roles
    if affiliation is not None:
        assert ent.affiliation is not None and ent.affiliation.name == affiliation


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Russian officials were cautious about the plan.", "Russian", "Russia"),
        ("The American delegation left early.", "American", "United States"),
        ("Talks with the U.K. government stalled.", "U.K.", "United Kingdom"),
        ("He flew to Warsaw on Tuesday.", "Warsaw", "Warsaw"),
    ],
)
def test_places_and_nationality_adjectives(text, mention, name):
    table = table_for(text)
    found = table.mention_at(text.index(mention), text.index(mention) + len(mention))
    assert found is not None and found.entity is not None
    assert found.entity.name == name and found.entity.type is EntityType.GPE


@pytest.mark.parametrize(
    ("text", "phrase", "occurrence", "expected"),
    [
        # a surname, a courtesy title, a full name with its appositive
        ("Sergei Riabkov met the envoy. Riabkov said the talks were useful.", "Riabkov", 1, "Sergei Riabkov"),
        (
            "Bill Clinton campaigned in Ohio while Hillary Clinton stayed in New York. "
            "Mrs. Clinton said she was tired.",
            "Mrs. Clinton",
            0,
            "Hillary Clinton",
        ),
        (
            "Kenneth Baer, a former Obama administration official, said the deal was sound.",
            "Kenneth Baer, a former Obama administration official",
            0,
            "Kenneth Baer",
        ),
        # a pronoun two sentences back, past an organisation
        (
            "Gerhard Stoltenberg arrived in Paris on Monday. The Bundesbank kept rates steady. "
            '"We are satisfied," he said.',
            "he",
            0,
            "Gerhard Stoltenberg",
        ),
        # gender agreement picks the woman over the nearer man
        (
            "Angela Merkel met Emmanuel Macron in Berlin. They discussed trade. "
            '"It was a good day," she told reporters.',
            "she",
            0,
            "Angela Merkel",
        ),
        # an organisation is "it"
        (
            "The European Commission opened an inquiry into the merger. It said the deal could raise prices.",
            "It",
            0,
            "European Commission",
        ),
        # definite descriptions: the role, the organisation head word, the company
        (
            "Foreign Minister Sergei Lavrov met his Turkish counterpart. The minister said progress was made.",
            "The minister",
            0,
            "Sergei Lavrov",
        ),
        (
            "The Russian Foreign Ministry summoned the ambassador. The ministry said it was concerned.",
            "The ministry",
            0,
            "Russian Foreign Ministry",
        ),
        (
            "Toyota Motor Corp raised its forecast. The company said demand was strong.",
            "The company",
            0,
            "Toyota Motor",
        ),
        # a title standing before the name in another sentence
        (
            "Prime Minister Yasuhiro Nakasone met the visitors. The prime minister said Japan would help.",
            "The prime minister",
            0,
            "Yasuhiro Nakasone",
        ),
        # after a closing quote mark a capital is no sentence's first word: the surname alone is a name
        ('"Prices will rise next year," Smith said.', "Smith", 0, "Smith"),
        ("'We are ready,' Brown told reporters.", "Brown", 0, "Brown"),
        # a given name English has never seen makes a person even before a common surname
        (
            "Rakeyia Scott can be heard yelling at the officers. \"Don't shoot him,\" she says.",
            "she",
            0,
            "Rakeyia Scott",
        ),
        # a transcript writes the speaker's surname in capitals
        (
            'Maria Lopez, the economy minister, answered questions.\n\n"LOPEZ: Prices will rise and we will act."',
            "LOPEZ",
            0,
            "Maria Lopez",
        ),
    ],
)
def test_resolve(text, phrase, occurrence, expected):
    table = table_for(text)
    mention = resolve_text(table, phrase, occurrence)
    assert mention is not None and mention.entity is not None
    assert mention.entity.name == expected
    assert mention in mention.entity.mentions
    assert table.text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "phrase", "name", "affiliation"),
    [
        (
            "A senior U.S. official said the talks would resume.",
            "A senior U.S. official",
            "senior U.S. official",
            "United States",
        ),
        ("Officials said the plant would close.", "Officials", "Officials", None),
    ],
)
def test_anonymous_sources_are_their_own_entity(text, phrase, name, affiliation):
    table = table_for(text)
    mention = resolve_text(table, phrase)
    assert mention is not None and mention.kind == "anonymous"
    assert mention.entity is not None and mention.entity.name == name
    if affiliation:
        assert mention.entity.affiliation is not None and mention.entity.affiliation.name == affiliation
    assert mention.entity in table.entities


def test_possessive_pronoun_description_is_affiliated_to_its_owner():
    table = table_for("Clayton Yeutter left for Tokyo on Monday. His spokesman said the visit was routine.")
    mention = resolve_text(table, "His spokesman")
    assert mention is not None and mention.entity is not None
    assert mention.entity.affiliation is not None and mention.entity.affiliation.name == "Clayton Yeutter"


def test_two_leaders_is_a_group_of_the_last_two_people():
    table = table_for("Barack Obama met Shinzo Abe at the White House. The two leaders discussed trade.")
    mention = resolve_text(table, "The two leaders")
    assert mention is not None and mention.entity is not None
    assert mention.entity.plural
    assert [m.name for m in mention.entity.members] == ["Barack Obama", "Shinzo Abe"]


def test_a_titled_group_takes_the_people_who_hold_the_title():
    text = (
        "President Vladimir Putin and President Donald Trump spoke on Saturday. Prime Minister Theresa May was in "
        "Washington on Friday. The two presidents agreed to talk again."
    )
    presidents = resolve_text(table_for(text), "The two presidents")
    assert presidents is not None and presidents.entity is not None
    assert [m.name for m in presidents.entity.members] == ["Vladimir Putin", "Donald Trump"]
    # "leaders" is no title of its own: the last two people, whatever their office
    leaders = resolve_text(table_for(text.replace("two presidents", "two leaders")), "The two leaders")
    assert leaders is not None and leaders.entity is not None
    assert [m.name for m in leaders.entity.members] == ["Donald Trump", "Theresa May"]


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        # a body is named for its matter ("Committee on Foreign Relations"); a country after "on" is a topic
        ("Ambassador Nikki Haley addressed the Security Council on Syria on Monday.", "Security Council",
         "Security Council on Syria"),
        ("The Senate Committee on Foreign Relations met on Monday.", "Senate Committee on Foreign Relations", None),
    ],
)
def test_on_joins_a_body_to_its_matter_not_to_a_country(text, name, absent):
    names = {e.name for e in table_for(text).entities if e.mentions}
    assert name in names and absent not in names


def test_parenthesised_acronym_joins_its_organisation():
    table = table_for("He told the West German Trade and Industry Association (DIHT) that the DIHT was wrong.")
    ent = entity_named(table, "West German Trade and Industry Association")
    assert [m.text for m in ent.mentions].count("DIHT") == 2


def test_first_person_narrator_is_not_resolved():
    table = table_for('John Smith looked at me. "Well," I said.')
    assert resolve_text(table, "I") is None


def test_seed_article_chains():
    table = table_for(SEED)
    riabkov = entity_named(table, "Sergei Riabkov")
    assert riabkov.type is EntityType.PERSON and "Deputy Minister of Foreign Affairs" in riabkov.roles
    deputy = resolve_text(table, "The “deputy” of Russian diplomacy")
    assert deputy is not None and deputy.entity is riabkov
    he = resolve_text(table, "he")
    assert he is not None and he.entity is riabkov
    ministry = entity_named(table, "Russian Foreign Ministry")
    assert ministry.affiliation is not None and ministry.affiliation.name == "Russia"
    assert resolve_text(table, "The Russian Ministry").entity is ministry
    floyd = entity_named(table, "Robert Floyd")
    assert floyd.affiliation is not None and floyd.affiliation.type is EntityType.ORG


def test_records_are_grounded_and_affiliations_resolve():
    table = table_for(SEED)
    records = table.records()
    ids = {r.id for r in records}
    assert [r.id for r in records] == sorted(ids, key=lambda i: int(i[1:]))
    for record in records:
        assert record.affiliation is None or record.affiliation in ids
        for span in record.mentions:
            assert SEED[span.start : span.end] == span.text


def test_mentions_in_and_mention_at():
    text = "U.S. Secretary of State John Kerry met Sergei Lavrov in Geneva."
    table = table_for(text)
    inside = table.mentions_in(0, len(text))
    assert [m.start for m in inside] == sorted(m.start for m in inside)
    kerry = table.mention_at(text.index("Kerry"), text.index("Kerry") + 5)
    assert kerry is not None and kerry.entity is not None and kerry.entity.name == "John Kerry"


def test_speaker_ref_uses_canonical_name_and_mention_span():
    text = 'Sergei Riabkov spoke first. "We are committed," he said.'
    table = table_for(text)
    mention = resolve_text(table, "he")
    ref = table.speaker_ref(mention)
    assert ref.name == "Sergei Riabkov" and (ref.start, ref.end) == (mention.start, mention.end)
    assert ref.entity_id in {r.id for r in table.records()}


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the chain runs through the sentence-initial "He": the ambassador in between is an object
        (
            "Turkish Prime Minister Turgut Ozal said talks were near. He spoke after talks with Turkish Ambassador "
            'to Athens Nazmi Akiman. "Both sides are moving," he said.',
            "he",
            "Turgut Ozal",
        ),
        # a name used as a modifier ("the Trump campaign") is not the subject
        (
            "Paul Manafort joined in March. In the Trump campaign release, Manafort described his role. "
            '"My job is to secure the nomination," he said.',
            "he",
            "Paul Manafort",
        ),
        # pronouns of the other supported languages
        ("Angela Merkel visitou Lisboa. Emmanuel Macron chegou depois. “Foi útil”, disse ela.", "ela", "Angela Merkel"),
        # a document speaks for itself
        ("The Pew Research Center published a survey. The report said turnout would rise.", "The report", "report"),
        # a two-word title resolves to the one who bears it, not to the last person named
        ("Crown Prince Abdullah met Vice President George Bush. Bush praised the crown prince.", "the crown prince",
         "Abdullah"),
        # 'Bush, the Crown Prince paid': the title is the next clause's subject, not an appositive naming Bush
        ("Crown Prince Abdullah met Vice President George Bush. Before meeting with Bush, the Crown Prince paid a"
         " call on Reagan.", "the Crown Prince", "Abdullah"),
    ],
)
def test_resolve_in_context(text, phrase, expected):
    table = table_for(text)
    hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]
    mention = table.resolve(hits[-1], hits[-1] + len(phrase))
    assert mention is not None and mention.entity is not None
    assert mention.entity.name == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The New York Times on Saturday reported the deal.", "Times on Saturday"),
        ("Chastened, the senator withdrew his bill.", "Chastened"),
        ("Talks between Japan and Poland began.", "Japan-Poland"),
        ("Speaking in Bonn, he said rates would fall.", "Speaking"),
        ("Harlow Foods Inc <HRLW> said it sold a unit.", "HRLW"),  # a stock code in angle brackets
        ("Nordvik Shipping AG <NRDV.O> said it bought two ships.", "O"),
        ("The EC plans a tax on imported and EC-produced oilseeds.", "EC-produced"),  # a compound adjective
        ("The Iran-backed militia shelled the town.", "Iran-backed"),
        ("Exports rose. Company sources said prices would hold.", "Company"),  # an org word opening a sentence
        ("Exports rose. Bank officials said rates would hold.", "Bank"),
    ],
)
def test_no_false_names(text, absent):
    assert absent not in {e.name for e in table_for(text).entities if e.mentions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Iran-backed militia shelled the town.", "Iran"),
        ("Soviet-built tanks crossed the border.", "Soviet Union"),
        ("Rolls-Royce said it won the order.", "Rolls-Royce"),  # a name whose parts are all capitalised
        ("The Company said it would appeal. Harlow Company shares fell.", "Harlow Company"),
    ],
)
def test_hyphenated_and_org_words(text, name):
    assert name in {e.name for e in table_for(text).entities if e.mentions}


def test_first_name_genders_are_only_taken_when_clear():
    table = table_for("Bernie Sanders spoke in Iowa while Hillary Clinton was in Ohio.")
    assert entity_named(table, "Bernie Sanders").gender is None
    assert entity_named(table, "Hillary Clinton").gender == "female"


@pytest.mark.parametrize(
    ("text", "phrase", "name", "typ"),
    [
        (
            "The surge does not surprise Republican pollster Daron Shaw.",
            "Republican pollster Daron Shaw",
            "Daron Shaw",
            EntityType.PERSON,
        ),
        ("Hillary Clinton’s campaign slogan changed again.", "Hillary Clinton’s", "Hillary Clinton", EntityType.PERSON),
        ('"She is too far behind," said an Iowa Democrat.', "an Iowa Democrat", "Iowa Democrat", EntityType.PERSON),
        ("An Egyptian textbook explains the treaty.", "An Egyptian textbook", "Egyptian textbook", EntityType.OTHER),
        (
            '"It was a mistake," another friend, Mariam Emara, told reporters.',
            "another friend, Mariam Emara",
            "Mariam Emara",
            EntityType.PERSON,
        ),
    ],
)
def test_noun_phrase_heads(text, phrase, name, typ):
    mention = resolve_text(table_for(text), phrase)
    assert mention is not None and mention.entity is not None
    assert (mention.entity.name, mention.entity.type) == (name, typ)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Nakasone held talks with the visiting Polish leader Wojciech Jaruzelski on Monday.",
            "the visiting Polish leader",
            "Wojciech Jaruzelski",
        ),
        ("The spokesman, Gary Holmes, said talks would resume.", "The spokesman", "Gary Holmes"),
        (
            "Foreign ministry sources said no deal was near. They said Tokyo wanted guarantees. The sources added "
            "that talks would go on.",
            "The sources",
            "Foreign ministry sources",
        ),
    ],
)
def test_descriptions_in_reading_order(text, phrase, expected):
    """Phrases resolved in reading order, as the speech stage does: each resolution informs the next."""
    table = table_for(text)
    for earlier in ("Foreign ministry sources", "They"):
        if earlier in text and text.index(earlier) < text.index(phrase):
            resolve_text(table, earlier)
    mention = resolve_text(table, phrase)
    assert mention is not None and mention.entity is not None
    assert mention.entity.name == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Imperial Widgets Industries PLC said profits rose.", "Imperial Widgets Industries"),
        ("Trans Polar Airlines said it would not seek control.", "Trans Polar Airlines"),
        ("The Harlow Foods Corp said it sold a unit.", "Harlow Foods"),
        # a common word before the legal form alone is the name too (it was dropped, leaving "Corp")
        ("Chevron Corp said it sold a unit.", "Chevron"),
        ("Kellogg Co said it sold a unit.", "Kellogg"),
        # Italian and Dutch legal forms close a company's name (it was a person, "Ferrante SpA")
        ("Shares rose after Ferrante SpA said it sold a unit.", "Ferrante"),
        ("Analysts said Hollandse Meters BV would sell a unit.", "Hollandse Meters"),
        # a possessive inside a company's name, before its legal form
        ("Shares fell after Standard and Poor's Corp said it cut the rating.", "Standard and Poor's"),
        # company words of agency copy, and legal forms after them
        ("Devon Resource Investors said reserves rose.", "Devon Resource Investors"),
        ("Nothing changed, Harris Associates L.P. said in a filing.", "Harris Associates"),
        ("Prices rose, Worldgroup Cos Inc said.", "Worldgroup"),
        # a party adjective before a company word is part of the name: not 'Savings and Loan Association'
        ("Progressive Savings and Loan Association said it agreed to a merger.",
         "Progressive Savings and Loan Association"),
    ],
)
def test_company_name_opening_a_sentence_keeps_its_first_word(text, name):
    assert name in {e.name for e in table_for(text).entities}


def test_a_company_named_like_a_title_and_its_short_forms():
    """'Gen Term' after 'Gen Term Corp' is the company, not a general; 'Lewis-Westco and Co' is 'Lewis-Westco',
    and the bare 'Lewis-Westco' is that company, not a pairing like 'Reagan-Gorbachev'."""
    text = (
        "Gen Term Corp said it agreed to buy Lewis-Westco and Co. Lewis-Westco had sales of 45 mln dlrs, Gen Term"
        " also said."
    )
    table = table_for(text)
    named = {(e.name, e.type) for e in table.records()}
    assert ("Gen Term", EntityType.ORG) in named and ("Lewis-Westco", EntityType.ORG) in named
    assert not any(e.type is EntityType.PERSON for e in table.records())

# ruff: noqa: E501  (one table row per line reads best)
"""Dates in Portuguese, Spanish, French and German news: one table per language of sentences with their
expected expression, TIMEX3 type and value, and sentences whose date-like words are no dates."""

from __future__ import annotations

from datetime import date

import pytest

from extractor import extract
from extractor.dates import find_dates
from extractor.language import detect_language
from extractor.text import Document

THU = date(2024, 2, 15)  # a Thursday


def tag(text: str, lang: str, ref: date = THU) -> list[tuple[str, str, str]]:
    return [(r.text, r.type.value, r.value) for r in find_dates(Document(text), ref, lang)]


PT = [
    ("A Rússia invadiu a Ucrânia em 24 de fevereiro de 2022.", ("24 de fevereiro de 2022", "DATE", "2022-02-24")),
    ("O acordo foi assinado a 24/02/2022 em Lisboa.", ("24/02/2022", "DATE", "2022-02-24")),
    ("A votação está marcada para 3 de março.", ("3 de março", "DATE", "2024-03-03")),
    ("A lei entrou em vigor a 1º de janeiro.", ("1º de janeiro", "DATE", "2024-01-01")),
    ("Em março de 2023, o governo caiu.", ("março de 2023", "DATE", "2023-03")),
    ("O parlamento aprovou o orçamento em setembro.", ("setembro", "DATE", "2023-09")),
    ("O parlamento vai discutir o orçamento em setembro.", ("setembro", "DATE", "2024-09")),
    ("Portugal aderiu à CEE em 1986.", ("1986", "DATE", "1986")),
    ("Nos anos 90, a economia cresceu.", ("anos 90", "DATE", "199")),
    ("Na década de 1980, a inflação disparou.", ("década de 1980", "DATE", "198")),
    ("Nos anos setenta, Portugal viveu uma revolução.", ("anos setenta", "DATE", "197")),
    ("O ministro falou na última sexta-feira.", ("última sexta-feira", "DATE", "2024-02-09")),
    ("A cimeira decorre na próxima segunda-feira.", ("próxima segunda-feira", "DATE", "2024-02-19")),
    ("O ministro reuniu-se no sábado com os sindicatos.", ("sábado", "DATE", "2024-02-10")),
    ("O ministro vai reunir-se no sábado com os sindicatos.", ("sábado", "DATE", "2024-02-17")),
    ("O presidente falou anteontem aos jornalistas.", ("anteontem", "DATE", "2024-02-13")),
    ("O tratado foi assinado há três dias.", ("há três dias", "DATE", "2024-02-12")),
    ("O acordo vigora durante dois anos.", ("dois anos", "DURATION", "P2Y")),
    ("A reunião começa às 15h30 no palácio.", ("15h30", "TIME", "2024-02-15T15:30")),
    ("O governo quer agora negociar.", ("agora", "DATE", "PRESENT_REF")),
    ("No mês que vem haverá greve.", ("mês que vem", "DATE", "2024-03")),
    ("A reunião foi adiada para a próxima semana.", ("próxima semana", "DATE", "2024-W08")),
    ("No século XXI, tudo mudou.", ("século XXI", "DATE", "20")),
    ("No verão passado choveu pouco.", ("verão passado", "DATE", "2023-SU")),
    ("Esta manhã, o ministro falou aos jornalistas.", ("Esta manhã", "TIME", "2024-02-15TMO")),
    ("O ministro chegou ontem à noite.", ("ontem à noite", "TIME", "2024-02-14TNI")),
    ("O semanário sai todas as sextas-feiras.", ("todas as sextas-feiras", "SET", "XXXX-WXX-5")),
    ("A comissão reúne-se às quartas-feiras.", ("quartas-feiras", "SET", "XXXX-WXX-3")),
    ("A CP anunciou que haverá atrasos até domingo.", ("domingo", "DATE", "2024-02-18")),
    ("A obra deve ficar concluída no início de março.", ("início de março", "DATE", "2024-03")),
    ("O acordo foi assinado em meados de 2023.", ("meados de 2023", "DATE", "2023")),
    ("O acordo foi assinado em março passado.", ("março passado", "DATE", "2023-03")),
    ("O desemprego caiu para 6,5% no quarto trimestre de 2023.", ("quarto trimestre de 2023", "DATE", "2023-Q4")),
    ("As exportações subiram no 1.º semestre de 2023.", ("1.º semestre de 2023", "DATE", "2023-H1")),
    ("O festival decorre este fim de semana em Lisboa.", ("este fim de semana", "DATE", "2024-W07-WE")),
    ("O Presidente promulgou o diploma no passado dia 12.", ("passado dia 12", "DATE", "2024-02-12")),
    ("A proposta será votada no dia 20.", ("dia 20", "DATE", "2024-02-20")),
    ("O diploma foi publicado no dia 28.", ("dia 28", "DATE", "2024-01-28")),
    ("Nos próximos anos, o país terá de investir mais.", ("próximos anos", "DATE", "FUTURE_REF")),
    ("O incêndio deflagrou por volta das 3h da manhã.", ("3h da manhã", "TIME", "2024-02-15T03:00")),
    ("O jogo começa às 8 da noite.", ("8 da noite", "TIME", "2024-02-15T20:00")),
    ("O acordo nuclear foi assinado há vinte e cinco anos.", ("há vinte e cinco anos", "DATE", "1999")),
    ("O opositor passou trinta e dois anos no exílio.", ("trinta e dois anos", "DURATION", "P32Y")),
    ("O chanceler viajou nesta quarta (14) para Genebra.", ("nesta quarta", "DATE", "2024-02-14")),
    ("A votação no Senado ficou para a terça (20).", ("terça", "DATE", "2024-02-20")),
    ("O presidente chegou a Brasília nesta quinta, disse o Planalto.", ("nesta quinta", "DATE", "2024-02-15")),
    ("O deputado foi preso na sexta passada.", ("sexta passada", "DATE", "2024-02-09")),
    ("O chanceler vai receber o colega russo na sexta-feira (23).", ("sexta-feira", "DATE", "2024-02-23")),
]

ES = [
    ("La guerra comenzó el 24 de febrero de 2022.", ("24 de febrero de 2022", "DATE", "2022-02-24")),
    ("El contrato se firmó el 24/02/2022 en Bogotá.", ("24/02/2022", "DATE", "2022-02-24")),
    ("Las elecciones serán en mayo.", ("mayo", "DATE", "2024-05")),
    ("En marzo de 2023 cayó el gobierno.", ("marzo de 2023", "DATE", "2023-03")),
    ("En los años 90, la economía creció.", ("años 90", "DATE", "199")),
    ("En la década de 1990 hubo una crisis.", ("década de 1990", "DATE", "199")),
    ("Durante la década de los setenta, España vivió la Transición.", ("década de los setenta", "DATE", "197")),
    ("El próximo lunes habrá huelga.", ("El próximo lunes", "DATE", "2024-02-19")),
    ("El lunes pasado hubo huelga.", ("lunes pasado", "DATE", "2024-02-12")),
    ("El ministro se reunió el sábado con los sindicatos.", ("sábado", "DATE", "2024-02-10")),
    ("El ministro se reunirá el sábado con los sindicatos.", ("sábado", "DATE", "2024-02-17")),
    ("El presidente habló anteayer con la prensa.", ("anteayer", "DATE", "2024-02-13")),
    ("El presidente habló hace tres días.", ("hace tres días", "DATE", "2024-02-12")),
    ("La reunión empieza a las 15.30 horas.", ("15.30 horas", "TIME", "2024-02-15T15:30")),
    ("La reunión empieza a las 15:30.", ("15:30", "TIME", "2024-02-15T15:30")),
    ("El gobierno quiere ahora negociar.", ("ahora", "DATE", "PRESENT_REF")),
    ("El año que viene habrá elecciones.", ("año que viene", "DATE", "2025")),
    ("En el siglo XXI todo cambió.", ("siglo XXI", "DATE", "20")),
    ("Esta mañana el ministro habló con la prensa.", ("Esta mañana", "TIME", "2024-02-15TMO")),
    ("Mañana habrá huelga en el metro.", ("Mañana", "DATE", "2024-02-16")),
    ("El acuerdo durará tres años.", ("tres años", "DURATION", "P3Y")),
    ("La sequía duró todo el verano pasado.", ("verano pasado", "DATE", "2023-SU")),
    ("El huracán tocó tierra a las 22:30 hora local.", ("22:30", "TIME", "2024-02-15T22:30")),
    ("La operación se desarrolló hasta las 10 horas.", ("10 horas", "TIME", "2024-02-15T10:00")),
    ("El mercado abre los sábados.", ("sábados", "SET", "XXXX-WXX-6")),
    ("Renfe anunció retrasos hasta el domingo.", ("domingo", "DATE", "2024-02-18")),
    ("A finales de 2023 la inflación bajó.", ("finales de 2023", "DATE", "2023")),
    ("La jornada laboral de 8 horas es la norma.", ("8 horas", "DURATION", "PT8H")),
    ("El acuerdo se firmó en noviembre pasado.", ("noviembre pasado", "DATE", "2023-11")),
    ("El paro bajó al 11,8% en el cuarto trimestre de 2023.", ("cuarto trimestre de 2023", "DATE", "2023-Q4")),
    ("El próximo fin de semana habrá lluvias.", ("próximo fin de semana", "DATE", "2024-W07-WE")),
    ("La propuesta se votará el día 3.", ("día 3", "DATE", "2024-03-03")),
    ("La manifestación empieza a las 5 de la tarde.", ("5 de la tarde", "TIME", "2024-02-15T17:00")),
    ("En las próximas semanas se conocerá la decisión.", ("próximas semanas", "DATE", "FUTURE_REF")),
    ("El tratado se firmó hace veinticinco años.", ("hace veinticinco años", "DATE", "1999")),
    ("El dirigente pasó treinta y dos años en prisión.", ("treinta y dos años", "DURATION", "P32Y")),
]

FR = [
    ("Le sommet aura lieu le 3 mars 2024 à Paris.", ("3 mars 2024", "DATE", "2024-03-03")),
    ("L'accord a été signé le 1er janvier 2020.", ("1er janvier 2020", "DATE", "2020-01-01")),
    ("Le 24.02.2022, la guerre a commencé.", ("24.02.2022", "DATE", "2022-02-24")),
    ("En mars 2023, le gouvernement est tombé.", ("mars 2023", "DATE", "2023-03")),
    ("Les élections auront lieu en mai.", ("mai", "DATE", "2024-05")),
    ("Dans les années 1990, l'économie a progressé.", ("années 1990", "DATE", "199")),
    ("Dans les années 80, le chômage a explosé.", ("années 80", "DATE", "198")),
    ("Dans les années soixante-dix, la France a connu deux chocs pétroliers.", ("années soixante-dix", "DATE", "197")),
    ("Mardi dernier, le ministre a parlé.", ("Mardi dernier", "DATE", "2024-02-13")),
    ("Le ministre a parlé samedi devant les syndicats.", ("samedi", "DATE", "2024-02-10")),
    ("Le ministre rencontrera les syndicats samedi.", ("samedi", "DATE", "2024-02-17")),
    ("Le ministre parlera lundi prochain.", ("lundi prochain", "DATE", "2024-02-19")),
    ("Le président a parlé avant-hier.", ("avant-hier", "DATE", "2024-02-13")),
    ("Il y a trois jours, le président a parlé.", ("Il y a trois jours", "DATE", "2024-02-12")),
    ("La réunion commence à 15h30 à l'Élysée.", ("15h30", "TIME", "2024-02-15T15:30")),
    ("La réunion commence à 15h.", ("15h", "TIME", "2024-02-15T15:00")),
    ("Le gouvernement veut maintenant négocier.", ("maintenant", "DATE", "PRESENT_REF")),
    ("L'an prochain, il y aura des élections.", ("L'an prochain", "DATE", "2025")),
    ("Au XXIe siècle, tout a changé.", ("XXIe siècle", "DATE", "20")),
    ("Ce matin, le ministre a parlé aux journalistes.", ("Ce matin", "TIME", "2024-02-15TMO")),
    ("La grève a duré pendant trois ans.", ("trois ans", "DURATION", "P3Y")),
    ("Il a peu plu l'été dernier.", ("l'été dernier", "DATE", "2023-SU")),
    ("L'été a été chaud et sec.", ("L'été", "DATE", "2023-SU")),
    ("L'été sera chaud et sec.", ("L'été", "DATE", "2024-SU")),
    ("Le tribunal rendra son jugement à 14 heures.", ("14 heures", "TIME", "2024-02-15T14:00")),
    ("Le journal paraît tous les vendredis.", ("tous les vendredis", "SET", "XXXX-WXX-5")),
    ("Les travaux seront terminés fin mars.", ("fin mars", "DATE", "2024-03")),
    ("L'accord a été signé en novembre dernier.", ("novembre dernier", "DATE", "2023-11")),
    ("Au 3e trimestre, la croissance a ralenti.", ("3e trimestre", "DATE", "2023-Q3")),
    ("Le week-end dernier, des orages ont frappé le sud.", ("week-end dernier", "DATE", "2024-W06-WE")),
    ("Le match commence à 8 heures du soir.", ("8 heures du soir", "TIME", "2024-02-15T20:00")),
    ("Ces dernières années, la population a diminué.", ("dernières années", "DATE", "PAST_REF")),
    ("Le traité a été signé il y a vingt-cinq ans.", ("il y a vingt-cinq ans", "DATE", "1999")),
    ("L'opposant a passé vingt et un ans en exil.", ("vingt et un ans", "DURATION", "P21Y")),
]

DE = [
    ("Der Krieg begann am 24. Februar 2022.", ("24. Februar 2022", "DATE", "2022-02-24")),
    ("Am 3. März trifft sich der Rat.", ("3. März", "DATE", "2024-03-03")),
    ("Am Montag, den 4. März, trifft sich der Rat.", ("Montag, den 4. März", "DATE", "2024-03-04")),
    ("Am 24.02.2022 begann der Krieg.", ("24.02.2022", "DATE", "2022-02-24")),
    ("Im März 2023 fiel die Regierung.", ("März 2023", "DATE", "2023-03")),
    ("Die Wahl wird im Mai stattfinden.", ("Mai", "DATE", "2024-05")),
    ("Die Wahl fand im Mai statt.", ("Mai", "DATE", "2023-05")),
    ("In den 1990er Jahren wuchs die Wirtschaft.", ("1990er Jahren", "DATE", "199")),
    ("In den Neunzigerjahren wuchs die Wirtschaft.", ("Neunzigerjahren", "DATE", "199")),
    ("Am Donnerstag sprach der Minister.", ("Donnerstag", "DATE", "2024-02-15")),
    ("Am Samstag traf sich der Minister mit den Gewerkschaften.", ("Samstag", "DATE", "2024-02-10")),
    ("Letzten Freitag sprach der Minister.", ("Letzten Freitag", "DATE", "2024-02-09")),
    ("Der Minister sprach vorgestern im Bundestag.", ("vorgestern", "DATE", "2024-02-13")),
    ("Der Vertrag wurde vor drei Tagen unterzeichnet.", ("vor drei Tagen", "DATE", "2024-02-12")),
    ("Die Sitzung beginnt um 15 Uhr.", ("15 Uhr", "TIME", "2024-02-15T15:00")),
    ("Die Sitzung beginnt um 15.30 Uhr.", ("15.30 Uhr", "TIME", "2024-02-15T15:30")),
    ("Jetzt will die Regierung verhandeln.", ("Jetzt", "DATE", "PRESENT_REF")),
    ("Im nächsten Jahr gibt es Wahlen.", ("nächsten Jahr", "DATE", "2025")),
    ("Im 21. Jahrhundert hat sich alles geändert.", ("21. Jahrhundert", "DATE", "20")),
    ("Heute Morgen sprach der Minister.", ("Heute Morgen", "TIME", "2024-02-15TMO")),
    ("Gestern Abend sprach der Minister.", ("Gestern Abend", "TIME", "2024-02-14TEV")),
    ("Der Krieg dauert seit zwei Jahren.", ("zwei Jahren", "DURATION", "P2Y")),
    ("Im vergangenen Sommer war es trocken.", ("vergangenen Sommer", "DATE", "2023-SU")),
    ("Im Herbst wurde die Regierung gestürzt.", ("Herbst", "DATE", "2023-FA")),
    ("Die Zahlen wurden an diesem Montag veröffentlicht.", ("diesem Montag", "DATE", "2024-02-12")),
    ("Die Zeitung erscheint jeden Freitag.", ("jeden Freitag", "SET", "XXXX-WXX-5")),
    ("Der Markt ist samstags geöffnet.", ("samstags", "SET", "XXXX-WXX-6")),
    ("Die Bahn kündigte Verspätungen bis Sonntag an.", ("Sonntag", "DATE", "2024-02-18")),
    ("Das Abkommen wurde Mitte 2023 unterzeichnet.", ("Mitte 2023", "DATE", "2023")),
    ("Die Arbeiten sollen Ende März abgeschlossen sein.", ("Ende März", "DATE", "2024-03")),
    ("Die Quote fiel im vierten Quartal 2023 auf 5,7 Prozent.", ("vierten Quartal 2023", "DATE", "2023-Q4")),
    ("Am vergangenen Wochenende gab es Unwetter.", ("vergangenen Wochenende", "DATE", "2024-W06-WE")),
    ("Die Sitzung beginnt um 5 Uhr nachmittags.", ("5 Uhr nachmittags", "TIME", "2024-02-15T17:00")),
    ("In den letzten Jahren ist die Bevölkerung geschrumpft.", ("letzten Jahren", "DATE", "PAST_REF")),
    ("Das Abkommen wurde im vergangenen November unterzeichnet.", ("vergangenen November", "DATE", "2023-11")),
    ("Der Vertrag wurde vor fünfundzwanzig Jahren unterzeichnet.", ("vor fünfundzwanzig Jahren", "DATE", "1999")),
    ("Der Oppositionelle verbrachte einundzwanzig Jahre im Exil.", ("einundzwanzig Jahre", "DURATION", "P21Y")),
]

TABLES = {"pt": PT, "es": ES, "fr": FR, "de": DE}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [(lang, text, expected) for lang, table in TABLES.items() for text, expected in table],
    ids=[f"{lang}-{i}" for lang, table in TABLES.items() for i in range(len(table))],
)
def test_expression_is_found_and_normalized(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert tag(text, lang) == [expected]


@pytest.mark.parametrize("lang", TABLES)
def test_a_paragraph_of_the_table_is_detected_as_its_language(lang: str) -> None:
    assert detect_language(" ".join(text for text, _ in TABLES[lang])) == lang


# Words that look like dates but are none: the sea ("mar"), a surname or a club ("Domingo", "Sábado"),
# the planet ("Mars"), a first name ("August"), the morning ("la mañana", "am Morgen"), counts ("2000 pessoas"),
# a season in a name ("Primavera Árabe") and "été" as "been".
NEGATIVES = [
    ("pt", "Ele foi ao mar e depois jantou com o presidente do Sábado Futebol Clube."),
    ("pt", "De acordo com a fonte, o mar estava calmo e a marca subiu."),
    ("pt", "Cerca de 2000 pessoas protestaram contra o governo."),
    ("es", "Fuimos al mar con Plácido Domingo y su familia."),
    ("es", "La mañana estaba fría y el cielo gris."),
    ("es", "Unos 2000 manifestantes marcharon por el centro."),
    ("fr", "La sonde a atterri sur Mars après un long voyage."),
    ("fr", "Le Mardi gras attire des milliers de touristes."),
    ("de", "August Bebel war ein wichtiger Politiker."),
    ("de", "Am Morgen war es kalt und neblig."),
    ("de", "Rund 2000 Menschen demonstrierten gegen die Regierung."),
    ("de", "Der Arabische Frühling begann in Tunesien."),
    ("pt", "A Primavera Árabe começou na Tunísia."),
    ("fr", "Le texte a été adopté, a précisé le porte-parole."),
    ("fr", "La fin de la guerre a été signée à Reims."),
    ("fr", "Le Mai 68 a changé la France."),
    ("de", "Der DAX stieg um 1.25 Punkte."),
    ("de", "Herr Freitag sagte, er sei zufrieden."),
    ("pt", "Chegou tarde e a más horas."),
    ("es", "Los 3 de la tarde no vinieron."),
    ("fr", "Au cours des dix dernières années, la population a diminué."),
    ("es", "La mañana del atentado llovía en Madrid."),
    ("pt", "Nesta segunda fase do projeto, o governo investe mais."),
    ("pt", "Foi a quinta vez que o time venceu o torneio."),
    ("pt", "O Brasil é a sexta maior economia do mundo."),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_no_false_alarms(lang: str, text: str) -> None:
    assert tag(text, lang) == []


RANGES = [
    ("pt", "A conferência decorre de 3 a 5 de abril em Lisboa.", [("3", "2024-04-03"), ("5 de abril", "2024-04-05")]),
    ("es", "La cumbre se celebra del 30 de junio al 2 de julio de 2023.", [("30 de junio", "2023-06-30"), ("2 de julio de 2023", "2023-07-02")]),
    ("es", "La cumbre se celebra del 3 al 5 de abril de 2023.", [("3", "2023-04-03"), ("5 de abril de 2023", "2023-04-05")]),
    ("fr", "Les grèves sont prévues les 3 et 4 mars.", [("3", "2024-03-03"), ("4 mars", "2024-03-04")]),
    ("de", "Der Gipfel findet vom 3. bis 5. April statt.", [("3", "2024-04-03"), ("5. April", "2024-04-05")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RANGES)
def test_the_first_day_of_a_range_takes_the_month_of_the_second(lang: str, text: str, expected: list) -> None:
    assert [(t, v) for t, _, v in tag(text, lang)] == expected


def test_a_portuguese_story_is_detected_and_its_dates_resolved() -> None:
    # the seed article's story as a Portuguese paper tells it (written for this test)
    text = (
        "O Ministério dos Negócios Estrangeiros russo afirmou esta quinta-feira que Moscovo mantém o "
        "compromisso com o Tratado de Proibição Total de Ensaios Nucleares. A Comissão Preparatória do "
        "tratado foi criada em Nova Iorque em 1996. A Rússia está em guerra com a Ucrânia desde a invasão "
        "de 24 de fevereiro de 2022. Durante o último ano, Moscovo não usou este tipo de armas, mas "
        "deslocou parte do seu arsenal para a Bielorrússia. É a crise de segurança mais grave desde a "
        "Segunda Guerra Mundial (1939-1945)."
    )
    result = extract(text, reference_date=THU)
    assert result.language == "pt"
    assert [(d.text, d.value) for d in result.dates] == [
        ("esta quinta-feira", "2024-02-15"),
        ("1996", "1996"),
        ("24 de fevereiro de 2022", "2022-02-24"),
        ("último ano", "2023"),
        ("1939-1945", "1939/1945"),
    ]

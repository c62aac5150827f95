"""Actors of sentences: aliases, metonyms, adjectives, dated roles, ministries, unknown people (issue 4).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.actors import SentenceInfo, analyse_sentences
from timeline.nlp import parse

PUB = date(2024, 6, 18)


def analyse(text: str, published: date | None = PUB) -> list[SentenceInfo]:
    return analyse_sentences(parse(text), text, published)


def actors(text: str, published: date | None = PUB) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {"person": set(), "country": set(), "organisation": set()}
    for s in analyse(text, published):
        out["person"].update(s.persons)
        out["country"].update(s.countries)
        out["organisation"].update(s.organisations)
    return out


# (text, kind, canonical name)
ALIASES = [
    # persons: full names, surnames, spelling variants
    ("Vladimir Poutine a signé le décret jeudi.", "person", "Vladimir Poutine"),
    ("Selon Poutine, rien n'est décidé.", "person", "Vladimir Poutine"),
    ("Kim Jong-un a inspecté une usine.", "person", "Kim Jong Un"),
    ("Kim Jong Un a inspecté une usine.", "person", "Kim Jong Un"),
    ("Kim Jong-Un a inspecté une usine.", "person", "Kim Jong Un"),
    ("Volodymyr Zelensky s'est adressé au Parlement.", "person", "Volodymyr Zelensky"),
    ("Zelenski a demandé davantage de défense aérienne.", "person", "Volodymyr Zelensky"),
    ("Zelenskyy a remercié ses alliés.", "person", "Volodymyr Zelensky"),
    ("Joe Biden a quitté Washington mardi.", "person", "Joe Biden"),
    ("Donald Trump a promis de nouveaux tarifs.", "person", "Donald Trump"),
    ("Xi Jinping a reçu des industriels.", "person", "Xi Jinping"),
    ("Emmanuel Macron s'est rendu à Berlin.", "person", "Emmanuel Macron"),
    ("Benjamin Netanyahou a réuni son cabinet.", "person", "Benyamin Netanyahou"),
    ("Netanyahu a rejeté la proposition.", "person", "Benyamin Netanyahou"),
    ("Recep Tayyip Erdoğan a appelé au calme.", "person", "Recep Tayyip Erdogan"),
    ("Sergueï Lavrov a rencontré son homologue indien.", "person", "Sergueï Lavrov"),
    ("Lavrov a dénoncé une provocation.", "person", "Sergueï Lavrov"),
    ("Antonio Guterres a exhorté les parties au dialogue.", "person", "Antonio Guterres"),
    ("Ursula von der Leyen a présenté le plan.", "person", "Ursula von der Leyen"),
    ("Alexeï Navalny est mort en détention.", "person", "Alexeï Navalny"),
    ("Bachar al-Assad a fui le pays.", "person", "Bachar al-Assad"),
    ("Ali Khamenei a prononcé un discours.", "person", "Ali Khamenei"),
    ("Narendra Modi a inauguré le pont.", "person", "Narendra Modi"),
    ("Lula a défendu son bilan.", "person", "Luiz Inácio Lula da Silva"),
    ("Olaf Scholz a répondu aux députés.", "person", "Olaf Scholz"),
    ("Giorgia Meloni a salué l'accord.", "person", "Giorgia Meloni"),
    ("Kishida a dissous la chambre basse.", "person", "Fumio Kishida"),
    ("Yoon Suk-yeol a proclamé la loi martiale.", "person", "Yoon Suk Yeol"),
    ("Alexandre Loukachenko a gracié un opposant.", "person", "Alexandre Loukachenko"),
    ("Evgueni Prigojine a lancé sa marche sur la capitale.", "person", "Evgueni Prigojine"),
    # roles resolved at the publication date
    ("Le président russe a reçu les ambassadeurs.", "person", "Vladimir Poutine"),
    ("Le maître du Kremlin a tranché.", "person", "Vladimir Poutine"),
    ("Le chef du Kremlin a promis une riposte.", "person", "Vladimir Poutine"),
    ("Le dirigeant nord-coréen a assisté au tir.", "person", "Kim Jong Un"),
    ("Le leader nord-coréen a félicité les ingénieurs.", "person", "Kim Jong Un"),
    ("Le président américain a signé la loi.", "person", "Joe Biden"),
    ("Le locataire de la Maison-Blanche a opposé son veto.", "person", "Joe Biden"),
    ("Le président ukrainien a limogé un général.", "person", "Volodymyr Zelensky"),
    ("Le président chinois a appelé à la retenue.", "person", "Xi Jinping"),
    ("Le chancelier allemand a défendu le budget.", "person", "Olaf Scholz"),
    ("Le secrétaire général de l'OTAN a averti les alliés.", "person", "Jens Stoltenberg"),
    ("Le chef de la diplomatie russe a démenti.", "person", "Sergueï Lavrov"),
    ("Le ministre russe de la Défense a inspecté les troupes.", "person", "Andreï Belooussov"),
    ("Le Premier ministre français a présenté son gouvernement.", "person", "Gabriel Attal"),
    ("Le secrétaire d'État américain est arrivé à Pékin.", "person", "Antony Blinken"),
    ("Le porte-parole du Kremlin a refusé de commenter.", "person", "Dmitri Peskov"),
    # countries: names from pycountry, curated short names, metonyms, adjectives
    ("La Russie a fermé son espace aérien.", "country", "Russie"),
    ("Moscou a rappelé son ambassadeur.", "country", "Russie"),
    ("Le Kremlin a démenti l'information.", "country", "Russie"),
    ("Pyongyang a tiré deux missiles.", "country", "Corée du Nord"),
    ("La Corée du Nord a fermé sa frontière.", "country", "Corée du Nord"),
    ("Les autorités nord-coréennes n'ont pas réagi.", "country", "Corée du Nord"),
    ("Séoul a convoqué le chargé d'affaires.", "country", "Corée du Sud"),
    ("Un porte-parole sud-coréen a confirmé le tir.", "country", "Corée du Sud"),
    ("Kiev a revendiqué l'attaque.", "country", "Ukraine"),
    ("Kyiv a revendiqué l'attaque.", "country", "Ukraine"),
    ("Les forces ukrainiennes ont progressé.", "country", "Ukraine"),
    ("Washington a débloqué une nouvelle enveloppe.", "country", "États-Unis"),
    ("La Maison-Blanche a publié un communiqué.", "country", "États-Unis"),
    ("Les Américains ont proposé une trêve.", "country", "États-Unis"),
    ("Les États-Unis ont renforcé leur présence.", "country", "États-Unis"),
    ("Pékin a dénoncé une ingérence.", "country", "Chine"),
    ("Les garde-côtes chinois ont arraisonné un navire.", "country", "Chine"),
    ("Tokyo a protesté officiellement.", "country", "Japon"),
    ("La marine japonaise a suivi le convoi.", "country", "Japon"),
    ("Téhéran a annoncé des manœuvres.", "country", "Iran"),
    ("La Syrie a rouvert son aéroport.", "country", "Syrie"),
    ("Le Vénézuéla a fermé sa frontière.", "country", "Venezuela"),
    ("Le Laos a signé l'accord.", "country", "Laos"),
    ("La Bolivie a rompu ses relations.", "country", "Bolivie"),
    ("Le Kirghizistan a accueilli le sommet.", "country", "Kirghizistan"),
    ("Le Lesotho a demandé une aide d'urgence.", "country", "Lesotho"),
    ("Les Émirats arabes unis ont servi de médiateurs.", "country", "Émirats arabes unis"),
    ("Londres a convoqué l'ambassadeur.", "country", "Royaume-Uni"),
    ("Le gouvernement britannique a réagi.", "country", "Royaume-Uni"),
    ("Le Premier ministre britannique a démissionné.", "country", "Royaume-Uni"),
    ("Des officiers turcs ont participé à l'exercice.", "country", "Turquie"),
    ("Les autorités israéliennes ont fermé le point de passage.", "country", "Israël"),
    ("La bande de Gaza est privée d'électricité.", "country", "Palestine"),
    ("L'URSS s'est effondrée en 1991.", "country", "Union soviétique"),
    # countries implied by people and state bodies
    ("Poutine a parlé longtemps.", "country", "Russie"),
    ("Le Pentagone a confirmé la livraison.", "country", "États-Unis"),
    ("La Douma a adopté le texte.", "country", "Russie"),
    # organisations
    ("L'ONU a appelé au cessez-le-feu.", "organisation", "ONU"),
    ("Les Nations unies ont réclamé un accès.", "organisation", "ONU"),
    ("Le Conseil de sécurité de l'ONU se réunira lundi.", "organisation", "Conseil de sécurité de l'ONU"),
    ("La CPI a émis un mandat d'arrêt.", "organisation", "Cour pénale internationale"),
    ("L'OTAN a renforcé son flanc est.", "organisation", "OTAN"),
    ("L'Alliance atlantique a renforcé son flanc est.", "organisation", "OTAN"),
    ("L'Otan a tenu son sommet à Vilnius.", "organisation", "OTAN"),
    ("L'UE a adopté de nouvelles mesures.", "organisation", "Union européenne"),
    ("L'AIEA a dépêché des inspecteurs.", "organisation", "Agence internationale de l'énergie atomique"),
    ("Les BRICS se sont réunis à Kazan.", "organisation", "BRICS"),
    ("Le G7 a publié sa déclaration finale.", "organisation", "G7"),
    ("Le G20 s'est ouvert à Rio.", "organisation", "G20"),
    ("La Douma d'État a voté la loi.", "organisation", "Douma d'État"),
    ("Le Pentagone a confirmé la livraison.", "organisation", "Pentagone"),
    ("L'Agence France-Presse a obtenu le document.", "organisation", "AFP"),
    ("Interrogé par l'AFP, le porte-parole n'a pas répondu.", "organisation", "AFP"),
    ("Selon Reuters, les discussions sont suspendues.", "organisation", "Reuters"),
    ("Invité sur LCI, le député a défendu le texte.", "organisation", "LCI"),
    (
        "L'IISS publie chaque année son inventaire des forces.",
        "organisation",
        "Institut international d'études stratégiques",
    ),
    ("Le FMI a relevé ses prévisions.", "organisation", "Fonds monétaire international"),
    ("L'OMS a déclaré la fin de l'urgence.", "organisation", "Organisation mondiale de la santé"),
    ("Le Hamas a libéré deux otages.", "organisation", "Hamas"),
    # ministries qualified by a country
    (
        "Le ministère de la Défense sud-coréen a publié un bilan.",
        "organisation",
        "ministère de la Défense sud-coréen",
    ),
    (
        "Le ministère sud-coréen de la Défense a publié un bilan.",
        "organisation",
        "ministère de la Défense sud-coréen",
    ),
    (
        "Le ministère russe des Affaires étrangères a convoqué le diplomate.",
        "organisation",
        "ministère des Affaires étrangères russe",
    ),
    (
        "Le ministère de la Défense de la Corée du Sud a publié un bilan.",
        "organisation",
        "ministère de la Défense sud-coréen",
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), ALIASES, ids=[f"{k}:{t[:40]}" for t, k, _ in ALIASES])
def test_alias_table(text: str, kind: str, expected: str) -> None:
    assert expected in actors(text)[kind]


def test_alias_table_is_large_enough() -> None:
    assert len(ALIASES) >= 80


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (date(1999, 6, 1), "Boris Eltsine"),
        (date(2010, 3, 1), "Dmitri Medvedev"),
        (date(2024, 6, 18), "Vladimir Poutine"),
    ],
    ids=["1999-eltsine", "2010-medvedev", "2024-poutine"],
)
def test_role_holder_depends_on_publication_date(published: date, expected: str) -> None:
    assert actors("Le président russe a reçu son homologue.", published)["person"] == {expected}


def test_former_role_is_not_resolved_to_the_current_holder() -> None:
    found = actors("L'ancien président russe a publié ses mémoires.")
    assert found["person"] == set()
    assert found["country"] == {"Russie"}


def test_indefinite_role_is_not_a_person() -> None:
    found = actors("Un haut dirigeant russe a démenti sous couvert d'anonymat.")
    assert found["person"] == set()
    assert found["country"] == {"Russie"}


def test_role_after_a_name_ending_in_un_is_resolved() -> None:
    assert actors("Kim Jong Un, le dirigeant nord-coréen, a parlé.")["person"] == {"Kim Jong Un"}
    assert actors("Selon Kim Jong Un le président russe viendra.")["person"] == {
        "Kim Jong Un",
        "Vladimir Poutine",
    }


def test_role_without_publication_date_takes_the_current_holder() -> None:
    assert actors("Le dirigeant nord-coréen a assisté au tir.", None)["person"] == {"Kim Jong Un"}


def test_surname_after_full_name_is_the_same_unknown_person() -> None:
    text = (
        "Le général Aurélien Castagnède a détaillé la manœuvre devant la presse. "
        "Plus tard, Castagnède a reconnu des pertes importantes."
    )
    sentences = analyse(text)
    assert sentences[0].persons == ("Aurélien Castagnède",)
    assert sentences[1].persons == ("Aurélien Castagnède",)


def test_common_word_surname_after_given_name_and_alone_later() -> None:
    sentences = analyse("Le général Jean Martin arrive ce soir. Martin repartira demain.")
    assert [s.persons for s in sentences] == [("Jean Martin",), ("Jean Martin",)]


@pytest.mark.parametrize(
    ("text", "organisation", "country"),
    [
        (
            "L'Assemblée nationale sud-coréenne a voté la destitution.",
            "Assemblée nationale sud-coréenne",
            "Corée du Sud",
        ),
        ("Le Sénat italien a adopté le texte.", "Sénat italien", "Italie"),
        ("L'Assemblée nationale a voté la loi.", "Assemblée nationale", "France"),
    ],
    ids=["assemblee-coreenne", "senat-italien", "assemblee-francaise"],
)
def test_state_body_qualified_by_another_country(text: str, organisation: str, country: str) -> None:
    s = analyse(text)[0]
    assert s.organisations == (organisation,)
    assert s.countries == (country,)


def test_sentence_opening_first_name_joins_the_ner_surname() -> None:
    assert actors("Greta Thunberg a manifesté devant le Parlement suédois.")["person"] == {"Greta Thunberg"}


def test_titled_surname_alone_is_kept() -> None:
    found = actors("Le colonel Vandermeersch a refusé de commenter l'opération.")
    assert found["person"] == {"Vandermeersch"}


def test_unknown_person_with_given_name_is_found_without_country() -> None:
    found = actors("« La situation reste fragile », estime Margaux Quintreau, chercheuse associée.")
    assert found["person"] == {"Margaux Quintreau"}
    assert found["country"] == set()


@pytest.mark.parametrize(
    "text",
    [
        "Explications.",
        "Concrètement, rien n'a changé depuis des mois.",
        "Début mars, la situation s'est dégradée.",
        "Les Occidentaux restent divisés sur la question.",
        "Au programme : réunions, visites et conférences.",
        "Le PIB a progressé de 2 % l'an dernier.",
        "Les capitales européennes ont salué la décision.",
        "L'océan Indien est le théâtre de manœuvres navales.",
    ],
    ids=[
        "explications",
        "concretement",
        "debut-mars",
        "occidentaux",
        "programme",
        "pib",
        "capitales",
        "ocean",
    ],
)
def test_no_spurious_actor(text: str) -> None:
    found = actors(text)
    assert found["person"] == set()
    assert found["country"] == set()


def test_sentences_cover_the_document_with_original_offsets() -> None:
    text = "Moscou a réagi vivement. \n\n • Pyongyang a tiré un missile3.\nSéoul a protesté."
    sentences = analyse(text)
    assert [s.text for s in sentences] == [
        "Moscou a réagi vivement.",
        "Pyongyang a tiré un missile3.",
        "Séoul a protesté.",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text
    assert [s.countries for s in sentences] == [("Russie",), ("Corée du Nord",), ("Corée du Sud",)]


def test_countries_of_people_and_roles_are_added() -> None:
    s = analyse("Le président américain a téléphoné à Xi Jinping.")[0]
    assert set(s.persons) == {"Joe Biden", "Xi Jinping"}
    assert set(s.countries) == {"États-Unis", "Chine"}


def test_media_do_not_imply_their_country() -> None:
    s = analyse("Selon l'AFP et Reuters, le vote est reporté.")[0]
    assert s.countries == ()
    assert set(s.organisations) == {"AFP", "Reuters"}


def test_every_sentence_has_topics() -> None:
    for s in analyse("Le Conseil de sécurité a voté de nouvelles sanctions. Il pleuvait."):
        assert s.topics
    assert analyse("Il pleuvait.")[0].topics == ("autre",)


def test_text_of_other_length_is_refused() -> None:
    with pytest.raises(ValueError):
        analyse_sentences(parse("Moscou a réagi."), "Moscou a réagi. Plus tard.", PUB)


@given(
    st.lists(
        st.sampled_from(
            [
                "Moscou",
                "a",
                "dit",
                ".",
                "\n\n",
                " • ",
                "Kim Jong-Un",
                "le président russe",
                "M.",
                "Dupont",
                "3",
                "« oui »",
                "\x0c",
                "l'ONU",
                "Claire",
                "Vandel",
                "?",
                "ministère",
                "de la Défense",
                "sud-coréen",
                "É",
            ]
        ),
        max_size=40,
    ).map(" ".join)
)
@settings(max_examples=120, deadline=None)
def test_any_text_gives_valid_sentences(text: str) -> None:
    sentences = analyse(text)
    previous_end = 0
    for s in sentences:
        assert previous_end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.text.strip() and s.topics
        previous_end = s.end


def test_header_line_is_not_part_of_a_sentence() -> None:
    text = "date 2024-06-18 Moscou a réagi. Séoul aussi."
    sentences = analyse(text)
    assert [s.text for s in sentences] == ["Moscou a réagi.", "Séoul aussi."]
    assert sentences[0].start == text.index("Moscou")


def test_empty_text() -> None:
    assert analyse("") == []
    assert analyse("   \n\n ") == []

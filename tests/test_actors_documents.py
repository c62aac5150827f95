"""Actors of whole documents written for the project, scored like the seed gold (issue 4).

A predicted name matches an expected one when, lower-cased and without accents, hyphens, apostrophes and
articles, the words of one are all in the other or overlap by at least 0.6 (Jaccard); "A|B" lists
acceptable names: the rule of the project's actor scorer. The documents below are ours; they mix
lexicon actors, metonyms, adjectives, dated roles, ministries and people the lexicon does not know.
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from timeline.actors import analyse_sentences
from timeline.nlp import parse_many

STOP = {"le", "la", "les", "l", "de", "du", "des", "d", "et", "the", "of"}

DOCS: list[dict[str, object]] = [
    {
        "published": date(2023, 9, 14),
        "text": (
            "Kim Jong-un est arrivé mardi au cosmodrome de Vostotchny, dans l'Extrême-Orient "
            "russe, à bord de "
            "son train blindé. Le dirigeant nord-coréen y a été accueilli par Vladimir "
            "Poutine pour un sommet "
            "de plusieurs heures.\n\nSelon le Kremlin, les deux hommes ont évoqué la coopération spatiale et "
            "militaire. Washington a mis en garde Pyongyang contre toute livraison d'armes à "
            "Moscou, rappelant "
            "les résolutions du Conseil de sécurité de l'ONU. « Ce serait une violation "
            "flagrante », a déclaré "
            "le porte-parole du département d'État, Matthew Miller.\n\nPour Ludivine Perrotin, chercheuse à "
            "l'Institut français des relations internationales, la rencontre marque un tournant. Perrotin "
            "souligne que Séoul et Tokyo suivent la visite de près."
        ),
        "person": ["Kim Jong Un", "Vladimir Poutine", "Matthew Miller", "Ludivine Perrotin"],
        "country": ["Russie", "Corée du Nord", "États-Unis", "Corée du Sud", "Japon"],
        "organisation": [
            "Conseil de sécurité de l'ONU",
            "ONU",
            "Département d'État",
            "Institut français des relations internationales|Ifri",
        ],
    },
    {
        "published": date(2022, 3, 2),
        "text": (
            "L'Assemblée générale des Nations unies a exigé mercredi que la Russie retire ses troupes "
            "d'Ukraine. Le texte a recueilli 141 voix, la Biélorussie, l'Érythrée et la Syrie votant contre. "
            "La Chine et l'Inde se sont abstenues.\n\nÀ Kiev, le président ukrainien a salué un vote "
            "historique. Le ministre russe des Affaires étrangères, Sergueï Lavrov, a dénoncé des pressions "
            "occidentales. Le secrétaire général de l'ONU a appelé à un cessez-le-feu immédiat.\n\n"
            "Les Vingt-Sept, réunis à Bruxelles, préparent un nouveau train de sanctions."
        ),
        "person": ["Volodymyr Zelensky", "Sergueï Lavrov", "Antonio Guterres"],
        "country": ["Russie", "Ukraine", "Biélorussie", "Érythrée", "Syrie", "Chine", "Inde"],
        "organisation": ["Assemblée générale de l'ONU", "ONU", "Union européenne"],
    },
    {
        "published": date(2015, 12, 12),
        "text": (
            "Laurent Fabius a frappé la table de son marteau vert : l'accord de Paris sur le climat est "
            "adopté. François Hollande a salué « une révolution pacifique ». Barack Obama a parlé d'un "
            "tournant pour la planète, tandis que la délégation chinoise se félicitait d'un texte équilibré."
            "\n\nLe GIEC estimait qu'il fallait contenir le réchauffement bien en dessous de deux degrés. "
            "Les pays insulaires, emmenés par les Maldives, réclamaient 1,5 °C."
        ),
        "person": ["Laurent Fabius", "François Hollande", "Barack Obama"],
        "country": ["France", "États-Unis", "Chine", "Maldives"],
        "organisation": ["GIEC"],
    },
    {
        "published": date(2024, 5, 20),
        "text": (
            "Le procureur de la Cour pénale internationale, Karim Khan, a demandé des mandats d'arrêt contre "
            "Benyamin Netanyahou et Yoav Gallant, ainsi que contre trois dirigeants du Hamas, dont Yahya "
            "Sinouar. Le Premier ministre israélien a dénoncé une décision « absurde ».\n\nÀ Washington, "
            "Joe Biden a jugé la démarche « scandaleuse ». Paris a rappelé son soutien à "
            "l'indépendance de la "
            "juridiction, tandis que l'Afrique du Sud saluait une étape importante."
        ),
        "person": ["Karim Khan", "Benyamin Netanyahou", "Yoav Gallant", "Yahya Sinouar", "Joe Biden"],
        "country": ["Israël", "Palestine", "États-Unis", "France", "Afrique du Sud"],
        "organisation": ["Cour pénale internationale", "Hamas"],
    },
    {
        "published": date(2024, 8, 5),
        "text": (
            "Teddy Riner a décroché samedi un troisième titre olympique individuel devant un public en "
            "liesse. Le judoka a battu en finale le Sud-Coréen Kim Min-jong. Emmanuel Macron, présent dans "
            "les tribunes, a salué « un monument du sport français ».\n\nLe président du comité "
            "d'organisation, Tony Estanguet, a rappelé que la France n'avait pas connu pareille moisson "
            "depuis longtemps."
        ),
        "person": ["Teddy Riner", "Kim Min-jong", "Emmanuel Macron", "Tony Estanguet"],
        "country": ["Corée du Sud", "France"],
        "organisation": [],
    },
    {
        "published": date(2024, 11, 6),
        "text": (
            "Donald Trump a remporté l'élection présidentielle américaine face à Kamala Harris. Le "
            "républicain a revendiqué une victoire « historique » depuis la Floride.\n\nLes dirigeants "
            "européens ont réagi dans la matinée. Olaf Scholz a promis de travailler « étroitement » avec "
            "la future administration, tandis que Viktor Orbán célébrait « un retour bienvenu ». À Kiev, "
            "Volodymyr Zelensky a félicité le vainqueur. Le Kremlin s'est montré prudent, Dmitri Peskov "
            "rappelant que les États-Unis restaient « un pays inamical ».\n\nSelon Reuters, les marchés "
            "asiatiques ont ouvert en hausse, et le dollar s'est envolé face au yen."
        ),
        "person": [
            "Donald Trump",
            "Kamala Harris",
            "Olaf Scholz",
            "Viktor Orbán",
            "Volodymyr Zelensky",
            "Dmitri Peskov",
        ],
        "country": ["États-Unis", "Allemagne", "Hongrie", "Ukraine", "Russie"],
        "organisation": ["Reuters"],
    },
    {
        "published": date(2023, 11, 22),
        "text": (
            "La Corée du Nord affirme avoir placé en orbite son premier satellite espion, Malligyong-1. "
            "L'agence officielle KCNA a diffusé des images du lancement, supervisé par Kim Jong Un.\n\n"
            "Le Japon a activé son système d'alerte à Okinawa. Le ministère de la Défense japonais a indiqué "
            "que l'engin avait survolé l'archipel. Séoul a suspendu en partie l'accord militaire "
            "intercoréen de 2018. L'état-major interarmées sud-coréen soupçonne une aide technique russe."
        ),
        "person": ["Kim Jong Un"],
        "country": ["Corée du Nord", "Japon", "Corée du Sud", "Russie"],
        "organisation": ["KCNA", "ministère de la Défense japonais"],
    },
    {
        "published": date(2023, 7, 28),
        "text": (
            "Au Niger, des militaires de la garde présidentielle ont renversé le président Mohamed "
            "Bazoum. Le général Abdourahamane Tiani s'est proclamé chef de l'État. La Cédéao a menacé "
            "d'intervenir et Paris a suspendu son aide au développement.\n\nLes putschistes ont reçu "
            "le soutien du Mali et du Burkina Faso. À Washington, Antony Blinken a appelé à la "
            "libération immédiate du président élu. Le groupe Wagner a salué le coup de force, selon "
            "des messages diffusés sur Telegram."
        ),
        "person": ["Mohamed Bazoum", "Abdourahamane Tiani", "Antony Blinken"],
        "country": ["Niger", "France", "Mali", "Burkina Faso", "États-Unis"],
        "organisation": ["CEDEAO", "Wagner", "Telegram"],
    },
    {
        "published": date(2024, 4, 14),
        "text": (
            "L'Iran a lancé dans la nuit plus de trois cents drones et missiles contre Israël, en "
            "représailles à la frappe contre son consulat à Damas. L'armée israélienne affirme en "
            "avoir intercepté 99 %, avec l'aide des États-Unis, du Royaume-Uni et de la "
            "Jordanie.\n\nLe Conseil de sécurité de l'ONU s'est réuni en urgence dimanche. Antonio "
            "Guterres a mis en garde contre « une escalade dévastatrice ». Le ministre iranien des "
            "Affaires étrangères, Hossein Amir-Abdollahian, a jugé l'affaire « close »."
        ),
        "person": ["Antonio Guterres", "Hossein Amir-Abdollahian"],
        "country": ["Iran", "Israël", "Syrie", "États-Unis", "Royaume-Uni", "Jordanie"],
        "organisation": ["Tsahal|armée israélienne", "Conseil de sécurité de l'ONU", "ONU"],
    },
    {
        "published": date(2025, 4, 3),
        "text": (
            "Donald Trump a annoncé des droits de douane d'au moins 10 % sur toutes les importations. "
            "Les produits chinois seront taxés à 34 %, ceux de l'Union européenne à 20 %. Pékin a "
            "promis des « contre-mesures résolues ».\n\nÀ Bruxelles, Ursula von der Leyen a dénoncé « "
            "un coup dur pour l'économie mondiale ». La Bourse de Tokyo a chuté de 4 %, et le Fonds "
            "monétaire international redoute un ralentissement. Selon Christine Lagarde, présidente de "
            "la Banque centrale européenne, l'inflation pourrait repartir."
        ),
        "person": ["Donald Trump", "Ursula von der Leyen", "Christine Lagarde"],
        "country": ["États-Unis", "Chine", "Japon"],
        "organisation": ["Union européenne", "Fonds monétaire international", "Banque centrale européenne"],
    },
    {
        "published": date(2024, 7, 31),
        "text": (
            "Léon Marchand a remporté mercredi soir sa quatrième médaille d'or à la piscine de "
            "Nanterre. Le nageur toulousain, entraîné par Bob Bowman, a devancé le Chinois Pan Zhanle "
            "et l'Américain Ryan Murphy.\n\nDans la tribune présidentielle, Emmanuel Macron et le "
            "président du CIO, Thomas Bach, ont applaudi. « C'est un moment historique pour le sport "
            "français », a réagi la ministre Amélie Oudéa-Castéra."
        ),
        "person": [
            "Léon Marchand",
            "Bob Bowman",
            "Pan Zhanle",
            "Ryan Murphy",
            "Emmanuel Macron",
            "Thomas Bach",
            "Amélie Oudéa-Castéra",
        ],
        "country": ["Chine", "États-Unis", "France"],
        "organisation": ["Comité international olympique|CIO"],
    },
]


def _words(name: str) -> frozenset[str]:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    for ch in "-'’.,()":
        s = s.replace(ch, " ")
    return frozenset(w for w in s.split() if w not in STOP)


def _same(a: str, gold: str) -> bool:
    """True when `a` names the gold actor (a gold name "A|B" lists acceptable names)."""
    return any(_same_name(a, b) for b in gold.split("|"))


def _same_name(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return wa <= wb or wb <= wa or len(wa & wb) / len(wa | wb) >= 0.6


@pytest.fixture(scope="module")
def predicted() -> list[dict[str, set[str]]]:
    out = []
    texts = [str(d["text"]) for d in DOCS]
    for d, doc in zip(DOCS, parse_many(texts), strict=True):
        found: dict[str, set[str]] = {"person": set(), "country": set(), "organisation": set()}
        published = d["published"]
        assert isinstance(published, date)
        for s in analyse_sentences(doc, str(d["text"]), published):
            found["person"].update(s.persons)
            found["country"].update(s.countries)
            found["organisation"].update(s.organisations)
        out.append(found)
    return out


@pytest.mark.parametrize(
    ("kind", "minimum"), [("person", 0.9), ("country", 0.9), ("organisation", 0.8)], ids=["per", "cty", "org"]
)
def test_precision_and_recall_on_our_documents(
    predicted: list[dict[str, set[str]]], kind: str, minimum: float
) -> None:
    tp = n_pred = found = n_gold = 0
    errors = []
    for d, pred in zip(DOCS, predicted, strict=True):
        gold = list(d[kind])  # type: ignore[call-overload]
        good = [p for p in pred[kind] if any(_same(p, g) for g in gold)]
        hit = [g for g in gold if any(_same(p, g) for p in pred[kind])]
        tp, n_pred, found, n_gold = (
            tp + len(good),
            n_pred + len(pred[kind]),
            found + len(hit),
            n_gold + len(gold),
        )
        errors += [f"spurious {p}" for p in pred[kind] if p not in good]
        errors += [f"missed {g}" for g in gold if g not in hit]
    precision = tp / n_pred if n_pred else 1.0
    recall = found / n_gold if n_gold else 1.0
    print(f"{kind}: precision {precision:.3f} ({tp}/{n_pred}), recall {recall:.3f} ({found}/{n_gold})")
    assert precision >= minimum and recall >= minimum, errors

# ruff: noqa: E501  (one phrase per line reads best as a table)
"""Tense and anchoring of plans, past day-months, "N jours après" and nights, read as exact intervals.

Each row: id, sentence (a leading "dct=YYYY-MM-DD|" sets the DCT), phrase, start, end, granularity;
empty start and end: found but left unresolved.
"""

from __future__ import annotations

import pytest

from tests.test_temporal_phrases import check_interval

ROWS = [
    # "doit / devait + infinitive" is a plan, also through a passive with an adverb
    ("plan-passive-adverb", "dct=2022-09-09|Il doit être officiellement proclamé samedi au palais Saint-James.", "samedi", "2022-09-10", "2022-09-10", "day"),
    # ... but a plan told from the past ("devait", "était prévu") is the day nearest the news, either side
    ("plan-devait-passive", "dct=2022-09-09|Le texte devait être signé mardi à Bruxelles.", "mardi", "2022-09-06", "2022-09-06", "day"),
    ("plan-devait-next", "dct=2022-09-09|Le texte devait être signé lundi à Bruxelles.", "lundi", "2022-09-12", "2022-09-12", "day"),
    ("plan-devait-yesterday", "dct=2009-06-02|L'avion devait se poser lundi à 11 h 10 à Roissy.", "lundi", "2009-06-01", "2009-06-01", "day"),
    ("plan-etait-prevu", "dct=2001-10-09|Le renflouage était initialement prévu le 15 septembre.", "le 15 septembre", "2001-09-15", "2001-09-15", "day"),
    ("plan-devait-daymonth", "dct=2011-10-24|L'élection devait initialement avoir lieu le 24 juillet.", "le 24 juillet", "2011-07-24", "2011-07-24", "day"),
    ("plan-devait-no-episode", "dct=2011-01-12|Le séisme du 12 janvier 2010 a tout détruit. Le second tour, qui devait avoir lieu le 16 janvier, a été reporté.", "le 16 janvier", "2011-01-16", "2011-01-16", "day"),
    ("plan-prevu-ahead", "dct=2022-09-09|Le sommet est prévu mercredi.", "mercredi", "2022-09-14", "2022-09-14", "day"),
    ("plan-prevu-restrictive-que", "dct=2016-11-18|L'arrivée à la station n'est prévue que samedi soir.", "samedi soir", "2016-11-19", "2016-11-19", "day"),
    # a planning verb in the perfect whose date follows its object dates what was planned, the nearest such
    # day either side; an imperfect tells a story and keeps its date behind
    ("plan-perfect-object-weekday", "dct=1971-06-16|Le juge a fixé une audience à vendredi.", "vendredi", "1971-06-18", "1971-06-18", "day"),
    ("plan-perfect-object-daymonth", "dct=2019-02-13|Le tribunal a fixé la lecture du jugement au 25 juin.", "25 juin", "2019-06-25", "2019-06-25", "day"),
    ("plan-perfect-object-des", "dct=2013-05-30|Plusieurs villes ont programmé des hommages dès samedi.", "dès samedi", "2013-06-01", "2013-06-01", "day"),
    ("plan-imperfect-object-stays-behind", "dct=1975-01-10|La réforme était attendue depuis l'élection du président, le 19 mai.", "le 19 mai", "1974-05-19", "1974-05-19", "day"),
    # an elided negation keeps "n'est" a present: "n'est pas attendu avant" a plan
    ("plan-negated-passive", "dct=2020-12-15|Le dernier concurrent n'est pas attendu avant début mars.", "début mars", "2021-03-01", "2021-03-10", "part"),
    # what sits inside a compound past is skipped: an adverb ("a soudain chuté"), "s'y" before the auxiliary
    ("perfect-adverb-inside", "dct=2010-05-07|Jeudi, l'indice de la Bourse a soudain chuté de 9 %.", "Jeudi", "2010-05-06", "2010-05-06", "day"),
    ("perfect-phrase-inside", "dct=2023-03-10|Jeudi soir, les opposants ont tout de même tenu un rassemblement devant le Parlement.", "Jeudi soir", "2023-03-09", "2023-03-09", "day"),
    # an imperfect of a verb in -irer ends like a conditional of a verb in -ir: the lemma tells them apart
    ("imperfect-like-conditional", "dct=1990-02-10|Vendredi soir, les magasins retiraient déjà les bouteilles des rayons.", "Vendredi soir", "1990-02-09", "1990-02-09", "day"),
    ("imperfect-like-conditional-capsized", "dct=1994-09-29|Mercredi, le ferry chavirait au large des côtes finlandaises.", "Mercredi", "1994-09-28", "1994-09-28", "day"),
    ("conditional-stays-ahead", "dct=1990-02-10|Vendredi soir, les magasins sortiraient de nouvelles bouteilles, selon le fabricant.", "Vendredi soir", "1990-02-16", "1990-02-16", "day"),
    # a reflexive conditional past is a past reported, not a passive to come ("serait rappelé lundi")
    ("reflexive-conditional-past", "dct=2001-03-13|La statue se serait effondrée dans la nuit de samedi à dimanche, selon des témoins.", "dans la nuit de samedi à dimanche", "2001-03-10", "2001-03-11", "day"),
    ("passive-conditional-ahead", "dct=2001-03-13|L'ambassadeur serait rappelé samedi, selon des sources diplomatiques.", "samedi", "2001-03-17", "2001-03-17", "day"),
    # a number a noun identifies ("la résolution 1851") lends no year to the day-months after it
    ("numbered-noun-no-year", "dct=2009-01-10|La résolution 1851, adoptée le 16 décembre, autorise des opérations à terre.", "le 16 décembre", "2008-12-16", "2008-12-16", "day"),
    # a night's trailing date names its morning; "derniers" after a night puts it a week back from the next one
    ("night-trailing-date", "dct=2014-06-19|Le spéléologue a été blessé dans la nuit de samedi à dimanche 8 juin par une chute de pierres.", "dans la nuit de samedi à dimanche 8 juin", "2014-06-07", "2014-06-08", "day"),
    ("night-past-plural", "dct=2000-01-04|Dans la nuit de lundi à mardi derniers, une seconde tempête a traversé le pays.", "Dans la nuit de lundi à mardi derniers", "1999-12-27", "1999-12-28", "day"),
    ("night-bare-stays", "dct=2000-01-04|Dans la nuit de lundi à mardi, une seconde tempête a traversé le pays.", "Dans la nuit de lundi à mardi", "2000-01-03", "2000-01-04", "day"),
    # an expression nothing else places, set right after a day, says that day again
    ("restated-count-from-event", "dct=2012-06-02|Le 14 mai 2012, exactement un an après l'incendie, le tribunal a rendu son jugement.", "exactement un an après", "2012-05-14", "2012-05-14", "day"),
    ("restated-day-after-event", "dct=2016-05-10|Un défilé est prévu lundi 16 mai, au lendemain de la dernière journée du championnat.", "au lendemain de la dernière journée", "2016-05-16", "2016-05-16", "day"),
    # ... but "la loi de 1920" is a law of the year 1920: only the word right before the digits numbers them
    # a date set between commas after a "depuis" noun phrase dates that happening, gone like the state it began
    ("since-phrase-month", "dct=1975-01-20|Depuis la chute du régime, en septembre, le pays est gouverné par une junte.", "en septembre", "1974-09-01", "1974-09-30", "month"),
    ("since-phrase-weekday", "dct=2016-06-29|Depuis l’annonce des résultats, vendredi matin, le gouvernement semble paralysé.", "vendredi matin", "2016-06-24", "2016-06-24", "day"),
    ("since-phrase-part", "dct=1980-01-15|Depuis l'entrée des troupes à Kaboul, fin décembre, Washington multiplie les sanctions.", "fin décembre", "1979-12-21", "1979-12-31", "part"),
    ("noun-of-year", "dct=1972-11-09|Son avocate a voulu faire le procès de la loi de 1920.", "1920", "1920-01-01", "1920-12-31", "year"),
    ("decree-of-year", "dct=1972-11-09|Le décret de 1920 est toujours appliqué.", "1920", "1920-01-01", "1920-12-31", "year"),
    ("perfect-reflexive-y", "dct=2017-04-03|Le groupe s'y est de nouveau produit dimanche devant un public clairsemé.", "dimanche", "2017-04-02", "2017-04-02", "day"),
    ("plan-devait-holiday-past", "dct=1989-12-27|L'exécution, le jour de Noël, devait briser la résistance.", "le jour de Noël", "1989-12-25", "1989-12-25", "day"),
    ("plan-devait-holiday-ahead", "dct=1989-12-20|Le sommet devait se tenir le jour de Noël.", "le jour de Noël", "1989-12-25", "1989-12-25", "day"),
    # a participle after a modal's infinitive qualifies a noun ("la zone sinistrée"), a plural noun may end
    # like one ("les députés"): the modal decides; "ne ... que lundi" is a restriction, not a clause
    ("plan-adjective-participle", "dct=2005-08-30|Il doit survoler la zone sinistrée mercredi à bord d'Air Force One.", "mercredi", "2005-08-31", "2005-08-31", "day"),
    ("plan-noun-like-participle", "dct=2024-12-14|Le texte doit être examiné par les députés lundi, et son adoption ne fait guère de doute.", "lundi", "2024-12-16", "2024-12-16", "day"),
    ("plan-ne-que", "dct=1993-05-14|Le groupe scolaire, fermé jusqu'à nouvel ordre, ne devrait rouvrir ses portes que lundi, a indiqué la mairie.", "lundi", "1993-05-17", "1993-05-17", "day"),
    # "à partir de mercredi" starts ahead, unless told in the pluperfect; a meeting "convoqué mardi" is a plan
    ("from-day-ahead", "dct=2019-03-19|Nyusi a annoncé un deuil national de trois jours à partir de mercredi.", "mercredi", "2019-03-20", "2019-03-20", "day"),
    ("from-day-pluperfect", "dct=2023-11-02|Trois départements avaient été placés en vigilance rouge à partir de mercredi soir.", "mercredi soir", "2023-11-01", "2023-11-01", "day"),
    ("plan-convened", "dct=2015-07-06|Ils se retrouvent ce lundi soir, avant un sommet extraordinaire convoqué mardi à Bruxelles.", "mardi", "2015-07-07", "2015-07-07", "day"),
    # a capitalised word inside a sentence is a name, not a participle ("à Moscou", "à Paris"); "est attendu"
    # is a plan, the nearest such day even after a date of an earlier year
    ("name-not-participle", "dct=2023-03-18|La délégation est attendue à Moscou le 20 mars.", "le 20 mars", "2023-03-20", "2023-03-20", "day"),
    ("plan-present-passive-episode", "dct=2023-03-18|Le 18 mars 2014, la Russie annexait la Crimée. Le président chinois est attendu à Moscou du 20 au 22 mars.", "du 20 au 22 mars", "2023-03-20", "2023-03-22", "day"),
    # "devant les caméras": a noun after an article after a preposition, not a future in "-ras"
    ("noun-after-devant-les", "dct=2025-03-01|Vendredi, devant les caméras de toutes les chaînes, les deux dirigeants se sont disputés.", "Vendredi", "2025-02-28", "2025-02-28", "day"),
    # "en janvier et février 2014": the first month takes the year of the second
    ("months-share-year", "dct=2022-12-15|Les écoutes, réalisées en janvier et février 2014, ont été validées.", "en janvier", "2014-01-01", "2014-01-31", "month"),
    ("months-share-year-back", "dct=2022-12-15|Les crues de décembre et janvier 2015 ont ruiné la vallée.", "décembre", "2014-12-01", "2014-12-31", "month"),
    # a list of dates runs forward: the day-month after one of an earlier year is of the following year
    ("list-runs-forward", "dct=2023-10-17|Ils ont été jugés pour les rassemblements des 29 et 30 octobre 2022 et du 25 mars.", "25 mars", "2023-03-25", "2023-03-25", "day"),
    # a day-month near a day counted from a date of an earlier year is of that year
    ("episode-counted-day", "dct=2023-10-27|Il y a un an jour pour jour, l'homme d'affaires rachetait la plateforme. Les licenciements ont suivi huit jours plus tard, puis les démissions après l'ultimatum du 16 novembre.", "16 novembre", "2022-11-16", "2022-11-16", "day"),
    # a day-month right after its month was named in the sentence is of that month's year
    ("daymonth-of-month-told-relative", "dct=2023-07-12|Il y a un an, la forêt brûlait. En août, le feu est reparti le 10 août.", "le 10 août", "2022-08-10", "2022-08-10", "day"),
    # violence nobody schedules is behind; an election told in the present is the nearest such day
    ("unplanned-violences", "dct=2023-08-02|Le ministère justifie l'évacuation par les violences de dimanche devant l'ambassade.", "dimanche", "2023-07-30", "2023-07-30", "day"),
    ("planned-two-adjectives-present", "dct=2018-12-07|La visite intervient en pleine campagne pour les élections législatives anticipées de dimanche.", "dimanche", "2018-12-09", "2018-12-09", "day"),
    # a weekday set between commas after a noun, in a clause told in the future, is the noun's day: the nearest
    ("apposed-weekday-future-clause-behind", "dct=2022-05-29|La finale entre Liverpool et le Real Madrid, samedi soir à Saint-Denis, restera comme un fiasco.", "samedi soir", "2022-05-28", "2022-05-28", "day"),
    ("apposed-weekday-future-clause-ahead", "dct=2022-05-29|La réunion des ministres, mardi à Bruxelles, sera décisive.", "mardi", "2022-05-31", "2022-05-31", "day"),
    ("apposed-daymonth-future-clause-behind", "dct=2008-08-25|On retiendra surtout le sacre du nageur, le 14 août, sur 100 m nage libre.", "le 14 août", "2008-08-14", "2008-08-14", "day"),
    ("apposed-daymonth-future-clause-ahead", "dct=2008-08-25|Le conseil des ministres, le 2 septembre à Paris, sera décisif.", "le 2 septembre", "2008-09-02", "2008-09-02", "day"),
    # ... but not a weekday set inside another noun's phrase that goes on after it
    ("planned-word-before-apposed-day", "dct=2023-09-05|Dans la foulée de l'annonce par le Centre gabonais des élections, mercredi à l'aube, de la réélection d'Ali Bongo, les militaires avaient dissous les institutions.", "mercredi à l'aube", "2023-08-30", "2023-08-30", "day"),
    ("past-participle-not-planned", "dct=2005-08-30|L'accord signé lundi a été salué par les syndicats.", "lundi", "2005-08-29", "2005-08-29", "day"),
    # a participle said of a conjugated verb ("resteront fermées") is no bare participle: that verb's tense decides
    ("participle-of-future-verb", "dct=2009-01-25|Dans les Landes, les écoles resteront fermées lundi, a annoncé le préfet.", "lundi", "2009-01-26", "2009-01-26", "day"),
    ("participle-after-past-verb", "dct=2009-01-25|Les écoles sont restées fermées lundi.", "lundi", "2009-01-19", "2009-01-19", "day"),
    # an infinitive after "avant de" shares its main verb's time: "doit [...], avant de célébrer mardi" is ahead,
    # "avait repris [...], avant de triompher dimanche" behind
    ("before-infinitive-follows-future-verb", "dct=2013-03-14|Il doit rencontrer la presse samedi, avant de célébrer mardi la messe d'inauguration.", "mardi", "2013-03-19", "2013-03-19", "day"),
    ("before-infinitive-follows-past-verb", "dct=2006-07-28|Il avait repris le maillot jaune lors du dernier contre-la-montre, avant de triompher dimanche sur les Champs-Élysées.", "dimanche", "2006-07-23", "2006-07-23", "day"),
    # a conditional tells a past only as the auxiliary of a past conditional ("aurait signé", "serait parti");
    # the conditional of another verb before a participle ("resterait fermé") tells a day ahead of what was said
    ("conditional-of-verb-before-participle", "dct=1987-10-22|Les autorités ont annoncé que la Bourse resterait fermée lundi.", "lundi", "1987-10-26", "1987-10-26", "day"),
    ("conditional-auxiliary-past", "dct=1987-10-22|Selon la presse, il aurait signé lundi un accord secret.", "lundi", "1987-10-19", "1987-10-19", "day"),
    ("conditional-etre-past", "dct=1987-10-22|Le toit se serait effondré lundi.", "lundi", "1987-10-19", "1987-10-19", "day"),
    ("plan-compound-adverb", "dct=2022-09-09|Il a été officiellement proclamé samedi.", "samedi", "2022-09-03", "2022-09-03", "day"),
    # a day-month without year follows the tense like weekdays and months; a day just ahead stays ahead
    ("daymonth-plan-ahead", "dct=2020-01-31|Elle doit s'achever le 31 décembre.", "31 décembre", "2020-12-31", "2020-12-31", "day"),
    ("daymonth-past-clause", "dct=2015-09-02|Le meurtre de Clarissa Jean-Philippe a suivi le 8 janvier au matin.", "8 janvier", "2015-01-08", "2015-01-08", "day"),
    ("dayrange-past-clause", "dct=2015-09-02|Le festival s'est tenu du 3 au 5 février à Angoulême.", "du 3 au 5 février", "2015-02-03", "2015-02-05", "day"),
    ("daylist-past-clause", "dct=2015-09-02|Les élections ont eu lieu les 6 et 13 février.", "13 février", "2015-02-13", "2015-02-13", "day"),
    # a date a postponement sets is the nearest such date, whatever the tense of the decision
    ("postponed-to-month", "dct=2020-06-10|Le tournoi a été reporté en septembre.", "en septembre", "2020-09-01", "2020-09-30", "month"),
    ("postponement-noun-to-month", "dct=2020-06-10|La Fédération a décidé un report en septembre.", "en septembre", "2020-09-01", "2020-09-30", "month"),
    ("postponed-to-season", "dct=2020-06-10|Le tournoi a été reporté à l'automne.", "à l'automne", "2020-09-22", "2020-12-21", "season"),
    # an adverb inside the compound past ("a surtout été dominée") keeps it a past
    ("adverb-inside-compound-past", "dct=1998-02-04|L'actualité a surtout été dominée par l'exécution au Texas, mardi soir, de la condamnée.", "mardi soir", "1998-02-03", "1998-02-03", "day"),
    # and so does an adverbial phrase ("a en revanche été annulée")
    ("adverbial-phrase-inside-compound-past", "dct=2017-12-01|Mercredi, la fête promise au public a en revanche été annulée.", "Mercredi", "2017-11-29", "2017-11-29", "day"),
    # a noun that is also a participle ("mort") set off by a comma is the participle: a past
    ("apposed-participle-also-noun", "dct=1997-01|René Lacoste, mort en octobre, n'aura pas vu ce nouveau sacre.", "en octobre", "1996-10-01", "1996-10-31", "month"),
    ("noun-before-weekday-after-comma-no-participle", "dct=1976-07-19|Elle sera en piste mercredi pour le concours individuel, puis jeudi pour les finales.", "jeudi", "1976-07-22", "1976-07-22", "day"),
    # a weekday after "le lendemain de la cérémonie," is the day after it, told in the past
    ("weekday-apposed-to-day-after-happening", "dct=2016-09-10|Le lendemain de la cérémonie, lundi, le cardinal a présidé une messe d'action de grâce.", "lundi", "2016-09-05", "2016-09-05", "day"),
    # a year given to compare sets no year for the date after it
    ("year-compared-sets-no-year", "dct=1983-12-08|Comme en 1933, l'Église vit une Année sainte, ouverte par le pape le 25 mars.", "le 25 mars", "1983-03-25", "1983-03-25", "day"),
    ("daymonth-deadline-near", "dct=1999-05-21|M. Blair a donné jusqu'au 30 juin aux responsables pour débloquer ce dossier.", "30 juin", "1999-06-30", "1999-06-30", "day"),
    # "jusqu'au <day-month>" ends a state that runs on from the news: ahead, even far ahead and beside an
    # episode of another year; the nearest when told in the pluperfect
    ("until-daymonth-far-ahead", "dct=2019-04-11|Les dirigeants européens ont accordé un nouveau report du Brexit, jusqu'au 31 octobre, après de longues heures.", "31 octobre", "2019-10-31", "2019-10-31", "day"),
    ("until-daymonth-after-episode", "dct=2020-03-18|Le 28 mars 2019, un homme avait ouvert le feu dans un tramway. Dimanche, le gouvernement a ordonné la fermeture des écoles jusqu'au 6 avril.", "6 avril", "2020-04-06", "2020-04-06", "day"),
    ("until-daymonth-told-before", "dct=2019-06-10|Le juge avait prolongé sa détention jusqu'au 20 mai.", "20 mai", "2019-05-20", "2019-05-20", "day"),
    # a colon or a semicolon opens the date's own clause: its verb tells the tense, not the one across it
    ("colon-opens-date-clause", "dct=2025-06|Le gouvernement n'aura pas survécu au budget : le 4 décembre, une motion de censure l'a renversé.", "le 4 décembre", "2024-12-04", "2024-12-04", "day"),
    ("semicolon-opens-date-clause", "dct=2025-06|La réforme entrera en vigueur en janvier ; le 4 décembre, les députés l'avaient adoptée.", "le 4 décembre", "2024-12-04", "2024-12-04", "day"),
    ("colon-future-clause", "dct=2025-06|Le ministre l'a promis : le 4 décembre, le texte sera voté.", "le 4 décembre", "2025-12-04", "2025-12-04", "day"),
    # a verb of a "que" clause after the day is its subordinate's: the main verb dates the day
    ("daymonth-main-verb-before-que", "dct=2003-08-27|Le président avait promis lors de la cérémonie, le 4 février, que l'exploration continuerait.", "le 4 février", "2003-02-04", "2003-02-04", "day"),
    ("daymonth-cleft-que", "dct=2003-08-27|C'est le 4 février que l'exploration reprendra, a promis le président.", "le 4 février", "2004-02-04", "2004-02-04", "day"),
    # ... but a day opening its sentence, set off by a comma, is the day of what the past tense tells
    ("daymonth-fronted-past", "dct=2023-09-26|Le 18 novembre, le procureur a confirmé la découverte de traces d'explosifs.", "Le 18 novembre", "2022-11-18", "2022-11-18", "day"),
    ("daymonth-fronted-after-colon", "dct=2023-09-26|L'enquête a avancé : le 18 novembre, le procureur a confirmé la découverte.", "le 18 novembre", "2022-11-18", "2022-11-18", "day"),
    # a day-month told in the past next to a day dated with an earlier year is of that year (one episode)
    ("episode-next-paragraph", "dct=2014-08-20|Le rapport porte sur la catastrophe du 6 juillet 2013.\n\nLe 5 juillet vers 23 heures, le conducteur avait immobilisé son convoi.", "Le 5 juillet", "2013-07-05", "2013-07-05", "day"),
    ("episode-days-after", "dct=2020-04-14|Le 14 avril 2010, le volcan entrait en éruption.\n\nIl a fallu une réunion des ministres, le 19 avril, pour trouver un compromis.", "19 avril", "2010-04-19", "2010-04-19", "day"),
    # ... but not beside a count to the day from that day, nor after an anniversary's noun: the anniversary
    ("episode-anniversary-beside-count", "dct=2015-12|Le 4 décembre 1995, six élèves périssaient dans la rivière. Une cérémonie s'est tenue le 4 décembre, vingt ans jour pour jour après le drame, sur les berges.", "le 4 décembre", "2015-12-04", "2015-12-04", "day"),
    ("episode-anniversary-noun", "dct=2023-10-23|Mahsa Amini est morte le 16 septembre 2022 à Téhéran. Le premier anniversaire de sa mort, le 16 septembre, s'est déroulé sous haute surveillance.", "le 16 septembre,", "2023-09-16", "2023-09-16", "day"),
    ("episode-same-day-no-anniversary", "dct=2023-10-23|Mahsa Amini est morte le 16 septembre 2022 à Téhéran. Le 16 septembre, son père avait été interpellé.", "Le 16 septembre,", "2022-09-16", "2022-09-16", "day"),
    ("episode-same-day-retold", "dct=2015-12|Le 4 décembre 1995, six élèves périssaient dans la rivière. Le 4 décembre, vers 15 heures, les secours avaient été alertés.", "Le 4 décembre,", "1995-12-04", "1995-12-04", "day"),
    ("episode-far-day", "dct=2014-08-20|Le rapport porte sur la catastrophe du 6 juillet 2013.\n\nLe ministre a démissionné le 2 août.", "2 août", "2014-08-02", "2014-08-02", "day"),
    ("episode-future-clause", "dct=2014-06-20|Le procès porte sur la catastrophe du 6 juillet 2013. Le verdict sera rendu le 10 juillet.", "10 juillet", "2014-07-10", "2014-07-10", "day"),
    # ... nor once the text came back to the news days, for a day-month of this year already gone
    ("episode-after-return-to-news", "dct=2019-01-24|Mercredi, Juan Guaidó s'est proclamé président. La date n'avait rien d'un hasard : le 23 janvier 1958, un soulèvement avait chassé le dictateur. Le jour même, Washington a reconnu Guaidó. Maduro a entamé le 10 janvier un second mandat.", "le 10 janvier", "2019-01-10", "2019-01-10", "day"),
    ("episode-after-return-to-news-ahead", "dct=2017-06-12|Le 12 juin 2016, un tireur a tué 49 personnes. Ce lundi à 2 h 02, les cloches ont sonné. Le 19 juin, une veillée avait réuni des milliers de personnes.", "Le 19 juin", "2016-06-19", "2016-06-19", "day"),
    # the news day itself ("désormais", "aujourd'hui") is such a return, though it falls on the old day's date
    ("episode-after-news-day-same-date", "dct=2014-05-26|Le 26 mai 2004, Monaco perdait la finale à Gelsenkirchen. Le club est remonté en 2013.\n\nDeschamps prépare désormais la Coupe du monde. Le 13 mai, il a dévoilé sa liste.", "Le 13 mai", "2014-05-13", "2014-05-13", "day"),
    ("episode-anniversary-count-still-old", "dct=2014-05-26|Il y a dix ans jour pour jour, Monaco perdait la finale à Gelsenkirchen. Le 13 mai, Deschamps avait livré sa composition.", "Le 13 mai", "2004-05-13", "2004-05-13", "day"),
    # ... nor once the text told a day of another earlier year since: only the latest one lends its year
    ("episode-latest-day-only", "dct=2025-09-20|La sonde s'était posée le 3 septembre 2024. Le même jour, l'agence avait publié une image. Le programme avait été lancé le 14 mars 2019. La fusée a effectué son dernier vol le 6 septembre.", "le 6 septembre", "2025-09-06", "2025-09-06", "day"),
    # "N jours après <event>" never counts back from the DCT unless it opens a sentence told in the present
    ("after-event-undated", "dct=2021-08-04|Le Liban n'a plus de gouvernement de plein exercice depuis la démission de Hassan Diab, six jours après la catastrophe.", "six jours après", "", "", "day"),
    ("after-event-past-clause", "dct=2021-08-04|Six jours après la catastrophe, le Premier ministre a démissionné.", "Six jours après", "", "", "day"),
    ("after-event-negated-past", "dct=2021-08-04|Six jours après la catastrophe, le gouvernement libanais n'a pas résisté.", "Six jours après", "", "", "day"),
    ("negated-past-weekday", "dct=2021-08-04|Le gouvernement n'a pas résisté lundi à la pression de la rue.", "lundi", "2021-08-02", "2021-08-02", "day"),
    ("after-event-sentence-day", "dct=2021-08-04|Hassan Diab a démissionné le 10 août 2020, six jours après la catastrophe.", "six jours après", "2020-08-10", "2020-08-10", "day"),
    # ... else from the latest earlier date of the text next to the same event word; else vague
    ("after-named-event", "dct=2019-10-03|Un incendie s'est déclaré jeudi 26 septembre dans l'usine. Il a fallu attendre cinq jours après l'incendie pour connaître la liste des produits.", "cinq jours après", "2019-10-01", "2019-10-01", "day"),
    ("after-named-event-months", "dct=2013-04-26|L'incendie de l'usine Tazreen, le 24 novembre 2012, avait fait 112 morts. Ce drame survient cinq mois après l'incendie de l'usine Tazreen.", "cinq mois après", "2013-04-01", "2013-04-30", "month"),
    ("lendemain-of-named-event", "dct=2010-03-12|Le séisme du 27 février a fait des centaines de morts. Le lendemain du séisme, la présidente avait décrété l'état de catastrophe.", "Le lendemain", "2010-02-28", "2010-02-28", "day"),
    ("veille-of-named-event", "dct=2013-05-02|L'immeuble s'est effondré le 24 avril. La veille de l'effondrement, des fissures avaient été signalées.", "La veille", "2013-04-23", "2013-04-23", "day"),
    ("after-event-own-clause-date", "dct=1994-02-10|La décision intervient quatre jours après le massacre du marché, qui a fait soixante-huit morts samedi.", "quatre jours après", "1994-02-09", "1994-02-09", "day"),
    ("day-after-the-eve-of-happening", "dct=2015-09-28|La bousculade survenue jeudi ne cesse de s'alourdir. Samedi, le bilan a été porté à 769 morts. La veille du drame, les fidèles s'étaient rassemblés. Le lendemain matin, les pèlerins se sont heurtés.", "Le lendemain matin", "2015-09-24", "2015-09-24", "day"),
    # "le lendemain" after a flashback (a day counted back, told in an imperfect or a pluperfect) follows the
    # story's own line again, unless it is told in the flashback's tense
    ("lendemain-after-flashback", "dct=2013-05-13|Le jeudi 13 mai 1993, un homme pénètre dans une classe. Cinq jours plus tôt, il avait déjà signé une explosion près de la mairie.\n\nCommence alors une négociation. Le lendemain, les libérations se poursuivent.", "Le lendemain", "1993-05-14", "1993-05-14", "day"),
    ("lendemain-after-eve-flashback", "dct=2024-06-20|Le 14 juin, la digue a cédé. La veille, les pompiers avaient évacué le quartier. Le lendemain, le préfet est venu sur place.", "Le lendemain", "2024-06-15", "2024-06-15", "day"),
    ("lendemain-inside-flashback", "dct=2013-05-13|Le jeudi 13 mai 1993, un homme pénètre dans une classe. Cinq jours plus tôt, il avait déjà signé une explosion près de la mairie. Le lendemain, il avait envoyé une lettre à la police.", "Le lendemain", "1993-05-09", "1993-05-09", "day"),
    # "le même jour" right after a count a later pass dates is that day too; "ce jour-là" stays the story's
    ("same-day-after-count-of-happening", "dct=2024-11-04|Les inondations du 29 octobre ont fait plus de 200 morts. Cinq jours après le drame, c'était la première visite du roi dans la zone. La visite prévue le même jour à Chiva a été annulée.", "le même jour", "2024-11-03", "2024-11-03", "day"),
    ("that-day-after-count-of-happening", "dct=2020-12-09|Le volcan est entré en éruption le 9 décembre 2019. Le pays a observé une minute de silence, comme une semaine après l'éruption. Les pilotes qui, ce jour-là, avaient pris tous les risques ont été salués.", "ce jour-là", "2019-12-09", "2019-12-09", "day"),
    ("after-event-not-ahead", "dct=2013-11-14|LA COROGNE, 14 novembre (AFP) - Onze ans après la pire catastrophe du pays, la justice n'a trouvé aucun coupable.", "Onze ans après", "", "", "year"),
    # ... else from the first later date whose neighbourhood names a scheduled happening
    ("veille-of-event-told-later", "dct=2009-01-21|La veille de l'investiture, l'Amérique avait célébré Martin Luther King. L'investiture s'est déroulée le 20 janvier devant un million de personnes.", "La veille", "2009-01-19", "2009-01-19", "day"),
    # ... or whose neighbourhood tells the happening with a participle of its own ("élu", "condamné")
    ("lendemain-of-event-told-by-participle", "dct=2008-11-12|Barack Obama a été élu le 4 novembre. Samedi, il a réuni son équipe à Chicago. Le lendemain de l'élection, il avait proposé à Rahm Emanuel de devenir son secrétaire général.", "Le lendemain", "2008-11-05", "2008-11-05", "day"),
    ("veille-of-event-told-by-participle", "dct=2023-05-17|Le tribunal de Dresde a condamné mardi cinq membres du clan. La veille du verdict, la directrice des collections avait rappelé que plusieurs pièces manquaient.", "La veille", "2023-05-15", "2023-05-15", "day"),
    ("after-event-told-later", "dct=2023-08-24|L'avion s'est écrasé deux jours après le sommet. Le sommet s'était tenu le 18 août à Moscou.", "deux jours après", "2023-08-20", "2023-08-20", "day"),
    ("before-event-told-later-next-paragraph", "dct=2022-04-20|L'attaque était survenue trois jours avant le premier tour.\n\nLe premier tour a eu lieu le 23 avril 2017.", "trois jours avant", "2017-04-20", "2017-04-20", "day"),
    ("after-event-own-date", "dct=2019-10-03|Le ministre est venu deux jours après l'incendie du 26 septembre.", "deux jours après", "2019-09-28", "2019-09-28", "day"),
    ("after-event-nearest-day-of-its-sentence", "dct=2015-05-16|L'hélicoptère disparu mardi au-dessus du Népal a été localisé vendredi par une patrouille. Il a été retrouvé trois jours après sa disparition.", "trois jours après", "2015-05-15", "2015-05-15", "day"),
    ("lendemain-of-event-day-first-in-its-clause", "dct=1999-12-29|La seconde tempête est arrivée au lendemain de celle qui, dimanche, avait ravagé le nord.", "au lendemain", "1999-12-27", "1999-12-27", "day"),
    # a later day of the sentence, counted from which the expression lands on the news days, is the event's
    # day, wherever it stands after the event's word ("survenu mercredi", "où ... avait commencé, le 26 avril")
    ("after-event-later-day-lands-now", "dct=2002-05-04|Ils étaient cent mille hier sur la place. Une semaine après la fusillade, la ville s'est arrêtée à l'heure où le tireur avait commencé, le vendredi 26 avril.", "Une semaine après", "2002-05-03", "2002-05-03", "day"),
    ("after-event-participle-day", "dct=1979-03-31|Deux jours après l'accident survenu mercredi, la situation reste préoccupante.", "Deux jours après", "1979-03-30", "1979-03-30", "day"),
    ("lendemain-of-event-participle-day", "dct=2013-01-18|Au lendemain de l'assaut lancé jeudi par l'armée, les informations restent rares.", "Au lendemain", "2013-01-18", "2013-01-18", "day"),
    # ... but not the day of the main clause after the count's own phrase: the count is that day
    ("lendemain-of-event-main-clause-day", "dct=2024-06-27|Au lendemain de la prise d'assaut du Parlement, le président a annoncé mercredi qu'il ne signerait pas la loi.", "Au lendemain", "2024-06-26", "2024-06-26", "day"),
    ("after-event-main-clause-day", "dct=2019-10-04|Deux jours après l'incendie de l'usine, le préfet s'est rendu jeudi sur place.", "Deux jours après", "2019-10-03", "2019-10-03", "day"),
    ("count-from-apposed-participle-day", "dct=2020-11-26|Maradona s'est éteint quatre ans jour pour jour après son ami Fidel Castro, mort le 25 novembre 2016 à La Havane.", "quatre ans jour pour jour après", "2020-11-25", "2020-11-25", "day"),
    # ... but not a later day that lands elsewhere: it is the day of the sentence ("le 10 août, six jours après")
    ("after-event-later-day-not-now", "dct=2002-05-20|Une semaine après la fusillade, la ville s'est arrêtée le vendredi 3 mai.", "Une semaine après", "2002-05-03", "2002-05-03", "day"),
    ("after-event-apposed-day", "dct=2021-08-04|Six jours après la catastrophe, le 10 août 2020, le Premier ministre a démissionné.", "Six jours après", "2020-08-10", "2020-08-10", "day"),
    ("after-named-event-month-only", "dct=2019-10-03|L'incendie de septembre a marqué Rouen. Cinq jours après l'incendie, la liste a été publiée.", "Cinq jours après", "", "", "day"),
    ("after-other-event", "dct=2019-10-03|Un incendie s'est déclaré jeudi 26 septembre dans l'usine. Le ministre est venu deux jours après la manifestation.", "deux jours après", "", "", "day"),
    # a happening nobody schedules that no earlier date names ("le drame", "l'attentat") is the article's one:
    # the latest earlier day before the news day whose words name such a happening, else the latest
    ("lendemain-of-happening-latest-day", "dct=1995-08-31|Lundi, des obus sont tombés sur le marché. Le lendemain du massacre, les experts ont conclu à un tir serbe.", "Le lendemain", "1995-08-29", "1995-08-29", "day"),
    # no day before names a happening: the earliest day the text tells later is the one counted from
    ("lendemain-of-happening-earliest-later-day", "dct=2000-11-20|Le lendemain du drame, le parquet avait ouvert une enquête. Mercredi, les experts sont entrés dans le tunnel. Samedi 11 novembre, le train s'était arrêté à 600 mètres de l'entrée.", "Le lendemain", "2000-11-12", "2000-11-12", "day"),
    ("count-of-happening-earliest-later-day", "dct=1998-06-09|La pièce avait été retrouvée dès le lendemain de la catastrophe. C'est seulement samedi que la compagnie a reconnu la piste. Les victimes de mercredi dernier voyageaient en tête.", "le lendemain", "1998-06-04", "1998-06-04", "day"),
    ("after-happening-day-naming-one", "dct=2019-12-10|Il y a un an, le 11 décembre 2018, un homme semait la mort au marché de Noël. Une victime a succombé le 16 décembre 2018. Le tireur avait été abattu deux jours après l'attentat.", "deux jours après", "2018-12-13", "2018-12-13", "day"),
    ("lendemain-of-happening-not-news-day", "dct=2024-04-21|Le 21 avril 2019, des kamikazes frappaient trois églises. Ce dimanche, des milliers de fidèles se sont rassemblés. L'état d'urgence, instauré au lendemain des attentats, a été levé.", "au lendemain", "2019-04-22", "2019-04-22", "day"),
    # the happening's day is the day the text tells most often, the earliest on a tie, and not a day whose
    # sentence names the happening after a noun that recalls it ("les obsèques des victimes de l'inondation")
    ("lendemain-of-happening-most-told-day", "dct=2018-07-27|« Lundi, personne ne nous a dit de partir. » Les rescapés dénoncent l'absence de plan le soir du 23 juillet. Jeudi, le ministre a évoqué un acte criminel. Au lendemain du drame, la découverte de 26 corps avait bouleversé le pays.", "Au lendemain", "2018-07-24", "2018-07-24", "day"),
    ("lendemain-of-happening-earliest-on-a-tie", "dct=1999-11-22|Mercredi dernier, le torrent avait tout emporté en une heure. Samedi, les secouristes ont retrouvé un corps. Le ministre, venu au lendemain du drame, avait promis une aide.", "au lendemain", "1999-11-18", "1999-11-18", "day"),
    ("lendemain-of-happening-not-the-recalling-day", "dct=1999-11-22|Ils étaient deux mille, samedi, aux obsèques des victimes de l'inondation. Mercredi dernier, le torrent avait tout emporté en une heure. Le ministre, venu au lendemain du drame, avait promis une aide.", "au lendemain", "1999-11-18", "1999-11-18", "day"),
    # a count dated by its sentence ("Dimanche, cinq jours après la catastrophe") tells its event's day too
    ("lendemain-of-happening-counted-back", "dct=2023-03-06|Dimanche, des milliers de personnes ont défilé, cinq jours après la catastrophe ferroviaire. Le même jour, le Premier ministre a demandé pardon. Au lendemain de la collision, il avait mis en avant une erreur humaine.", "Au lendemain", "2023-03-01", "2023-03-01", "day"),
    # the day after a night is the day after its end
    ("lendemain-of-night-happening", "dct=2021-12-11|L'incendie a éclaté dans la nuit du 26 au 27 janvier 2013. Les quatre hommes, détenus au lendemain de l'incendie, ont été condamnés.", "au lendemain", "2013-01-28", "2013-01-28", "day"),
    # a day the count from the event's earlier mention lands on is the day counted to
    ("after-event-apposed-day-counted-to", "dct=2020-12-09|Le volcan est entré en éruption le 9 décembre 2019. Quatre jours après l'éruption, le 13 décembre 2019, des militaires avaient ramené six corps.", "Quatre jours après", "2019-12-13", "2019-12-13", "day"),
    # the nearest date of the sentence is the count's day only when it is a day (here a weekday of a month):
    # it counts from the happening's day instead
    ("after-event-nearest-date-not-a-day", "dct=2024-04|Dix jours après la catastrophe, le président a survolé vendredi le pont, effondré le 26 mars.", "Dix jours après", "2024-04-05", "2024-04-05", "day"),
    # an event's own date too coarse to count days from: the day its sentence names
    ("to-the-day-after-event-of-a-year", "dct=2022-09-20|Lundi 19 septembre, un séisme a secoué l'ouest du pays, trente-sept ans jour pour jour après le séisme de 1985.", "trente-sept ans jour pour jour après", "2022-09-19", "2022-09-19", "day"),
    # whole weeks counted from a day are a day; a rough count of weeks stays a span of weeks
    ("weeks-after-day", "dct=2005-07-25|Les attentats du 7 juillet ont fait 52 morts. Deux semaines après, Londres a revécu la peur.", "Deux semaines après", "2005-07-21", "2005-07-21", "day"),
    ("week-after-event-day", "dct=2020-12-09|Le volcan est entré en éruption le 9 décembre 2019. Le pays avait observé une minute de silence une semaine après l'éruption.", "une semaine après", "2019-12-16", "2019-12-16", "day"),
    ("week-after-event-sentence-day", "dct=2023-01-09|Dimanche, des milliers de partisans de Bolsonaro ont envahi le Congrès, une semaine après l'investiture de Lula.", "une semaine après", "2023-01-08", "2023-01-08", "day"),
    ("less-than-a-week-later-rough", "dct=2020-12-09|Le 3 mars, le gouvernement est tombé. Moins d'une semaine plus tard, des milliers de manifestants ont défilé.", "Moins d'une semaine plus tard", "2020-03-02", "2020-03-15", "week"),
    # a clock time is no day of its sentence for a count of its other clause
    ("week-after-event-not-clock-day", "dct=2020-12-09|Le volcan est entré en éruption le 9 décembre 2019. Ce mercredi, une cérémonie s'est tenue. A 14 h 11, le pays a observé une minute de silence, comme il l'avait fait une semaine après l'éruption.", "une semaine après", "2019-12-16", "2019-12-16", "day"),
    # a weekday under a month-wide header apposed to an exact count is the day the count lands on; the
    # count's own phrase ("après l'incendie") names the event for no other date of its sentence
    ("weekday-of-count-to-the-day", "dct=2024-09|L'incendie de l'usine a eu lieu le 26 septembre 2019. Jeudi, cinq ans jour pour jour après l'incendie de l'usine, les riverains se sont rassemblés.", "Jeudi", "2024-09-26", "2024-09-26", "day"),
    ("count-to-the-day-after-month-weekday", "dct=2024-09|L'incendie de l'usine a eu lieu le 26 septembre 2019. Jeudi, cinq ans jour pour jour après l'incendie de l'usine, les riverains se sont rassemblés.", "cinq ans jour pour jour après", "2024-09-26", "2024-09-26", "day"),
    # the first of the happening's likely days whose count does not land after the news
    ("after-happening-not-past-the-news", "dct=2015-08-17|De gigantesques explosions ont ravagé le port le 12 août. Samedi, de nouvelles explosions ont retenti. Le Premier ministre s'est rendu dimanche sur les lieux. « Ceux qui ont failli seront punis », a-t-il martelé, quatre jours après le drame.", "quatre jours après", "2015-08-16", "2015-08-16", "day"),
    ("months-after-happening-not-counted", "dct=2013-04-25|Le 24 avril, l'immeuble s'est effondré. Ce drame survient cinq mois après l'incendie d'une autre usine.", "cinq mois après", "", "", "month"),
    # "les faits", "les tirs": the happening the article tells, as "le drame" is
    ("after-les-faits", "dct=2024-06-08|Le 8 juin 2023, un homme a attaqué des enfants au couteau dans un parc d'Annecy. Deux jours après les faits, une foule s'était rassemblée au bord du lac.", "Deux jours après", "2023-06-10", "2023-06-10", "day"),
    ("lendemain-des-tirs", "dct=2024-07-24|Le samedi 13 juillet, un jeune homme a ouvert le feu sur l'estrade de Butler. Dès le lendemain des tirs, la directrice était sommée de s'expliquer.", "Dès le lendemain", "2024-07-14", "2024-07-14", "day"),
    # a day of another year named later is a happening recalled beside the article's own
    ("lendemain-of-happening-told-twice-not-named-later", "dct=2025-10-23|Il y a dix ans jour pour jour, un car percutait un camion dans un virage. C'était le 23 octobre 2015, avant l'aube. L'enquête, ouverte au lendemain du drame, a été longue. Le 11 février 2016, à Rochefort, six lycéens mouraient dans la collision de leur car.", "au lendemain", "2015-10-24", "2015-10-24", "day"),
    ("episode-left-for-months-of-the-news", "dct=2020-10|Il est né le 21 septembre 1998 à Komenda. Il avait gagné début février, avant la pandémie. L'été dernier, il avait paru un ton en dessous. Le 27 septembre, au championnat du monde, il a animé la course.", "Le 27 septembre", "2020-09-27", "2020-09-27", "day"),
    ("lendemain-not-of-happening-recalled-later", "dct=2017-12-15|Hier, vers 16 h 10, un car a été percuté par un TER à la sortie du village. Le lendemain du drame, le collège a accueilli ses élèves. L'accident rappelle celui d'Allinges, où sept collégiens avaient péri le 2 juin 2008.", "Le lendemain", "2017-12-15", "2017-12-15", "day"),
    ("after-happening-named-later", "dct=2024-12-08|Samedi, la cathédrale a rouvert. Le président avait promis au lendemain du drame de la rebâtir. Le 15 avril 2019, un incendie avait détruit sa charpente.", "au lendemain", "2019-04-16", "2019-04-16", "day"),
    # "le jour du drame": the day of a happening the text dates, counted like "au lendemain du drame" with 0 days
    ("day-of-happening", "dct=2015-01-17|Il y a vingt ans, le 17 janvier 1995, un séisme frappait Kobe. Samedi, une minute de silence a été observée dans le quartier ravagé par les incendies le jour du séisme.", "le jour", "1995-01-17", "1995-01-17", "day"),
    ("day-of-happening-sentence-naming-one", "dct=2023-08-22|Le 8 août, un incendie a ravagé Lahaina. Lundi, Joe Biden est venu sur l'île. Aucune des sirènes n'a retenti le jour du drame.", "le jour", "2023-08-08", "2023-08-08", "day"),
    ("day-of-happening-undated", "dct=2017-04-01|L'épave est arrivée vendredi au port. Elle était injoignable le jour du drame.", "le jour", "", "", "day"),
    ("evening-of-happening", "dct=2015-01-09|Le 7 janvier, deux hommes armés ont attaqué la rédaction. Des milliers de personnes se sont rassemblées place de la République le soir du drame.", "le soir", "2015-01-07", "2015-01-07", "day"),
    ("same-evening-of-happening", "dct=2023-07-12|Le 12 juillet 2013, un train a déraillé en gare. Le 26 octobre 2022, le procès s'est ouvert. Le soir même du drame, le président était venu sur les lieux.", "Le soir même", "2013-07-12", "2013-07-12", "day"),
    ("same-afternoon-of-day-told", "dct=2022-12-08|Mercredi, le Congrès a destitué le président. Il a été arrêté l'après-midi même.", "l'après-midi même", "2022-12-07", "2022-12-07", "day"),
    ("morning-of-a-date", "dct=2014-06-01|Le matin du 5 mai, il pleuvait sur la ville.", "Le matin du 5 mai", "2014-05-05", "2014-05-05", "day"),
    ("afternoon-of-the-day-told", "dct=2016-12-24|Le suspect a été abattu vendredi près de Milan. Dans l'après-midi, une vidéo a été diffusée.", "Dans l'après-midi", "2016-12-23", "2016-12-23", "day"),
    # "presque jour pour jour", "à quelques jours près": the days around the very day (at the month of a
    # month-wide DCT), not that day
    ("nearly-to-the-day", "dct=2022-04-20|Il y a vingt ans presque jour pour jour, la qualification de Jean-Marie Le Pen provoquait un électrochoc.", "Il y a vingt ans", "2002-04-17", "2002-04-23", "day"),
    ("within-a-few-days", "dct=2009-03-12|Il y a treize ans, à quelques jours près, un tireur tuait seize enfants à Dunblane.", "Il y a treize ans", "1996-03-09", "1996-03-15", "day"),
    ("nearly-to-the-day-month-dct", "dct=2016-11|Il y a trente ans presque jour pour jour, les liquidateurs achevaient le sarcophage.", "Il y a trente ans", "1986-11-01", "1986-11-30", "month"),
    # "un an jour pour jour après <event>": the very day that many units on, where the text dates the event
    ("count-to-the-day-after-event", "dct=2014-04-20|Le 15 avril 2013, deux bombes explosaient près de l'arrivée. Un an jour pour jour après les attentats, la ville a observé une minute de silence.", "Un an jour pour jour après", "2014-04-15", "2014-04-15", "day"),
    ("count-to-the-day-undated-event", "dct=2014-04-20|Un an jour pour jour après les attentats, la ville a observé une minute de silence.", "Un an jour pour jour après", "", "", "day"),
    ("weekday-decides-year-over-reference", "dct=2019-11-06|L'effondrement, qui avait coûté la vie à huit personnes le 5 novembre 2018, a été commémoré mardi 5 novembre par des centaines de Marseillais.", "mardi 5 novembre", "2019-11-05", "2019-11-05", "day"),
    ("this-day-month-is-the-news-year", "dct=2023-07-12|Le 12 juillet 2013, un train déraillait en gare. Pour beaucoup, la cérémonie de ce 12 juillet a une saveur particulière.", "ce 12 juillet", "2023-07-12", "2023-07-12", "day"),
    ("after-happening-named-far-in-its-sentence", "dct=2019-11-06|Un an après l'effondrement des immeubles de la rue d'Aubagne, qui avait coûté la vie à huit personnes le 5 novembre 2018, des centaines de Marseillais se sont rassemblés mardi. Vers 9 heures, l'heure du drame, une minute de silence a été observée. Au lendemain du drame, la mairie avait engagé des évacuations.", "Au lendemain", "2018-11-06", "2018-11-06", "day"),
    # a month opening the sentence after a dated backstory: that year only if the story goes on
    ("month-after-backstory-news", "dct=2015-10-13|Le vol avait été abattu le 17 juillet 2014 au-dessus de l'Ukraine. Fin juillet, la Russie a opposé son veto à un tribunal.", "Fin juillet", "2015-07-21", "2015-07-31", "part"),
    ("month-after-backstory-story", "dct=2023-06-23|Les enfants avaient été retrouvés le 2 juillet 2018. Fin juillet, onze des rescapés avaient passé neuf jours dans un temple.", "Fin juillet", "2018-07-21", "2018-07-31", "part"),
    ("after-happening-under-month-dct", "dct=2020-08|Six jours après la catastrophe, le gouvernement n'a pas résisté. Le Premier ministre a imputé l'explosion du 4 août à la corruption.", "Six jours après", "2020-08-10", "2020-08-10", "day"),
    ("same-day-after-a-paragraph", "dct=2015-10-13|Le Bureau a rendu public ce mardi son rapport sur la destruction du vol, le 17 juillet 2014, au-dessus de l'Ukraine.\n\nLe rapport ne se prononce pas sur l'identité des auteurs du tir, qui relève de l'enquête pénale conduite par une équipe internationale de procureurs. Il délimite toutefois une zone de lancement d'environ 320 kilomètres carrés dans l'est de l'Ukraine. Il reproche aussi aux autorités de ne pas avoir fermé leur espace aérien aux vols civils, alors que le conflit s'intensifiait. Les familles des victimes, réunies à La Haye, ont salué un travail minutieux, tout en regrettant que la question des responsabilités pénales reste ouverte pour de longs mois encore.\n\nLe même jour, à Moscou, le fabricant des missiles a présenté ses propres conclusions.", "Le même jour", "2015-10-13", "2015-10-13", "day"),
    ("after-bare-previous", "dct=2021-08-04|Il est mort le 3 mai 2001. Trois jours après, il était enterré.", "Trois jours après", "2001-05-06", "2001-05-06", "day"),
    # a night named by the date that follows is one expression: that date's interval
    ("night-of-range-year", "dct=2019-11-09|Le Mur est tombé le 9 novembre 1989. Le Mur avait surgi dans la nuit du 12 au 13 août 1961.", "dans la nuit du 12 au 13 août 1961", "1961-08-12", "1961-08-13", "day"),
    ("night-of-range", "dct=2019-11-09|Ils ont été arrêtés dans la nuit du 3 au 4 mai.", "dans la nuit du 3 au 4 mai", "2019-05-03", "2019-05-04", "day"),
    ("night-of-days-told-month", "dct=2019-03-23|En octobre dernier, dans la nuit du 14 au 15, les crues de l'Aude ont tué quinze personnes.", "dans la nuit du 14 au 15", "2018-10-14", "2018-10-15", "day"),
    ("night-of-days-month-end", "dct=2019-06-10|Le 30 mai, la pluie est arrivée. Dans la nuit du 31 au 1er, la digue a cédé.", "Dans la nuit du 31 au 1er", "2019-05-31", "2019-06-01", "day"),
    ("night-of-weekdays", "dct=2019-04-16|Le feu a été maîtrisé vers 3 h 30, dans la nuit de lundi à mardi.", "dans la nuit de lundi à mardi", "2019-04-15", "2019-04-16", "day"),
    ("night-following", "dct=2023-03-23|Le 23 mars 2018, un terroriste tuait quatre personnes. Le gendarme était mort la nuit suivante.", "la nuit suivante", "2018-03-23", "2018-03-24", "day"),
    ("morning-following", "dct=2023-06-01|Il est arrivé le 3 mai à Brest. La matinée suivante, il est reparti.", "La matinée suivante", "2023-05-04", "2023-05-04", "day"),
    ("night-of-weekdays-next", "dct=2017-09-10|Dans la nuit de mardi à mercredi, Irma a dévasté l'île. Le lendemain, les secours sont arrivés.", "Le lendemain", "2017-09-06", "2017-09-06", "day"),
    ("night-of-day", "dct=2019-11-09|La fusillade a éclaté dans la nuit du 3 mai.", "dans la nuit du 3 mai", "2019-05-03", "2019-05-04", "day"),
    # an irregular participle after its auxiliary is a compound past even when it can be a noun
    ("irregular-etre-mort", "dct=2013-12-06|Nelson Mandela est mort jeudi soir à son domicile.", "jeudi soir", "2013-12-05", "2013-12-05", "day"),
    ("irregular-etre-morte", "dct=2023-01-05|La reine est morte samedi matin à Balmoral.", "samedi matin", "2022-12-31", "2022-12-31", "day"),
    ("irregular-avoir-fait", "dct=2013-12-06|Le président a fait jeudi une déclaration.", "jeudi", "2013-12-05", "2013-12-05", "day"),
    ("irregular-avoir-ouvert", "dct=2013-12-06|Le parquet a ouvert lundi une enquête.", "lundi", "2013-12-02", "2013-12-02", "day"),
    ("etre-remonte", "dct=2010-08-23|Le message est remonté dimanche à la surface.", "dimanche", "2010-08-22", "2010-08-22", "day"),
    # "le même jour", "le lendemain" opening a sentence count from the first day the previous one names
    ("same-day-main-clause", "dct=2015-10-14|Le bureau a rendu public mardi 13 octobre son rapport sur le vol abattu le 17 juillet 2014. Le même jour, le fabricant russe a présenté ses conclusions.", "Le même jour", "2015-10-13", "2015-10-13", "day"),
    ("next-day-main-clause", "dct=2014-11-11|Le 22 octobre 2012, le tribunal avait condamné les experts réunis le 31 mars 2009. Le lendemain, le physicien avait démissionné.", "Le lendemain", "2012-10-23", "2012-10-23", "day"),
    ("next-day-last-sentence-day", "dct=2014-11-11|Les experts s'étaient réunis le 31 mars 2009. Le lendemain, le physicien avait parlé.", "Le lendemain", "2009-04-01", "2009-04-01", "day"),
    # a planned day ahead of the DCT anchors "la veille" only in a clause told in the future
    ("veille-after-plan-past", "dct=2020-08-05|Macron est attendu jeudi à Beyrouth. Conséquence de la catastrophe de la veille, le verdict a été reporté.", "la veille", "2020-08-04", "2020-08-04", "day"),
    ("veille-after-plan-future", "dct=2020-08-05|Macron est attendu jeudi à Beyrouth. La veille, il s'entretiendra avec le président.", "La veille", "2020-08-05", "2020-08-05", "day"),
    ("etre-parti", "dct=2010-03-03|Le président est parti lundi pour Pékin.", "lundi", "2010-03-01", "2010-03-01", "day"),
    ("participle-u-before-date", "dct=2014-04-19|Il est poursuivi après le naufrage survenu mercredi au large de Jindo.", "mercredi", "2014-04-16", "2014-04-16", "day"),
    # the verb of the expression's own stretch between commas decides, not the main clause's
    ("relative-clause-past", "dct=2010-03-01|La tempête, qui a frappé la côte dans la nuit de samedi à dimanche, est la plus forte.", "dans la nuit de samedi à dimanche", "2010-02-27", "2010-02-28", "day"),
    ("relative-clause-past-2", "dct=2010-03-04|Le ministre, qui a visité la ville mardi, est très critiqué.", "mardi", "2010-03-02", "2010-03-02", "day"),
    ("main-clause-after-comma", "dct=2010-03-04|Mardi, le ministre partira pour Pékin.", "Mardi", "2010-03-09", "2010-03-09", "day"),
    # "ce vendredi-là" is the Friday of the story told, not of the news
    ("that-weekday", "dct=2021-09-21|L'usine a explosé le 21 septembre 2001. Pour beaucoup, ce vendredi-là reste gravé dans les mémoires.", "ce vendredi", "2001-09-21", "2001-09-21", "day"),
    # ... the latest such weekday the text told, even when a day of the news week was told after it
    ("that-weekday-told", "dct=2022-09-22|Le procès s'est ouvert lundi à Marseille. Le 14 décembre 2017, un train avait percuté le car. Mardi, les familles ont témoigné. « Ce jeudi-là, ma fille m'avait écrit », dit une mère.", "Ce jeudi-là", "2017-12-14", "2017-12-14", "day"),
    ("that-weekday-evening", "dct=2023-07-24|Le 24 juillet 2013, le train a déraillé à l'entrée de la ville. Lundi, les familles se sont réunies. « Depuis ce mercredi soir-là, nos vies sont arrêtées », dit un père.", "ce mercredi soir-là", "2013-07-24", "2013-07-24", "day"),
    # "le même dimanche" is the Sunday the text told, not one the DCT month cannot place
    ("same-weekday", "dct=2017-10|Les incendies ont ravagé le centre du pays le dimanche 15 octobre. Le même dimanche, en Galice voisine, quatre personnes ont péri.", "Le même dimanche", "2017-10-15", "2017-10-15", "day"),
    # under a month-precise DCT, a day counted from a day the text told is that day, even one after the month's first day ...
    ("month-dct-next-day", "dct=2018-12|Mardi 4 décembre, le premier ministre avait annoncé un moratoire, avant que le gouvernement ne renonce à la taxe le lendemain.", "le lendemain", "2018-12-05", "2018-12-05", "day"),
    # ... but not when the latest day told is a bare weekday the month cannot place
    ("month-dct-after-bare-weekday", "dct=2005-07|Le 7 juillet, quatre bombes ont explosé. Jeudi, quatre hommes ont tenté de frapper de nouveau. Dès le lendemain, la police diffusait leurs images.", "Dès le lendemain", "2005-07-01", "2005-07-31", "month"),
    ("that-weekday-after", "dct=2021-09-21|Le drame date du mercredi 19 septembre 2001. Ce vendredi-là, les secours fouillaient encore.", "Ce vendredi", "2001-09-21", "2001-09-21", "day"),
    ("participle-in-own-stretch", "dct=2009-04-07|Beaucoup d'habitants, réveillés en sursaut dans la nuit de dimanche à lundi, dorment dehors.", "dans la nuit de dimanche à lundi", "2009-04-05", "2009-04-06", "day"),
    ("noun-in-own-stretch", "dct=2002-01-24|Le bilan de la criminalité sera rendu public lundi matin.", "lundi matin", "2002-01-28", "2002-01-28", "day"),
    ("adverb-in-verb-group", "dct=2016-08-15|Dimanche soir à Rio, le public, acquis au Jamaïcain, a copieusement sifflé Gatlin.", "Dimanche soir", "2016-08-14", "2016-08-14", "day"),
    ("adverb-phrase-in-verb-group", "dct=2023-11-06|Samedi, la dépression a à son tour balayé le littoral.", "Samedi", "2023-11-04", "2023-11-04", "day"),
    ("adverb-phrase-in-verb-group-2", "dct=2021-03-15|En décembre, les inspecteurs ont en outre relevé des traces de plomb.", "En décembre", "2020-12-01", "2020-12-31", "month"),
    # a verb of a relative clause between commas tells of its antecedent, not of a date outside the clause
    ("relative-clause-elsewhere", "dct=2021-07-12|Samedi, depuis la clinique où il est soigné, le ministre a pris la parole.", "Samedi", "2021-07-10", "2021-07-10", "day"),
    # "jusqu'au" is no participle ("survenu"): the plan told from the past is the nearest day
    ("until-after-past-plan", "dct=2020-09-09|Le couvre-feu devait durer jusqu'au 15 septembre.", "15 septembre", "2020-09-15", "2020-09-15", "day"),
    # a day-month completing a noun behind an elided article names that happening: its tense is the clause's
    ("elided-noun-of-date", "dct=2022-02|Il aura fallu l'explosion du 15 janvier pour que tout change.", "15 janvier", "2022-01-15", "2022-01-15", "day"),
    ("dates-back-conditional", "dct=1986-04-30|Selon les experts, l'accident remonterait à la nuit de vendredi à samedi.", "la nuit de vendredi à samedi", "1986-04-25", "1986-04-26", "day"),
    ("episode-narrative-present", "dct=2020-04|Le 11 avril 1970, Apollo 13 décolle de Floride. Le 15 avril, ils contournent la Lune.", "Le 15 avril", "1970-04-15", "1970-04-15", "day"),
    # "il y a N ans jour pour jour" is the very day, and it dates the episode the article goes on telling
    ("to-the-day", "dct=2009-12-22|Il y a vingt ans jour pour jour, un hélicoptère arrachait Ceausescu au toit du comité central.", "Il y a vingt ans", "1989-12-22", "1989-12-22", "day"),
    ("to-the-day-comma", "dct=2011-01-28|C'était il y a vingt-cinq ans, jour pour jour.", "il y a vingt-cinq ans", "1986-01-28", "1986-01-28", "day"),
    ("episode-after-count", "dct=2009-12-22|Il y a vingt ans jour pour jour, Ceausescu fuyait. Tout avait commencé le 16 décembre à Timisoara.", "le 16 décembre", "1989-12-16", "1989-12-16", "day"),
    ("named-day-before-its-year", "dct=2010-11-08|Le 13-Novembre sera un vendredi.", "13-Novembre", "2010-11-13", "2010-11-13", "day"),
    ("episode-holiday", "dct=2009-12-22|Il y a vingt ans jour pour jour, Ceausescu fuyait ; il était fusillé le jour de Noël.", "le jour de Noël", "1989-12-25", "1989-12-25", "day"),
    ("episode-no-chain", "dct=2009-12-22|Il y a vingt ans jour pour jour, Ceausescu fuyait. Tout avait commencé le 16 décembre. La réélection, le 6 décembre, a été validée.", "le 6 décembre", "2009-12-06", "2009-12-06", "day"),
    ("capital-a-preposition", "dct=1999-12-27|A Paris, dimanche matin, les rafales ont approché 170 km/h.", "dimanche matin", "1999-12-26", "1999-12-26", "day"),
    ("noun-like-future-form", "dct=2020-08-03|Mi-juillet, après des mois de bras de fer, le gouvernement a obtenu un accord.", "Mi-juillet", "2020-07-11", "2020-07-20", "part"),
    ("verb-before-que", "dct=2010-04-22|Les compagnies font valoir que samedi, plusieurs d'entre elles avaient effectué des vols d'essai.", "samedi", "2010-04-17", "2010-04-17", "day"),
    # a day set ("fixé au", "reportée au") is the nearest such day, either side
    ("set-to-day-ahead-past-verb", "dct=2014-02-23|Samedi, la Rada a voté sa destitution par 328 voix, et fixé au 25 mai l'élection présidentielle anticipée.", "25 mai", "2014-05-25", "2014-05-25", "day"),
    ("set-to-day-behind-pluperfect", "dct=2015-07-15|L'échéance initiale, fixée au 30 juin, avait dû être repoussée à plusieurs reprises.", "30 juin", "2015-06-30", "2015-06-30", "day"),
    # the year an earlier date lends does not put behind the news what the verb tells is to come
    ("reference-year-gone-but-ahead-month", "dct=2025-07-14|Ryan Routh, arrêté le 15 septembre 2024 près du golf, doit être jugé à partir de septembre à Fort Pierce.", "à partir de septembre", "2025-09-01", "2025-09-30", "month"),
    ("reference-year-gone-but-ahead-day", "dct=2025-07-14|Ryan Routh, arrêté le 15 septembre 2024 près du golf, sera jugé le 8 septembre à Fort Pierce.", "le 8 septembre", "2025-09-08", "2025-09-08", "day"),
    ("reference-year-kept-past", "dct=2025-07-14|Ryan Routh a été arrêté le 15 septembre 2024 près du golf. Il a été inculpé le 24 septembre.", "le 24 septembre", "2024-09-24", "2024-09-24", "day"),
    # a passive pluperfect ("avait été ouvert") tells a story: no day-month just ahead
    ("passive-pluperfect-no-day-ahead", "dct=2016-12-15|Le procès s'est ouvert en septembre. Il avait pourtant été ouvert une première fois le 8 février, avant d'être suspendu.", "le 8 février", "2016-02-08", "2016-02-08", "day"),
    # a count set right after a day written with its year is that day said again
    ("count-apposed-after-dated-day", "dct=2025-12-11|Hasard du calendrier : c'est le 10 décembre 2007, dix-huit ans plus tôt jour pour jour, que Kadhafi arrivait à Paris.", "dix-huit ans plus tôt", "2007-12-10", "2007-12-10", "day"),
    ("count-apposed-after-dated-day-later", "dct=2025-12-11|L'usine a explosé le 3 mai 2010. Le 5 mai 2010, deux jours plus tard, le préfet est venu.", "deux jours plus tard", "2010-05-05", "2010-05-05", "day"),
    # "d'ici" sets a deadline ahead whatever the verb, or near when told in the pluperfect
    ("by-then-past-verb-day", "dct=2024-04-06|Le juge a accordé un délai d'ici le 15 mars pour le rapport.", "le 15 mars", "2025-03-15", "2025-03-15", "day"),
    ("by-then-month-part", "dct=2002-07-15|Le rapport intermédiaire a été promis d'ici à la fin août.", "fin août", "2002-08-21", "2002-08-31", "part"),
    ("by-then-pluperfect-near", "dct=2024-04-06|Le président avait promis d'ici la fin mars une réforme.", "fin mars", "2024-03-21", "2024-03-31", "part"),
    # a target ("pour ...") set in a story told in the imperfect is the nearest such date, either side
    ("plan-season-this-year", "dct=2018-04-15|Sa maison de disques prévoit de publier l'album à l'automne.", "à l'automne", "2018-09-23", "2018-12-21", "season"),
    ("target-told-in-pluperfect-day", "dct=1970-04-15|Le gouvernement, qui avait annoncé pour le 4 mars l'examen d'un plan, promet désormais d'agir.", "le 4 mars", "1970-03-04", "1970-03-04", "day"),
    ("target-told-in-present-ahead", "dct=1970-04-15|Le gouvernement annonce pour le 4 mars l'examen d'un plan.", "le 4 mars", "1971-03-04", "1971-03-04", "day"),
    ("verb-before-que-comma", "dct=2018-07-17|Les propos de Donald Trump ont d'autant plus choqué à Washington que, vendredi, le procureur spécial Robert Mueller avait inculpé douze officiers russes.", "vendredi", "2018-07-13", "2018-07-13", "day"),
    ("verb-after-que", "dct=2010-04-22|Le ministre affirme que mardi, les troupes partiront.", "mardi", "2010-04-27", "2010-04-27", "day"),
    ("noun-mort-present", "dct=2013-12-06|La mort du chanteur sera commémorée jeudi.", "jeudi", "2013-12-12", "2013-12-12", "day"),
    ("bare-participle-past", "dct=2022-09-09|Le texte, paraphé mercredi, entre en vigueur.", "mercredi", "2022-09-07", "2022-09-07", "day"),
    # an imperfect or a pluperfect tells a story: no reading just ahead (a review of the year), unless after "si"
    ("review-imperfect", "dct=2003-12-30|Le 1er février, la navette Columbia se désintégrait au-dessus du Texas.", "Le 1er février", "2003-02-01", "2003-02-01", "day"),
    ("review-pluperfect", "dct=2003-12-30|Le président avait promis, le 4 février, de poursuivre l'exploration.", "le 4 février", "2003-02-04", "2003-02-04", "day"),
    ("condition-imperfect-ahead", "dct=2004-04-30|Les troupes partiraient si l'ONU ne prenait pas le relais avant le 30 juin.", "le 30 juin", "2004-06-30", "2004-06-30", "day"),
    ("deadline-compound-past-ahead", "dct=2003-12-30|Le ministre a donné jusqu'au 1er février aux syndicats.", "1er février", "2004-02-01", "2004-02-01", "day"),
    # a day-month completing a noun is read as told in the past whatever the clause's verb (a day just ahead stays)
    ("daymonth-noun-complement", "dct=2004-04-15|Vainqueur des élections du 14 mars, Zapatero doit prochainement être investi.", "14 mars", "2004-03-14", "2004-03-14", "day"),
    ("daymonth-noun-complement-ahead", "dct=2004-03-01|Le sommet du 14 mars sera décisif.", "14 mars", "2004-03-14", "2004-03-14", "day"),
    # imperfects ending like conditionals ("-drait", "-vrait", "-rrait") are pasts; true conditionals stay ahead
    ("imperfect-drait", "dct=2003-12-31|La navette s'effondrait mardi au-dessus du Texas.", "mardi", "2003-12-30", "2003-12-30", "day"),
    ("imperfect-vrait", "dct=2003-12-31|Il ouvrait mardi la séance.", "mardi", "2003-12-30", "2003-12-30", "day"),
    ("conditional-rrait", "dct=2003-12-31|On verrait mardi le résultat.", "mardi", "2004-01-06", "2004-01-06", "day"),
    # adjectives the tagger calls past participles ("terrestre", "russe") are no verbs: the plan stays ahead
    ("mistagged-adjective", "dct=1991-01-31|Les experts prévoient une offensive terrestre pour la mi-février.", "mi-février", "1991-02-11", "1991-02-20", "part"),
    ("mistagged-adjective-end", "dct=1991-01-31|Les experts prévoient une riposte russe fin février.", "fin février", "1991-02-21", "1991-02-28", "part"),
    # a day apposed to a relative expression says which day it is
    ("apposed-count-back", "dct=2013-03|Il y a un an jour pour jour, le 19 mars 2012, Merah tuait devant l'école.", "Il y a un an", "2012-03-19", "2012-03-19", "day"),
    ("apposed-count-back-year", "dct=2021-08-04|Il y a un an, le 4 août 2020, le port de Beyrouth explosait.", "Il y a un an", "2020-08-04", "2020-08-04", "day"),
    ("apposed-next-day", "dct=2013-07|Dès le lendemain, samedi 13 juillet, le président de la SNCF a parlé.", "Dès le lendemain", "2013-07-13", "2013-07-13", "day"),
    ("apposed-that-day", "dct=2020-11-20|Le procès s'est ouvert le 16 novembre. Ce jour-là, le 21 août 2015, le jeune homme avait surgi.", "Ce jour-là", "2015-08-21", "2015-08-21", "day"),
    ("apposed-day-before", "dct=1979-04-02|La veille, samedi, plusieurs experts avaient évoqué la bulle.", "La veille", "1979-03-31", "1979-03-31", "day"),
    ("apposed-list-untouched", "dct=1979-04-02|Lundi, mardi et mercredi, il a plu.", "Lundi", "1979-04-02", "1979-04-02", "day"),
    # a day or a month "de l'an dernier", "de l'année prochaine" is in that year
    ("day-of-last-year", "dct=2020-03-27|Le 15 mars de l'an dernier, le tireur avait ouvert le feu.", "Le 15 mars de l'an dernier", "2019-03-15", "2019-03-15", "day"),
    ("month-of-next-year", "dct=2020-03-27|Le chantier reprendra en juillet de l'année prochaine.", "en juillet de l'année prochaine", "2021-07-01", "2021-07-31", "month"),
    ("part-of-last-year", "dct=2020-03-27|Fin juillet de l'an passé, la digue a cédé.", "Fin juillet de l'an passé", "2019-07-21", "2019-07-31", "part"),
    # a name behind an elided article ("l'Elysée") is no participle
    ("elided-name-no-verb", "dct=2015-08-22|Hollande doit les recevoir lundi à l'Elysée, selon son entourage.", "lundi", "2015-08-24", "2015-08-24", "day"),
    # a date set between commas inside the phrase of the event counted from dates that event
    ("count-from-apposed-event-day", "dct=1979-03-29|L'accident survient douze jours après la sortie aux États-Unis, le 16 mars, du film.", "douze jours après", "1979-03-28", "1979-03-28", "day"),
    ("count-then-apposed-own-day", "dct=1979-10-05|Cinq jours après l'incendie, le 1er octobre, le préfet a parlé.", "Cinq jours après", "1979-10-01", "1979-10-01", "day"),
    # an apposed day dates the event when counting from it lands on the news days, else the main clause
    ("count-from-apposed-day-lands-now", "dct=2024-03-14|Dix jours après le naufrage, le 3 mars, les familles ont été reçues hier à l'Élysée.", "Dix jours après", "2024-03-13", "2024-03-13", "day"),
    ("count-from-apposed-night-lands-now", "dct=2023-11-06|Quatre jours après le passage de la tempête, dans la nuit du 1er au 2 novembre, les écoles ont rouvert ce lundi.", "Quatre jours après", "2023-11-06", "2023-11-06", "day"),
    ("count-now-from-own-date", "dct=2001-09-22|Dix jours après les attentats du 11 septembre à New York, la rumeur d'un acte terroriste a d'abord couru.", "Dix jours après", "2001-09-21", "2001-09-21", "day"),
    ("count-before-apposed-own-day", "dct=2023-06-23|Huit jours avant l'ouverture du sommet, le 14 juin, un accord avait été signé à Bruxelles.", "Huit jours avant", "2023-06-14", "2023-06-14", "day"),
    # a holiday naming a happening keeps its date when a year goes with it
    ("holiday-event-with-year", "dct=2024-04-21|Les attentats de Pâques 2019 ont fait 270 morts.", "Pâques 2019", "2019-04-21", "2019-04-21", "day"),
    ("named-day-event", "dct=2020-11-20|Il aurait été missionné par le coordinateur des attentats du 13-Novembre.", "13-Novembre", "2015-11-13", "2015-11-13", "day"),
    # a date naming an event ("les attentats de janvier 2015") sets no year; "commise" is a participle
    ("event-name-sets-no-year", "dct=2020-10-17|L'attaque survient en plein procès des attentats de janvier 2015, et trois semaines après l'attaque au hachoir commise le 25 septembre devant les anciens locaux du journal.", "le 25 septembre", "2020-09-25", "2020-09-25", "day"),
    ("frame-year-still-sets", "dct=2020-10-17|En 1997 (en janvier, puis en octobre), il a voyagé.", "en octobre", "1997-10-01", "1997-10-31", "month"),
    # a plan whose sentence goes on in the past is the nearest day; one going on ahead stays ahead
    ("plan-then-past", "dct=2024-12-08|La cérémonie, prévue samedi en fin d'après-midi sur le parvis, a finalement été déplacée.", "samedi en fin d'après-midi", "2024-12-07", "2024-12-07", "day"),
    ("plan-then-past-match", "dct=1992-05-06|Le match, prévu mardi à 20 h 30, n'a évidemment pas été joué.", "mardi", "1992-05-05", "1992-05-05", "day"),
    ("plan-then-future", "dct=2024-12-08|La cérémonie, prévue samedi sur le parvis, réunira des milliers de fidèles.", "samedi", "2024-12-14", "2024-12-14", "day"),
    # "la veille de ce premier accident": a demonstrative points back at the happening last told
    ("demonstrative-event", "dct=2019-03-11|Hier matin, un avion s'est écrasé. Le 29 octobre dernier, un 737 MAX de Lion Air s'était abîmé en mer. La veille de ce premier accident, le même appareil avait connu des problèmes.", "La veille", "2018-10-28", "2018-10-28", "day"),
    # "le même jour" opening a sentence: the main day of the latest sentence naming days, dateless ones skipped
    ("same-day-skips-dateless", "dct=2019-04-06|Jeudi, la ministre a présenté le rapport sur le crash du 10 mars, qui a fait 157 morts. Selon le document, le système s'est activé. Le même jour, le PDG de Boeing a reconnu l'erreur.", "Le même jour", "2019-04-04", "2019-04-04", "day"),
    # a weekday completing a happening nobody schedules is behind; a count from it starts there
    ("unplanned-weekday", "dct=2016-03-23|Le bilan de l'attentat de vendredi s'alourdit.", "vendredi", "2016-03-18", "2016-03-18", "day"),
    ("count-from-apposed-weekday", "dct=2016-03-23|Ces attaques surviennent quatre jours après l'arrestation, vendredi à Molenbeek, de Salah Abdeslam, dernier membre en vie des commandos du 13-Novembre.", "quatre jours après", "2016-03-22", "2016-03-22", "day"),
    ("planned-weekday-ahead", "dct=2016-03-23|Le sommet de vendredi réunira les ministres.", "vendredi", "2016-03-25", "2016-03-25", "day"),
    # a weekday completing a noun in a clause told in the present: the nearest such day, either side
    # "il y a aujourd'hui N <unit>": the very day, as "jour pour jour"
    ("ago-today-week", "dct=1953-06-09|Il y a aujourd'hui une semaine, la nouvelle parvenait à Londres.", "Il y a aujourd'hui une semaine", "1953-06-02", "1953-06-02", "day"),
    ("ago-today-years", "dct=2019-11-09|Il y a aujourd'hui trente ans, le mur de Berlin s'ouvrait.", "Il y a aujourd'hui trente ans", "1989-11-09", "1989-11-09", "day"),
    # a part of a day opening a paragraph after a digression into older days is of the news day told
    ("daypart-after-digression", "dct=2021-10-30|Hier, les deux présidents se sont vus à Rome. Le 17 septembre, Paris avait rappelé ses ambassadeurs.\n\nPlus tôt dans la journée, le président avait été reçu au Vatican.", "Plus tôt dans la journée", "2021-10-29", "2021-10-29", "day"),
    ("daypart-in-digression", "dct=2021-10-30|Hier, les deux présidents se sont vus à Rome. Le 17 septembre, Paris avait rappelé ses ambassadeurs, et dans la soirée, le ministre avait dénoncé un coup dans le dos.", "dans la soirée", "2021-09-17", "2021-09-17", "day"),
    # a "que" right after the date opens a subordinate, whose verb does not date it, unless the date is clefted
    ("that-after-date", "dct=2018-08-14|Le groupe a fait savoir samedi qu'il ferait appel du verdict.", "samedi", "2018-08-11", "2018-08-11", "day"),
    ("that-after-clefted-date", "dct=2018-08-14|C'est samedi que le groupe fera appel du verdict.", "samedi", "2018-08-18", "2018-08-18", "day"),
    # the DCT's own weekday told in the past right after the same weekday a week back is that day
    ("dct-weekday-after-last-week", "dct=2000-07-08|Une semaine après son inauguration, samedi dernier, le pont a changé les habitudes. Ouvert au public dès samedi soir, l'ouvrage a connu une affluence record.", "dès samedi soir", "2000-07-01", "2000-07-01", "day"),
    ("dct-weekday-this-after-last-week", "dct=2000-07-08|Samedi dernier, le pont a été inauguré. Ce samedi, les riverains ont fêté sa première semaine.", "Ce samedi", "2000-07-08", "2000-07-08", "day"),
    ("weekday-of-noun-present-behind", "dct=2013-01-29|L'annonce de lundi intervient à un moment difficile pour la dynastie.", "lundi", "2013-01-28", "2013-01-28", "day"),
    # a part of a day told in the future after a day of the past is of the news day; after the day before, that day
    ("daypart-ahead-after-past-day", "dct=2024-03-08|L'ancien ministre est mort le 9 février. Des rassemblements auront lieu en fin de journée dans plusieurs villes.", "en fin de journée", "2024-03-08", "2024-03-08", "day"),
    ("daypart-ahead-after-story", "dct=2024-03-08|L'ancien ministre est mort le 9 février. Sa loi, promulguée le 17 janvier 1975, avait changé le pays. Des rassemblements doivent partir en fin de journée.", "en fin de journée", "2024-03-08", "2024-03-08", "day"),
    ("daypart-after-news-eve", "dct=2005-07-08|Jeudi, le ministre a quitté le sommet pour présider une réunion de crise. « Nous ne céderons pas », a-t-il déclaré, avant de repartir dans la soirée.", "dans la soirée", "2005-07-07", "2005-07-07", "day"),
    ("weekday-of-noun-present-ahead", "dct=2016-03-23|La réunion de vendredi s'annonce tendue.", "vendredi", "2016-03-25", "2016-03-25", "day"),
    # days counted from a night: forward from its morning, back from its evening
    ("count-after-night", "dct=2017-12|Dans la nuit du 5 au 6 septembre, Irma a dévasté l'île. Douze jours plus tard, Maria frôlait à son tour les Antilles.", "Douze jours plus tard", "2017-09-18", "2017-09-18", "day"),
    ("years-earlier-to-the-day", "dct=2025-01-21|Lundi, il a prêté serment sous la coupole. Quatre ans plus tôt, jour pour jour, la foule envahissait les couloirs.", "Quatre ans plus tôt", "2021-01-20", "2021-01-20", "day"),
    ("years-earlier-to-the-day-from-dct", "dct=2014-04-15|Vingt-cinq ans plus tôt, jour pour jour, le stade basculait dans l'horreur.", "Vingt-cinq ans plus tôt", "1989-04-15", "1989-04-15", "day"),
    ("years-later-to-the-day", "dct=2025-01-21|Il a été élu le 9 mai 2012. Cinq ans plus tard jour pour jour, il quittait le pouvoir.", "Cinq ans plus tard", "2017-05-09", "2017-05-09", "day"),
    ("day-month-following", "dct=2019-06-25|Reconnu coupable le 7 novembre 2011, il a été condamné le 29 novembre suivant.", "le 29 novembre suivant", "2011-11-29", "2011-11-29", "day"),
    ("day-month-following-next-year", "dct=2025-01-21|Le procès s'est ouvert le 3 novembre 2011. Le verdict est tombé le 14 avril suivant.", "le 14 avril suivant", "2012-04-14", "2012-04-14", "day"),
    ("day-month-preceding", "dct=2025-01-21|Il est mort le 3 mars 2011 ; il avait été hospitalisé le 20 février précédent.", "le 20 février précédent", "2011-02-20", "2011-02-20", "day"),
    ("count-before-night", "dct=2017-12|Dans la nuit du 5 au 6 septembre, Irma a dévasté l'île. Deux jours plus tôt, l'alerte avait été donnée.", "Deux jours plus tôt", "2017-09-03", "2017-09-03", "day"),
    # hours and minutes counted from the day last told: that day, or whole days for 24 hours and more
    ("hours-later", "dct=2019-04-16|Le feu a pris lundi. Quelques heures plus tard, la flèche s'effondrait.", "Quelques heures plus tard", "2019-04-15", "2019-04-15", "day"),
    ("minutes-later", "dct=2019-04-16|Le feu a pris lundi. Deux minutes plus tard, la flèche s'effondrait.", "Deux minutes plus tard", "2019-04-15", "2019-04-15", "day"),
    ("48-hours-later", "dct=2019-04-16|Le feu a pris lundi. 48 heures plus tard, la flèche s'effondrait.", "48 heures plus tard", "2019-04-17", "2019-04-17", "day"),
    ("hours-before-main-day", "dct=2019-03-14|Hier, Donald Trump a annoncé l'immobilisation des avions après l'accident de dimanche. Quelques heures plus tôt, le Canada avait pris la même décision.", "Quelques heures plus tôt", "2019-03-13", "2019-03-13", "day"),
    ("hours-ago", "dct=2019-04-16|Il y a deux heures, la flèche s'est effondrée.", "Il y a deux heures", "2019-04-16", "2019-04-16", "day"),
    # "huit jours avant le drame": counted back from the event where the text dates it; a bare "avant" is no date
    ("days-before-event", "dct=2013-07|Le 12 juillet 2013, le drame de Brétigny a fait sept morts. Un agent était passé huit jours avant le drame.", "huit jours avant", "2013-07-04", "2013-07-04", "day"),
    # a month set as a target: "pour avril"
    # a deadline still ahead is the span from the news to it, not the period it names; not when negated
    ("by-end-of-year-span", "dct=2016-04-27|Le parquet promet une décision d'ici à la fin de l'année.", "fin de l'année", "2016-04-27", "2016-12-31", "day"),
    # "n'exclut pas" opens a possibility: the deadline is not negated
    ("by-end-of-year-not-excluded", "dct=2008-05-31|Le ministère n'exclut pas de diffuser le film d'ici à la fin de l'année.", "fin de l'année", "2008-05-31", "2008-12-31", "day"),
    ("by-end-of-year-negated", "dct=2008-05-31|Le musée ne pourra pas rouvrir d'ici à la fin de l'année.", "fin de l'année", "2008-10-01", "2008-12-31", "part"),
    ("before-end-of-month-span", "dct=2023-01-15|Il a promis de rentrer avant la fin du mois.", "fin du mois", "2023-01-15", "2023-01-31", "day"),
    ("by-count-span", "dct=2022-06-02|Le rapport sera rendu d'ici dix jours.", "d'ici dix jours", "2022-06-02", "2022-06-12", "day"),
    ("before-season-span", "dct=2001-01-20|La commission rendra ses conclusions avant l'été.", "l'été", "2001-01-20", "2001-06-20", "day"),
    # "d'ici à l'été" runs to the eve of the season as "avant l'été" does; "d'ici à Noël" to the feast itself
    ("by-season-span", "dct=2013-04-01|La police prévoit une campagne d'affichage d'ici à l'été.", "à l'été", "2013-04-01", "2013-06-20", "day"),
    ("by-feast-span", "dct=2003-12-13|Les résultats de l'enquête sont attendus d'ici à Noël.", "à Noël", "2003-12-13", "2003-12-25", "day"),
    # a bare month after "d'ici" or "avant" is a date (a deadline); "avant juin" runs to its eve, "d'ici juin"
    # keeps the month, and "pas avant février" (not before) the month too
    ("by-bare-month", "dct=2024-03-10|Le gouvernement promet une loi d'ici juin.", "juin", "2024-06-01", "2024-06-30", "month"),
    ("before-bare-month-span", "dct=2024-03-10|Une loi sera votée avant juin.", "juin", "2024-03-10", "2024-05-31", "day"),
    ("not-before-bare-month", "dct=1922-12-01|La chambre ne sera pas ouverte avant février, selon les fouilleurs.", "février", "1923-02-01", "1923-02-28", "month"),
    ("before-season-negated", "dct=2020-11-10|Le verdict n'est pas attendu avant le printemps prochain.", "le printemps prochain", "2021-03-20", "2021-06-20", "season"),
    # a fronted month the sentence's verb tells in the past is gone, even the month after the news
    ("fronted-next-month-past", "dct=2013-12-15|En janvier, Carlsen a dépassé le total de Kasparov.", "En janvier", "2013-01-01", "2013-01-31", "month"),
    # a season set or planned, told as news, is the one not yet over; told in the pluperfect, the nearest
    ("season-set-ahead", "dct=2008-12|Le prochain rendez-vous est fixé au printemps, à Londres.", "au printemps", "2009-03-20", "2009-06-20", "season"),
    ("season-planned-this-year", "dct=1967-04|Un premier tir est prévu à l'automne, afin de ne pas perdre de terrain.", "à l'automne", "1967-09-23", "1967-12-21", "season"),
    ("season-promised-pluperfect-nearest", "dct=2001-02-13|Les deux camps avaient promis de les publier à l'automne.", "à l'automne", "2000-09-22", "2000-12-21", "season"),
    # a month a state lasts until, told as news, lies ahead
    ("until-month-ahead", "dct=2016-07-22|Le Parlement a adopté la prolongation de l'état d'urgence jusqu'à fin janvier.", "fin janvier", "2017-01-21", "2017-01-31", "part"),
    ("until-in-month-ahead", "dct=1990-01-10|La Grande-Bretagne a obtenu un sursis de six mois, jusqu'en juillet.", "jusqu'en juillet", "1990-07-01", "1990-07-31", "month"),
    # futures in -îtra and -ttra ("paraîtra", "mettra")
    ("future-in-itra", "dct=2015-01-12|Le numéro des survivants paraîtra mercredi, tiré à trois millions d'exemplaires.", "mercredi", "2015-01-14", "2015-01-14", "day"),
    # a meeting convened, its object before the weekday, is ahead; convened on a day, that day
    ("convened-meeting-ahead", "dct=1973-06-13|Les syndicats ont convoqué une assemblée générale du personnel lundi pour décider de la suite.", "lundi", "1973-06-18", "1973-06-18", "day"),
    # "avant <happening>, samedi" in a clause told as news: the happening's day, ahead
    ("before-apposed-happening-ahead", "dct=2013-02-19|Les professionnels espèrent tourner la page avant l'ouverture du Salon de l'agriculture, samedi à Paris.", "samedi", "2013-02-23", "2013-02-23", "day"),
    # a weekday deadline spans from the news to it; a day-month after "d'ici le" keeps its day
    ("by-weekday-span", "dct=2011-05-17|Un grand jury doit décider d'ici à vendredi s'il y a lieu de l'inculper.", "vendredi", "2011-05-17", "2011-05-20", "day"),
    ("by-bare-weekday-span", "dct=2015-07-14|Athènes doit adopter d'ici mercredi une première série de réformes.", "mercredi", "2015-07-14", "2015-07-15", "day"),
    ("by-the-day-kept", "dct=1999-05-21|Sans transfert des pouvoirs d'ici le 30 juin, l'accord serait caduc.", "le 30 juin", "1999-06-30", "1999-06-30", "day"),
    ("by-end-of-named-month-kept", "dct=2021-12-26|Le télescope doit atteindre son orbite d'ici fin janvier.", "fin janvier", "2022-01-21", "2022-01-31", "part"),
    ("before-season-gone-kept", "dct=2015-03-02|Il avait promis de partir avant l'été 2010.", "l'été 2010", "2010-06-21", "2010-09-22", "season"),
    ("month-for-target", "dct=2019-03-14|Boeing a promis une mise à jour du logiciel pour avril.", "avril", "2019-04-01", "2019-04-30", "month"),
    # a plan's participle with its agent after the day dates the setting: "fixé mardi soir par Emmanuel Macron"
    ("plan-set-by-name", "dct=2019-04-19|Le délai fixé mardi soir par Emmanuel Macron fait débat.", "mardi soir", "2019-04-16", "2019-04-16", "day"),
    ("plan-by-organisers-ahead", "dct=2019-04-19|Le sommet prévu mardi par les organisateurs aura lieu à Rome.", "mardi", "2019-04-23", "2019-04-23", "day"),
    # a weekday completing a happening set in advance, told in the past, is the nearest
    ("planned-weekday-nearest-ahead", "dct=2004-03-12|La campagne des élections législatives de dimanche a été suspendue, mais le scrutin est maintenu.", "dimanche", "2004-03-14", "2004-03-14", "day"),
    ("planned-weekday-nearest-behind", "dct=2004-03-10|Les élections de dimanche ont été remportées par les socialistes.", "dimanche", "2004-03-07", "2004-03-07", "day"),
    # "après le <happening> de <weekday>" in a clause not told ahead: that happening is behind
    ("after-the-weekday-happening", "dct=2008-10-01|Après le coup de tonnerre de lundi, Washington tente de rattraper le temps perdu.", "lundi", "2008-09-29", "2008-09-29", "day"),
    ("after-the-weekday-happening-ahead", "dct=2008-10-01|Il partira après le match de samedi.", "samedi", "2008-10-04", "2008-10-04", "day"),
    # "avant le <happening> de <weekday>" told as news: that happening is still ahead (near when told before)
    ("before-the-weekday-happening", "dct=2022-04-20|Les deux candidats débattent ce mercredi soir, avant le scrutin de dimanche.", "dimanche", "2022-04-24", "2022-04-24", "day"),
    ("before-the-weekday-happening-told-before", "dct=2022-04-20|Avant la finale de dimanche, l'entraîneur avait réuni ses joueurs.", "dimanche", "2022-04-17", "2022-04-17", "day"),
    # a weekday called for ("appellent à une grève jeudi", "ont appelé à une grève mardi") is ahead
    ("called-for-weekday-ahead", "dct=2009-01-25|Les syndicats, qui appellent à une journée de grève jeudi, ont maintenu les cortèges.", "jeudi", "2009-01-29", "2009-01-29", "day"),
    ("called-for-done-next-day", "dct=2023-03-01|Les cheminots ont appelé à une grève de vingt-quatre heures jeudi.", "jeudi", "2023-03-02", "2023-03-02", "day"),
    ("called-for-done-ahead", "dct=2024-05-10|Les syndicats ont appelé à une grève des transports mardi.", "mardi", "2024-05-14", "2024-05-14", "day"),
    # what is promised (after the promise's object) lies ahead of a promise told as news, the nearest when told
    # in the imperfect or the pluperfect; a promise with no object before the date is dated by it
    ("promised-day-ahead", "dct=2020-11-04|Joe Biden a promis de réintégrer l'accord dès son premier jour au pouvoir, le 20 janvier, s'il l'emporte.", "le 20 janvier", "2021-01-20", "2021-01-20", "day"),
    ("promised-season-ahead", "dct=2016-04-06|Les partis de la coalition ont promis des élections anticipées à l'automne.", "à l'automne", "2016-09-22", "2016-12-21", "season"),
    ("promised-for-month-ahead", "dct=2005-12-16|Un premier rapport d'étape est promis pour la fin janvier.", "la fin janvier", "2006-01-21", "2006-01-31", "part"),
    ("promised-in-pluperfect-nearest", "dct=2003-02-15|La secte avait promis que des tests indépendants prouveraient ses dires début janvier ; ils n'ont jamais eu lieu.", "début janvier", "2003-01-01", "2003-01-10", "part"),
    ("promise-own-day", "dct=2010-01-14|Barack Obama a promis mercredi une aide massive.", "mercredi", "2010-01-13", "2010-01-13", "day"),
    ("promise-in-title-not-the-next-line", "dct=1994-01-24|Séisme : Washington promet des milliards\n\nVenu mercredi constater les dégâts, le président a rassuré les sinistrés.", "mercredi", "1994-01-19", "1994-01-19", "day"),
    ("engaged-responsibility-no-pledge", "dct=2023-03-26|Le gouvernement a engagé sa responsabilité le 16 mars.", "le 16 mars", "2023-03-16", "2023-03-16", "day"),
    ("pledged-to-day-ahead", "dct=2024-01-20|Le Premier ministre s'est engagé à céder le pouvoir le 7 février.", "le 7 février", "2024-02-07", "2024-02-07", "day"),
    # a plan told from the past is the nearest such month, either side
    ("promised-in-pluperfect-month-behind", "dct=1986-01-15|Le club, qui avait promis un retour à domicile pour la rentrée d'août, joue toujours à Leeds.", "la rentrée d'août", "1985-08-01", "1985-08-31", "month"),
    ("planned-envisaged-ahead", "dct=2016-11-20|Deux sorties dans l'espace sont prévues, dont la première est envisagée en janvier.", "en janvier", "2017-01-01", "2017-01-31", "month"),
    ("phone-calls-not-called-for", "dct=2022-11-02|Onze appels au numéro d'urgence avaient été passés samedi soir.", "samedi soir", "2022-10-29", "2022-10-29", "day"),
    # "ce soir-là", "ce jour-là": a day of the story told, never the news day
    # in an anniversary piece, "la veille" opening a paragraph after the day remembered is the news day's eve
    ("anniversary-eve-of-news-day", "dct=2009-08-17|Ce lundi, les sirènes ont retenti à Izmit. Il y a dix ans jour pour jour, le séisme faisait 17 000 morts.\n\nLa veille au soir, des centaines de proches s'étaient retrouvés devant le monument.", "La veille au soir", "2009-08-16", "2009-08-16", "day"),
    ("anniversary-eve-month-dct", "dct=2008-09|Le mardi 2 septembre, les noms des victimes ont été lus. Le 2 septembre 1998, l'avion s'était abîmé en mer.\n\nLa veille au soir, une veillée avait réuni les familles.", "La veille au soir", "2008-09-01", "2008-09-01", "day"),
    ("eve-of-remembered-day-in-sentence", "dct=2009-08-17|Ce lundi, les sirènes ont retenti à Izmit. Il y a dix ans jour pour jour, le séisme faisait 17 000 morts. La veille au soir, la chaleur était étouffante.", "La veille au soir", "1999-08-16", "1999-08-16", "day"),
    ("that-evening", "dct=2002-05-05|Il y a dix ans, le 5 mai 1992, la tribune s'effondrait. Ce soir-là, quinze personnes sont mortes.", "Ce soir-là", "1992-05-05", "1992-05-05", "day"),
    ("that-evening-after-news-day", "dct=2010-05-29|Le 29 mai 1985, 39 supporters mouraient au Heysel. Ce samedi, une cérémonie a eu lieu. Ce soir-là, le match avait pourtant été joué.", "Ce soir-là", "1985-05-29", "1985-05-29", "day"),
    # "ce jour-là" tells of a happening: past a later day told that names none, and from a count back alone
    ("that-day-of-happening-not-promise", "dct=2020-01-12|Il y a un an jour pour jour, le samedi 12 janvier 2019, une explosion soufflait une boulangerie. Le retour, espéré pour l'automne 2019, n'a pas eu lieu : « On nous avait promis la rentrée, puis Noël. »\n\nCe jour-là, Paris vivait aussi l'acte IX des gilets jaunes.", "Ce jour-là", "2019-01-12", "2019-01-12", "day"),
    ("that-evening-of-count-back", "dct=2017-03-06|Ce lundi, des survivants se sont recueillis. Il y a trente ans, ce car-ferry chavirait devant Zeebrugge.\n\n« Ce soir-là, j'étais au bar avec des amis. »", "Ce soir-là", "1987-03-06", "1987-03-06", "day"),
    ("that-day-not-recounted-from-count", "dct=2022-04-25|Le 12 juillet 2013, l'Intercités avait déraillé en gare. Le cadre avait fait sa tournée huit jours avant l'accident.\n\nLes victimes attendent qu'on explique ce qui s'est passé ce jour-là.", "ce jour-là", "2013-07-12", "2013-07-12", "day"),
    ("that-day-latest-happening", "dct=2020-01-12|Le 12 janvier 2019, une explosion a soufflé une boulangerie. Le 5 décembre, la grève a commencé. Ce jour-là, les trains se sont arrêtés.", "Ce jour-là", "2019-12-05", "2019-12-05", "day"),
    ("that-night", "dct=2019-11-09|Le Mur est tombé le 9 novembre 1989. Cette nuit-là, la foule a dansé.", "Cette nuit-là", "1989-11-09", "1989-11-10", "day"),
    # a plural modifier after two weekdays applies to both
    # "j'ai entendu", "a tout envahi": a compound past after an elided subject, an adverb inside the group
    ("weekday-first-person-past", "dct=2018-11-06|« Lundi matin, j'ai entendu un grondement, puis un nuage de poussière a tout envahi », raconte une voisine.", "Lundi matin", "2018-11-05", "2018-11-05", "day"),
    # "un lundi" set behind a day says which weekday it was; elsewhere it names no day (no expression)
    ("indefinite-weekday-apposed", "dct=2014-04-22|Le 14 avril 2003, un lundi de grand soleil, deux bombes avaient explosé près du stade.", "lundi", "2003-04-14", "2003-04-14", "day"),
    # two consecutive weekdays, or "de <weekday> à <weekday>", are one span (sharing their modifier)
    ("weekdays-shared-past", "dct=2000-08-22|La marine a multiplié en vain, mardi et mercredi derniers, les tentatives.", "mardi", "2000-08-15", "2000-08-16", "day"),
    ("weekdays-shared-future", "dct=2000-08-22|Ils se réuniront lundi et mardi prochains.", "lundi", "2000-08-28", "2000-08-29", "day"),
    ("weekdays-from-to", "dct=1989-12-23|Il avait maintenu sa visite officielle en Iran, de lundi à mercredi, comme si de rien n'était.", "lundi", "1989-12-18", "1989-12-20", "day"),
    ("weekdays-apart-are-two-days", "dct=2000-08-22|Il viendra lundi et jeudi.", "jeudi", "2000-08-24", "2000-08-24", "day"),
    # under a month-precise DCT a bare weekday stays the whole month, even when the text names a day of that
    # weekday (taking it was wrong for 3 of 4 such weekdays of articles the rule was not written on)
    ("weekday-unnamed-under-month", "dct=1992-05|Deux mille personnes ont été blessées mardi soir à Bastia. Depuis le 6 mai, les hommages se succèdent.", "mardi soir", "1992-05-01", "1992-05-31", "month"),
    ("weekday-named-twice-under-month", "dct=1992-05|Le 5 mai, la tribune s'effondre ; le 12 mai, l'enquête s'ouvre. Mardi, le ministre est venu.", "Mardi", "1992-05-01", "1992-05-31", "month"),
    ("weekday-past-not-named-plan", "dct=2024-02|Le club a remporté samedi son match. Le prochain match se jouera le 2 mars.", "samedi", "2024-02-01", "2024-02-29", "month"),
    ("this-weekday-under-month", "dct=2020-03|Le 10 mars, les écoles ont fermé. Depuis ce mardi midi, chacun reste chez soi.", "ce mardi midi", "2020-03-01", "2020-03-31", "month"),
    # a year counted from the DCT set right before a day-month gives it its year
    ("last-year-apposed-daymonth", "dct=2016-09|L'an dernier, le 24 septembre, une bousculade avait fait 769 morts.", "le 24 septembre", "2015-09-24", "2015-09-24", "day"),
    ("years-ago-apposed-daymonth", "dct=2016-09-20|Il y a deux ans, le 24 septembre, une bousculade avait fait 769 morts.", "le 24 septembre", "2014-09-24", "2014-09-24", "day"),
    ("last-year-not-apposed", "dct=2016-09-20|L'an dernier, la bousculade avait fait 769 morts. Le 24 septembre, les pèlerins reviendront.", "Le 24 septembre", "2016-09-24", "2016-09-24", "day"),
    # a weekday with its day-month fits the year of the episode the text tells, when its weekday agrees
    ("episode-weekday-daymonth", "dct=2023-09-21|L'attaque a commencé le samedi 21 septembre 2013. Le président n'en annonça la fin que le mardi 24 septembre au soir.", "le mardi 24 septembre", "2013-09-24", "2013-09-24", "day"),
    ("episode-weekday-disagrees", "dct=2023-09-21|L'attaque a commencé le samedi 21 septembre 2013. Le président a parlé le jeudi 14 septembre.", "le jeudi 14 septembre", "2023-09-14", "2023-09-14", "day"),
    # a short irregular participle right before the date: past, whatever plan follows
    ("short-participle-past", "dct=2018-07-02|Le nouveau président, élu le 17 juin, doit prendre ses fonctions le 7 août.", "le 17 juin", "2018-06-17", "2018-06-17", "day"),
    # a mourning day decreed is the nearest such weekday, ahead as often as gone
    ("mourning-day-decreed", "dct=2000-08-22|Le chef du Kremlin a décrété une journée de deuil national mercredi.", "mercredi", "2000-08-23", "2000-08-23", "day"),
    ("mourning-day-decreed-gone", "dct=2000-08-25|Le chef du Kremlin avait décrété une journée de deuil national mercredi.", "mercredi", "2000-08-23", "2000-08-23", "day"),
    # a weekday completing a weather disaster is gone
    ("storm-of-weekday", "dct=2009-01-29|« Entre la tempête de samedi et les menaces sur l'emploi, on cumule », glisse Jean-Marc.", "samedi", "2009-01-24", "2009-01-24", "day"),
    # "la nuit du 28 février" runs into the next morning
    ("night-of-a-date", "dct=2023-03-02|Dans la nuit du 28 février, un train de voyageurs a percuté un convoi de marchandises.", "Dans la nuit du 28 février", "2023-02-28", "2023-03-01", "day"),
    ("night-of-a-range-unchanged", "dct=2023-03-02|Le train a déraillé dans la nuit du 28 février au 1er mars.", "dans la nuit du 28 février au 1er mars", "2023-02-28", "2023-03-01", "day"),
    # a participle right before a day-month tells it happened (no deadline just ahead), unless the sentence
    # is told in the future
    ("participle-day-gone", "dct=2010-12-07|Le tribunal a tranché au terme de débats ouverts le 2 février et qui avaient duré quatre mois.", "le 2 février", "2010-02-02", "2010-02-02", "day"),
    ("participle-day-ahead-in-future-sentence", "dct=2013-12-06|Son corps sera exposé pendant trois jours à Pretoria, puis inhumé le 15 décembre à Qunu.", "le 15 décembre", "2013-12-15", "2013-12-15", "day"),
    ("dam-burst-of-weekday", "dct=2019-01-26|Neuf personnes ont été tuées et 300 sont portées disparues après la rupture, vendredi, d'un barrage.", "vendredi", "2019-01-25", "2019-01-25", "day"),
    # "marché" after an auxiliary is the verb, not the noun
    ("marched-weekday-past", "dct=2013-01-31|Lundi soir, des dizaines de milliers d'habitants ont marché en silence dans les rues.", "Lundi soir", "2013-01-28", "2013-01-28", "day"),
    ("market-weekday-ahead", "dct=2013-01-31|Le marché de Noël ouvrira lundi soir.", "lundi soir", "2013-02-04", "2013-02-04", "day"),
    # a participle completed by "public" or an adverb still tells the past ("rendu public vendredi")
    ("participle-public-weekday", "dct=2019-03-16|Le rapport de l'audit, rendu public vendredi, attribue la panne à une erreur humaine.", "vendredi", "2019-03-15", "2019-03-15", "day"),
    ("participle-adverb-weekday", "dct=2019-03-16|Le contrat de l'armateur, signé officiellement jeudi, attribue trente navires au chantier.", "jeudi", "2019-03-14", "2019-03-14", "day"),
    # a weekday and day-month that do not meet in the DCT's year are of the year the text last told
    ("weekday-daymonth-of-told-year", "dct=2019-06-20|Il y a trente ans, le barrage cédait. Les familles avaient fui le mardi 20 juin au matin.", "le mardi 20 juin", "1989-06-20", "1989-06-20", "day"),
    ("weekday-daymonth-dct-year-kept", "dct=2019-06-20|Il y a trente ans, le barrage cédait. La cérémonie aura lieu le dimanche 23 juin.", "le dimanche 23 juin", "2019-06-23", "2019-06-23", "day"),
    # the day after an event a count ending now dated is counted from that event ("Cinq jours après le
    # naufrage, ..." dates the sinking)
    # a month "de la même année" is of the year the text last told
    ("month-of-the-same-year", "dct=2010-05-04|La centrale a explosé le 26 avril 1986. En décembre de la même année, un sarcophage a recouvert le réacteur.", "En décembre de la même année", "1986-12-01", "1986-12-31", "month"),
    ("month-of-that-year", "dct=2010-05-04|Le pont s'est effondré le 2 octobre 1994. En mars de cette année-là, une fissure a été signalée.", "En mars de cette année-là", "1994-03-01", "1994-03-31", "month"),
    ("day-of-the-same-year", "dct=2010-05-04|La centrale a explosé le 26 avril 1986. Le 14 mai de la même année, Gorbatchev a parlé à la télévision.", "Le 14 mai de la même année", "1986-05-14", "1986-05-14", "day"),
    # a plan set in a sentence told in the past was for the day already told, not the week ahead
    ("plan-in-past-sentence", "dct=2024-03-23|Les tireurs sont entrés peu avant 20 heures, alors que le public s'installait pour le spectacle, prévu vendredi soir devant six mille personnes.", "vendredi soir", "2024-03-22", "2024-03-22", "day"),
    ("plan-in-present-sentence", "dct=2024-03-20|Le gouvernement réunit les syndicats pour un sommet social, prévu vendredi à Matignon.", "vendredi", "2024-03-22", "2024-03-22", "day"),
    # "a lieu" is a present ("lieu" ends like a participle, is none): a day ahead
    ("takes-place-weekday-ahead", "dct=2024-07-04|La finale de la coupe a lieu dimanche à Berlin.", "dimanche", "2024-07-07", "2024-07-07", "day"),
    ("took-place-weekday-gone", "dct=2024-07-04|La finale de la coupe a eu lieu dimanche à Berlin.", "dimanche", "2024-06-30", "2024-06-30", "day"),
    # a day right after an infinitive another verb governs is near the news, either side
    ("called-to-march-weekday-ahead", "dct=2018-12-12|Le préfet a appelé les syndicats à renoncer à défiler samedi dans le centre.", "samedi", "2018-12-15", "2018-12-15", "day"),
    ("tried-to-enter-weekday-gone", "dct=2019-10-10|Un homme armé a tenté de pénétrer mercredi dans la mairie.", "mercredi", "2019-10-09", "2019-10-09", "day"),
    # "ont extrait" is a compound past ("extrait" is also a noun, "un extrait")
    ("extracted-weekday-gone", "dct=2017-01-27|Les pompiers ont extrait jeudi les deux derniers corps des décombres de l'hôtel.", "jeudi", "2017-01-26", "2017-01-26", "day"),
    ("extract-noun-weekday-ahead", "dct=2017-01-27|Un extrait du film sera diffusé jeudi soir.", "jeudi soir", "2017-02-02", "2017-02-02", "day"),
    # a conditional of "être" with the participle of an "avoir" verb is a passive to come; with an "être" verb,
    # a past
    ("conditional-passive-weekday-ahead", "dct=2016-06-17|Le président de la Chambre a annoncé que le Parlement serait rappelé lundi pour rendre hommage à la députée.", "lundi", "2016-06-20", "2016-06-20", "day"),
    ("conditional-etre-verb-weekday-gone", "dct=2016-06-17|Selon la police, le suspect serait arrivé lundi à Londres.", "lundi", "2016-06-13", "2016-06-13", "day"),
    # "cette nuit du 16 au 17 août 1999" is that night, not tonight
    ("this-night-of-a-date", "dct=2009-08-17|Les rescapés gardent le souvenir de cette nuit du 16 au 17 août 1999 : la chaleur, le grondement.", "cette nuit du 16 au 17 août 1999", "1999-08-16", "1999-08-17", "day"),
    ("this-morning-of-a-date", "dct=2021-09-11|Ce matin du 11 septembre 2001, le ciel de New York était limpide.", "Ce matin du 11 septembre 2001", "2001-09-11", "2001-09-11", "day"),
    # a day-month apposed to a count from the text is in the year nearest the count
    ("daymonth-apposed-to-count", "dct=2009-08-17|Le séisme a frappé le 17 août 1999. Moins de trois mois plus tard, le 12 novembre, un second séisme frappait Düzce.", "le 12 novembre", "1999-11-12", "1999-11-12", "day"),
    ("count-apposed-to-daymonth", "dct=2009-08-17|Le séisme a frappé le 17 août 1999. Moins de trois mois plus tard, le 12 novembre, un second séisme frappait Düzce.", "Moins de trois mois plus tard", "1999-11-12", "1999-11-12", "day"),
    # half an hour or a quarter of an hour from the day told is that day
    ("half-an-hour-earlier", "dct=2004-07-31|Le gazoduc a explosé le 30 juillet 2004 vers 9 heures. Une demi-heure plus tôt, les pompiers étaient arrivés.", "Une demi-heure plus tôt", "2004-07-30", "2004-07-30", "day"),
    ("quarter-hour-later", "dct=2004-07-31|Le dépôt a explosé le 13 mai 2000. Un quart d'heure plus tard, tout le quartier brûlait.", "Un quart d'heure plus tard", "2000-05-13", "2000-05-13", "day"),
    # "le jour même" after a digression that left the latest day is the news day
    ("very-day-after-digression", "dct=2010-02-23|Le tribunal a rendu son jugement le lundi 22 février. L'explosion du 30 juillet 2004 avait tué 24 personnes. Ouvert à l'automne dernier, le procès avait duré des semaines. Le parquet a annoncé le jour même qu'il ferait appel.", "le jour même", "2010-02-22", "2010-02-22", "day"),
    ("very-day-of-the-story-kept", "dct=2010-02-23|Le tribunal a rendu son jugement le lundi 22 février. L'explosion du 30 juillet 2004 avait tué 24 personnes. Le ministre s'était rendu sur place le jour même.", "le jour même", "2004-07-30", "2004-07-30", "day"),
    # "Le 14 au soir": that day of the month the text told
    ("day-number-evening-of-month-told", "dct=2018-07-20|En juillet 1998, la France a gagné la Coupe du monde. Le 14 au soir, les Champs-Élysées étaient noirs de monde.", "Le 14 au soir", "1998-07-14", "1998-07-14", "day"),
    ("day-number-between-commas", "dct=2023-01|Le 11 janvier 2013, l'armée entre au Mali. Cinq jours plus tard, le 16, un commando s'empare du site gazier ; le 17, l'armée donne l'assaut.", "le 17", "2013-01-17", "2013-01-17", "day"),
    ("day-number-morning-of-month-told", "dct=2010-03-05|La tempête a frappé la Vendée fin février 2010. Le 28 au matin, les secours ont découvert les premières victimes.", "Le 28 au matin", "2010-02-28", "2010-02-28", "day"),
    # "depuis le début de l'après-midi", "au milieu de la nuit": a stretch of the day told
    ("since-start-of-afternoon", "dct=2017-01-19|L'avalanche a enseveli l'hôtel le 18 janvier 2017. Les secours sont sur place depuis le début de l'après-midi.", "depuis le début de l'après-midi", "2017-01-18", "2017-01-18", "day"),
    ("middle-of-the-night", "dct=2017-01-19|L'avalanche a enseveli l'hôtel le 18 janvier 2017. Au milieu de la nuit, un rescapé a été retrouvé.", "Au milieu de la nuit", "2017-01-18", "2017-01-18", "day"),
    # an adverb between the count and its direction ("six jours seulement après"); "une heure et demie"
    ("count-only-after", "dct=2009-04-20|Le séisme a frappé le 6 avril 2009. Six jours seulement après, les funérailles ont eu lieu.", "Six jours seulement après", "2009-04-12", "2009-04-12", "day"),
    ("count-hardly-after", "dct=2009-04-20|Le séisme a frappé le 6 avril 2009. Quelques heures à peine après, la terre a encore tremblé.", "Quelques heures à peine après", "2009-04-06", "2009-04-06", "day"),
    ("hour-and-a-half-later", "dct=2009-04-20|Le séisme a frappé le 6 avril 2009. Une heure et demie plus tard, les secours arrivaient.", "Une heure et demie plus tard", "2009-04-06", "2009-04-06", "day"),
    # the early morning of the day told
    ("at-dawn", "dct=2018-10-16|Les pluies ont noyé l'Aude dans la nuit de dimanche à lundi. Dès l'aube, les hélicoptères ont hélitreuillé des habitants.", "Dès l'aube", "2018-10-15", "2018-10-15", "day"),
    ("early-morning", "dct=2018-10-16|Les pluies ont noyé l'Aude lundi. Le couple a été hélitreuillé au petit matin.", "au petit matin", "2018-10-15", "2018-10-15", "day"),
    # the night the DCT's weekday opens is still ahead: told as gone, it is the week before
    ("night-of-dct-weekday-gone", "dct=2017-01-27|Les derniers rescapés ont été hissés à l'air libre dans la nuit de vendredi à samedi.", "dans la nuit de vendredi à samedi", "2017-01-20", "2017-01-21", "day"),
    ("night-of-dct-weekday-ahead", "dct=2017-01-27|La tempête frappera la côte dans la nuit de vendredi à samedi.", "dans la nuit de vendredi à samedi", "2017-01-27", "2017-01-28", "day"),
    # "a dû annuler" is a compound past ("dû" ends like no regular participle)
    ("had-to-cancel-weekday-gone", "dct=2021-05-27|Faute d'autorisation, Air France a dû annuler mercredi son vol Paris-Moscou.", "mercredi", "2021-05-26", "2021-05-26", "day"),
    # a word after an article is a noun whatever its ending ("la serra" is no future); "les" after a noun
    # subject is an object pronoun ("Le maire les recevra")
    ("noun-ending-like-a-future", "dct=2022-09-14|Parti le 6 août, l'incendie de la serra da Estrela a ravagé près de 25 000 hectares.", "le 6 août", "2022-08-06", "2022-08-06", "day"),
    # after a comma, "les" is an article again ("Dimanche, les caméras ont montré": no future in "-ras")
    ("article-after-comma-then-noun", "dct=1985-09-03|Dimanche, vers 1 heure du matin, les caméras du traîneau ont montré une chaudière.", "Dimanche", "1985-09-01", "1985-09-01", "day"),
    ("subject-then-object-pronoun-after-comma", "dct=2022-09-14|Lundi, les joueurs les recevront au stade.", "Lundi", "2022-09-19", "2022-09-19", "day"),
    # "ont eux aussi été retrouvés": a stressed pronoun inside the compound past
    ("stressed-pronoun-inside-compound-past", "dct=2017-01-25|Lundi, trois chiots, qui appartenaient aux propriétaires de l'hôtel, ont eux aussi été retrouvés vivants.", "Lundi", "2017-01-23", "2017-01-23", "day"),
    ("object-pronoun-then-future", "dct=2022-09-14|Le maire les recevra lundi à l'hôtel de ville.", "lundi", "2022-09-19", "2022-09-19", "day"),
    ("this-will-be-weekday-ahead", "dct=2022-09-14|Le verdict ? Ce sera lundi, a annoncé la présidente.", "lundi", "2022-09-19", "2022-09-19", "day"),
    ("daymonth-apposed-to-days-ago", "dct=2016-03-18|Il y a un an, le 18 mars 2015, des hommes armés attaquaient le musée du Bardo. Il y a onze jours, le 7 mars, des jihadistes ont attaqué Ben Guerdane.", "le 7 mars", "2016-03-07", "2016-03-07", "day"),
    # a count from a happening takes the date of its own phrase, not a nearer one of the main clause
    ("count-from-happening-own-phrase", "dct=2011-05-07|La police a annoncé jeudi trois arrestations dans l'enquête sur l'attentat du café, qui a fait 17 morts le 28 avril. Dimanche, une chaîne humaine a entouré la place. Quatre jours après l'attaque, les terrasses avaient rouvert.", "Quatre jours après", "2011-05-02", "2011-05-02", "day"),
    # a happening a witness recalls in a quotation is not the one the article tells
    ("count-from-happening-not-quoted", "dct=1997-12-15|Depuis le massacre du 17 novembre, la ville vit au ralenti.\n\nFin novembre, les derniers groupes sont partis. « Après l'attaque du 18 septembre au Caire, nous avions perdu un tiers des réservations », dit un agent.\n\nAu lendemain de la tuerie, le ministre de l'Intérieur a été limogé.", "Au lendemain", "1997-11-18", "1997-11-18", "day"),
    # "ce matin-là" in an anniversary piece is the day it remembers, not a news day of an earlier paragraph
    ("that-morning-anniversary", "dct=2020-03-18|Il y a un an jour pour jour, un homme ouvrait le feu dans un tramway d'Utrecht.\n\nDimanche, le gouvernement a fermé les écoles. Le jugement doit être rendu vendredi.\n\n« On repense à ce matin-là chaque fois qu'on monte dans le tram », dit une habitante.", "ce matin-là", "2019-03-18", "2019-03-18", "day"),
    ("that-evening-anniversary-month-dct", "dct=2022-07|Mercredi soir, des centaines de personnes se sont rassemblées.\n\nLe soir du 19 juillet 2012, un homme armé est entré dans le cinéma.\n\nLe 4 juillet, un tireur a tué sept personnes lors d'un défilé.\n\nUne rescapée, touchée à la jambe ce soir-là, milite désormais.", "ce soir-là", "2012-07-19", "2012-07-19", "day"),
    # "le jour même" told in the passé composé after a day of the past told in the imperfect: the news day
    ("same-day-after-recalled-day", "dct=2015-03-30|Dimanche, des dizaines de milliers de personnes ont défilé à Tunis. Le 11 janvier, une marche semblable réunissait des millions de Français à Paris. Le jour même, le Premier ministre a annoncé la mort du chef du commando.", "Le jour même", "2015-03-29", "2015-03-29", "day"),
    ("same-day-within-recalled-story", "dct=2015-03-30|Dimanche, des milliers de personnes ont défilé à Tunis. Le 11 janvier, une marche réunissait des millions de Français à Paris. Le jour même, des dirigeants étrangers avaient rejoint le cortège.", "Le jour même", "2015-01-11", "2015-01-11", "day"),
    ("that-morning-anniversary-over-later-happening", "dct=2017-07-26|Il y a un an jour pour jour, le père Hamel était assassiné dans son église.\n\nL'église, fermée après l'attentat, avait rouvert le 2 octobre dernier.\n\nDans la paroisse, beaucoup évoquent encore ce matin-là avec émotion.", "ce matin-là", "2016-07-26", "2016-07-26", "day"),
    # in an anniversary piece, "le jour même" told in the imperfect right after the news day is the day remembered
    ("same-day-remembered", "dct=2011-10-24|Il y a dix ans jour pour jour, deux camions se percutaient dans le tunnel. Ce lundi, une cérémonie a réuni les familles à Airolo. Marco, pompier volontaire, était dans la galerie le jour même.", "le jour même", "2001-10-24", "2001-10-24", "day"),
    ("same-day-remembered-month-dct", "dct=2011-10|Le 24 octobre 2001, deux camions se percutaient dans le tunnel. Le 24 octobre 2011, une cérémonie a réuni les familles à Airolo. Marco, pompier volontaire, était dans la galerie le jour même.", "le jour même", "2001-10-24", "2001-10-24", "day"),
    ("same-day-pluperfect-not-anniversary", "dct=2024-07-04|Le 7 juillet 2016, la France avait battu l'Allemagne. Les Bleus se sont qualifiés lundi face à la Belgique. Le même jour, le Portugal s'était défait de la Slovénie.", "Le même jour", "2024-07-01", "2024-07-01", "day"),
    # "un an plus tôt, jour pour jour" from a weekday a month-precise DCT cannot place: that month a year before
    ("year-earlier-to-the-day-month-dct", "dct=2018-12|Ce vendredi, à 16 h 10, Millas s'est figée. Un an plus tôt, jour pour jour, un TER percutait le car scolaire.", "Un an plus tôt", "2017-12-01", "2017-12-31", "month"),
    # no day naming a happening gives a count that can be right: the day the text tells most often
    ("count-from-most-told-day", "dct=2014-06-02|Il y a neuf jours, samedi 24 mai, un homme ouvrait le feu au musée, tuant trois personnes. Le suspect a été interpellé vendredi à Marseille. Son interpellation n'a été rendue publique que dimanche. Il a donc été arrêté six jours après la fusillade.", "six jours après", "2014-05-30", "2014-05-30", "day"),
    # a count to the day from a day the text tells later lands on the news days: the anniversary
    ("year-to-the-day-after-month-dct", "dct=2021-11|Un an jour pour jour après l'attaque qui avait fait quatre morts à Vienne, l'Autriche a rendu hommage mardi aux victimes. Le tireur avait commencé à tirer le soir du 2 novembre 2020.\n\nDeux jeunes gens avaient porté secours à un policier blessé ce soir-là.", "Un an jour pour jour", "2021-11-02", "2021-11-02", "day"),
    ("that-evening-after-anniversary-count", "dct=2021-11|Un an jour pour jour après l'attaque qui avait fait quatre morts à Vienne, l'Autriche a rendu hommage mardi aux victimes. Le tireur avait commencé à tirer le soir du 2 novembre 2020.\n\nDeux jeunes gens avaient porté secours à un policier blessé ce soir-là.", "ce soir-là", "2020-11-02", "2020-11-02", "day"),
    # a part of the day opening a sentence takes the main day of the latest sentence naming days
    ("evening-main-day-of-sentence", "dct=2003-04-16|Le tribunal a condamné hier l'assassin du député, abattu le 6 mai 2002 sur un parking.\n\nDans la soirée, le parquet a annoncé qu'il ferait appel.", "Dans la soirée", "2003-04-15", "2003-04-15", "day"),
    # under a month-precise DCT no told day is the news day, on either bound of the month
    ("that-weekday-month-dct-last-day", "dct=2022-06|Le jeudi 23 juin, l'audience s'est ouverte. Le jeudi 30 juin, le tribunal a rendu son verdict. « Depuis ce jeudi-là, plus rien n'est pareil », dit un proche.", "ce jeudi-là", "2022-06-30", "2022-06-30", "day"),
    ("day-after-event-counted-now", "dct=2011-03-20|Cinq jours après le naufrage, les familles attendent. Le lendemain du naufrage, l'épave a été repérée.", "Le lendemain du naufrage", "2011-03-16", "2011-03-16", "day"),
    ("reflexive-compound-past-plural", "dct=2007-07-02|Le lancement n'a pas été sans accroc. Samedi, des milliers d'acheteurs se sont plaints de ne pas parvenir à activer leur téléphone.", "Samedi", "2007-06-30", "2007-06-30", "day"),
    ("reflexive-compound-past-feminine-plural", "dct=2018-03-12|Jeudi, les deux femmes se sont plaintes de menaces répétées.", "Jeudi", "2018-03-08", "2018-03-08", "day"),
    ("count-from-lead-sentence", "dct=2006-11-15|Le verdict est tombé sous les cris de l'accusé. Le 5 novembre, le tribunal a condamné l'ancien président. Les autorités redoutaient des troubles. La veille du verdict, un couvre-feu avait été décrété.", "La veille", "2006-11-04", "2006-11-04", "day"),
    ("daypart-after-recalled-day", "dct=2024-01-29|Le tribunal de Hong Kong a ordonné ce lundi la liquidation du promoteur. Le 4 décembre 2023, la juge avait accordé un ultime délai au groupe. Dans la matinée, la cotation du titre a été suspendue.", "Dans la matinée", "2024-01-29", "2024-01-29", "day"),
    ("deadline-before-summer-participle", "dct=2013-04-11|Les deux projets de loi seront soumis au Parlement, pour une adoption espérée avant l'été.", "l'été", "2013-04-11", "2013-06-20", "day"),
    # the end of a season as a deadline runs from the news to the season's end, like the end of the year
    ("deadline-end-of-summer", "dct=2001-07-03|Le groupe espère trouver un repreneur d'ici à la fin de l'été.", "fin de l'été", "2001-07-03", "2001-09-22", "day"),
    ("deadline-even-before-end-of-autumn", "dct=1981-09-19|Le vote ouvrirait la voie à une promulgation rapide, avant même la fin de l'automne.", "fin de l'automne", "1981-09-19", "1981-12-21", "day"),
    # a part of a season with no year nor modifier is the nearest one the tense points at
    ("end-of-winter-gone", "dct=2006-07-06|Il est parti à la fin de l'hiver.", "fin de l'hiver", "2006-02-19", "2006-03-19", "part"),
    ("start-of-spring-ahead", "dct=2006-07-06|Il reviendra au début du printemps.", "début du printemps", "2007-03-21", "2007-04-19", "part"),
    # what a present request or plan asks for lies ahead, like a promise
    ("request-ahead-month", "dct=2009-12|Plusieurs parlementaires réclament une mission d'information dès janvier.", "dès janvier", "2010-01-01", "2010-01-31", "month"),
    ("not-excluded-ahead-season", "dct=1960-01-24|Les officiers n'excluent pas de nouvelles plongées dans la fosse au printemps.", "au printemps", "1960-03-20", "1960-06-20", "season"),
    ("promise-aside-ahead-season", "dct=2007-01|Paris et Berlin, hostiles à la séparation, promettent en revanche un centre commun de surveillance du réseau, opérationnel dès le printemps.", "dès le printemps", "2007-03-21", "2007-06-20", "season"),
    ("hope-present-not-imperfect", "dct=2011-10-29|Ses propriétaires espèrent le rouvrir au printemps.", "au printemps", "2012-03-20", "2012-06-20", "season"),
    # "à la demande de": a noun; "que réclame le président depuis le 20 janvier": the day the demand runs from
    ("request-noun-no-plan", "dct=2016-09-07|La nouvelle, restée confidentielle à la demande de sa famille, a été confirmée mardi.", "mardi", "2016-09-06", "2016-09-06", "day"),
    ("request-since-day", "dct=1980-02-26|Le comité doit se prononcer sur le boycott, que réclame le président Carter depuis le 20 janvier.", "le 20 janvier", "1980-01-20", "1980-01-20", "day"),
    # a verb after "et" past the date is a second clause's: the plan before the date places it
    ("plan-before-date-and-then-imperfect", "dct=2006-07-06|Il devait connaître sa peine le 11 septembre et risquait de finir ses jours en prison.", "le 11 septembre", "2006-09-11", "2006-09-11", "day"),
    # "le jeudi précédent", "le samedi suivant": counted from the day the text last told, not from the news
    ("weekday-before-told-day", "dct=1994-06|À Monaco, le 15 mai, les deux places étaient vides. Le jeudi précédent, Wendlinger avait perdu le contrôle de sa Sauber.", "Le jeudi précédent", "1994-05-12", "1994-05-12", "day"),
    ("weekday-after-told-day", "dct=2017-03-20|Le 26 février, la foule a envahi la place. Le dimanche suivant, des milliers de personnes s'étaient rassemblées.", "Le dimanche suivant", "2017-03-05", "2017-03-05", "day"),
    # a month or day-month taking the year of a day just told, and earlier in that year, is of the next year
    # (the story runs on), unless that is still ahead of the news or the day is only weeks before
    ("month-after-told-day-next-year", "dct=1960-02|Les plongées se sont succédé : le 15 novembre 1959, il atteignait 5 530 mètres ; début janvier, il descendait à 7 000 mètres.", "début janvier", "1960-01-01", "1960-01-10", "part"),
    ("day-after-told-day-next-year", "dct=2025-07-01|Destitué par le Parlement le 14 décembre 2024, il a été démis de ses fonctions le 4 avril par la Cour.", "le 4 avril", "2025-04-04", "2025-04-04", "day"),
    ("day-weeks-before-told-day-same-year", "dct=2021-11-25|Il est mort le 25 novembre 2020, seul dans sa chambre, où il se remettait d'une opération pratiquée le 3 novembre.", "le 3 novembre", "2020-11-03", "2020-11-03", "day"),
    # a birth ("Né en 1923", "Né à Londres le 9 mai 1874") is told in passing: it lends no year to later days
    ("birth-lends-no-year", "dct=1990-05-01|Né à Londres le 9 mai 1874, il avait repéré le trou le 8 septembre.", "le 8 septembre", "1989-09-08", "1989-09-08", "day"),
    # days and weeks count from the latest day told, not from a year named since
    ("weeks-later-from-day-not-year", "dct=2022-01-26|Le procès s'ouvre le 8 novembre 1972. Elle évoque aussi la loi de 1920. Le jugement, rendu deux semaines plus tard, se limitait à des peines symboliques.", "deux semaines plus tard", "1972-11-22", "1972-11-22", "day"),
    ("days-earlier-from-day-not-month", "dct=2018-10-10|Il a été arrêté le 3 octobre. Sa fuite avait commencé en juin 2018. Deux jours plus tôt, des policiers avaient repéré un de ses neveux.", "Deux jours plus tôt", "2018-10-01", "2018-10-01", "day"),
    # "l'hiver suivant", "l'été suivant": the season after the date the text last told, not after the news
    ("season-after-told-season", "dct=2005-06-11|À l'automne 1955, Mercedes annonça son retrait. Au Mans, les vieux stands furent rasés pendant l'hiver suivant.", "l'hiver suivant", "1955-12-22", "1956-03-19", "season"),
    ("season-after-told-day", "dct=1982-09-15|Le 12 août 1961, le mur fut construit. L'été suivant, il y eut des évasions.", "L'été suivant", "1962-06-21", "1962-09-22", "season"),
    # a day after told in the past, after a news day told as to come, is of the story the piece retells
    ("day-after-story-over-news", "dct=2005-06-11|Il y a cinquante ans jour pour jour, le 11 juin 1955, la Mercedes décollait. Ce samedi, une gerbe sera déposée. La course ne fut pas arrêtée, et Hawthorn l'emporta le lendemain.", "le lendemain", "1955-06-12", "1955-06-12", "day"),
    ("day-before-news-told-in-past", "dct=2005-06-11|Le 12 mars 2019, il avait été arrêté. Le ministre est arrivé ce matin. La veille, il avait rencontré le préfet.", "La veille", "2005-06-10", "2005-06-10", "day"),
    ("deadline-before-christmas", "dct=2024-12-14|Le Premier ministre promet de former un gouvernement avant Noël.", "Noël", "2024-12-14", "2024-12-24", "day"),
    ("weekday-after-title-line", "dct=2020-10-13|Libération de l'otage : le prix de l'échange fait débat\n\nVendredi, sur le tarmac de Villacoublay, le président avait accueilli l'otage.", "Vendredi", "2020-10-09", "2020-10-09", "day"),
    ("night-ending-on-news-day-present", "dct=2021-01-28|Le skipper, deuxième sur la ligne dans la nuit de mercredi à jeudi, prend la troisième place du classement.", "dans la nuit de mercredi à jeudi", "2021-01-27", "2021-01-28", "day"),
    ("night-ending-on-news-day-future", "dct=2021-01-28|La prochaine arrivée aura lieu dans la nuit de mercredi à jeudi.", "dans la nuit de mercredi à jeudi", "2021-02-03", "2021-02-04", "day"),
]


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end", "granularity"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_phrase_interval(sentence: str, phrase: str, start: str, end: str, granularity: str) -> None:
    check_interval(sentence, phrase, start, end, granularity)

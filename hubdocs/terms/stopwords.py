"""Function words (articles, prepositions, pronouns, auxiliaries) of the site's languages.

They decide where a rendering of a term may start and end (never on ``de`` or ``votre``) and
which words of a label must be present when a translation conjugates it (``Se déconnecter`` →
``Déconnectez-vous``). Lists are short on purpose: a word missing here only makes the
heuristics a little stricter.
"""

from __future__ import annotations

from hubdocs.terms.stemming import base_language

_LISTS = {
    "en": """a an the of to in on at for with by from into and or but not no nor your you my
        our their his her its this that these those is are be been was were as it we they do
        does can if then than so""",
    "fr": """le la les l un une des du de d au aux à a et ou votre vos mon ma mes ton ta tes son
        sa ses notre nos leur leurs ce cet cette ces se s qui que qu en dans sur pour par avec
        est sont il elle ils elles vous nous on y ne n pas plus c j m t""",
    "de": """der die das den dem des ein eine einen einem einer eines und oder zu zum zur im in
        am an auf für mit von vom bei aus ihr ihre ihren ihrem ihrer ihres dein deine mein meine
        meinen sein seine sich sie es ist sind wird werden nicht kein keine so als""",
    "es": """el la los las lo un una unos unas de del al a y o e u en con por para su sus tu tus
        mi mis nuestro nuestra nuestros nuestras se que es son no le les""",
    "pt": """o a os as um uma uns umas de do da dos das ao aos à às em no na nos nas e ou com por
        para pelo pela pelos pelas seu sua seus suas meu minha meus minhas se que é são não
        lhe""",
    "it": """il lo la i gli le l un una uno di del della dei delle a al alla in nel nella e o con
        per su tuo tua tuoi mio mia si che è sono non""",
    "nl": """de het een en of van in op aan voor met bij uit je jouw uw mijn zijn is zijn niet""",
}

STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in _LISTS.items()
}


def stopwords(lang: str) -> frozenset[str]:
    """The function words of ``lang`` (case-folded); empty for an unknown language."""
    return STOPWORDS.get(base_language(lang), frozenset())

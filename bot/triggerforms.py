"""The other forms of an urgent trigger, made once when the phrase lists load (pure).

A danger is told of the writer or of someone close, by one person or by many: "her boss hits
her" is "hits me" of someone else, and "xoʻjayini uydan chiqarmayapti" (her employer does not
let her out) is "chiqarishmayapti" (they do not let her out) said of one. A trigger list
written for one person missed the others (tester s10). Two forms are made here:

* ``SOMEONE``, a word of an English trigger ("beats <someone>"), stands for each word of
  ``urgent_someone`` in ``knowledge/phrases.yaml`` (me, him, her, them, my ...);
* an Uzbek verb of a trigger said by many ("chiqarishmay*", "qoʻyishdi": the ``-(i)sh-``
  before a negation, a tense or a participle) is also said by one ("chiqarmay*", "qoʻydi"),
  and the other way round; a verb in the past ("urdi", "qoʻymadi") is also told as heard
  ("uribdi", "qoʻymabdi": "ukamni urishibdi", they beat my brother, blind11b) and in the
  perfect when negated or said by many ("qoʻymagan", "urishgan"); and a noun the writer
  owns ("pasportimni", "telefonim*") is also someone else's or many's ("pasportini",
  "pasportimizni", "telefoni*");
* a Russian verb in the past («выгнали», «забрала») is also its stem in «-л» («выгнал»),
  which a phrase word of ``STEM_MIN`` letters or more matches in every person and number
  («выгнал», «выгнала», «выгнали»); one in the present is also said in the other number
  («не выпускают»: «не выпускает»). A one-word Russian trigger stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import product

from bot.firstwords import PREFIX, STEM_MIN, WHOLE
from bot.text import fold

SOMEONE = "<someone>"
"""The word of a trigger that stands for whoever the danger befalls."""
SOMEONE_LISTS = ("urgent", "urgent_silence", "urgent_pleas")
"""The lists of ``knowledge/phrases.yaml`` whose triggers may write ``SOMEONE``."""
SLOTS = {"<fire>": "urgent_fire", "<place>": "urgent_fire_places", "<held>": "urgent_held",
         "<released>": "urgent_released", "<close>": "urgent_close"}
"""Other words of an ``urgent`` trigger that stand for a list of ``knowledge/phrases.yaml``
(per language): "<place> <fire>" is each place where people live or work beside each fire
word of its language ("container … burning", «вагончик горит», 'vagonchada … yonyapti'),
so a place or a fire word added once pairs with all the others (fix17: a list of pairs
written out missed the container, the trailer, the factory); "<held> <someone> <released>"
is each held-back let beside each release ("isnt letting me leave", "hasnt let him go");
"<close> ahvoli ogʻir" is each one close beside a serious state ('ukam … ahvoli ogʻir'), which
said of no one is as often the economy's ('iqtisodiy ahvoli ogʻir')."""
SLOT_LISTS = ("urgent",)
"""The lists whose triggers may write a placeholder of ``SLOTS``."""

_VOWELS = "aeiou"
_APOSTROPHES = "ʻʼ'`’‘"
_ENDINGS = r"(?:mayapti|maydi|magan|madi|mas|may|ma|yapti|adi|gan|di)"
"""What follows the plural ``-(i)sh-`` of an Uzbek verb (negation, tense, participle)."""
_MANY = re.compile(rf"^(?P<root>[a-z{_APOSTROPHES}]{{2,}}?)(?:ish|sh)(?P<end>{_ENDINGS}\*?)$")
_ONE = re.compile(rf"^(?P<root>[a-z{_APOSTROPHES}]{{2,}}?)(?P<end>{_ENDINGS}\*?)$")
_PAST = re.compile(r"^(?P<stem>[а-яё]{3,}л)[аио]$")
_CYRILLIC_WORD = re.compile(r"^[а-яё]+$")
_PAST_UZ = re.compile(rf"^(?P<root>[a-z{_APOSTROPHES}]{{2,}}?)(?P<neg>ma)?di$")
_MINE = re.compile(rf"^(?P<noun>[a-z{_APOSTROPHES}]{{3,}}?)imni(?P<star>\*?)$")
_MINE_STEM = re.compile(rf"^(?P<noun>[a-z{_APOSTROPHES}]{{4,}}?)im\*$")
_THEIRS = re.compile(rf"^(?P<noun>[a-z{_APOSTROPHES}]{{2,}}[^aeiou\W])ini(?P<star>\*?)$")
PRESENT_MIN = 4
"""A Russian word this long or longer may be a verb in the present («бьют», «дают»)."""
_PRESENT = (("ют", ("ет",)), ("ят", ("ит",)), ("ат", ("ит",)))
"""Endings of a Russian present said by many, and said by one («выпускают»: «выпускает»)."""
_PRESENT_ONE = (("ёт", ("ют",)), ("ет", ("ют",)), ("ит", ("ят", "ат")))
"""... and the other way round («даёт»: «дают»; «кормит»: «кормят», «держит»: «держат»)."""


def _other_number(word: str) -> str | None:
    """The Uzbek verb ``word`` said by one if it is said by many, else by many; None when
    it is no such verb form. Forms that are no word ("urayapti" → "urashyapti") are
    harmless: no message holds them."""
    many = _MANY.match(word)
    if many:
        return many["root"] + many["end"]
    one = _ONE.match(word)
    if one is None or one["root"].endswith(("ish", "sh")):
        return None
    root = one["root"]
    return root + ("sh" if root[-1] in _VOWELS else "ish") + one["end"]


def _other_tenses(word: str) -> list[str]:
    """An Uzbek verb ``word`` in the past ("urdi", "bermadi") as heard ("uribdi",
    "bermabdi"), and in the perfect when negated ("bermagan") or said by many ("urishgan");
    none for other words. Not the perfect of
    one ("urgan" finds "Urganch", Urgench, and "vafot etgan" tells a past state: review s11).
    Forms that are no word ("uradi": "urabdi") are harmless: no message holds them."""
    past = _PAST_UZ.match(word)
    if past is None:
        return []
    root = past["root"]
    if past["neg"]:
        return [root + "magan", root + "mabdi"]
    heard = root + ("bdi" if root[-1] in _VOWELS else "ibdi")
    return [root + "gan", heard] if root.endswith("sh") else [heard]


def _past_stem(word: str) -> str | None:
    """The stem in «-л» of a Russian verb ``word`` in the past («выгнали»: «выгнал»), when
    it is long enough to match the other forms (``STEM_MIN`` folded letters); else None."""
    past = _PAST.match(word)
    if past is None or len(fold(past["stem"])) < STEM_MIN:
        return None
    return past["stem"]


def _present_other(word: str) -> list[str]:
    """A Russian verb ``word`` in the present said by one if it is said by many, else by
    many («не выпускают»: «не выпускает», «держит»: «держат»); both guesses when the ending
    does not tell which («-ит»: «кормят», «держат»). Forms that are no word are harmless."""
    if len(word) < PRESENT_MIN or not _CYRILLIC_WORD.match(word):
        return []
    for many, ones in _PRESENT:
        if word.endswith(many):
            return [word[:-len(many)] + one for one in ones]
    for one, manys in _PRESENT_ONE:
        if word.endswith(one):
            return [word[:-len(one)] + many for many in manys]
    return []


def _other_owners(word: str) -> list[str]:
    """An Uzbek noun of a trigger owned by the writer ("pasportimni", "telefonim*") also
    owned by someone else or by many ("pasportini", "pasportimizni", "telefoni*"), and the
    writer's of another's ("pulini": "pulimni"); none for other words."""
    mine = _MINE.match(word)
    if mine:
        return [mine["noun"] + own + mine["star"] for own in ("ini", "imizni")]
    stem = _MINE_STEM.match(word)
    if stem:
        return [stem["noun"] + "i*"]
    theirs = _THEIRS.match(word)
    return [theirs["noun"] + "imni" + theirs["star"]] if theirs else []


def _whole(forms: Iterable[str]) -> list[str]:
    """Made forms that match only themselves (``WHOLE``), but those written as prefixes:
    a form made of a trigger is no stem of longer words ("urgan" of "urdi" is not
    "Urganch", Urgench; review s11)."""
    return [f if f.endswith(PREFIX) else f + WHOLE for f in forms]


def _forms(word: str, alone: bool) -> list[str]:
    """The other forms of a trigger word (``alone``: the trigger's only word); each
    matches only itself (``_whole``) but a Russian verb's stem in «-л», made to match its
    every person («выгнал»: «выгнала», «выгнали»)."""
    other = _other_number(word)
    if other is not None:
        if word.endswith("bdi"):  # told as heard already ("turibdi"): no other tense
            return _whole([other])
        return _whole([other, *_other_tenses(word), *_other_tenses(other)])
    if alone:
        # A one-word Russian verb stays whole: «задержал» would find «задержался»
        # (delayed), «угрожает» is asked of anyone («что угрожает мигрантам»).
        return []
    owners = _other_owners(word)
    if owners:
        return _whole(owners)
    stem = _past_stem(word)
    return [stem] if stem is not None else _whole(_present_other(word))


def with_other_forms(phrases: Iterable[str]) -> list[str]:
    """``phrases`` and, for each word that is an Uzbek verb form or (in a phrase of two
    words or more) an owned Uzbek noun or a Russian past or present, the phrase with that
    word in the other number (``_other_number``, ``_present_other``), of another owner
    (``_other_owners``) or as its stem (``_past_stem``), each once, in order."""
    out: dict[str, None] = {}
    for phrase in phrases:
        out[phrase] = None
        words = phrase.split()
        for k, word in enumerate(words):
            for other in _forms(word.lower(), len(words) == 1):
                out[" ".join([*words[:k], other, *words[k + 1:]])] = None
    return list(out)


def with_slots(phrases: Iterable[str],
               words: Mapping[str, Mapping[str, Sequence[str]]]) -> list[str]:
    """``phrases`` with each placeholder of ``words`` (``SLOTS``: its words per language)
    written as each of its words in turn; two placeholders of one phrase take words of
    one language ("<place> <fire>": "container burning", never "container yonyapti"). A
    phrase without one stays as it is; one whose placeholder has no words is dropped."""
    out: dict[str, None] = {}
    for phrase in phrases:
        parts = phrase.split()
        slots = [w for w in parts if w in words]
        if not slots:
            out[phrase] = None
            continue
        for lang in sorted({lang for w in slots for lang in words[w]}):
            choices = [words[w].get(lang, ()) if w in words else (w,) for w in parts]
            out.update(dict.fromkeys(" ".join(c) for c in product(*choices)))
    return list(out)


def with_someone(phrases: Iterable[str], someone: Sequence[str]) -> list[str]:
    """``phrases`` with each ``SOMEONE`` written as each word of ``someone`` in turn (a
    phrase without it as it is); none when ``someone`` is empty."""
    out: list[str] = []
    for phrase in phrases:
        words = phrase.split()
        if SOMEONE not in words:
            out.append(phrase)
            continue
        out += [" ".join(who if w == SOMEONE else w for w in words) for who in someone]
    return out

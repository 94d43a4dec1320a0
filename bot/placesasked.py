"""Which countries a question asks about (pure, no state of its own): the writer's own
places ("I work in Poland"), a foreign country whose own facts are asked ("the ILO's review
for Kazakhstan"), a country dealt with ("with the UK"), and whether an entry names enough
countries to give a list of them. ``bot.nearmiss`` checks a question's entries against them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from bot.facts import HOME, Facts
from bot.leftout import SENTENCE_END
from bot.phrases import Hit
from bot.reading import Reader
from bot.siblings import Siblings
from bot.text import fold
from bot.thesaurus import GOING, LOCATIVE, PEOPLE, because_of

_GOING_BEFORE = frozenset({"to", "into", "from", "at", "with", "v", "vo", "iz", "na", "s", "so",
                           "k", "ko", "do", "cherez", "and", "va", "i", "a"})
"""Words before a country's name for where someone goes, comes from or works with
("to Russia", «из России», «с Казахстаном»), folded; and "and", which the reading may have
left before it ("… and [I work in] Turkey, so what is that decree called")."""
_OF = frozenset({"of", "for", "on", "about", "dlia", "o", "ob", "pro", "po", "boyicha",
                 "haqida"})
"""Words that make a country's name what a question is about ("the review for Kazakhstan",
"a report on Tajikistan", «для Таджикистана», «о Кыргызстане», "Tojikiston boʻyicha"),
folded; so does a word beside it that is no stop word ("Qozogʻiston Konstitutsiyasining",
«миграции Таджикистана»)."""
_LEAVING_FOR = frozenset({"leave", "leaves", "leaving", "left", "head", "heads", "heading",
                          "bound"})
"""Verbs that make "for" before a country's name where someone goes ("why do so many
leave for Russia"), not what is asked about ("the review for Kazakhstan"), folded."""
_TO_HOME = frozenset({"to", "v", "vo", "na"})
"""Words between a home word and a country's name that make it the home ("home to
Kazakhstan", «домой в Казахстан»), folded."""
_WITH = frozenset({"with", "vith", "s", "so"})
"""Words before a country's name for the one dealt with ("with the UK", «с Англией»), folded."""
_GOING_AFTER = frozenset({"bilan", "ga", "dan"})
"""Words after it for the same ("Qozogʻiston bilan"), folded."""
_FROM = frozenset({"from", "iz", "out"})
"""Words before a country's name for where someone comes from ("from", «из»), folded."""
_FROM_ENDINGS = ("dan", "den")
"""Uzbek endings of the same ('Tojikistondan'), folded."""
_TO = frozenset({"to", "into", "k", "ko"})
"""Words before a country's name for where someone goes ("to", «к»), folded."""
_AND = frozenset({"and", "i", "va", "hamda"})
"""Words that join two countries named as the parties ("Uzbekistan and Kazakhstan",
«Казахстан и Кыргызстан», 'Qozogʻiston va Qirgʻiziston'), folded."""
_PARTIES_APART = 2
"""At most so many words between two countries joined so, the "and" last ("the EU [EU]
and Turkey": the abbreviation spelled out stays beside the name)."""
LIST_OF_COUNTRIES = 2
"""An entry naming fewer foreign countries gives no list of countries ("which states ...")."""


class PlacesAsked(Siblings):
    """The index plus the countries a question asks about; ``reader`` is set by the
    subclass."""

    reader: Reader

    def _places_told(self, text: str) -> frozenset[str]:
        """The places a message names that it asks nothing of: the writer's
        (``_writers_places``) and the regions of Uzbekistan told (``_regions_told``), the
        message folded and its thesaurus hits found once for both."""
        toks = tuple(fold(text).split())
        hits = self.thesaurus.hits(toks)
        return self._writers_places(toks, hits) | self._regions_told(text, toks, hits)

    def _writers_places(self, toks: tuple[str, ...], hits: list[Hit]) -> frozenset[str]:
        """The countries a message (folded ``toks``, their thesaurus ``hits``) names for
        where the writer is ("I work in Poland, what is the Schengen Agreement?"), read on
        all its words: the reading sets aside "I work in"."""
        if not any(self.thesaurus.fact_of(h.label) for h in hits):
            return frozenset()
        return self.thesaurus.writers_places(toks, hits, self.reader.speaks_of_writer,
                                             self.reader.asks_place)

    def _regions_told(self, text: str, toks: tuple[str, ...],
                      hits: list[Hit]) -> frozenset[str]:
        """The regions of Uzbekistan a message names only in sentences that ask nothing,
        beside one that asks ("I'm a nurse in Bukhara and I heard of a deal with Germany.
        What is it about?", 'Xorazmdan koʻp yoshlar Koreyaga ketmoqchi. Ularga ... rejasi
        bormi'): where the writer is or what they tell, not what is asked. Read sentence
        by sentence as written: the reading joins a sentence to the one it points back to.
        And one named just after a home word anywhere ("now he is back home in Fergana"):
        the home, where one returns."""
        in_home = self.thesaurus.in_home
        named = [h for h in hits if in_home(h.label)]
        if not named:
            return frozenset()
        home = {h.label for h in named
                if not self.reader.home_words.isdisjoint(toks[max(0, h.start - 2):h.start])}
        told: set[str] = set()
        asked: set[str] = set()
        asks_elsewhere = False
        for sentence in SENTENCE_END.split(text):
            regions = {h.label for h in self.thesaurus.hits(tuple(fold(sentence).split()))
                       if in_home(h.label)}
            asks = any(p.asks for p in self.reader.read(sentence).parts)
            asks_elsewhere |= asks and not regions
            (asked if asks else told).update(regions)
        return frozenset(home | (told - asked if asks_elsewhere else set()))

    def _told_once(self, text: str, mine: frozenset[str]) -> frozenset[str]:
        """Of ``mine`` (the writer's places in ``text``), those the message names only once:
        where the writer is and nothing it asks of ("I work in Russia, what are
        remittances"; not «отец в Турции. соглашения между Узбекистаном и Турцией»)."""
        if not mine:
            return mine
        hits = self.thesaurus.hits(tuple(fold(text).split()))
        return frozenset(c for c in mine if sum(h.label == c for h in hits) == 1)

    def _figure_of(self, toks: tuple[str, ...], hits: list[Hit], asked: Facts,
                   quantity: bool, own: tuple[str, ...] | None = None) -> frozenset[str]:
        """The places a question asks about whose facts an entry about Uzbekistan's
        migrants does not give: the regions of Uzbekistan it names, wherever it names them
        ("migrants from Namangan", «семьи в Сурхандарье», 'Qashqadaryoda migrantlar
        oilalariga': the documents give the country's facts only; the writer's own region,
        "I am from Fergana", is no fact asked: ``asked`` has set it aside, and so is one
        named where someone is, goes or comes from in a message that speaks of the
        writer: 'Andijonda oʻqiyman, diplom ishim uchun ...', or that carries the first
        person itself: 'andijondaman'), and the foreign countries it asks about
        (``_countries_asked``)."""
        writer = self.reader.speaks_of_writer(toks)
        regions = frozenset(h.label for h in hits
                            if h.label in asked.places and self.thesaurus.in_home(h.label)
                            and not (writer and self.thesaurus.located(toks, h))
                            # ('andijondaman', 'Namangandanman': the writer's own)
                            and not self.reader.speaks_of_writer(toks[h.end - 1:h.end]))
        return regions | self._countries_asked(toks, hits, asked, quantity, own)

    def _countries_asked(self, toks: tuple[str, ...], hits: list[Hit], asked: Facts,
                         quantity: bool, own: tuple[str, ...] | None = None) -> frozenset[str]:
        """The foreign countries a question asks about, whose facts an entry about
        Uzbekistan's migrants or about migration in general does not give: a country no
        document speaks of (``_undocumented``), two countries named as the parties
        (``_parties``), and the others by how they are named (``_figure_named``)."""
        return (self._undocumented(toks, hits, asked, quantity)
                | self._parties(toks, hits, asked)
                | self._figure_named(toks, hits, asked, quantity, own))

    def _undocumented(self, toks: tuple[str, ...], hits: list[Hit],
                      asked: Facts, quantity: bool = False) -> frozenset[str]:
        """The countries of the question that no entry names (``_named_places``): what is
        asked of, however named ("migrants from Kyrgyzstan", «семьи мигрантов в
        Таджикистане», 'Tojikistondan odamlar nega ketyapti', "families in Tajikistan"),
        since the documents speak of none of their people; unless the question names whom
        the documents do speak of there: Uzbeks, the writer or theirs ("my brother in
        Latvia"), or someone working or living there ("migrants working in Poland"; not
        beside a country named as whence people come, 'Qirgʻizistondan ... ishlagani
        ketadi', which says why they leave)."""
        found = {h.label for h in self._foreign_countries(hits)
                 if h.label in asked.places and h.label not in self._named_places
                 and not self._whither(toks, h) and not self._with_at(toks, h)}
        if not found or self.reader.speaks_of_writer(toks):
            return frozenset()
        if HOME in asked.peoples and not all(
                self.thesaurus.located(toks, h, going=False) for h in hits if h.label in found):
            # Uzbeks named where they go or beside the country ("Why do Uzbeks go to
            # Poland?"); not Uzbeks asked of where they are, which no document speaks of
            # ("What problems do Uzbek migrants face in Dubai?", 'Qatarda oʻzbek
            # migrantlari ...': nearfix28c).
            return frozenset()
        if (HOME not in asked.peoples or quantity) and self.thesaurus.says_someone_there(
                toks) and not all(
                self._whence(toks, h) for h in hits if h.label in found):
            # (not Uzbeks working or living there: "problems of Uzbeks who work in Israel",
            # 'Polshada ishlaydigan oʻzbeklar', whom no document speaks of there, unless how
            # many of them is asked, which ``_figure_named`` reads; nearfix29)
            return frozenset()
        return frozenset(found)

    def _whither(self, toks: tuple[str, ...], hit: Hit) -> bool:
        """Whether a country's name ``hit`` says where someone goes ("to Saudi Arabia", «в
        Таджикистан», 'Saudiya Arabistoniga'): whether one may go there to work is no
        question of that country's own."""
        before = toks[hit.start - 1] if hit.start else ""
        ending = self.thesaurus.ending(hit.label, toks[hit.end - 1])
        return (before in _TO or ending.endswith(GOING) and not ending.endswith(_FROM_ENDINGS)
                or before in ("v", "vo", "na") and not toks[hit.end - 1].endswith(("e", "i")))

    def _whence(self, toks: tuple[str, ...], hit: Hit) -> bool:
        """Whether a country's name ``hit`` says where someone comes from ("from
        Tajikistan", «из Киргизии», 'Tojikistondan')."""
        before = toks[hit.start - 1] if hit.start else ""
        return before in _FROM or self.thesaurus.ending(
            hit.label, toks[hit.end - 1]).endswith(_FROM_ENDINGS)

    def _parties(self, toks: tuple[str, ...], hits: list[Hit], asked: Facts) -> frozenset[str]:
        """Two countries (or a country and a bloc) joined by "and" as the ones that act,
        no one named beside them: the foreign ones of them are asked of ("benefits for
        Uzbekistan and Kazakhstan of coordinating their policies", "hard for the EU and
        Turkey to harmonise", 'Qozogʻiston va Qirgʻiziston … uygʻunlashtirishda'); not where
        people go ("Why do Uzbeks go to Russia and Kazakhstan?", "migrants in Russia and
        Turkey")."""
        countries = [h for h in hits if h.label in asked.places
                     and getattr(self.thesaurus.concepts.get(h.label), "kind", None) == "country"]
        found: set[str] = set()
        for first, second in zip(countries, countries[1:], strict=False):
            between = toks[first.end:second.start]
            if (first.label != second.label and 0 < len(between) <= _PARTIES_APART
                    and between[-1] in _AND):
                found |= {first.label, second.label}
        found.discard(HOME)
        if not found or self._someone_named(toks, asked):
            return frozenset()
        return frozenset(found)

    def _figure_named(self, toks: tuple[str, ...], hits: list[Hit], asked: Facts,
                      quantity: bool, own: tuple[str, ...] | None = None) -> frozenset[str]:
        """The foreign countries a question asks about, whose facts an entry about
        Uzbekistan's migrants does not give ("the ILO's review for Kazakhstan",
        "Qozogʻiston Konstitutsiyasining 23-moddasi"): not the home country's ("send home",
        "Oʻzbekistonga"), and not where someone is ("works in Moscow", "Rossiyada", "в
        России"); unless a "how many" (``quantity``) asks the figure of it ("Qirgʻizistonga
        qancha pul kelgan"), not where someone goes, comes from or works with either
        ("Rossiyaga ishga ketmoqchiman", «из России», "Turkiya bilan"). A place named in
        the asking sentence (``own``, when ``toks`` hold the sentences around it too) where
        no one is said to be is asked of ("forms of migration in Kazakhstan": near26)."""
        # A country told as a cause ("because of Ukraine migrants earn less?", «санкции
        # из-за Украины», 'Ukraina sababli') is not one asked of (blind31d).
        hits = [h for h in hits if not because_of(toks, h)]
        # Where the people asked of are, in a "how many" (the figure of "migrants in
        # Korea", "Rossiyadagi migrantlar"): a part of a national figure, even of the
        # money they send home.
        there = {h.label for h in hits if quantity and h.label in asked.places
                 and h.label != HOME and self.thesaurus.people_there(toks, h)}
        if there:
            return frozenset(there)
        if quantity and (alone := {h.label for h in hits if h.label in asked.places
                                   and h.label != HOME and self._alone(toks, h)}):
            # One country's part of the figure ("Uzbeks in Russia alone ... send home"),
            # even of the money sent home: the documents give only the whole.
            return frozenset(alone)
        if quantity and (homes := self._home_named(toks, hits)):
            # A foreign country named as the home the money goes to ("send home to
            # Kazakhstan", «домой в Казахстан», 'uyga Qozogʻistonga'): its figure, not ours.
            return homes
        if quantity and not any(t in self.reader.home_words for t in toks) and (
                whence := {h.label for h in self._foreign_countries(hits)
                           if h.label in asked.places and self._whence(toks, h)
                           and self._in_own(h, own)}):
            # A "how many" of what comes from one country, named in the asking sentence
            # («сколько перевели в Узбекистан из Казахстана в 2024», 'Rossiyadan … qancha
            # pul oʻtkazilgan'): that country's part; the documents give only the whole
            # (nearfix29). Not what migrants from there send *home* («сколько денег
            # мигранты из России отправили домой»: the whole, test_tfix20).
            return frozenset(whence)
        if HOME in asked.places or any(t in self.reader.home_words for t in toks):
            return frozenset()
        found = set()
        for hit in self._foreign_countries(hits):
            before, last = toks[hit.start - 1] if hit.start else "", toks[hit.end - 1]
            after = toks[hit.end] if hit.end < len(toks) else ""
            ending = self.thesaurus.ending(hit.label, last)
            if (before == "in" or ending.endswith(LOCATIVE) or (
                    before in ("v", "vo") and last.endswith(("e", "i")))) and not (
                    quantity and hit.label in asked.places):
                # Where someone is; but a figure asked of a place is that place's
                # ("remittance volume in Kazakhstan", "Qozogʻistonda … hajmi"), and so is
                # what is asked where no one is named to be there ("what forms of migration
                # are there in Kazakhstan", «формы миграции в Казахстане», 'salbiy
                # oqibatlari Qozogʻistonda qanday'; near26).
                if (not quantity and hit.label in asked.places
                        and not self._someone_named(toks, asked)
                        and (own is None or any(h.label == hit.label
                                                for h in self.thesaurus.hits(own)))):
                    # (one of the question's facts, not the writer's place, named in the
                    # asking sentence itself: "I drive a cab in Moscow. Is migrating a human
                    # right?", «я живу в москве ... это у всех так?» tell where the writer is)
                    found.add(hit.label)
                continue
            if not quantity and (before in self.reader.example_words or (
                    before in _GOING_BEFORE and hit.start > 1
                    and toks[hit.start - 2] in self.reader.example_words)):
                # The example asked of ('qabul qiluvchi davlatlarga qanday taʼsir qiladi,
                # masalan Koreyaga?', «например, на Корею»): named as the question names the
                # countries it asks of, not where someone goes (near26b).
                found.add(hit.label)
                continue
            if not quantity and (before in _GOING_BEFORE or after in _GOING_AFTER
                                 or before == "for" and hit.start > 1
                                 and toks[hit.start - 2] in _LEAVING_FOR
                                 or ending.endswith(GOING)
                                 or not (before in _OF or self._word(before)
                                         or after in _OF or self._word(after))):
                # Nor a name that stands alone: the reading may have set aside the words
                # around it ("Hi, [I work in] Russia, does the state help my family").
                continue
            found.add(hit.label)
        return frozenset(found)

    def _in_own(self, hit: Hit, own: tuple[str, ...] | None) -> bool:
        """Whether a country named (``hit``) is named in the asking sentence ``own`` too
        (always, when the question is that sentence alone: ``own`` None)."""
        return own is None or any(h.label == hit.label for h in self.thesaurus.hits(own))

    def _someone_named(self, toks: tuple[str, ...], asked: Facts) -> bool:
        """Whether a question names people who may be where a country named is: a people
        ("Uzbeks", «таджики»), a people noun ("migrants", «граждане», 'ishchilar'), someone
        working or living ("someone working in russia", 'Rossiyada ishlaydiganlar') or the
        writer and their own ('men', «мой брат»)."""
        return bool(asked.peoples or self.thesaurus.names_someone(toks)
                    or self.reader.speaks_of_writer(toks))

    def _foreign_countries(self, hits: list[Hit]) -> Iterator[Hit]:
        """The hits that name a country other than Uzbekistan (not one of its regions, not
        its people's words)."""
        return (hit for hit, cid in self.thesaurus.foreign_hits(hits)
                if cid == hit.label and not self.thesaurus.in_home(cid))

    def _home_named(self, toks: tuple[str, ...], hits: list[Hit]) -> frozenset[str]:
        """The foreign countries a question that names the home names as the home itself:
        just after a home word, with a word of going between ("home to Kazakhstan", «домой
        в Казахстан») or an ending of going ('uyga Qozogʻistonga'); or as the ones who send,
        a bare name, no word or ending of place ('skolko kirgizy pereveli domoi': «киргизы»
        folds as «Киргизии» does)."""
        homes = self.reader.home_words
        if homes.isdisjoint(toks):
            return frozenset()
        found = set()
        for hit in self._foreign_countries(hits):
            before = toks[max(0, hit.start - 2):hit.start]
            last = before[-1] if before else ""
            ending = self.thesaurus.ending(hit.label, toks[hit.end - 1])
            if (last in homes and ending.endswith(GOING)
                    or len(before) == 2 and before[0] in homes and before[1] in _TO_HOME
                    or last not in homes and last not in _GOING_BEFORE and last not in _OF
                    and last != "in" and not ending.endswith(GOING + LOCATIVE)):
                found.add(hit.label)
        return frozenset(found)

    def _alone(self, toks: tuple[str, ...], hit: Hit) -> bool:
        """Whether a country named (``hit``) is singled out ("in Russia *alone*", «*только*
        из России», 'Rossiyadan *yolgʻiz*': ``alone_words``, two words before it or the
        one after)."""
        near = toks[max(0, hit.start - 2):hit.start] + toks[hit.end:hit.end + 1]
        return not self.reader.alone_words.isdisjoint(near)

    def _word(self, tok: str) -> bool:
        """Whether ``tok`` is a word of its own: no stop word, number or nothing."""
        return bool(tok) and tok not in self.stopwords and not tok.isdigit()

    def _with_country(self, toks: tuple[str, ...], hits: list[Hit]) -> bool:
        """Whether the question names a foreign country, or its people, as the one dealt
        with ("with the UK", «с Англией», "Fransiya bilan", "nemislar bilan")."""
        concepts = self.thesaurus.concepts
        return any(h.label != HOME and getattr(concepts.get(h.label.removeprefix(PEOPLE)),
                                               "kind", None) == "country"
                   and self._with_at(toks, h) for h in hits)

    def _dealt_with(self, toks: tuple[str, ...], hits: list[Hit], asked: Facts) -> Facts:
        """``asked`` with a people named as the party dealt with ("a deal with the Germans",
        «договор с корейцами», "nemislar bilan kelishuv"), or acting on migrants named
        apart ("what do the Germans offer skilled migrants"), read as its country: not
        another people's migrants than the entry's, but the country the entry may deal
        with."""
        dealt = {h.label.removeprefix(PEOPLE) for h in hits
                 if h.label.startswith(PEOPLE) and (self._with_at(toks, h)
                                                    or self.thesaurus.acts_on_people(toks, h))}
        if not dealt & asked.peoples:
            return asked
        return replace(asked, peoples=asked.peoples - dealt, places=asked.places | dealt)

    @staticmethod
    def _with_at(toks: tuple[str, ...], hit: Hit) -> bool:
        """Whether a name in ``toks`` is the one dealt with: "with" just before it (or
        before "the"), or "bilan" just after it."""
        before = toks[max(hit.start - 2, 0):hit.start]
        if before[-1:] == ("the",):
            before = before[:-1]
        return bool(_WITH & set(before[-1:])) or toks[hit.end:hit.end + 1] == ("bilan",)

    def _lists_countries(self, idx: int) -> bool:
        """Whether entry ``idx`` names ``LIST_OF_COUNTRIES`` foreign countries or more."""
        return len(self._facts[idx].places - {HOME}) >= LIST_OF_COUNTRIES

"""What ``bot.reading.Reader.read`` makes of a message (``Reading``): data only (pure).

Its sentences that ask, what was set aside, and what else the message says (urgent, about
the documents, thanks, small talk ...), for ``bot.matcher``.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.asking import Part


@dataclass(frozen=True)
class Reading:
    parts: tuple[Part, ...]
    """Sentences with something left to match, in order."""
    set_aside: bool
    """Whether a greeting, thanks, politeness, filler or introduction was found."""
    urgent: bool
    about_sources: bool
    clauses: tuple[Part, ...] = ()
    """The asking clause of a sentence that also tells something ("Ukam Turkiyada ishlaydi,
    oilasiga davlat qanday yordam beradi?"): answered when no whole sentence is."""
    thanked: bool = False
    """Whether the message thanks ("rahmat", "спасибо, всё понятно"): a message that only
    thanks is answered "you are welcome", not "hello"."""
    farewell: bool = False
    """Whether the message says goodbye ("xayr", "пока"): answered "goodbye", not "hello"."""
    subject: tuple[str, ...] = ()
    """For a message about the documents: the folded words that name its subject."""
    danger: frozenset[str] = frozenset()
    """For an urgent message: the words of its triggers, left out when it is matched (the
    answer after the protection block is for what the message asks, not for "passport")."""
    danger_uzbek: bool = False
    """For an urgent message: its dangers are all told in Uzbek ("укамни урибди": triggers
    written in Latin letters that no Russian trigger folds like), so a Cyrillic message of
    them is Uzbek Cyrillic, however short its words (review s11 finding 3)."""
    self_harm: bool = False
    """For an urgent message: a danger to the writer's own life is among its dangers
    (``urgent_self_harm``): the protection block opens with one human line."""
    action_only: bool = False
    """For an urgent message: every sentence that asks, asks what to do («что делать»,
    "nima qilish kerak": ``action_asked``) or only tells a need («Нужны деньги на билет
    домой»: ``Part.needs``). The protection block is its answer, and no entry follows it:
    what is left ("Работникам ... паспорта") asks nothing of the documents."""
    small_talk: str | None = None
    """"acknowledgement" ("ok", "понятно"), "follow_up" ("batafsil", "why?") or "what_now"
    ("what do I do?") when that is the whole message (``acknowledgements``, ``follow_ups``
    and ``what_now`` in phrases.yaml)."""
    defined: bool = False
    """Its dangers are only asked what they mean ("Majburiy mehnat nima?": ``Urgency
    .only_defined``): no danger told; unanswered, the protection entries are offered."""
    rights: bool = False
    """The message says a migrant's rights are violated, or asks where to turn
    (``rights_asked`` in phrases.yaml)."""
    rights_only: bool = False
    """... and says nothing else ("where do I go for help"): no entry answers it, the
    rights reply does."""
    compares: bool = False
    """The message compares ("difference between", «в чём разница», "farqi"): things it
    names that have entries of their own are offered side by side."""
    both_sides: bool = False
    """The message asks both sides of a subject ("pros and cons", «плюсы и минусы», "ijobiy
    va salbiy": ``both_sides`` in phrases.yaml): the other side is offered as a button."""
    own_numbers: frozenset[str] = frozenset()
    """Numbers told in a clause about the writer beside the clause that asks ("Мой брат с
    2021 года в Германии, что за соглашение подписали в 2024?"): not asked, so no entry's
    numbers contradict them (as the writer's age)."""
    practical_told: frozenset[str] = frozenset()
    """The practical details (``practical:`` phrases) told before the question of an asking
    sentence, in a clause that does not ask ("I had my medical test last week, what does the
    law say about migrants' rights?"): not asked of its asking clauses (near18)."""
    told: tuple[Part, ...] = ()
    """For a message that asks nothing: the sentences that tell something of the writer
    ("I am a nurse and want to work in Germany"), set aside with its greetings. Their best
    entry may be offered as a button with the greeting."""

    follows: tuple[str, ...] = ()
    """For a "follow_up" of one word after an opener or before "-chi" ("and the
    opportunities?", 'konsullik-chi?'): that word. An entry about it alone answers the
    message after all ("ok, and Schengen?": ``Matcher.analyse``)."""

    @property
    def greeting_only(self) -> bool:
        """Only greetings, thanks and the like: nothing to match."""
        return self.set_aside and not self.parts

    @property
    def question_parts(self) -> tuple[Part, ...]:
        """The sentences to match: those that ask, or all when none does."""
        asking = tuple(p for p in self.parts if p.asks)
        return asking or self.parts

"""The matcher's verdict for a message (``Match``, its ``Candidate`` entries) and what the
thresholds do not change about a message (``Analysis``): data only (pure)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from bot.facts import Conflict
from bot.nearmiss import Scored
from bot.reading import Reading

Decision = Literal["answer", "clarify", "abstain", "greeting"]


@dataclass(frozen=True)
class Candidate:
    entry_id: str
    score: float


@dataclass(frozen=True)
class Match:
    """The matcher's verdict for one message."""

    query: str
    decision: Decision
    """"greeting": only greetings or thanks, nothing to match."""
    candidates: tuple[Candidate, ...]
    """Best first; for "answer" the first is the answer, for "clarify" they are the choices."""
    lang: str | None
    """The language and script the question is written in, when it can be told."""
    urgent: bool = False
    """The message says someone is in danger: the protection reply comes first."""
    self_harm: bool = False
    """For an urgent message: it says the writer wants to die or harm themselves; the
    protection block opens with one human line (``bot.wording.SELF_HARM``)."""
    near_miss: Conflict | None = None
    """Set on a "clarify" whose only entry gives another number, place or detail."""
    also: Candidate | None = None
    """A second documented question in the same message, offered as a button."""
    about_sources: bool = False
    """The message asks about the documents themselves (authors, venue, year)."""
    thanked: bool = False
    """For a "greeting": the message thanks, so the reply is "you are welcome"."""
    farewell: bool = False
    """For a "greeting": the message says goodbye (and does not thank)."""
    subject: Candidate | None = None
    """For a message about the documents that names a subject ("who wrote the article
    about remittances"): the entry that subject alone is answered with."""
    defined: bool = False
    """The message only asks what a danger means ("what is deportation"): unanswered, the
    protection entries are offered ("did you mean"), not "the documents are silent"."""
    rights: bool = False
    """The message says a migrant's rights are violated, or asks where to turn: an
    abstention then gives what the documents say on protection."""
    small_talk: str | None = None
    """"acknowledgement" ("ok": a "greeting"), "follow_up" ("batafsil": an "abstain"
    that says the bot keeps no conversation) or "what_now" ("nima qilay": the same, with
    the protection buttons), from ``Reading.small_talk``."""
    authors: tuple[str, ...] = ()
    """For a message about an author ("Кто такой Мирхолдоров?"): the ids of that author's
    documents."""
    asks: bool = False
    """Some sentence asks (a question word or mark, a request): for an urgent message only
    then does an answer follow the protection block ("мужа задержала полиция" asks
    nothing; "pasportimni olishdi, 23-modda meni himoya qiladimi?" asks)."""
    vague: bool = False
    """For an "abstain": the message is one word that no single entry owns ("pul", "law",
    "help"), so no entry is answered; the reply asks for a whole question instead of
    saying that the documents are silent (they may well speak of it)."""

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


class Lazy:
    """Parts scored only when read, each once: a sentence's joined questions
    (``Analysis.halves``), of which ``settle`` reads the next only while those before it
    are documented."""

    def __init__(self, score: Callable[[int], Scored], count: int) -> None:
        self._score = score
        self._found: list[Scored | None] = [None] * count

    def __len__(self) -> int:
        return len(self._found)

    def __getitem__(self, k: int) -> Scored:
        found = self._found[k]
        if found is None:
            found = self._found[k] = self._score(k)
        return found

    def __iter__(self) -> Iterator[Scored]:
        return (self[k] for k in range(len(self)))

    @property
    def scored(self) -> int:
        """How many parts were scored so far."""
        return sum(f is not None for f in self._found)


@dataclass(frozen=True)
class Analysis:
    """What the thresholds do not change about a message (see ``Matcher.analyse``).

    The whole message and the asking clauses are scored only when asked for (``whole``,
    ``clauses``): ``settle`` reads them only when no sentence alone is answered, and a
    long run-on's slowest readings are those (half of the scorings of the slowest 1%).
    """

    query: str
    lang: str | None
    reading: Reading
    sentences: tuple[Scored, ...]
    """The sentences that ask (``Reading.question_parts``), each scored."""
    told: tuple[Scored, ...] = ()
    """For a greeting: its sentences that tell something of the writer (``Reading.told``)."""
    halves: tuple[Sequence[Scored], ...] = ()
    """Per sentence (``sentences``), its joined questions (``Part.halves``), each scored
    alone when first read (``Lazy``)."""
    score_whole: Callable[[], Scored] | None = field(default=None, repr=False, compare=False)
    """Scores the whole message, for a message of several sentences; else None."""
    score_clauses: Callable[[], tuple[Scored, ...]] | None = field(default=None, repr=False,
                                                                  compare=False)
    """Scores the asking clauses (``clauses``), if any."""

    @cached_property
    def whole(self) -> Scored | None:
        """The whole message scored, when it has several sentences (used only if no
        sentence alone is answered); else None."""
        return self.score_whole() if self.score_whole is not None else None

    @cached_property
    def clauses(self) -> tuple[Scored, ...]:
        """The asking clauses of sentences that also tell something (``Reading.clauses``),
        each scored."""
        return self.score_clauses() if self.score_clauses is not None else ()

    @property
    def parts(self) -> tuple[Scored, ...]:
        """The sentences, then the whole message when there are several."""
        return self.sentences if self.whole is None else (*self.sentences, self.whole)

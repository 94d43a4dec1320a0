"""Numbers in a text by kind (a year, a label, a figure, a bare number), and which of a
question's numbers an entry's contradict (pure): the numbers of ``bot.nearmiss``'s near
misses ("в 23 году", "25-modda", "14,8%")."""

from __future__ import annotations

from dataclasses import dataclass

from bot.phrases import PhraseIndex

YEARS = range(1900, 2101)
SHORT_YEARS = range(15, 100)
"""Two-digit numbers read as a year beside a year word ("в 20 году", "24 йилда": 2020, 2024);
a smaller one is a count of years ('dadam 10 yil Rossiyada ishladi', 'oxirgi 10 yilda': ten
years, not 2010; near16, review s15 finding 2), unless ``year_before`` stands before it ("в 10
году")."""
ACT_REACH = 6
"""How many words may stand between an act's number and its year ("УП-5785 от 20 августа
2019 года", "2019-yil 20-avgustdagi PF-5785-son")."""
DATE_ENDINGS = ("dagi", "degi", "gi")
"""Uzbek endings of a date that stands before what it dates ("20-avgustdagi", "2017-yilgi"),
folded."""
MONTH_STARTS = {"jan": 1, "ian": 1, "feb": 2, "fev": 2, "mar": 3, "apr": 4, "mai": 5, "may": 5,
                "jun": 6, "iun": 6, "jul": 7, "iul": 7, "aug": 8, "avg": 8, "sep": 9, "sen": 9,
                "oct": 10, "ost": 10, "okt": 10, "nov": 11, "noi": 11, "noy": 11, "dec": 12,
                "des": 12, "dek": 12}
"""A month's number by the first three letters of its name folded, in en, ru and uz
("august", «августа» and 'avgust' fold to "august", "avgusta", "avgust"; "october" to
"ostober"): a date's month is compared whatever the language of the text it is read from."""
PART_NUMBERS = 1000
"""A label below this is a part's or an article's number (or a goal's: "goal 86"); from it
on, an act's ("UP-5785")."""
DATE_REACH = 3
"""How many words may stand between a date's day and its year ("20 августа 2019 года",
"August 20, 2019", "2019-yil 20-avgustdagi")."""


@dataclass(frozen=True)
class Numbers:
    """A text's numbers by kind (``number_words:`` in phrases.yaml): a year; a label (an
    article's, goal's or decree's own number: "23-modda"); a figure, as written ("14.8",
    or "15" before "percent"), with its unit; or a bare number, of no kind."""

    years: frozenset[int] = frozenset()
    labels: frozenset[int] = frozenset()
    figures: frozenset[tuple[str, str]] = frozenset()
    """(value, unit): ("14.8", "amount"), ("15", "percent"), ("3.5", "")."""
    bare: frozenset[int] = frozenset()
    acts: frozenset[tuple[int, int]] = frozenset()
    """(number, year): a numbered act and its year, as ``act_years`` pairs them."""
    ages: frozenset[int] = frozenset()
    """The writer's own numbers ("Men 25 yoshdaman", «мне 19 лет»), counts of years ("for
    10 years", «10 лет», "10 yildan beri": ``duration``, never a year) and the day and month
    of a date in digits ("20.09.2019": compared as ``dates``): never compared."""
    dates: frozenset[tuple[int, int, int]] = frozenset()
    """(day, year, month) of each date written whole ("20 August 2019", "2019-yil
    20-avgustdagi"; month 0 when its name is none of ``MONTH_STARTS``): a date is one fact,
    so its day, month and year are compared together."""
    spans: frozenset[int] = frozenset()
    """Counts of years a sum may be asked over ("over 10 years", «за 10 лет», '10 yil
    ichida': ``span_before`` and ``duration``, or ``span_after``); ages too (near17)."""

    @property
    def whole(self) -> frozenset[int]:
        """Every number as a whole number (a figure's part before its decimal point)."""
        return (self.years | self.labels | self.bare | self.ages
                | {int(v.split(".")[0]) for v, _u in self.figures})


NO_NUMBERS = Numbers()


def read_numbers(toks: tuple[str, ...] | list[str], words: PhraseIndex) -> Numbers:
    """The numbers of folded tokens by kind (``words``: ``Reader.number_words``). Folding
    splits a decimal: "14.8" is the tokens "14" and "8", read back as one figure when a unit
    follows or nothing does ("14.8 billion", "was it 14,8%"; not "PF-4947 7 fevral" nor
    "статьи 23, 24"); and it splits
    thousands: "400,000" is "400" and "000", read back as 400000."""
    if not any(tok.isdigit() and len(tok) <= 6 for tok in toks):
        return NO_NUMBERS  # what the loops below find in words without a number
    kind_of = {}
    for h in words.find(toks):
        for k in range(h.start, h.end):
            kind_of.setdefault(k, h.label)
    found: dict[str, set] = {"years": set(), "labels": set(), "figures": set(), "bare": set(),
                             "ages": set(), "spans": set()}
    k = 0
    while k < len(toks):
        tok = toks[k]
        if not (tok.isdigit() and len(tok) <= 6):
            k += 1
            continue
        if _in_digits(toks, k):
            # a date's day and month ("20.09.2019"): compared as the date, never alone
            found["ages"] |= {int(toks[k]), int(toks[k + 1])}
            k += 2
            continue
        n, value, end = int(tok), tok, k + 1
        if len(tok) <= 3:
            while end < len(toks) and len(toks[end]) == 3 and toks[end].isdigit():
                n, end = n * 1000 + int(toks[end]), end + 1  # "400 000"
            value = str(n)
        if (end < len(toks) and toks[end].isdigit() and len(toks[end]) <= 2
                and n not in YEARS and (kind_of.get(end + 1) in ("percent", "amount")
                                        or end + 1 == len(toks) and kind_of.get(k - 1) != "label")):
            value, end = f"{n}.{toks[end]}", end + 1
        after, before = kind_of.get(end), kind_of.get(k - 1)
        if after == "age" or before == "age_before" and n < 100 and (
                end == len(toks) or kind_of.get(end) in (None, "age", "year")):
            found["ages"].add(n)
        elif after in ("percent", "amount") and not (
                "." not in value and n in YEARS
                and (after == "percent" or before == "year_before")):
            # ("remittances 2024 percent of gdp", «переводы дали в 2024 млрд?»: the year,
            # then what is asked of it)
            found["figures"].add((value, after))
        elif "." in value:
            found["figures"].add((value, ""))
        elif after in ("duration", "span_after") and n not in YEARS:
            found["ages"].add(n)  # "for 10 years", «10 лет», "10 yildan beri": no year
            if after == "span_after" or before == "span_before":
                found["spans"].add(n)  # "over 10 years", '10 yil ichida'
        elif after == "year" and before == "span_before" and n < SHORT_YEARS.start:
            found["ages"].add(n)  # «за 10 год*»: a count of years, over which a sum is asked
            found["spans"].add(n)
        elif after == "year" and n < SHORT_YEARS.start and before != "year_before":
            found["ages"].add(n)  # "10 yil Rossiyada ishladi": ten years, not 2010
        elif n in YEARS or after == "year" and n < 100:  # "the 2020 decree", "в 10 году"
            found["years"].add(n if n in YEARS else 2000 + n)
        elif after == "label" or before == "label":
            found["labels"].add(n)
        else:
            found["bare"].add(n)
        k = end
    return Numbers(*(frozenset(found[kind]) for kind in ("years", "labels", "figures", "bare")),
                   act_years(toks, kind_of), frozenset(found["ages"]), dates(toks, kind_of),
                   frozenset(found["spans"]))


def _in_digits(toks: tuple[str, ...] | list[str], k: int) -> bool:
    """Whether folded tokens hold a date written in digits from ``k`` ("20 09 2019", of
    "20.09.2019"): a day, a month's number, a year."""
    return (k + 2 < len(toks) and all(toks[j].isdigit() for j in range(k, k + 3))
            and len(toks[k]) <= 2 and 1 <= int(toks[k]) <= 31 and len(toks[k + 1]) <= 2
            and 1 <= int(toks[k + 1]) <= 12 and len(toks[k + 2]) == 4
            and int(toks[k + 2]) in YEARS)


def dates(toks: tuple[str, ...] | list[str], kind_of: dict[int, str]
          ) -> frozenset[tuple[int, int, int]]:
    """The (day, year, month) of each whole date in folded tokens (``kind_of``: the
    ``number_words`` kind of each token): a day is a number up to 31 beside a month's name
    (its number by ``MONTH_STARTS``), its year the first within ``DATE_REACH`` words after
    it ("20 августа 2019 года", "August 20, 2019"), else the last within reach before it
    ("2019-yil 20-avgustdagi"); a date in digits, "20.09.2019" (folded "20 09 2019"), is its
    day, month and year too (``_in_digits``; near16, review s15 finding 9)."""
    found = set()
    for k, tok in enumerate(toks):
        if not (tok.isdigit() and len(tok) <= 2 and 1 <= int(tok) <= 31):
            continue
        if _in_digits(toks, k):
            found.add((int(tok), int(toks[k + 2]), int(toks[k + 1])))
            continue
        month = next((m for m in (k + 1, k - 1) if kind_of.get(m) == "month"), None)
        if month is None:
            continue
        after = [int(t) for t in toks[k + 1:k + 2 + DATE_REACH] if t.isdigit() and int(t) in YEARS]
        before = [int(t) for t in toks[max(0, k - DATE_REACH):k]
                  if t.isdigit() and int(t) in YEARS]
        if year := (after[:1] or before[-1:]):
            found.add((int(tok), year[0], MONTH_STARTS.get(toks[month][:3], 0)))
    return frozenset(found)


def act_years(toks: tuple[str, ...] | list[str], kind_of: dict[int, str]
              ) -> frozenset[tuple[int, int]]:
    """The year of each numbered act in folded tokens (``kind_of``: the ``number_words``
    kind of each token). An act's number has four to six digits and is no year; its year
    stands within ``ACT_REACH`` words with no other act's number between: before it when an
    Uzbek date word comes between ("2019-yil 20-avgustdagi PF-5785"), else the first after it
    ("UP-5785 of 20 August 2019", "указ 5785 от 2020 года"), else the last before it."""
    acts, years = [], []
    for k, tok in enumerate(toks):
        if not tok.isdigit() or len(tok) > 6:
            continue
        n = int(tok)
        if n in YEARS:
            years.append((k, n))
        elif len(tok) <= 2 and kind_of.get(k + 1) == "year" and (
                n in SHORT_YEARS or kind_of.get(k - 1) == "year_before"):
            years.append((k, 2000 + n))  # "в 20 году"
        elif len(tok) >= 4:
            acts.append((k, n))
    where = [k for k, _n in acts]
    found = set()
    for k, n in acts:
        def free(j: int, at: int = k) -> bool:
            lo, hi = min(j, at), max(j, at)
            return hi - lo <= ACT_REACH and not any(lo < a < hi for a in where)
        before = [(j, y) for j, y in years if j < k and free(j)]
        after = [(j, y) for j, y in years if j > k and free(j)]
        dated = [(j, y) for j, y in before
                 if any(t.endswith(DATE_ENDINGS) for t in toks[j + 1:k])]
        pick = dated[-1:] or after[:1] or before[-1:]
        found |= {(n, y) for _j, y in pick}
    return frozenset(found)


def number_conflict(asked: Numbers, decisive: frozenset[int], own: Numbers,
                    strict: bool = True) -> tuple[list[str], list[str]]:
    """The question's numbers that the entry's contradict, and what the entry gives of
    their kind (``decisive``: the question's numbers that can contradict at all).

    A year against the entry's years; a label against its numbers; a figure against its
    figures, as written ("14.8" is not "14"); a bare number against its numbers too, unless
    ``strict`` is off: then only against an entry with numbered things (labels). Entries are
    ranked strictly ("в 24м": the entry with 2024 first), and a near miss of the best is
    only a lenient one ("pul oʻtkazmalari 11" is no near miss of the 14.8 billion)."""
    bad: list[str] = []
    known: list[str] = []
    whole = own.whole
    own_acts: dict[int, set[int]] = {}
    for n, year in own.acts:
        own_acts.setdefault(n, set()).add(year)
    for n in sorted(asked.years):
        if (n in decisive or n - 2000 in decisive) and n not in own.years:  # "в 23 году"
            bad.append(str(n))
            # the year of an act asked with it is the act's own ("UP-4947 of 2018": 2017,
            # not also the 2021 its Action Strategy runs to: tester19)
            dated = sorted({y for m, of in asked.acts if of == n for y in own_acts.get(m, ())})
            known += [str(y) for y in dated] or [str(y) for y in sorted(own.years)[:3]]
    # An article's or goal's own number is decisive however small ("Article 5"), unless
    # the question also names the entry's own numbered thing: then it is a part of that
    # ("point 3 of decree UP-4947"), a detail, not another thing.
    small = asked.labels if not asked.labels & whole else frozenset()
    for n in sorted(asked.labels | (asked.bare if strict or own.labels else frozenset())):
        # (a bare number may be a short year, «в 22м»; an article's or goal's is none: "article
        # 22" is no 2022 of the Development Strategy's 2022-2026, near18)
        if (n in decisive or n in small) and n not in whole and (
                n in asked.labels or 2000 + n not in own.years):
            bad.append(str(n))
            known += [str(m) for m in sorted(own.labels or own.bare)
                      if len(str(m)) == len(str(n))][:3]
    for n, year in sorted(asked.acts):
        # A named act with another year than its own ("PF-5785 2020 yil"), unless the
        # entry's texts disagree on it or the year is another named act's.
        dated = own_acts.get(n, set())
        if len(dated) == 1 and year not in dated and str(year) not in bad and not any(
                m != n and y == year for m, y in asked.acts):
            bad.append(str(year))
            known += [str(y) for y in sorted(dated)]
    # A whole date that is none of the entry's, though its day or year may be ("Decree of
    # 20 August 2020": UP-5785 is of 20 August 2019, PP-4829 of 15 September 2020), or its
    # day and year with another month ("UP-5785 of 20 September 2019": said as dates then).
    for day, year, month in sorted(asked.dates):
        same = [m for d, y, m in own.dates if (d, y) == (day, year)]
        if not own.dates or any(m == month or not (m and month) for m in same):
            continue
        if same:
            bad.append(f"{day:02d}.{month:02d}.{year}")
            known += [f"{day:02d}.{m:02d}.{year}" for m in sorted(same)][:3]
        elif str(year) not in bad:
            bad.append(str(year))
            known += [str(y) for d, y, _m in sorted(own.dates) if d == day] or [
                str(y) for _d, y, _m in sorted(own.dates)][:3]
    for value, unit in sorted(asked.figures):
        # A figure with its unit is decisive however small ("1 million", «миллион»: near14)
        # against an entry that gives figures in that unit ("at least 300 thousand").
        small = bool(unit) and any(u == unit for _v, u in own.figures)
        if (int(value.split(".")[0]) in decisive or small) and not any(
                v == value and (u == unit or not u or not unit) for v, u in own.figures):
            bad.append(value)
            same = sorted(v for v, u in own.figures if u == unit) or sorted(
                v for v, _u in own.figures)
            known += same[:3]
    return bad, list(dict.fromkeys(known))


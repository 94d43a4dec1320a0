"""Groups of entries a question asks for together (``asks_group:`` in ``phrases.yaml``).

Pure after building. A plural asks for a group ("which decrees", «какие международные
организации»): ``asked_group`` finds it by its longest phrase. One word that several
entries share asks for a group too when it is all a message names ("what is the strategy",
«что за стратегия», "strategiya nima": the Development Strategy's goal 86 or the Action
Strategy's decree): ``group_alone`` finds it by a group's ``alone:`` words, so the message
is offered the group instead of "one word is not enough". A broad subject that no entry owns
is all a question names ("what is Uzbekistan's migration policy": a narrow entry whose
phrasing holds those words, the World Bank's, was answered): ``broad_group`` finds it by a
subject's ``asks_broad:`` phrases, with only its ``beside:`` words ("state", "in general")
around them, and its entries are offered instead of an answer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.phraselists import index
from bot.urgentlists import UrgentLists


class AskedGroups(UrgentLists):
    """The groups of ``asks_group:``: their entries, plural phrases and shared words."""

    def _read_groups(self, raw: Mapping[str, object]) -> None:
        groups = raw.get("asks_group") or {}
        assert isinstance(groups, dict)
        self.asks_group = index([(str(name), str(p)) for name, group in groups.items()
                                 for p in group.get("phrases") or ()])
        """Which group of entries a question asks for in the plural ("which decrees")."""
        self.asks_group_alone = index([(str(name), str(p)) for name, group in groups.items()
                                       for p in group.get("alone") or ()])
        """Which group a word asks for when it is all a message names ("strategy")."""
        broad = raw.get("asks_broad") or {}
        assert isinstance(broad, dict)
        self.asks_broad = index([(str(name), str(p)) for name, subject in broad.items()
                                 for p in subject.get("phrases") or ()])
        """Which broad subject a question names (``broad_group``)."""
        self.broad_beside = index([(str(name), str(p)) for name, subject in broad.items()
                                   for p in subject.get("beside") or ()])
        """Words that may stand beside a broad subject ("state", "in general")."""
        self._broad = {str(name): tuple(map(str, subject.get("entries") or ()))
                       for name, subject in broad.items()}
        self._groups = {str(name): tuple(map(str, group.get("entries") or ()))
                        for name, group in groups.items()}

    def asked_group(self, toks: Sequence[str]) -> tuple[str, ...]:
        """The entries of the group folded tokens ask for in the plural ("which decrees":
        every decree's entry), by its longest phrase; else none."""
        hits = self.asks_group.find(toks)
        if not hits:
            return ()
        return self._groups[max(hits, key=lambda h: h.end - h.start).label]

    def group_alone(self, words: Sequence[str]) -> tuple[str, ...]:
        """The entries of the group whose ``alone:`` word is the one folded content word
        of a message ("strategy", «стратегии», 'strategiyasi'); else none."""
        if len(words) != 1:
            return ()
        hits = self.asks_group_alone.find(words)
        return self._groups[hits[0].label] if hits else ()

    def broad_group(self, words: Sequence[str]) -> tuple[str, ...]:
        """The entries of the broad subject (``asks_broad:``) whose phrase, with only its
        ``beside:`` words around it, is all the folded content ``words`` of a question
        name ("uzbekistan's migration policy", the country set aside by the caller); else
        none."""
        found = self.asks_broad.find(words)
        if not found:
            return ()
        label = found[0].label
        covered = {k for h in (*found, *self.broad_beside.find(words)) if h.label == label
                   for k in range(h.start, h.end)}
        return self._broad[label] if len(covered) == len(words) else ()

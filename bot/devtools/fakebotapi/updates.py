"""Updates: queueing them for getUpdates and building them as Telegram would."""

from __future__ import annotations

import re
import time
from typing import Any

from bot.devtools.fakebotapi.htmlrules import utf16_len
from bot.devtools.fakebotapi.model import clone


class Updates:
    """The update side of :class:`FakeBotAPI` (a mixin: state lives on the server)."""

    # ------------------------------------------------------------------ updates
    def push_update(self, update: dict) -> int:
        """Queue an update for getUpdates; assigns, sets and returns its ``update_id``.

        The update is validated against the spec's Update type (ValueError if invalid)."""
        update = clone(update)
        with self._cond:
            update_id = self._next_update_id
            self._next_update_id += 1
            update["update_id"] = update_id
            errs = self._validator.check_one(update, "Update", "update")
            if errs:
                raise ValueError("invalid update: " + "; ".join(errs))
            self._register_update(update)
            self._updates.append(update)
            self._cond.notify_all()
        return update_id

    def _register_update(self, update: dict) -> None:
        for key in ("message", "edited_message", "channel_post", "edited_channel_post"):
            msg = update.get(key)
            if msg:
                self._remember_chat(msg["chat"])
                self._store_message(msg, edited=key.startswith("edited"))
        cq = update.get("callback_query")
        if cq:
            self._callback_ids.add(cq["id"])
            if cq.get("message"):
                self._remember_chat(cq["message"]["chat"])
        iq = update.get("inline_query")
        if iq:
            self._inline_ids.add(iq["id"])
        pa = update.get("poll_answer")
        if pa and pa["poll_id"] in self.polls:
            poll = self.polls[pa["poll_id"]]
            for oid in pa["option_ids"]:
                poll["options"][oid]["voter_count"] += 1
            if pa["option_ids"]:
                poll["total_voter_count"] += 1
            self._sync_poll_message(pa["poll_id"])

    def _remember_chat(self, chat: dict) -> None:
        self._chats.setdefault(chat["id"], clone(chat))

    # ------------------------------------------------------------------ update builders
    @staticmethod
    def _user(user_id: int, first_name: str, language_code: str | None, username: str | None):
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        return user

    def message(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        chat_type: str = "private",
        language_code: str | None = "en",
        first_name: str = "Ali",
        reply_to_bot: bool = False,
        username: str | None = None,
        chat_title: str = "Hamroh test group",
    ) -> dict:
        """An update with a text message from a user (``update_id`` is set by push_update).

        Entities are computed for a leading ``/command`` (optionally ``@botname``) and for
        ``@mentions``. ``reply_to_bot=True`` replies to the bot's latest message in the chat.
        """
        if chat_type == "private":
            chat_id = user_id if chat_id is None else chat_id
            chat = {"id": chat_id, "type": "private", "first_name": first_name}
            if username:
                chat["username"] = username
        else:
            if chat_id is None:
                raise ValueError("chat_id is required for group chats")
            chat = {"id": chat_id, "type": chat_type, "title": chat_title}
        with self._lock:
            msg: dict[str, Any] = {
                "message_id": self._new_message_id(chat_id),
                "from": self._user(user_id, first_name, language_code, username),
                "chat": chat,
                "date": int(time.time()),
                "text": text,
            }
            if reply_to_bot:
                own = self.sent_messages(chat_id)
                if not own:
                    raise ValueError(f"reply_to_bot: the bot has sent nothing to chat {chat_id}")
                msg["reply_to_message"] = own[-1]
        entities = auto_entities(text)
        if entities:
            msg["entities"] = entities
        return {"message": msg}

    def callback_query(
        self,
        user_id: int,
        data: str,
        message: dict,
        language_code: str | None = "en",
        first_name: str = "Ali",
        username: str | None = None,
    ) -> dict:
        """An update pressing an inline button with ``data`` on a message the bot sent.

        The message is refreshed from the server's current state, and ``data`` must be on
        one of its current buttons (a user can't press a button that isn't there)."""
        chat_id = message["chat"]["id"]
        with self._lock:
            current = self._messages.get(chat_id, {}).get(message["message_id"])
            current = clone(current) if current is not None else clone(message)
        buttons = [
            b.get("callback_data")
            for row in current.get("reply_markup", {}).get("inline_keyboard", [])
            for b in row
        ]
        if data not in buttons:
            raise ValueError(f"message {message['message_id']} has no button {data!r}: {buttons}")
        with self._lock:
            qid = self._unique("cq")
        return {
            "callback_query": {
                "id": qid,
                "from": self._user(user_id, first_name, language_code, username),
                "message": current,
                "chat_instance": f"ci{chat_id}",
                "data": data,
            }
        }

    def keep_old_buttons(self, message: dict, rows: list[list[str]]) -> dict:
        """Give a message the bot sent the inline buttons an earlier release of the bot put
        under it (``rows`` of callback data, each button labelled with its data), as
        Telegram keeps them after the bot is upgraded: ``callback_query`` may then press
        them, though this release builds other data. Returns the message as stored now."""
        chat_id = message["chat"]["id"]
        keyboard = [[{"text": d, "callback_data": d} for d in row] for row in rows]
        with self._lock:
            stored = self._messages.get(chat_id, {}).get(message["message_id"])
            if stored is None:
                raise ValueError(f"the bot sent no message {message['message_id']} to {chat_id}")
            stored["reply_markup"] = {"inline_keyboard": keyboard}
            return clone(stored)

    def inline_query(
        self,
        user_id: int,
        query: str,
        offset: str = "",
        chat_type: str | None = "sender",
        language_code: str | None = "en",
        first_name: str = "Ali",
        username: str | None = None,
    ) -> dict:
        """An inline query update (``query`` up to 256 characters)."""
        if len(query) > 256:
            raise ValueError("InlineQuery.query is at most 256 characters")
        with self._lock:
            qid = self._unique("iq")
        iq: dict[str, Any] = {
            "id": qid,
            "from": self._user(user_id, first_name, language_code, username),
            "query": query,
            "offset": offset,
        }
        if chat_type:
            iq["chat_type"] = chat_type
        return {"inline_query": iq}

    def poll_answer(
        self,
        user_id: int,
        poll_id: str,
        option_ids: list[int],
        first_name: str = "Ali",
        language_code: str | None = "en",
        username: str | None = None,
    ) -> dict:
        """A poll_answer update for a non-anonymous, open poll the bot sent
        (``option_ids=[]`` retracts a vote)."""
        with self._lock:
            poll = self.polls.get(poll_id)
            if poll is None:
                raise ValueError(f"unknown poll {poll_id!r}; known: {sorted(self.polls)}")
            if poll["is_anonymous"]:
                raise ValueError(f"poll {poll_id} is anonymous: Telegram sends no poll_answer")
            if poll["is_closed"]:
                raise ValueError(f"poll {poll_id} is closed: nobody can vote")
            n = len(poll["options"])
            if any(not 0 <= o < n for o in option_ids):
                raise ValueError(f"option_ids {option_ids} out of range for {n} options")
            persistent = [poll["options"][o]["persistent_id"] for o in option_ids]
        return {
            "poll_answer": {
                "poll_id": poll_id,
                "user": self._user(user_id, first_name, language_code, username),
                "option_ids": list(option_ids),
                "option_persistent_ids": persistent,
            }
        }



_COMMAND_RE = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION_RE = re.compile(r"(?<![A-Za-z0-9_])@[A-Za-z0-9_]{5,32}")


def auto_entities(text: str) -> list[dict]:
    """bot_command for a leading /command, mention for @usernames (UTF-16 offsets)."""
    spans: list[tuple[int, int, str]] = []
    m = _COMMAND_RE.match(text)
    if m and (m.end() == len(text) or not text[m.end()].isalnum()):
        spans.append((m.start(), m.end(), "bot_command"))
    for mm in _MENTION_RE.finditer(text):
        if not any(a <= mm.start() < b for a, b, _ in spans):
            spans.append((mm.start(), mm.end(), "mention"))
    spans.sort()
    return [
        {"type": kind, "offset": utf16_len(text[:a]), "length": utf16_len(text[a:b])}
        for a, b, kind in spans
    ]

"""What each implemented Bot API method does to the fake's state."""

from __future__ import annotations

import json
import re
import time
from typing import Any

from bot.devtools.fakebotapi.htmlrules import parse_html
from bot.devtools.fakebotapi.model import (
    NOT_MODIFIED,
    APIError,
    clone,
)


class Methods:
    """The method side of :class:`FakeBotAPI` (a mixin: state lives on the server)."""

    def _store_message(self, msg: dict, edited: bool = False) -> None:
        chat_id = msg["chat"]["id"]
        self._messages.setdefault(chat_id, {})[msg["message_id"]] = clone(msg)
        nxt = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = max(nxt, msg["message_id"] + 1)

    def _new_message_id(self, chat_id: int) -> int:
        mid = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = mid + 1
        return mid

    def _unique(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}{self._counter}{int(time.time() * 1000) % 100000}"

    # ------------------------------------------------------------------ method behaviour
    def _execute(self, method: str, p: dict) -> Any:
        handler = getattr(self, f"_m_{method}", None)
        if handler is not None:
            with self._cond:
                return handler(p)
        if self._methods[method.lower()]["returns"] == ["Boolean"]:
            return True
        raise APIError(400, f"Bad Request: FakeBotAPI does not implement {method}")

    def _m_getMe(self, p: dict) -> dict:  # noqa: N802
        return clone(self.bot_user)

    def _m_logOut(self, p: dict) -> bool:  # noqa: N802
        return True

    def _m_getWebhookInfo(self, p: dict) -> dict:  # noqa: N802
        pending = len(self._updates)
        return {"url": "", "has_custom_certificate": False, "pending_update_count": pending}

    def _m_deleteWebhook(self, p: dict) -> bool:  # noqa: N802
        if p.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _m_getUpdates(self, p: dict) -> list[dict]:  # noqa: N802
        if "allowed_updates" in p:
            self._allowed_updates = list(p["allowed_updates"])
        offset = p.get("offset")
        limit = p.get("limit", 100)
        hold = min(float(p.get("timeout", 0)), self.max_hold_seconds)
        deadline = time.monotonic() + hold
        while True:
            if offset is not None:
                if offset < 0:
                    self._updates[:] = self._updates[offset:]
                else:
                    self._updates[:] = [u for u in self._updates if u["update_id"] >= offset]
            self._drop_disallowed()
            if self._updates or self._stopping:
                break
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            self._cond.wait(remaining)
        return clone(self._updates[:limit])

    def _drop_disallowed(self) -> None:
        not_by_default = ("update_id", "chat_member", "message_reaction", "message_reaction_count")
        update_fields = [f["name"] for f in self.spec["types"]["Update"]["fields"]]
        allowed = set(self._allowed_updates) or set(update_fields) - set(not_by_default)
        kept = []
        for u in self._updates:
            kind = next(k for k in u if k != "update_id")
            if kind in allowed:
                kept.append(u)
            else:
                self.errors.append(
                    f"getUpdates: update {u['update_id']} ({kind}) dropped: not in allowed_updates"
                )
        self._updates[:] = kept

    @staticmethod
    def _commands_key(p: dict) -> tuple[str, str]:
        scope = json.dumps(p.get("scope", {"type": "default"}), sort_keys=True)
        return scope, p.get("language_code", "")

    def _m_setMyCommands(self, p: dict) -> bool:  # noqa: N802
        key = self._commands_key(p)
        self.commands[key] = clone(p["commands"])
        return True

    def _m_deleteMyCommands(self, p: dict) -> bool:  # noqa: N802
        key = self._commands_key(p)
        self.commands.pop(key, None)
        return True

    def _m_getMyCommands(self, p: dict) -> list[dict]:  # noqa: N802
        key = self._commands_key(p)
        return clone(self.commands.get(key, []))

    def _m_setMyDescription(self, p: dict) -> bool:  # noqa: N802
        self.descriptions[("description", p.get("language_code", ""))] = p.get("description", "")
        return True

    def _m_getMyDescription(self, p: dict) -> dict:  # noqa: N802
        lang = p.get("language_code", "")
        return {"description": self.descriptions.get(("description", lang), "")}

    def _m_setMyShortDescription(self, p: dict) -> bool:  # noqa: N802
        lang = p.get("language_code", "")
        self.descriptions[("short_description", lang)] = p.get("short_description", "")
        return True

    def _m_getMyShortDescription(self, p: dict) -> dict:  # noqa: N802
        lang = p.get("language_code", "")
        return {"short_description": self.descriptions.get(("short_description", lang), "")}

    def _m_setMyName(self, p: dict) -> bool:  # noqa: N802
        self.descriptions[("name", p.get("language_code", ""))] = p.get("name", "")
        return True

    def _m_getMyName(self, p: dict) -> dict:  # noqa: N802
        return {"name": self.descriptions.get(("name", p.get("language_code", "")), "Hamroh")}

    def _chat_for(self, chat_id: int | str) -> dict:
        if isinstance(chat_id, str):
            if re.fullmatch(r"-?\d+", chat_id):
                chat_id = int(chat_id)
            elif chat_id.startswith("@") and len(chat_id) > 1:
                fresh = -1001000000000 - len(self._usernames)
                cid = self._usernames.setdefault(chat_id.lower(), fresh)
                chat = {"id": cid, "type": "channel", "title": chat_id[1:], "username": chat_id[1:]}
                self._chats.setdefault(cid, chat)
                return clone(self._chats[cid])
            else:
                raise APIError(400, "Bad Request: chat not found")
        if chat_id not in self._chats:
            if chat_id > 0:
                self._chats[chat_id] = {"id": chat_id, "type": "private", "first_name": "User"}
            else:
                kind = "supergroup" if str(chat_id).startswith("-100") else "group"
                self._chats[chat_id] = {"id": chat_id, "type": kind, "title": "Group"}
        return clone(self._chats[chat_id])

    def _find_message(self, p: dict, what: str) -> dict:
        chat = self._chat_for(p["chat_id"])
        msg = self._messages.get(chat["id"], {}).get(p["message_id"])
        if msg is None:
            raise APIError(400, f"Bad Request: message to {what} not found")
        return msg

    def _new_bot_message(self, p: dict) -> dict:
        chat = self._chat_for(p["chat_id"])
        msg: dict[str, Any] = {
            "message_id": self._new_message_id(chat["id"]),
            "from": clone(self.bot_user),
            "chat": chat,
            "date": int(time.time()),
        }
        rp = p.get("reply_parameters")
        if rp:
            target_chat = self._chat_for(rp.get("chat_id", chat["id"]))["id"]
            replied = self._messages.get(target_chat, {}).get(rp["message_id"])
            if replied is not None:
                replied = clone(replied)
                replied.pop("reply_to_message", None)
                msg["reply_to_message"] = replied
            elif not rp.get("allow_sending_without_reply"):
                raise APIError(400, "Bad Request: message to be replied not found")
        if "message_thread_id" in p:
            msg["message_thread_id"] = p["message_thread_id"]
        return msg

    @staticmethod
    def _text_and_entities(p: dict, text_key: str, mode_key: str, ent_key: str) -> tuple[str, list]:
        text = p[text_key]
        if str(p.get(mode_key, "")).lower() == "html":
            return parse_html(text)
        return text, list(p.get(ent_key, []))

    @staticmethod
    def _inline_markup(p: dict) -> dict | None:
        rm = p.get("reply_markup")
        if isinstance(rm, dict) and rm.get("inline_keyboard"):
            return clone(rm)
        return None

    def _m_sendMessage(self, p: dict) -> dict:  # noqa: N802
        msg = self._new_bot_message(p)
        msg["text"], entities = self._text_and_entities(p, "text", "parse_mode", "entities")
        if entities:
            msg["entities"] = entities
        if "link_preview_options" in p:
            msg["link_preview_options"] = clone(p["link_preview_options"])
        markup = self._inline_markup(p)
        if markup:
            msg["reply_markup"] = markup
        self._store_message(msg)
        return clone(msg)

    def _m_editMessageText(self, p: dict) -> dict | bool:  # noqa: N802
        if "inline_message_id" in p:
            return True
        msg = self._find_message(p, "edit")
        if "text" not in msg:
            raise APIError(400, "Bad Request: there is no text in the message to edit")
        text, entities = self._text_and_entities(p, "text", "parse_mode", "entities")
        markup = self._inline_markup(p)
        if (
            msg["text"] == text
            and msg.get("entities", []) == entities
            and msg.get("reply_markup") == markup
        ):
            raise APIError(400, NOT_MODIFIED, record=False)
        msg["text"] = text
        msg.pop("entities", None)
        if entities:
            msg["entities"] = entities
        msg.pop("reply_markup", None)
        if markup:
            msg["reply_markup"] = markup
        msg["edit_date"] = int(time.time())
        return clone(msg)

    def _m_editMessageReplyMarkup(self, p: dict) -> dict | bool:  # noqa: N802
        if "inline_message_id" in p:
            return True
        msg = self._find_message(p, "edit")
        markup = self._inline_markup(p)
        if msg.get("reply_markup") == markup:
            raise APIError(400, NOT_MODIFIED, record=False)
        msg.pop("reply_markup", None)
        if markup:
            msg["reply_markup"] = markup
        msg["edit_date"] = int(time.time())
        return clone(msg)

    def _m_deleteMessage(self, p: dict) -> bool:  # noqa: N802
        msg = self._find_message(p, "delete")
        del self._messages[msg["chat"]["id"]][msg["message_id"]]
        return True

    def _m_deleteMessages(self, p: dict) -> bool:  # noqa: N802
        chat = self._chat_for(p["chat_id"])
        for mid in p["message_ids"]:
            self._messages.get(chat["id"], {}).pop(mid, None)
        return True

    def _m_sendChatAction(self, p: dict) -> bool:  # noqa: N802
        self._chat_for(p["chat_id"])
        return True

    def _m_answerCallbackQuery(self, p: dict) -> bool:  # noqa: N802
        if p["callback_query_id"] not in self._callback_ids:
            raise APIError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        return True

    def _m_answerInlineQuery(self, p: dict) -> bool:  # noqa: N802
        if p["inline_query_id"] not in self._inline_ids:
            raise APIError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        return True

    def _m_sendPoll(self, p: dict) -> dict:  # noqa: N802
        msg = self._new_bot_message(p)
        ptype = p.get("type", "regular")
        question, q_entities = self._text_and_entities(
            p, "question", "question_parse_mode", "question_entities"
        )
        poll_id = self._unique("5")
        options = []
        for k, opt in enumerate(p["options"]):
            text, ents = self._text_and_entities(opt, "text", "text_parse_mode", "text_entities")
            option: dict[str, Any] = {
                "persistent_id": f"{poll_id}o{k}",
                "text": text,
                "voter_count": 0,
            }
            if ents:
                option["text_entities"] = ents
            options.append(option)
        poll: dict[str, Any] = {
            "id": poll_id,
            "question": question,
            "options": options,
            "total_voter_count": 0,
            "is_closed": bool(p.get("is_closed", False)),
            "is_anonymous": p.get("is_anonymous", True),
            "type": ptype,
            "allows_multiple_answers": p.get("allows_multiple_answers", False),
            "allows_revoting": p.get("allows_revoting", ptype != "quiz"),
            "members_only": p.get("members_only", False),
        }
        if q_entities:
            poll["question_entities"] = q_entities
        if ptype == "quiz":
            poll["correct_option_ids"] = list(p["correct_option_ids"])
        if "explanation" in p:
            poll["explanation"], ents = self._text_and_entities(
                p, "explanation", "explanation_parse_mode", "explanation_entities"
            )
            if ents:
                poll["explanation_entities"] = ents
        if "description" in p:
            poll["description"], ents = self._text_and_entities(
                p, "description", "description_parse_mode", "description_entities"
            )
            if ents:
                poll["description_entities"] = ents
        for key in ("open_period", "close_date", "country_codes"):
            if key in p:
                poll[key] = clone(p[key])
        msg["poll"] = poll
        markup = self._inline_markup(p)
        if markup:
            msg["reply_markup"] = markup
        self._store_message(msg)
        self.polls[poll_id] = clone(poll)
        self._poll_location[poll_id] = (msg["chat"]["id"], msg["message_id"])
        return clone(msg)

    def _sync_poll_message(self, poll_id: str) -> None:
        chat_id, mid = self._poll_location[poll_id]
        msg = self._messages.get(chat_id, {}).get(mid)
        if msg is not None:
            msg["poll"] = clone(self.polls[poll_id])

    def _m_stopPoll(self, p: dict) -> dict:  # noqa: N802
        msg = self._find_message(p, "stop")
        if "poll" not in msg:
            raise APIError(400, "Bad Request: message with poll to stop not found")
        poll = self.polls[msg["poll"]["id"]]
        if poll["is_closed"]:
            raise APIError(400, "Bad Request: poll has already been closed")
        poll["is_closed"] = True
        self._sync_poll_message(poll["id"])
        if "reply_markup" in p:
            msg.pop("reply_markup", None)
            markup = self._inline_markup(p)
            if markup:
                msg["reply_markup"] = markup
        return clone(poll)


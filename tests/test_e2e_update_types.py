"""Every kind of update gets a sensible reply or is ignored quietly: one of each."""

from __future__ import annotations

import html
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.i18n import translator
from bot.telegram import handlers as h
from bot.wording import GREETING
from tests.e2e_harness import Harness, running
from tests.test_e2e_never_silent import assert_ignored, no_errors  # noqa: F401

pytestmark = pytest.mark.e2e

USER = 4001
GROUP = -100400
FILE = {"file_id": "f1", "file_unique_id": "u1"}


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async for harness in running(tmp_path):
        yield harness


def private(bot: Harness, **content: object) -> dict:
    """A private message from USER with ``content`` instead of text."""
    message = bot.api.message(USER, "x")["message"]
    del message["text"]
    return {"message": {**message, **content}}


def in_group(bot: Harness, **content: object) -> dict:
    message = bot.api.message(USER, "x", chat_id=GROUP, chat_type="supergroup")["message"]
    del message["text"]
    return {"message": {**message, **content}}


def channel_post(bot: Harness, key: str = "channel_post") -> dict:
    chat = {"id": -100500, "type": "channel", "title": "News"}
    return {key: {"message_id": 7, "date": int(time.time()), "chat": chat, "sender_chat": chat,
                  "text": "what is the schengen agreement"}}


def membership(bot: Harness, old: str, new: str) -> dict:
    group = {"id": GROUP, "type": "supergroup", "title": "Migrants"}
    user = {"id": USER, "is_bot": False, "first_name": "Ali", "language_code": "ru"}
    return {"my_chat_member": {
        "chat": group, "from": user, "date": int(time.time()),
        "old_chat_member": {"status": old, "user": bot.api.bot_user}
        | ({"until_date": 0} if old == "kicked" else {}),
        "new_chat_member": {"status": new, "user": bot.api.bot_user}
        | ({"until_date": 0} if new == "kicked" else {})
        | (ADMIN if new == "administrator" else {})}}


def edited(bot: Harness) -> dict:
    message = bot.api.message(USER, "what is the schengen agreement")["message"]
    return {"edited_message": {**message, "edit_date": message["date"] + 1}}


NO_TEXT = translator("en")(h.NO_TEXT)
HELLO_EN = html.escape(translator("en")(GREETING))
HELLO_RU = translator("ru")(h.GROUP_HELLO).format(bot="@hamroh_test_bot")
ADMIN = dict.fromkeys(
    ("can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages",
     "can_manage_video_chats", "can_restrict_members", "can_promote_members", "can_change_info",
     "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories"), False)

# (name, update, the reply's chat and text; None: ignored quietly)
UPDATES: list[tuple[str, Callable[[Harness], dict], tuple[int, str] | None]] = [
    ("sticker", lambda b: private(b, sticker={**FILE, "type": "regular", "width": 512,
                                              "height": 512, "is_animated": False,
                                              "is_video": False}), (USER, NO_TEXT)),
    ("photo", lambda b: private(b, photo=[{**FILE, "width": 90, "height": 90}]),
     (USER, NO_TEXT)),
    # A caption is the question (a screenshot sent with it): answered like a text message.
    ("photo with caption", lambda b: private(b, photo=[{**FILE, "width": 9, "height": 9}],
                                            caption="hello"), (USER, HELLO_EN)),
    ("voice", lambda b: private(b, voice={**FILE, "duration": 3}), (USER, NO_TEXT)),
    ("location", lambda b: private(b, location={"latitude": 41.3, "longitude": 69.2}),
     (USER, NO_TEXT)),
    ("photo in a group", lambda b: in_group(b, photo=[{**FILE, "width": 9, "height": 9}]),
     None),
    ("member joined a group", lambda b: in_group(b, new_chat_members=[
        {"id": 4002, "is_bot": False, "first_name": "Vali"}]), None),
    ("edited message", edited, None),
    ("channel post", channel_post, None),
    ("edited channel post", lambda b: channel_post(b, "edited_channel_post"), None),
    ("bot added to a group", lambda b: membership(b, "left", "member"), (GROUP, HELLO_RU)),
    ("bot made admin", lambda b: membership(b, "member", "administrator"), None),
    ("bot removed from a group", lambda b: membership(b, "member", "left"), None),
    ("bot blocked in private", lambda b: {"my_chat_member": {
        **membership(b, "member", "kicked")["my_chat_member"],
        "chat": {"id": USER, "type": "private", "first_name": "Ali"}}}, None),
    ("chosen inline result", lambda b: {"chosen_inline_result": {
        "result_id": "coop-schengen", "query": "schengen",
        "from": {"id": USER, "is_bot": False, "first_name": "Ali"}}}, None),
    ("reaction", lambda b: {"message_reaction": {
        "chat": {"id": USER, "type": "private", "first_name": "Ali"}, "message_id": 1,
        "date": int(time.time()), "user": {"id": USER, "is_bot": False, "first_name": "Ali"},
        "old_reaction": [], "new_reaction": [{"type": "emoji", "emoji": "👍"}]}}, None),
]


@pytest.mark.parametrize(("name", "make", "expected"), UPDATES, ids=[u[0] for u in UPDATES])
async def test_every_update_type_is_answered_or_ignored(
        bot: Harness, no_errors: None, name: str, make: Callable[[Harness], dict],  # noqa: F811
        expected: tuple[int, str] | None) -> None:
    if expected is None:
        await assert_ignored(bot, make(bot))
        return
    chat, text = expected
    mark = bot.api.mark()
    bot.api.push_update(make(bot))
    reply = await bot.api.wait_for("sendMessage", lambda p: p["chat_id"] == chat, after=mark)
    assert reply.params["text"] == text

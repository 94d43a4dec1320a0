"""A validating fake Telegram Bot API server, for end-to-end tests and ``bench --e2e``.

Standard library only: a :class:`http.server.ThreadingHTTPServer` on 127.0.0.1 runs in a
background thread, so it lives happily beside python-telegram-bot's asyncio loop.

Every request is checked against the machine-readable Bot API spec in
``../shared/telegram-bot-api/`` (beside the checkout) (``api-<major>.<minor>.json`` matching
``telegram.constants.BOT_API_VERSION_INFO``, else ``api.json``; another folder can be passed
as ``FakeBotAPI(spec_dir=...)``): method name, parameter names, required
parameters, types (recursively, including unions, ``Array of X`` and abstract types with
subtypes), the documented limits (text lengths after HTML parsing, callback_data bytes, poll
rules, inline results, bot commands ...) and Telegram's HTML parse mode.

A failed check is recorded in :attr:`FakeBotAPI.errors` and answered like Telegram would
(400 ``Bad Request: ...``), so PTB raises ``telegram.error.BadRequest``.

The package is split by job: ``spec`` (finding and loading the spec, type checks),
``htmlrules`` (Telegram's HTML parse mode), ``limits`` (documented limits), ``methods`` (what
each method does), ``updates`` (queueing and building updates), ``faults`` (injected faults),
``decode`` (request bodies and fields), ``transport`` (HTTP plumbing) and ``server``
(lifecycle, dispatch, assertions).

Typical use::

    with FakeBotAPI() as api:
        app = (ApplicationBuilder().token(api.token).base_url(api.base_url)
               .base_file_url(api.base_file_url).build())
        ...
        api.push_update(api.message(42, "/start"))
        call = await api.wait_for("sendMessage", lambda p: p["chat_id"] == 42)
        api.assert_clean()

Public API (everything else is private):

* ``FakeBotAPI(token=..., spec_dir=None, bot_username=..., rtt=0.0, faults=None,
  keep_alive=False)``; ``rtt`` adds that many seconds to every call (half each way), like a
  server far from Telegram; ``keep_alive`` keeps HTTP/1.1 connections open between calls
  (``stop()`` closes them); ``start()``, ``stop()``,
  context manager; ``token``, ``base_url``, ``base_file_url``, ``bot_user``, ``spec_version``.
* ``push_update(update) -> update_id``; builders ``message()``, ``callback_query()``,
  ``inline_query()``, ``poll_answer()`` returning update dicts (without ``update_id``).
* ``requests: list[Call]``, ``errors: list[str]``, ``assert_clean()``, ``mark()``,
  ``async wait_for(method, predicate, timeout, after) -> Call``.
* ``sent_messages(chat_id)``, ``polls``, ``commands``, ``descriptions``.
* ``keep_old_buttons(message, rows)`` gives a message the bot sent the buttons an earlier
  release put on it (rows of callback data), so ``callback_query()`` may press them.
* ``inject_error(method, error_code, description, retry_after=None, times=1)`` to make the
  next call(s) of a method fail like Telegram does (e.g. 403 when a user blocked the bot).
  Injected failures are not validation errors and are not recorded in ``errors``.
* ``add_fault(Fault.too_many_requests | server_error | bad_gateway | late | dropped |
  conflict(...))`` fails a share of the calls of a method (optionally of one chat) with a 429,
  a 5xx, a proxy's HTML page, a late answer (delivered or not), a dropped connection or a 409
  on getUpdates; ``clear_faults()``. Faulted calls carry ``Call.fault`` (see ``faults``).

What counts as an error in ``errors``: any request the fake answers with ``ok: false``, except
injected failures and Telegram's benign "message is not modified" answer.

Notes:

* Unknown methods get Telegram's 404 "Not Found" (PTB raises ``InvalidToken``, or
  ``EndPointNotFound`` from ``do_api_request``); a wrong token gets 401 "Unauthorized".
* Implemented: getMe, getUpdates, (delete|set)Webhook, getWebhookInfo, logOut,
  (set|get|delete)MyCommands, (set|get)My(Short)Description, (set|get)MyName, sendMessage,
  editMessageText, editMessageReplyMarkup, deleteMessage(s), sendChatAction, sendPoll, stopPoll,
  answerCallbackQuery, answerInlineQuery. Other methods returning only Boolean answer True
  after validation; any other method is answered 400 "FakeBotAPI does not implement ...".
* Every result is itself checked against the spec's return type before it is sent.
* getUpdates holds a long-poll for at most ``max_hold_seconds`` (1 s) so shutdown is fast.
  Updates excluded by ``allowed_updates`` are dropped and reported in ``errors``.
* Lengths are counted in code points. MarkdownV2/Markdown text is not parsed (its raw length
  is checked); HTML is parsed strictly, following the documented rules.
* The ``Update`` builders raise ValueError for things Telegram can't produce (pressing a
  button that isn't on the message, voting in an anonymous or closed poll, ...).
"""

from __future__ import annotations

from bot.devtools.fakebotapi.htmlrules import HTMLParseError, parse_html
from bot.devtools.fakebotapi.model import Call, Upload
from bot.devtools.fakebotapi.server import FakeBotAPI
from bot.devtools.fakebotapi.spec import load_spec

__all__ = ["Call", "FakeBotAPI", "HTMLParseError", "Upload", "load_spec", "parse_html"]

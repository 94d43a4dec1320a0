"""Build the python-telegram-bot Application: services, handler table, commands, run."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import secrets
from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

from telegram import BotCommand, Update
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    PollAnswerHandler,
    TypeHandler,
    filters,
)

from bot import collector, redact, usage
from bot.collector import YOUNG_OBJECTS
from bot.config import ConfigError, Settings
from bot.health import Heartbeat
from bot.i18n import CATALOG_LANGS, translator
from bot.journal import Journal
from bot.services import Services
from bot.telegram import admin_handlers as admin
from bot.telegram import callbacks as cbs
from bot.telegram import errors, webhook
from bot.telegram import handlers as h
from bot.telegram import question_handlers as qh
from bot.telegram import quiz_handlers as q
from bot.telegram.delivery import Delivery, requests
from bot.telegram.heartbeat import WEBHOOK_EVERY, BeatingRequest, check_webhook
from bot.telegram.journaling import JournalQueue, replay
from bot.telegram.ordering import ChatOrderedProcessor
from bot.telegram.questionlog import KEY as QUESTIONS
from bot.telegram.questionlog import QuestionLog
from bot.telegram.rendered import RENDERED, Rendered
from bot.telegram.updatelog import KEY, UpdateLog

log = logging.getLogger(__name__)

GC_THRESHOLD = "gc threshold"
"""Where ``post_init`` keeps the collector's thresholds, given back at shutdown."""

TOKEN_REJECTED = ("TELEGRAM_BOT_TOKEN was rejected by Telegram (revoked or mistyped), so the "
                  "bot stopped: copy the current token from @BotFather.")


def setup_logging(settings: Settings) -> None:
    """Log to stderr at LOG_LEVEL; request URLs (which hold the token) never reach it."""
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        level=settings.log_level)
    # httpx logs every request URL at INFO, and the URL contains the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # Every record of every library is cleaned of the token and the webhook secret.
    redact.protect(settings.token, settings.webhook_secret)
    redact.install()
    # A rejected token is reported once, as one sentence, by run(): not with PTB's traceback.
    logging.getLogger("telegram.ext").addFilter(_not_invalid_token)


def _not_invalid_token(record: logging.LogRecord) -> bool:
    return not (record.exc_info and isinstance(record.exc_info[1], InvalidToken))


def register_handlers(app: Application) -> None:
    """The handler table, in order. Catch-alls last, the error handler last of all."""
    # Every update is timed and logged in one line (bot/telegram/updatelog.py).
    if KEY in app.bot_data:
        app.add_handler(TypeHandler(Update, app.bot_data[KEY].start), group=-3)
    # Guards first: edits and channel posts are dropped; users who write too fast are stopped.
    app.add_handler(TypeHandler(Update, h.skip_unwanted), group=-2)
    app.add_handler(TypeHandler(Update, h.flood_guard), group=-1)

    # Commands.
    app.add_handler(CommandHandler("start", h.start))
    app.add_handler(CommandHandler("help", h.help_command))
    app.add_handler(CommandHandler("about", h.about))
    app.add_handler(CommandHandler("lang", h.lang_command))
    app.add_handler(CommandHandler("forget", h.forget))
    app.add_handler(CommandHandler("topics", h.topics))
    app.add_handler(CommandHandler("reload", h.reload))
    app.add_handler(CommandHandler("admin_report", admin.admin_report))
    app.add_handler(CommandHandler("admin_stats", admin.admin_stats))

    # Quizzes: commands, their buttons, the answers to quiz polls.
    app.add_handler(CommandHandler("quiz", q.quiz))
    app.add_handler(CommandHandler("review", q.review))
    app.add_handler(CommandHandler("stats", q.stats))
    app.add_handler(CommandHandler("stop", q.stop))
    app.add_handler(CallbackQueryHandler(q.quiz_button, pattern=cbs.pattern(*cbs.QUIZ_KINDS)))
    app.add_handler(PollAnswerHandler(q.poll_answer))

    # Every other button, inline mode.
    app.add_handler(CallbackQueryHandler(h.button))
    app.add_handler(InlineQueryHandler(h.inline_query))

    # Questions: any text that is not a command, and in private chats a caption (a
    # screenshot sent with its question); a nudge for a private message without words.
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND
                                   | filters.ChatType.PRIVATE & filters.CAPTION, qh.question))
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & ~filters.TEXT & ~filters.COMMAND
                                   & ~filters.StatusUpdate.ALL, qh.not_text))
    # A command no handler above took, in a private chat: its words as a question, else help.
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.COMMAND,
                                   qh.unknown_command))
    # Added to a group: say how to ask. Every other update type is ignored quietly.
    app.add_handler(ChatMemberHandler(h.my_membership, ChatMemberHandler.MY_CHAT_MEMBER))

    app.add_error_handler(errors.error_handler)
    if KEY in app.bot_data:
        app.bot_data[KEY].commands.update(
            name for handlers in app.handlers.values() for handler in handlers
            if isinstance(handler, CommandHandler) for name in handler.commands)


async def publish_menu(app: Application) -> None:
    """Publishes the command menu and descriptions in every language, all calls at once."""

    async def publish(method: str, call, value: object, lang: str | None) -> None:  # noqa: ANN001
        try:
            await call(value, language_code=lang)
        except TelegramError as exc:
            # The menu and descriptions are a nicety: the bot answers without them.
            log.warning("%s (language %s) failed, going on: %s", method, lang or "default", exc)

    calls = []
    for lang in (None, *CATALOG_LANGS):
        _ = translator(lang or "en")
        commands = [BotCommand(name, _(desc)) for name, desc in h.COMMANDS]
        calls += [publish("setMyCommands", app.bot.set_my_commands, commands, lang),
                  publish("setMyDescription", app.bot.set_my_description, _(h.DESCRIPTION),
                          lang),
                  publish("setMyShortDescription", app.bot.set_my_short_description,
                          _(h.SHORT_DESCRIPTION), lang)]
    await asyncio.gather(*calls)


async def purge_old(app: Application) -> None:
    """Deletes users' questions and votes older than RETENTION_DAYS."""
    services: Services = app.bot_data["services"]
    removed = await services.store.call(usage.purge, services.store,
                                        services.settings.retention_days)
    if removed:
        log.info("purged %d questions and votes older than %d days", removed,
                 services.settings.retention_days)


async def _daily_purge(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs the retention purge once a day."""
    await purge_old(context.application)


async def post_init(app: Application) -> None:
    """Handles what a crash left unhandled; resumes quizzes; publishes the menu in the
    background (``bot_data["menu"]``), so a slow link to Telegram does not hold back the
    first answer."""
    await replay(app)
    await purge_old(app)
    if app.job_queue is not None:
        app.job_queue.run_repeating(_daily_purge, interval=usage.DAY, first=usage.DAY,
                                    name="purge")
    settings: Settings = app.bot_data["services"].settings
    if settings.webhook_url and app.job_queue is not None and "heartbeat" in app.bot_data:
        app.job_queue.run_repeating(check_webhook, interval=WEBHOOK_EVERY, first=1.0,
                                    data=(settings.webhook_url, app.bot_data["heartbeat"]),
                                    name="heartbeat")
    app.bot_data["menu"] = asyncio.create_task(publish_menu(app), name="publish menu")
    await q.resume_quizzes(app)
    # The commonest replies' messages are built before the first question, and kept as
    # long as the knowledge base (~0.06 s on the shipped base).
    app.bot_data[RENDERED].prepare(app.bot_data["services"].answerer)
    # What start-up built (knowledge base, index, python-telegram-bot) lives as long as the
    # process: frozen, the cyclic garbage collector stops walking it at every full
    # collection (~110,000 objects; the collector took ~10% of the CPU per update).
    # Start-up leaves no cyclic garbage to freeze with them (a gc.collect() here finds 0).
    collector.freeze()
    collect_less(app)


def collect_less(app: Application) -> None:
    """The cycle collector runs after YOUNG_OBJECTS new objects while ``app`` runs (in
    ``post_init``; ``collect_as_before`` at shutdown gives back the thresholds). Process-wide
    like ``gc.freeze``: ``bench --e2e``'s floor sets it too, so the ratio is not the
    collector's."""
    app.bot_data[GC_THRESHOLD] = gc.get_threshold()
    gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])


def collect_as_before(app: Application) -> None:
    """Gives the cycle collector back the thresholds ``collect_less`` found."""
    if GC_THRESHOLD in app.bot_data:
        gc.set_threshold(*app.bot_data.pop(GC_THRESHOLD))


async def post_shutdown(app: Application) -> None:
    """Stops publishing the menu if it is still going; closes the journal and database;
    gives the cycle collector back its thresholds."""
    collect_as_before(app)
    menu: asyncio.Task | None = app.bot_data.get("menu")
    if menu is not None and not menu.done():
        menu.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await menu
    if isinstance(app.update_queue, JournalQueue):
        await app.update_queue.close()
    services: Services | None = app.bot_data.get("services")
    if services is not None:
        services.store.close()


def application_builder(settings: Settings, journal: JournalQueue | None = None
                        ) -> ApplicationBuilder:
    """Token, API server, request pools, concurrency and delivery policy: what the bot and
    ``bench --e2e``'s floor (a one-handler bot) share. With a ``journal``, every update is
    journaled before it is confirmed and marked once handled."""
    calls, polls = requests(settings.send_timeout)
    processor = ChatOrderedProcessor(on_done=journal.handled if journal is not None else None)
    builder = (ApplicationBuilder().token(settings.require_token())
               # Many chats at once, each in order; every call through our delivery policy.
               .concurrent_updates(processor)
               .rate_limiter(Delivery(throttle=settings.rate_limit))
               .request(calls).get_updates_request(polls))
    if journal is not None:
        builder = builder.update_queue(journal)
    if settings.api_base_url:
        base = settings.api_base_url.rstrip("/")
        builder = builder.base_url(base).base_file_url(base.replace("/bot", "/file/bot", 1))
    return builder


def build_application(settings: Settings, services: Services | None = None) -> Application:
    """The Application with its services in ``bot_data``; nothing is sent until it runs."""
    settings.require_token()
    services = services or Services.build(settings)
    # The journal and the store share the store's one thread: SQLite stays off the loop.
    journal = JournalQueue(Journal(services.store.path), run=services.store.call,
                           post=services.store.post)
    heartbeat = Heartbeat(services.store, off_loop=True)
    updatelog = UpdateLog(set(), beat=heartbeat)
    app = (application_builder(settings, journal)
           .get_updates_request(BeatingRequest(heartbeat, journal.bodies,
                                                connection_pool_size=1))
           .post_init(post_init).post_shutdown(post_shutdown).build())
    app.bot_data.update(services=services, heartbeat=heartbeat,
                        **{KEY: updatelog, RENDERED: Rendered(),
                           QUESTIONS: QuestionLog(services.store)})
    processor = app.update_processor
    if isinstance(processor, ChatOrderedProcessor):  # one log line once each update is done
        processor.on_done = _both(processor.on_done, updatelog.done)
    register_handlers(app)
    return app


def _both(first, second):  # noqa: ANN001, ANN202
    """An ``on_done`` that awaits both callbacks (the journal's, then the log line's)."""
    if first is None:
        return second

    async def both(update: object) -> None:
        await first(update)
        await second(update)

    return both


def webhook_options(settings: Settings) -> dict[str, object]:
    """Where the webhook server listens, the URL Telegram calls, and the secret.

    Without WEBHOOK_SECRET a random secret is made: Telegram then sends it with every
    update and the webhook server (bot/telegram/webhook.py) rejects requests that lack it.
    """
    secret = settings.webhook_secret or secrets.token_urlsafe(32)
    redact.protect(secret)
    return {
        "listen": "0.0.0.0",
        "port": settings.port,
        "url_path": urlparse(settings.webhook_url or "").path.lstrip("/"),
        "webhook_url": settings.webhook_url,
        "secret_token": secret,
        "allowed_updates": Update.ALL_TYPES,
    }


def run(settings: Settings, watch: Callable[[Settings, Callable[[], list]], Any] | None = None
        ) -> None:
    """Run the bot: long polling, or a webhook when WEBHOOK_URL is set.

    Args:
        watch: with ``--watch``, makes the watcher that reloads the services' knowledge base
            when a file changes (``bot.cli._watcher``).

    Raises:
        ConfigError: when Telegram rejects the token (one sentence, no part of the token).
    """
    setup_logging(settings)
    app = build_application(settings)
    if watch is not None:
        watch(settings, app.bot_data["services"].reload).start()
    try:
        if settings.webhook_url:
            log.info("starting webhook on port %d", settings.port)
            options = webhook_options(settings)
            asyncio.run(webhook.serve(app, webhook.server(app, settings, options), options))
        else:
            log.info("starting long polling")
            app.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken:
        raise ConfigError(TOKEN_REJECTED) from None

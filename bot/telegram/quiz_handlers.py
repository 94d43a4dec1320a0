"""Quiz delivery on Telegram: quiz polls, their answers and timeouts. Logic is in bot.quiz."""

from __future__ import annotations

import html
import logging
import time

from telegram import Update
from telegram.constants import ChatType, PollType
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes, JobQueue

from bot.i18n import N_, translator
from bot.quiz import (
    ALL,
    LENGTHS,
    QuizRunner,
    leaderboard,
    summary_lines,
    topic_title,
    user_stats,
)
from bot.quizstore import BoxRow, SessionRow
from bot.services import Services
from bot.store import Store
from bot.telegram import keyboards as kbd
from bot.telegram.handlers import OUTDATED, read_button, services, ui_lang
from bot.telegram.quizlock import QuizLock

log = logging.getLogger(__name__)

CHOOSE_TOPIC = N_("Quiz: choose a topic.")
CHOOSE_LENGTH = N_("{topic}: how many questions?")
STARTING = N_("{topic}: {n} questions. Each stays open for {seconds} seconds. Good luck!")
ALREADY = N_("A quiz is already running here. Answer it, or send /stop to end it.")
NOTHING_DUE = N_("Nothing to review now: you have no missed questions waiting. "
                 "Take a /quiz instead.")
NO_QUIZ = N_("No quiz is running here.")
NOT_SENT = N_("Telegram did not accept the next question, so this quiz has ended. "
              "Send /quiz or /review to start again.")
NOT_YOURS = N_("Only the person who started this quiz can stop it.")
BOARD = N_("Quiz over. Results:")
NOBODY = N_("Nobody answered.")
PLAYER = N_("Player {n}")
STATS = N_("Quizzes taken: {quizzes}. Answers: {answered}, right: {right} ({percent}%). "
           "Learnt for good: {learnt}. Streak: {streak} days.")
STATS_NONE = N_("You have not taken a quiz yet. Send /quiz to start.")
STATS_TOPIC = N_("{topic}: {right} of {answered}")


def runner(context: ContextTypes.DEFAULT_TYPE | Application) -> QuizRunner:
    app = context if isinstance(context, Application) else context.application
    s: Services = app.bot_data["services"]
    return QuizRunner(s.kb, s.store)


def quiz_lock(app: Application) -> QuizLock:
    """The lock between sending polls and answers to unknown polls (bot/telegram/quizlock.py)."""
    lock = app.bot_data.get("quiz_lock")
    if lock is None:
        lock = app.bot_data["quiz_lock"] = QuizLock()
    return lock


def _names(app: Application, session_id: int) -> dict[int, str]:
    """First names of group players, kept in memory only (never stored)."""
    return app.bot_data.setdefault("quiz_names", {}).setdefault(session_id, {})


# ---------------------------------------------------------------- commands


async def quiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offers the quiz topics, unless a quiz is already running in this chat."""
    s = services(context)
    lang = await ui_lang(update, context)
    _ = translator(lang)
    if await s.store.call(s.store.active_session, update.effective_chat.id):
        await update.effective_message.reply_text(_(ALREADY))
        return
    await update.effective_message.reply_text(
        _(CHOOSE_TOPIC), reply_markup=kbd.quiz_topics_keyboard(s.kb, lang))


async def review(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Starts a quiz of only the items that are due for repetition."""
    s = services(context)
    lang = await ui_lang(update, context)
    chat = update.effective_chat
    if await s.store.call(s.store.active_session, chat.id):
        await update.effective_message.reply_text(translator(lang)(ALREADY))
        return
    session = await s.store.call(runner(context).start, chat.id, update.effective_user.id,
                                 chat.type != ChatType.PRIVATE, lang, None, max(LENGTHS), True)
    if session is None:
        await update.effective_message.reply_text(translator(lang)(NOTHING_DUE))
        return
    await send_question(context.application, session)


async def stop(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ends the running quiz and shows the score so far."""
    await _stop(context.application, update.effective_chat.id, update.effective_user.id,
                await ui_lang(update, context), update.effective_message.reply_text)


async def _stop(app: Application, chat_id: int, user_id: int, lang: str, say) -> bool:  # noqa: ANN001
    """Stops the chat's quiz for its owner and returns True; else ``say``s why not."""
    s: Services = app.bot_data["services"]
    session = await s.store.call(s.store.active_session, chat_id)
    _ = translator(lang)
    if session is None:
        await say(_(NO_QUIZ))
        return False
    if session.is_group and user_id != session.owner_id:
        await say(_(NOT_YOURS))
        return False
    poll = await s.store.call(s.store.current_poll, session.id, session.position)
    for job in app.job_queue.get_jobs_by_name(_job_name(session)):
        job.schedule_removal()
    if poll is not None and poll.is_open and poll.message_id is not None:
        try:
            await app.bot.stop_poll(chat_id, poll.message_id)
        except TelegramError:
            log.info("could not stop poll %s", poll.poll_id)
    await finish(app, session, stopped=True)
    return True


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Shows the user's quiz history: quizzes, accuracy per topic, streak."""
    s = services(context)
    lang = await ui_lang(update, context)
    _ = translator(lang)
    user_id = update.effective_user.id
    history, boxes = await s.store.call(_history, s.store, user_id)
    st = user_stats(s.kb, history, boxes, time.time())
    if not st.answered:
        await update.effective_message.reply_text(_(STATS_NONE))
        return
    lines = [_(STATS).format(quizzes=st.quizzes, answered=st.answered, right=st.right,
                             percent=round(100 * st.right / st.answered), learnt=st.learnt,
                             streak=st.streak_days)]
    for topic, (right, answered) in sorted(st.by_topic.items()):
        lines.append("• " + _(STATS_TOPIC).format(topic=topic_title(s.kb, topic, lang),
                                                  right=right, answered=answered))
    await update.effective_message.reply_text("\n".join(lines))


# ---------------------------------------------------------------- buttons and answers


async def quiz_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Handles the topic, length and stop buttons of quizzes; forged data gets a polite no."""
    cb = await read_button(update, context)
    if cb is None:
        return
    s = services(context)
    query = update.callback_query
    lang = await ui_lang(update, context)
    _ = translator(lang)
    chat = update.effective_chat
    if cb.kind == "qstop":
        # Refusals ("not yours", "no quiz") are the press's notice, not a chat message.
        if await _stop(context.application, chat.id, update.effective_user.id, lang,
                       query.answer):
            await query.answer()
        return
    if cb.kind not in ("quiz", "qlen"):
        await query.answer(_(OUTDATED))
        return
    await query.answer()
    topic = cb.text(0)
    if cb.kind == "quiz":
        await query.edit_message_text(_(CHOOSE_LENGTH).format(topic=topic_title(s.kb, topic, lang)),
                                      reply_markup=kbd.quiz_length_keyboard(topic, lang))
        return
    if await s.store.call(s.store.active_session, chat.id):
        await query.edit_message_text(_(ALREADY))
        return
    session = await s.store.call(runner(context).start, chat.id, update.effective_user.id,
                                 chat.type != ChatType.PRIVATE, lang,
                                 None if topic == ALL else topic, cb.number(1))
    if session is None:
        await query.edit_message_text(_(NOTHING_DUE))
        return
    await query.edit_message_text(_(STARTING).format(
        topic=topic_title(s.kb, topic, lang), n=len(session.item_ids),
        seconds=s.settings.quiz_seconds))
    await send_question(context.application, session)


async def poll_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Scores an answer to a quiz poll; in a private quiz the next question follows."""
    answer = update.poll_answer
    if answer.user is None:
        return
    store = services(context).store
    score = runner(context).answer
    args = (answer.poll_id, answer.user.id, list(answer.option_ids))
    if await store.call(store.poll, answer.poll_id) is not None:
        result = await store.call(score, *args)
    else:  # Telegram may deliver the vote before our sendPoll returned: wait for the sends
        async with quiz_lock(context.application).unknown_poll():
            result = await store.call(score, *args)
    if result is None:
        return
    if result.session.is_group:
        _names(context.application, result.session.id)[answer.user.id] = answer.user.first_name
    if result.advanced:
        for job in context.job_queue.get_jobs_by_name(_job_name(result.session, -1)):
            job.schedule_removal()
        await send_question(context.application, result.session)


async def on_timeout(context: ContextTypes.DEFAULT_TYPE) -> None:
    """A question's time is over: count silence as a miss and move on."""
    session_id, position = context.job.data
    store = services(context).store
    session = await store.call(runner(context).timeout, session_id, position)
    if session is not None:
        await send_question(context.application, session)


# ---------------------------------------------------------------- sending


def _history(store: Store, user_id: int) -> tuple[list[tuple[int, str, bool, float]],
                                                  dict[str, BoxRow]]:
    return store.user_history(user_id), store.boxes(user_id)


def _job_name(session: SessionRow, offset: int = 0) -> str:
    return f"quiz-{session.id}-{session.position + offset}"


async def send_question(app: Application, session: SessionRow) -> None:
    """Sends the session's current question as a quiz poll, or finishes the quiz.

    The delivery layer has already retried the poll; if it still fails, the user is told and
    the quiz ends with the score so far, so that /quiz and /review work at once.
    """
    s: Services = app.bot_data["services"]
    quiz_runner = runner(app)
    prepared = await s.store.call(quiz_runner.current, session)
    if prepared is None:
        await finish(app, session)
        return
    total = len(session.item_ids)
    question = f"{session.position + 1}/{total}. {prepared.question}"
    try:
        async with quiz_lock(app).sending():
            message = await app.bot.send_poll(
                session.chat_id, question=question[:300], options=list(prepared.options),
                type=PollType.QUIZ, is_anonymous=False,
                correct_option_ids=[prepared.correct_position],
                explanation=prepared.explanation, open_period=s.settings.quiz_seconds,
                reply_markup=kbd.stop_quiz_keyboard(session.lang))
            await s.store.call(quiz_runner.sent, session, prepared, message.poll.id,
                               message.message_id)
    except TelegramError as exc:
        log.warning("quiz %s: question %d not sent (%s): the quiz ends", session.id,
                    session.position + 1, type(exc).__name__)
        await _end_unsent(app, session)
        return
    _schedule_timeout(app.job_queue, session, s.settings.quiz_seconds + 1)


async def _end_unsent(app: Application, session: SessionRow) -> None:
    """Ends a quiz whose next question could not be sent, and tells the chat if it can."""
    s: Services = app.bot_data["services"]
    if not await s.store.call(runner(app).end, session, True):
        return
    _ = translator(session.lang)
    try:
        await app.bot.send_message(session.chat_id, _(NOT_SENT))
    except TelegramError as exc:
        log.warning("quiz %s: could not say that it ended (%s)", session.id, type(exc).__name__)


def _schedule_timeout(job_queue: JobQueue, session: SessionRow, delay: float) -> None:
    job_queue.run_once(on_timeout, when=max(0.5, delay), data=(session.id, session.position),
                       name=_job_name(session))


async def finish(app: Application, session: SessionRow, stopped: bool = False) -> None:
    """Closes the quiz once and sends the score, weak topics and missed answers."""
    s: Services = app.bot_data["services"]
    quiz_runner = runner(app)
    if not await s.store.call(quiz_runner.end, session, stopped):
        return
    lang = session.lang
    _ = translator(lang)
    if session.is_group:
        answers = await s.store.call(s.store.answers, session.id)
        await app.bot.send_message(session.chat_id, _leaderboard(app, session, answers, lang),
                                   parse_mode="HTML")
        app.bot_data.get("quiz_names", {}).pop(session.id, None)
        return
    summary = await s.store.call(quiz_runner.summary, session, session.owner_id)
    entries = []
    for item_id in summary.missed:
        entry = s.kb.entries.get(s.kb.quiz[item_id].entry) if item_id in s.kb.quiz else None
        if entry is not None and entry not in entries:
            entries.append(entry)
    text = "\n".join(summary_lines(s.kb, summary, lang, stopped))
    await app.bot.send_message(session.chat_id, text,
                               reply_markup=kbd.missed_keyboard(entries, lang))


def _leaderboard(app: Application, session: SessionRow,
                 answers: list[tuple[str, int, bool]], lang: str) -> str:
    _ = translator(lang)
    board = leaderboard(answers)
    if not board:
        return html.escape(_(NOBODY))
    names = _names(app, session.id)
    medals = ["🥇", "🥈", "🥉"]
    lines = [f"<b>{html.escape(_(BOARD))}</b>"]
    for k, (user_id, right) in enumerate(board):
        name = names.get(user_id) or _(PLAYER).format(n=k + 1)
        mark = medals[k] if k < len(medals) else f"{k + 1}."
        lines.append(f"{mark} {html.escape(name)}: {right}")
    return "\n".join(lines)


async def resume_quizzes(app: Application) -> None:
    """After a restart, picks every running quiz up where it was."""
    s: Services = app.bot_data["services"]
    now = time.time()
    for session in await s.store.call(s.store.active_sessions):
        poll = await s.store.call(s.store.current_poll, session.id, session.position)
        if poll is None:
            await send_question(app, session)
        else:
            remaining = poll.sent_at + s.settings.quiz_seconds + 1 - now
            _schedule_timeout(app.job_queue, session, remaining)



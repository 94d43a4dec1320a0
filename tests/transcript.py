"""Print real exchanges with the bot through the fake Bot API server.

One conversation per language and one full quiz, as a maintainer or a reviewer wants to see
them. Run ``.venv/bin/python -m tests.transcript``; HTML tags are stripped for reading.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
import tempfile
from pathlib import Path

from bot.devtools.fakebotapi import Call, FakeBotAPI
from tests.e2e_harness import TOKEN, Harness

CONVERSATIONS = [
    (11, "en", "en", "How much money did migrants send to Uzbekistan in 2024?",
     "How much does a work patent cost in Moscow?"),
    (12, "ru", "ru", "что такое шенгенское соглашение", "последствия миграции"),
    (13, "uz", "uz", "UP-5785 farmoni nima haqida?", "Moskvada patent necha pul turadi"),
    (14, "uz", "uz-Cyrl", "Конституциянинг 23-моддаси нима дейди", "миграция оқибатлари"),
]


def say(who: str, text: str) -> None:
    print(f"{who}: {html.unescape(re.sub(r'<[^>]+>', '', text))}")


def keyboard(call: Call) -> None:
    rows = (call.params.get("reply_markup") or {}).get("inline_keyboard", [])
    if rows:
        print("   [" + " | ".join(b["text"] for row in rows for b in row) + "]")


async def conversation(bot: Harness, user: int, tg_lang: str, lang: str,
                       *questions: str) -> None:
    print(f"\n### {lang}")
    start = await bot.say(user, "/start", language_code=tg_lang)
    say("user", "/start")
    say("bot", start.params["text"])
    keyboard(start)
    await bot.press(user, start, f"lang:{lang}", language_code=tg_lang)
    chosen = await bot.api.wait_for("editMessageText", after=start.index)
    say("user", f"(taps {lang})")
    say("bot", chosen.params["text"])
    for question in questions:
        reply = await bot.say(user, question, language_code=tg_lang)
        say("user", question)
        say("bot", reply.params["text"])
        keyboard(reply)


async def quiz(bot: Harness, user: int) -> None:
    print("\n### quiz (en)")
    menu = await bot.say(user, "/quiz")
    say("user", "/quiz")
    say("bot", menu.params["text"])
    keyboard(menu)
    mark = bot.api.mark()
    await bot.press(user, menu, "quiz:remittances")
    lengths = await bot.api.wait_for("editMessageText", after=mark)
    say("user", "(taps Remittances)")
    say("bot", lengths.params["text"])
    keyboard(lengths)
    mark = bot.api.mark()
    await bot.press(user, lengths.result, "qlen:remittances:5")
    poll = await bot.api.wait_for("sendPoll", after=mark)
    say("user", "(taps 5 questions)")
    for k in range(5):
        options = [o["text"] for o in poll.params["options"]]
        right = poll.params["correct_option_ids"][0]
        pick = right if k != 2 else (right + 1) % len(options)
        print(f"bot (quiz poll): {poll.params['question']}  options: {options}  "
              f"(explanation: {poll.params['explanation']})")
        print(f"user: (chooses “{options[pick]}”: {'right' if pick == right else 'wrong'})")
        poll_id = await bot.recorded(poll)
        mark = bot.api.mark()
        bot.api.push_update(bot.api.poll_answer(user, poll_id, [pick]))
        poll = await bot.api.wait_for("sendPoll" if k < 4 else "sendMessage", after=mark)
    say("bot", poll.params["text"])
    keyboard(poll)
    stats = await bot.say(user, "/stats")
    say("user", "/stats")
    say("bot", stats.params["text"])


async def main() -> None:
    api = FakeBotAPI(token=TOKEN)
    api.start()
    bot = Harness(api, Path(tempfile.mkdtemp()) / "hamroh.sqlite3", menu=True)
    await bot.start()
    try:
        for row in CONVERSATIONS:
            await conversation(bot, *row)
        await quiz(bot, 15)
    finally:
        await bot.stop()
        api.stop()
    api.assert_clean()
    print(f"\n(fake server: {len(api.requests)} requests, no validation errors)")


if __name__ == "__main__":
    logging.disable(logging.INFO)
    asyncio.run(main())

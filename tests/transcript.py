"""Print real exchanges with the bot through the fake Bot API server: one per language
and one full quiz. Run: .venv/bin/python -m tests.transcript (HTML tags are stripped)."""

import asyncio
import html
import logging
import re
import tempfile
from pathlib import Path

from tests.e2e_harness import TOKEN, Harness, callback_data
from tests.fakebotapi import FakeBotAPI

def show(who, text):
    text = re.sub(r"<[^>]+>", "", text)
    print(f"{who}: {html.unescape(text)}")

def kb(call):
    rows = (call.params.get("reply_markup") or {}).get("inline_keyboard", [])
    return " | ".join(b["text"] for r in rows for b in r)

async def convo(h, user, tg, lang, q1, q2):
    print(f"\n### {lang}")
    c = await h.say(user, "/start", language_code=tg); show("user", "/start"); show("bot", c.params["text"]); print("   [" + kb(c) + "]")
    await h.press(user, c, f"lang:{lang}", language_code=tg)
    e = await h.api.wait_for("editMessageText", after=c.index); show("user", f"(taps {lang})"); show("bot", e.params["text"])
    for q in (q1, q2):
        a = await h.say(user, q, language_code=tg); show("user", q); show("bot", a.params["text"]); print("   [" + kb(a) + "]")

async def quiz(h, user):
    print("\n### quiz (en)")
    m = await h.say(user, "/quiz"); show("user", "/quiz"); show("bot", m.params["text"]); print("   [" + kb(m) + "]")
    mark = h.api.mark(); await h.press(user, m, "quiz:remittances")
    l = await h.api.wait_for("editMessageText", after=mark); show("user", "(taps Remittances)"); show("bot", l.params["text"]); print("   [" + kb(l) + "]")
    mark = h.api.mark(); await h.press(user, l.result, "qlen:remittances:5")
    p = await h.api.wait_for("sendPoll", after=mark); show("user", "(taps 5 questions)")
    for k in range(5):
        opts = [o["text"] for o in p.params["options"]]
        right = p.params["correct_option_ids"][0]
        pick = right if k != 2 else (right + 1) % len(opts)
        print(f"bot (quiz poll): {p.params['question']}  options: {opts}  (explanation: {p.params['explanation']})")
        print(f"user: (chooses “{opts[pick]}”{' — right' if pick == right else ' — wrong'})")
        mark = h.api.mark()
        h.api.push_update(h.api.poll_answer(user, p.result["poll"]["id"], [pick]))
        p = await h.api.wait_for("sendPoll" if k < 4 else "sendMessage", after=mark)
    show("bot", p.params["text"]); print("   [" + kb(p) + "]")
    s = await h.say(user, "/stats"); show("user", "/stats"); show("bot", s.params["text"])

async def main():
    api = FakeBotAPI(token=TOKEN); api.start()
    h = Harness(api, Path(tempfile.mkdtemp()) / "db.sqlite3")
    await h.start()
    await convo(h, 11, "en", "en", "How much money did migrants send to Uzbekistan in 2024?", "How much does a work patent cost in Moscow?")
    await convo(h, 12, "ru", "ru", "что такое шенгенское соглашение", "последствия миграции")
    await convo(h, 13, "uz", "uz", "UP-5785 farmoni nima haqida?", "Moskvada patent necha pul turadi")
    await convo(h, 14, "uz", "uz-Cyrl", "Конституциянинг 23-моддаси нима дейди", "миграция оқибатлари")
    await quiz(h, 15)
    await h.stop(); api.stop(); api.assert_clean()
    print("\n(fake server: %d requests, 0 validation errors)" % len(api.requests))
if __name__ == "__main__":
    logging.disable(logging.INFO)
    asyncio.run(main())

"""The fake server's quick checks accept exactly what its explaining checks accept.

The server asks a yes/no walk over tables compiled once per type (``Validator.valid``) and
words errors only for what it refuses (``Validator.errors``); its HTML parser reads plain text
a run at a time and remembers recent texts; its answers are copied by ``clone``. Each must
give what the slower form gave.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.devtools.fakebotapi import parse_html
from bot.devtools.fakebotapi.model import Upload, clone
from bot.devtools.fakebotapi.spec import Validator, load_spec

SPEC = load_spec()
VALIDATOR = Validator(SPEC)
OBJECTS = sorted(name for name, t in SPEC["types"].items()
                 if "subtypes" not in t and name != "InputFile")  # a file, not an object
ABSTRACT = sorted(name for name, t in SPEC["types"].items() if "subtypes" in t)
PRIMITIVE = {"Integer": 1, "Float": 1.5, "Boolean": True, "String": "x"}


def sample(types: list[str], depth: int = 0) -> Any:
    """A value of the first of ``types``: every required field filled, nothing else."""
    t = types[0]
    if t in PRIMITIVE:
        return PRIMITIVE[t]
    if t.startswith("Array of "):
        return [sample([t[len("Array of "):]], depth + 1)] if depth < 4 else []
    if t == "InputFile":
        return Upload("f", "f.txt", "text/plain", b"x")
    spec_type = SPEC["types"][t]
    if "subtypes" in spec_type:
        return sample([spec_type["subtypes"][0]], depth)
    value: dict[str, Any] = {}
    for f in spec_type.get("fields", []):
        if f["required"]:
            value[f["name"]] = sample(f["types"], depth + 1)
    disc = VALIDATOR.discriminator(t)
    if disc is not None:
        value[disc[0]] = sorted(disc[1])[0]
    return value


def variants(t: str) -> list[Any]:
    """A type's sample and what breaks it: each required field dropped or of a wrong kind,
    an unknown field, each optional field given a wrong kind, not an object at all."""
    base = sample([t])
    out: list[Any] = [base, "x", [], {**base, "no_such_field": 1}]
    for f in SPEC["types"][t].get("fields", []):
        if f["required"]:
            out.append({k: v for k, v in base.items() if k != f["name"]})
        else:
            out.append({**base, f["name"]: sample(f["types"], 3)})
        out.append({**base, f["name"]: {"no_such_field": [1]}})
        out.append({**base, f["name"]: None})
    return out


def agree(value: Any, types: list[str]) -> None:
    errors = VALIDATOR.errors(value, types, "v")
    assert VALIDATOR.valid(value, types) == (errors == []), (types, value, errors)
    assert VALIDATOR.check(value, types, "v") == errors


SENT = ["InlineKeyboardMarkup", "InlineKeyboardButton", "MessageEntity", "LinkPreviewOptions",
        "ReplyParameters", "BotCommand", "BotCommandScope", "InputPollOption", "Message"]
"""What the bot sends and is answered, in the quick form too."""


@pytest.mark.parametrize("stride", [pytest.param(10, id="sample"),
                                    pytest.param(1, id="every", marks=pytest.mark.slow)])
def test_the_quick_check_accepts_what_the_explaining_one_accepts(stride):
    types = OBJECTS + ABSTRACT
    for t in sorted(set(types[::stride] + SENT)):
        for value in variants(t) if t in OBJECTS else [sample([t]), {}, {"type": "nope"}]:
            agree(value, [t])
            agree([value, value], [f"Array of {t}"])
            agree(value, ["Integer", t])


BUTTON = {"text": "Ha", "callback_data": "yes"}


@pytest.mark.parametrize(
    ("value", "types", "valid"),
    [
        ({"inline_keyboard": [[BUTTON] * 6]}, ["InlineKeyboardMarkup"], True),
        ({"inline_keyboard": [[BUTTON] * 9]}, ["InlineKeyboardMarkup"], False),  # 8 a row
        ({"inline_keyboard": [[BUTTON]] * 101}, ["InlineKeyboardMarkup"], False),  # 100 in all
        ({"inline_keyboard": [[{**BUTTON, "url": "https://t.me"}]]}, ["InlineKeyboardMarkup"],
         False),  # one action
        ({"inline_keyboard": [[{**BUTTON, "callback_data": "x" * 65}]]},
         ["InlineKeyboardMarkup"], False),  # 64 bytes
        ({"inline_keyboard": [[{**BUTTON, "text": ""}]]}, ["InlineKeyboardMarkup"], False),
        ({"type": "bold", "offset": 0, "length": 2}, ["MessageEntity"], True),
        ({"type": "bold", "offset": "0", "length": 2}, ["MessageEntity"], False),
        ({"type": "chat", "chat_id": 5}, ["BotCommandScope"], True),
        ({"type": "chat", "chat_id": "@x"}, ["BotCommandScope"], True),
        ({"type": "chat"}, ["BotCommandScope"], False),
        ({"type": "planet"}, ["BotCommandScope"], False),
        ({"command": "Start", "description": "d"}, ["BotCommand"], False),  # a-z only
        (True, ["Integer"], False),
        (1, ["Float"], True),
        ("@x", ["Integer", "String"], True),
        ({}, ["NoSuchType"], False),
    ],
)
def test_the_quick_check_on_limits_and_unions(value, types, valid):
    assert VALIDATOR.valid(value, types) is valid
    agree(value, types)


@pytest.mark.parametrize(
    ("html", "plain", "entities"),
    [
        ("a😀<b>b</b>", "a😀b", [("bold", 3, 1)]),  # 😀 is two UTF-16 units
        ("&#128512;x<i>y</i>", "😀xy", [("italic", 3, 1)]),
        ("<b>Привет</b> мир &amp; <i>ok</i>", "Привет мир & ok", [("bold", 0, 6),
                                                               ("italic", 13, 2)]),
        ("plain > text", "plain > text", []),
        ("<b>a<i>𝄞b</i></b>c", "a𝄞bc", [("bold", 0, 4), ("italic", 1, 3)]),
        ("", "", []),
    ],
)
def test_html_offsets_count_utf16_units(html, plain, entities):
    text, found = parse_html(html)
    assert text == plain
    assert [(e["type"], e["offset"], e["length"]) for e in found] == entities


def test_a_remembered_parse_hands_out_entities_of_the_callers_own():
    html = "<b>bold</b> <a href=\"https://t.me\">link</a>"
    _, first = parse_html(html)
    first[0]["offset"] = 99
    first.append({"type": "italic"})
    _, again = parse_html(html)
    assert [(e["type"], e["offset"]) for e in again] == [("bold", 0), ("text_link", 5)]


def test_clone_copies_json_data_and_hands_the_rest_to_deepcopy():
    upload = Upload("f", "f.txt", "text/plain", b"x")
    value = {"a": [1, 2.5, {"b": None, "c": True}], "s": "t", "u": upload}
    copied = clone(value)
    assert copied == value
    copied["a"][2]["b"] = 1
    copied["a"].append(3)
    assert value == {"a": [1, 2.5, {"b": None, "c": True}], "s": "t", "u": upload}
    assert copied["u"] == upload and copied["u"] is not upload

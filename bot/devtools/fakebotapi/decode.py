"""Reading a request: its body (form, multipart or JSON) and each field decoded and
type-checked against the spec."""

from __future__ import annotations

import email.parser
import email.policy
import json
from typing import Any
from urllib.parse import parse_qsl

from bot.devtools.fakebotapi.model import APIError, Upload
from bot.devtools.fakebotapi.spec import Validator, short


def parse_body(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, Upload], bool]:
    """(fields, uploads, is_json). Form values stay strings; JSON values keep their types."""
    ctype = content_type.split(";")[0].strip().lower()
    if not body:
        return {}, {}, False
    if ctype == "application/json":
        data = json.loads(body.decode("utf-8"))
        if not isinstance(data, dict):
            raise APIError(400, "Bad Request: the JSON body must be an object")
        return data, {}, True
    if ctype == "multipart/form-data":
        msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
        )
        fields: dict[str, Any] = {}
        uploads: dict[str, Upload] = {}
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            filename = part.get_filename()
            payload = part.get_payload(decode=True) or b""
            if filename is not None:
                uploads[name] = Upload(name, filename, part.get_content_type(), payload)
            else:
                charset = part.get_content_charset() or "utf-8"
                fields[name] = payload.decode(charset)
        return fields, uploads, False
    # application/x-www-form-urlencoded (also the default for anything else)
    return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True)), {}, False


def _attach_refs(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value[len("attach://") :]} if value.startswith("attach://") else set()
    if isinstance(value, list):
        return set().union(*(_attach_refs(v) for v in value)) if value else set()
    if isinstance(value, dict):
        return set().union(*(_attach_refs(v) for v in value.values())) if value else set()
    return set()


class Decoding:
    """The request-decoding half of :class:`~bot.devtools.fakebotapi.server.FakeBotAPI`."""

    _validator: Validator
    _method_tables: dict[str, dict[str, dict]]

    def _method_fields(self, spec_method: dict) -> dict[str, dict]:
        """A method's parameters by name, in the spec's order: made once per method."""
        table = self._method_tables.get(spec_method["name"])
        if table is None:
            table = {f["name"]: f for f in spec_method.get("fields", [])}
            self._method_tables[spec_method["name"]] = table
        return table

    def _decode_and_check(
        self, spec_method: dict, fields: dict[str, Any], uploads: dict[str, Upload], is_json: bool
    ) -> tuple[dict[str, Any], list[str]]:
        spec_fields = self._method_fields(spec_method)
        params: dict[str, Any] = {}
        errs: list[str] = []
        for name, raw in fields.items():
            f = spec_fields.get(name)
            if f is None:
                params[name] = raw
                errs.append(f"unknown parameter {name!r} for {spec_method['name']}")
                continue
            value, e = self._decode_field(name, raw, f["types"])
            params[name] = value
            errs += e
        referenced = _attach_refs(params) if uploads else set()
        for name, upload in uploads.items():
            if name in spec_fields and name not in params:
                params[name] = upload
                errs += self._validator.check(upload, spec_fields[name]["types"], name)
            elif name not in referenced:
                errs.append(f"uploaded file {name!r} is not a parameter nor attach:// referenced")
        for name, f in spec_fields.items():
            if f["required"] and name not in params:
                errs.append(f"required parameter {name!r} is missing")
        return params, errs

    def _decode_field(self, name: str, raw: Any, types: list[str]) -> tuple[Any, list[str]]:
        """JSON-decode a string value unless the parameter is String-only, then type-check.

        For unions with String (chat_id: Integer or String) the decoded value is tried first,
        then the raw string; "attach://name" is accepted where an InputFile may go."""
        decodable = any(t not in ("String", "InputFile") for t in types)
        textual = "String" in types or "InputFile" in types
        candidates: list[Any] = [raw]
        if isinstance(raw, str) and decodable:
            try:
                candidates = [json.loads(raw), raw] if textual else [json.loads(raw)]
            except ValueError:
                if not textual:
                    wanted = " or ".join(types)
                    return raw, [f"{name}: can't parse {short(raw)} as JSON ({wanted})"]
        if isinstance(raw, str) and raw.startswith("attach://") and "InputFile" in types:
            return raw, []
        first_errs: list[str] = []
        for value in candidates:
            errs = self._validator.check(value, types, name)
            if not errs:
                return value, []
            first_errs = first_errs or errs
        return candidates[0], first_errs

"""A small JSON Schema (draft 2020-12) validator for the keywords the plan schema uses.

The program may not depend on a schema library, and the tests should not
either; this covers exactly the keywords in docs/plan-format.schema.json
(``KEYWORDS``), and a test fails when the schema starts using another one.
"""

from __future__ import annotations

import re
from typing import Any

KEYWORDS = {
    "$ref", "type", "const", "enum", "required", "properties", "additionalProperties",
    "items", "uniqueItems", "minimum", "maximum", "minLength", "maxLength", "pattern",
    "anyOf", "propertyNames",
}
ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description", "format"}


def is_type(value: Any, name: str) -> bool:
    if name == "null":
        return value is None
    if name == "boolean":
        return isinstance(value, bool)
    if name == "integer":
        return not isinstance(value, bool) and (
            isinstance(value, int) or (isinstance(value, float) and value.is_integer())
        )
    if name == "number":
        return not isinstance(value, bool) and isinstance(value, int | float)
    if name == "string":
        return isinstance(value, str)
    if name == "array":
        return isinstance(value, list)
    if name == "object":
        return isinstance(value, dict)
    raise AssertionError(f"unknown type {name}")


def json_equal(a: Any, b: Any) -> bool:
    """Equality as JSON Schema means it: true is not 1, but 1 is 1.0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if is_type(a, "number") and is_type(b, "number"):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def keywords_of(schema: Any) -> set[str]:
    """Every keyword used anywhere in ``schema`` (property names excluded)."""
    found: set[str] = set()
    if isinstance(schema, dict):
        for key, value in schema.items():
            found.add(key)
            if key in ("properties", "$defs"):
                for sub in value.values():
                    found |= keywords_of(sub)
            elif key not in ("enum", "const", "required"):
                found |= keywords_of(value)
    elif isinstance(schema, list):
        for item in schema:
            found |= keywords_of(item)
    return found


def errors(root: dict[str, Any], value: Any) -> list[str]:
    """The places where ``value`` breaks ``root``; [] when it is valid."""
    found: list[str] = []
    _check(root, root, value, "", found)
    return found


def _check(root: dict[str, Any], schema: Any, value: Any, where: str, found: list[str]) -> None:
    if schema is True:
        return
    if schema is False:
        found.append(f"{where}: not allowed")
        return
    if "$ref" in schema:
        target: Any = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        _check(root, target, value, where, found)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(is_type(value, t) for t in types):
            found.append(f"{where}: type {types}")
            return
    if "const" in schema and not json_equal(value, schema["const"]):
        found.append(f"{where}: const")
    if "enum" in schema and not any(json_equal(value, e) for e in schema["enum"]):
        found.append(f"{where}: enum")
    if "anyOf" in schema and all(errors_at(root, sub, value) for sub in schema["anyOf"]):
        found.append(f"{where}: anyOf")
    if is_type(value, "number"):
        if "minimum" in schema and value < schema["minimum"]:
            found.append(f"{where}: minimum")
        if "maximum" in schema and value > schema["maximum"]:
            found.append(f"{where}: maximum")
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            found.append(f"{where}: minLength")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            found.append(f"{where}: maxLength")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{where}: pattern")
    if isinstance(value, list):
        if "items" in schema:
            for index, item in enumerate(value):
                _check(root, schema["items"], item, f"{where}[{index}]", found)
        if schema.get("uniqueItems"):
            for i, a in enumerate(value):
                if any(json_equal(a, b) for b in value[i + 1 :]):
                    found.append(f"{where}: uniqueItems")
                    break
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in value:
                found.append(f"{where}: required {key}")
        for key, item in value.items():
            if "propertyNames" in schema:
                _check(root, schema["propertyNames"], key, f"{where}.{key}(name)", found)
            if key in properties:
                _check(root, properties[key], item, f"{where}.{key}", found)
            elif "additionalProperties" in schema:
                _check(root, schema["additionalProperties"], item, f"{where}.{key}", found)


def errors_at(root: dict[str, Any], schema: Any, value: Any) -> list[str]:
    found: list[str] = []
    _check(root, schema, value, "", found)
    return found

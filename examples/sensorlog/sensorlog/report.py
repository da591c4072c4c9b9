"""The summary as JSON text, and back."""

import json


def to_json(summary, compact=False):
    if compact:
        return json.dumps(summary, separators=(",", ":"))
    return json.dumps(summary)


def from_json(text):
    return json.loads(text)

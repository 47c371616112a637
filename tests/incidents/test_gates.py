"""The word-start gates that let Cues.search skip a pattern: never a "no" where the pattern matches."""

import json
import re
from pathlib import Path

from incidents.extract import events
from incidents.extract.events import fold
from incidents.extract.gates import first_words, word_starts

DATA = Path(__file__).resolve().parent.parent / "data"


def test_stems_read_off_the_pattern():
    assert first_words(re.compile(r"\b(captur\w*|took|seiz\w*)\b")) == {"cap", "too", "sei"}
    assert first_words(re.compile(r"\b(?:a|the) fire\b")) == {"a", "the"}  # "a" is a whole word
    assert first_words(re.compile(r"\b(s-300|shells?)\b")) == {"s", "she"}
    assert first_words(re.compile(r"(?<!lodged a )\b(rall(?:y|ies)|protests?)\b")) == {"ral", "pro"}
    assert first_words(re.compile(r"\b(?:no|without)\s+damage")) == {"no", "wit"}
    # no gate when the word's beginning is not fixed, or the pattern is case-insensitive
    assert first_words(re.compile(r"\b(\w+ly|kill)")) is None
    assert first_words(re.compile(r"\b(no\w*|kill)")) is None
    assert first_words(re.compile(r"kill")) is None
    assert first_words(re.compile(r"\bkill", re.I)) is None


def test_word_starts():
    assert word_starts("a drone hit s-300 sites") == {"a", "dro", "hit", "s", "300", "sit"}


def _sentences() -> list[str]:
    out = []
    for path in DATA.glob("*.jsonl"):
        for line in path.read_text().splitlines():
            if line.strip():
                out += re.split(r"(?<=[.!?])\s+", json.loads(line)["text"])
    return out


def test_gates_never_refuse_a_match():
    patterns = [(p, s) for p in vars(events).values() if isinstance(p, re.Pattern) and (s := first_words(p))]
    assert len(patterns) > 30
    texts = [fold(s) for s in _sentences()] + ["s-300 hit", "a fire", "no damage", "the fire broke out"]
    for text in texts:
        starts = word_starts(text)
        for pattern, stems in patterns:
            if pattern.search(text):
                assert not starts.isdisjoint(stems), (pattern.pattern, text)

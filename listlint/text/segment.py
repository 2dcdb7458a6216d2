"""Word boundaries from jieba, loaded on first use and only for windows around candidates.

jieba costs about a second to load and segments ~1 MB/s, so it never sees a whole description:
rules ask for the tokens of a small window around a hit. Our domain words (terms from the
wordlists, their ordinary look-alikes such as 第一次 or 全网通) are added to its dictionary so it
keeps them whole. A private Tokenizer keeps us from changing jieba's global state for a host
program that also uses jieba.
"""
from __future__ import annotations

import logging
import os
import threading
from functools import lru_cache
from typing import Iterable

_lock = threading.Lock()
_extra_words: set[str] = set()
_tokenizer = None


def add_words(words: Iterable[str]) -> None:
    """Register domain words; takes effect for tokenizers built afterwards or immediately."""
    global _tokenizer
    new = {w for w in words if w and w not in _extra_words}
    if not new:
        return
    _extra_words.update(new)
    if _tokenizer is not None:
        for w in new:
            _tokenizer.add_word(w, freq=_freq_for(w))
        _cut.cache_clear()


def _freq_for(word: str) -> int:
    # High enough that jieba prefers our word over splitting it, like a common dictionary word.
    return 20000 + 1000 * len(word)


def tokenizer():
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba
                jieba.setLogLevel(logging.WARNING)
                tok = _new_tokenizer(jieba)
                tok.initialize()
                for w in _extra_words:
                    tok.add_word(w, freq=_freq_for(w))
                _tokenizer = tok
    return _tokenizer


# Words rarer than this in jieba's dictionary (4 in 5 of its 349k entries) are left out of
# ours: they decide nothing in a 20-character window around a term, and the pruned dictionary
# loads in a fifth of the time (about 0.3 s instead of 1.5 s), which is most of a small
# file's run. Our own domain words are added on top either way.
MIN_WORD_FREQUENCY = 20


def _new_tokenizer(jieba):
    path = _pruned_dictionary(jieba)
    if path is None:
        return jieba.Tokenizer()
    tok = jieba.Tokenizer(path)
    tok.tmp_dir = os.path.dirname(path)  # jieba's own load cache beside the pruned dictionary
    return tok


def _pruned_dictionary(jieba) -> str | None:
    """jieba's dictionary without its rare words, written once to listlint's cache folder."""
    from .normalize import cache_dir

    base = cache_dir()
    src = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    if base is None or not os.path.isfile(src):
        return None
    key = f"{getattr(jieba, '__version__', '0')}-{os.path.getsize(src)}-{MIN_WORD_FREQUENCY}"
    path = os.path.join(base, f"jieba-dict-{key}.txt")
    if os.path.isfile(path):
        return path
    try:
        os.makedirs(base, exist_ok=True)
        with open(src, encoding="utf-8") as f:
            kept = [line for line in f
                    if len(parts := line.split()) >= 2 and parts[1].isdigit()
                    and int(parts[1]) >= MIN_WORD_FREQUENCY]
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as out:
            out.writelines(kept)
        os.replace(tmp, path)  # atomic: a parallel run never reads half a file
        return path
    except OSError:
        return None  # an unwritable cache costs speed, never a result


@lru_cache(maxsize=65536)
def _cut(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    pos = 0
    for tok in tokenizer().cut(text, HMM=False):
        spans.append((pos, pos + len(tok)))
        pos += len(tok)
    return tuple(spans)


def tokens(text: str) -> list[str]:
    return [text[s:e] for s, e in _cut(text)]


def window_tokens(text: str, start: int, end: int, margin: int = 6) -> list[tuple[int, int]]:
    """Token spans (in `text` offsets) of the window text[start-margin:end+margin]."""
    ws = max(0, start - margin)
    we = min(len(text), end + margin)
    return [(ws + s, ws + e) for s, e in _cut(text[ws:we])]


def on_boundaries(text: str, start: int, end: int, margin: int = 6) -> bool:
    """True when text[start:end] starts and ends on jieba token boundaries."""
    spans = window_tokens(text, start, end, margin)
    starts = {s for s, _ in spans}
    ends = {e for _, e in spans}
    return start in starts and end in ends


def enclosing_token(text: str, start: int, end: int, margin: int = 6) -> str | None:
    """The single token that strictly contains text[start:end], if jieba made one."""
    for s, e in window_tokens(text, start, end, margin):
        if s <= start and end <= e and (s, e) != (start, end):
            return text[s:e]
    return None


def word_frequency(word: str) -> int:
    """jieba's dictionary frequency for a word (0 when it is not a dictionary word)."""
    return tokenizer().FREQ.get(word, 0) or 0

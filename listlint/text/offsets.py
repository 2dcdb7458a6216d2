"""Offset maps from a derived text (a "view") back to the text it was made from.

A map is a short list of anchors rather than one int per character: inside a linear anchor,
view offsets advance with source offsets; a collapsed anchor is a source run that became view
characters as a whole (⑴ → (1), an entity &amp; → &, a block tag <p> → newline), so any part of
its view text maps back to the whole run and a finding never points into half an entity or
half a tag. Deleted source characters need no anchor: the next anchor simply starts further on. So a 100 KB description with a few
dozen changes costs a few dozen anchors, and mapping a span back is two bisections.
"""
from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    __slots__ = ("_view", "_src", "_linear", "_src_n", "view_len", "src_len")

    def __init__(self, view_starts, src_starts, linear, view_len: int, src_len: int, src_n=None):
        self._view = view_starts
        self._src = src_starts
        self._linear = linear
        # Source length of each collapsed anchor (1 when not given); unused for linear ones.
        self._src_n = src_n if src_n is not None else [1] * len(view_starts)
        self.view_len = view_len
        self.src_len = src_len

    @classmethod
    def identity(cls, n: int) -> "OffsetMap":
        return cls([0], [0], [True], n, n)

    def _anchor(self, pos: int) -> int:
        """Index of the anchor holding view position `pos` (-1 before the first)."""
        return bisect_right(self._view, pos) - 1

    def _end(self, pos: int) -> int:
        """Source end of the view character at `pos` (exclusive)."""
        if pos >= self.view_len:
            return self.src_len
        i = self._anchor(pos)
        if i < 0:
            return 0
        if self._linear[i]:
            return self._src[i] + (pos - self._view[i]) + 1
        return self._src[i] + self._src_n[i]

    def index(self, pos: int) -> int:
        """Source offset of the view character at `pos`."""
        if pos >= self.view_len:
            return self.src_len
        i = self._anchor(pos)
        if i < 0:
            return 0
        if self._linear[i]:
            return self._src[i] + (pos - self._view[i])
        return self._src[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Smallest source span holding every source character behind view[start:end]."""
        if end <= start:
            s = self.index(start)
            return s, s
        return self.index(start), self._end(end - 1)


class MapBuilder:
    """Builds an OffsetMap while a view is assembled left to right."""
    __slots__ = ("view", "src", "linear", "src_n", "vpos", "_open_linear_end")

    def __init__(self):
        self.view: list[int] = []
        self.src: list[int] = []
        self.linear: list[bool] = []
        self.src_n: list[int] = []
        self.vpos = 0
        self._open_linear_end = -1  # source end of the current linear anchor, to merge runs

    def copy(self, src_start: int, n: int) -> None:
        """n view characters taken one-to-one from source[src_start:src_start+n]."""
        if n <= 0:
            return
        if self._open_linear_end != src_start:
            self.view.append(self.vpos)
            self.src.append(src_start)
            self.linear.append(True)
            self.src_n.append(0)
        self.vpos += n
        self._open_linear_end = src_start + n

    def expand(self, src_pos: int, k: int, src_n: int = 1) -> None:
        """k view characters that all come from source[src_pos:src_pos+src_n] as a whole
        (one character by default: ⑴ → (1); an entity or a tag passes its length)."""
        if k <= 0:
            return
        self.view.append(self.vpos)
        self.src.append(src_pos)
        self.linear.append(False)
        self.src_n.append(max(1, src_n))
        self.vpos += k
        self._open_linear_end = -1

    def build(self, src_len: int) -> OffsetMap:
        if not self.view:
            return OffsetMap([0], [src_len], [False], 0, src_len)
        return OffsetMap(self.view, self.src, self.linear, self.vpos, src_len, self.src_n)


class ChainedMap:
    """A map through several derivation steps, applied from the outermost view inwards."""
    __slots__ = ("steps",)

    def __init__(self, steps: tuple[OffsetMap, ...]):
        self.steps = steps  # innermost (closest to the original) first

    def span(self, start: int, end: int) -> tuple[int, int]:
        for step in reversed(self.steps):
            start, end = step.span(start, end)
        return start, end

    def index(self, pos: int) -> int:
        return self.span(pos, pos + 1)[0]


def line_breaks(text: str, lone_cr: bool = True) -> int:
    """Line breaks as the file's lines are counted: \r\n, \r and \n each end one line, or, in
    an LF or CRLF file (lone_cr False), only \n does."""
    if not lone_cr:
        return text.count("\n")
    return text.count("\n") + text.count("\r") - text.count("\r\n")

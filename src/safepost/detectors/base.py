"""The detector interface: a small class that reads text and returns spans."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar, Iterable

from safepost.types import Span

if TYPE_CHECKING:
    from safepost.context import Context


class Detector:
    """Base class: subclasses set `name` and `categories` and implement `detect`.

    A detector never decides severity: it says what the text contains
    (category, kind, span, score). The engine maps spans through the pack.
    """

    name: ClassVar[str] = "base"
    categories: ClassVar[tuple[str, ...]] = ()

    def prepare(self, pack=None, school=None, roster=None) -> "Detector":
        """This detector set up for one school. The default shares it as it is; a detector that
        depends on the school (roster names, its phone number) returns an instance configured
        once per Checker, so `detect` stays fast."""
        return self

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        raise NotImplementedError

    def span(self, category: str, start: int | None, end: int | None, score: float,
             kind: str = "", **attrs: object) -> Span:
        """Build a span stamped with this detector's name."""
        return Span(category=category, start=start, end=end, score=float(score),
                    detector=self.name, kind=kind, attrs=dict(attrs))


class PatternDetector(Detector):
    """A detector declared as (category, kind, regex, score) patterns, Presidio-style.

    Subclasses list PATTERNS; `validate(match, text, ctx)` may veto a match.
    """

    PATTERNS: ClassVar[list[tuple[str, str, str, float]]] = []
    FLAGS: ClassVar[int] = re.IGNORECASE
    _compiled: ClassVar[list[tuple[str, str, re.Pattern[str], float]]]

    def __init_subclass__(cls, **kw: object) -> None:
        super().__init_subclass__(**kw)
        cls._compiled = [(c, k, re.compile(p, cls.FLAGS), s) for c, k, p, s in cls.PATTERNS]

    def validate(self, match: re.Match[str], text: str, ctx: "Context") -> bool:
        return True

    def detect(self, text: str, ctx: "Context") -> list[Span]:
        out: list[Span] = []
        for category, kind, rx, score in self._compiled:
            for m in rx.finditer(text):
                if self.validate(m, text, ctx):
                    # A named group "hit" narrows the span to the words that carry the finding.
                    hit = "hit" in rx.groupindex and m.group("hit") is not None
                    s, e = m.span("hit") if hit else m.span()
                    out.append(self.span(category, s, e, score, kind))
        return out


class Registry:
    """An ordered set of detectors; the engine runs every one of them."""

    def __init__(self, detectors: Iterable[Detector] = ()) -> None:
        self._detectors: list[Detector] = []
        for d in detectors:
            self.add(d)

    def add(self, detector: Detector) -> None:
        if any(d.name == detector.name for d in self._detectors):
            raise ValueError(f"detector {detector.name!r} is already registered")
        self._detectors.append(detector)

    def remove(self, name: str) -> None:
        self._detectors = [d for d in self._detectors if d.name != name]

    def __iter__(self):
        return iter(self._detectors)

    def __len__(self) -> int:
        return len(self._detectors)

    def names(self) -> list[str]:
        return [d.name for d in self._detectors]

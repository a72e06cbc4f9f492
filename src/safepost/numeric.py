"""Numeric helpers shared by the models."""
from __future__ import annotations

from typing import overload

import numpy as np

_CLIP = 30.0  # sigmoid(30) is within 1e-13 of 1: nothing a threshold or a rounded score can tell apart


@overload
def sigmoid(z: float) -> float: ...
@overload
def sigmoid(z: np.ndarray) -> np.ndarray: ...
def sigmoid(z: float | np.ndarray) -> float | np.ndarray:
    """The logistic function of a logit or an array of logits (which keeps its dtype), overflow-safe: the
    logit is clipped to [-30, 30] first, so a huge one never overflows exp."""
    if isinstance(z, np.ndarray):
        return 1.0 / (1.0 + np.exp(-np.clip(z, -_CLIP, _CLIP)))
    return float(1.0 / (1.0 + np.exp(-max(-_CLIP, min(_CLIP, z)))))

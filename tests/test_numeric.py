"""The shared logistic function: one clipped definition for every model."""
import warnings

import numpy as np
import pytest

from safepost.numeric import sigmoid


@pytest.mark.parametrize("z, expected", [
    (0.0, 0.5),
    (2.0, 1.0 / (1.0 + np.exp(-2.0))),
    (-2.0, 1.0 / (1.0 + np.exp(2.0))),
    (30.0, 1.0 / (1.0 + np.exp(-30.0))),
    (1e6, 1.0 / (1.0 + np.exp(-30.0))),   # clipped: no overflow
    (-1e6, 1.0 / (1.0 + np.exp(30.0))),
])
def test_scalar(z, expected):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an overflow in exp would warn
        got = sigmoid(z)
    assert isinstance(got, float)
    assert got == expected


def test_array_keeps_its_dtype_and_is_clipped():
    z = np.array([-1e4, -1.0, 0.0, 1.0, 1e4], dtype=np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = sigmoid(z)
    assert got.dtype == np.float32
    assert got[2] == np.float32(0.5)
    assert got[0] == sigmoid(np.array([-30.0], dtype=np.float32))[0] and got[-1] == np.float32(1.0)
    assert np.all(np.diff(got) > 0)

"""The collector pause around large imports gives the collector back, whatever happens."""

from __future__ import annotations

import gc

import pytest

from beroepsplanner.gc_pause import gc_paused


def test_the_collector_is_off_inside_and_on_again_after_nested_pauses() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause does not end the outer one
    assert gc.isenabled()


def test_an_error_inside_gives_the_collector_back() -> None:
    @gc_paused()
    def failing() -> None:
        assert not gc.isenabled()
        raise ValueError("kapot")

    with pytest.raises(ValueError):
        failing()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()

"""Shared fixtures: the seed corpus is loaded once per test session."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

import cscaucasus as cs

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    return RAW


@pytest.fixture(scope="session")
def seed_corpus() -> cs.Corpus:
    """The five seed articles, loaded once (tests must not modify its tables)."""
    return cs.load_corpus(RAW)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any attempt to open a network connection during the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)

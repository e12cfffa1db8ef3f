"""Shared test set-up: headless Qt and no access to the user's own database or settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

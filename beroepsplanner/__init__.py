"""Beroepsplanner: plan career-orientation chains for Dutch primary schools."""

__version__ = "0.1.0"

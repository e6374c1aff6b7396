"""Presidium: the podium companion for the presidium of a congress."""

__version__ = "0.1.0"

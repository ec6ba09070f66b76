"""Dialogs, each with a classmethod that returns the answer or None."""

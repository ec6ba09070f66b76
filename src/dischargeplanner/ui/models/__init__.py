"""Thin item models over domain data."""

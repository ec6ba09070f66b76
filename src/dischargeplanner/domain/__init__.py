"""Plain-Python core: no Qt, no SQL."""

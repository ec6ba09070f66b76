"""The frozen program's entry point (PyInstaller runs a script, not a console_scripts entry)."""

import sys

from dischargeplanner.cli import main

if __name__ == "__main__":
    sys.exit(main())

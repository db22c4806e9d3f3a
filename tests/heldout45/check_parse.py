#!/usr/bin/env python3
"""Held-out set 45's PARSING check: tests/heldout/check_parse.py run on this folder.

Usage:  python tests/heldout45/check_parse.py [--klik PATH_TO_klik] [--keep] [--strict]
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    sys.argv[1:1] = ["--set", str(here)]
    runpy.run_path(str(here.parent / "heldout" / "check_parse.py"), run_name="__main__")

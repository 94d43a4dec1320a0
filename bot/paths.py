"""Where the shipped files are: constants only, so that the pure core may import them without
importing the settings (bot/config.py sets a variable in the environment when imported)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The repository's folder."""
SHIPPED_KNOWLEDGE = ROOT / "knowledge"
"""The repository's knowledge folder: ``KNOWLEDGE_DIR`` when it is not set."""

"""trygg: Swedish schools' trygghetsplan and årshjul as validated, accessible static sites."""

from __future__ import annotations

__version__ = "0.1.0"

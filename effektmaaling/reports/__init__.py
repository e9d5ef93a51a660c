"""PDF reports (reportlab, no Qt). The house style in :mod:`.style` is shared by every report."""

from .effect_report import Period, build_effect_report, select_period

__all__ = ["Period", "build_effect_report", "select_period"]

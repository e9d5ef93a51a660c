"""Effect analysis: pure functions from an indicator's definition and points to typed results.

No Qt, no SQL. The GUI, the reports and the comparison read these results; none computes its own.
The methods are described in ``docs/methods.md``.
"""

from .engine import analyse_indicator, analyse_trial
from .results import (
    ASSURANCE_LABELS,
    STATUS_LABELS,
    Assurance,
    BottomLineResult,
    EffectSize,
    IndicatorAnalysis,
    Meaning,
    OverallVerdict,
    Point,
    RunChartResult,
    Signal,
    SpcResult,
    Status,
    TestResult,
    TrendResult,
    TrialAnalysis,
    assurance_label,
)

__all__ = [
    "ASSURANCE_LABELS",
    "STATUS_LABELS",
    "Assurance",
    "BottomLineResult",
    "EffectSize",
    "IndicatorAnalysis",
    "Meaning",
    "OverallVerdict",
    "Point",
    "RunChartResult",
    "Signal",
    "SpcResult",
    "Status",
    "TestResult",
    "TrendResult",
    "TrialAnalysis",
    "analyse_indicator",
    "analyse_trial",
    "assurance_label",
]

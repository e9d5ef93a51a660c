"""Features that add themselves to the main window from their own modules.

Each module named here has ``install(window: MainWindow) -> None``; it may call
``window.add_file_action``, ``window.add_help_action`` or ``window.menu("edit")`` and read
``window.current_trial_id()``. Add one line per feature (report, import/export, data safety).
"""

from __future__ import annotations

EXTENSIONS: list[str] = [
    "effektmaaling.ui.report_dialog",
    "effektmaaling.ui.io_actions",
    "effektmaaling.ui.safety_actions",
    "effektmaaling.ui.compare_action",
    "effektmaaling.ui.offline_actions",
]

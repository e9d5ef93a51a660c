"""Vis -> Sammenlign forsøg …: opens :class:`compare_view.CompareDialog` (the analyses the main
window's shared analysis cache holds already are used; the others are made off the GUI thread)."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate: module tr() -> empty context


def open_compare(window: Any) -> Any:
    from .compare_view import CompareDialog

    old = getattr(window, "_compare_dialog", None)
    if old is not None and shiboken6.isValid(old):
        if old.ws is window.ws:  # the same database: bring the open comparison forward
            old.show()
            old.raise_()
            old.activateWindow()
            return old
        old.unsubscribe()
        old.close()
        old.deleteLater()
    cache = getattr(window, "cache", None)
    known = cache.analysis_if_made if cache is not None else None  # the rest is analysed off the GUI thread
    dialog = CompareDialog(window.ws, window, known=known)
    dialog.setModal(False)
    dialog.show()
    window._compare_dialog = dialog  # keep it alive while shown
    return dialog


def install(window: Any) -> list[QAction]:
    action = QAction(tr("Sammenlign &forsøg …"), window)
    action.setObjectName("actionCompareTrials")
    action.setShortcut(QKeySequence("Ctrl+Shift+M"))
    action.setStatusTip(tr("Vis forsøgene side om side: tabel pr. tema, indekserede grafer, effektstørrelser"))
    action.triggered.connect(lambda: open_compare(window))
    view = window.menu("view")
    view.addSeparator()
    view.addAction(action)
    if hasattr(window, "add_toolbar_action"):
        window.add_toolbar_action(action)
    return [action]

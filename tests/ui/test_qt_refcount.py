"""Guard against a Qt binding that loses references to None.

PySide6 6.12.0's ``QGraphicsScene.removeItem`` and ``QGraphicsItem.setParentItem(None)`` each drop one reference
to ``None``. pyqtgraph calls them on every ``clear()``, so on Python 3.11 (where None is not immortal) a few
thousand chart redraws abort the interpreter ("none_dealloc: deallocating None"). pyproject.toml excludes that
release; this test fails if a binding with the bug is installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene


def test_removing_graphics_items_keeps_references_to_none(qapp):
    scene = QGraphicsScene()
    parent = QGraphicsRectItem(0, 0, 1, 1)
    scene.addItem(parent)
    items = [QGraphicsRectItem(0, 0, 1, 1) for _ in range(500)]
    for it in items:
        scene.addItem(it)
    before = sys.getrefcount(None)
    for it in items:
        scene.removeItem(it)
    for it in items:
        it.setParentItem(parent)
        it.setParentItem(None)
    assert sys.getrefcount(None) - before > -100  # the bug loses 1,000 here


def test_pyqtgraph_redraws_keep_references_to_none(qapp):
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    before = sys.getrefcount(None)
    for _ in range(50):
        plot.clear()
        for k in range(10):
            plot.plot([0, 1, 2], [k, k + 1, k])
    plot.clear()
    assert sys.getrefcount(None) - before > -100
    plot.deleteLater()

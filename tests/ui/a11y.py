"""Walking Qt's accessibility tree: every focusable control needs a name, siblings need different names."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QHeaderView, QTableView, QWidget


def accessible_name(w: QWidget) -> str:
    """The name a screen reader announces. A combo box on Linux reports its current value as its name
    (its label comes through a relation), so for it the set name or the label is taken, never the value."""
    iface = QAccessible.queryAccessibleInterface(w)
    if isinstance(w, QComboBox) and not w.isEditable():
        if w.accessibleName().strip():
            return w.accessibleName().strip()
        for other, _relation in (iface.relations(QAccessible.Relation.Label) if iface is not None else []):
            text = other.text(QAccessible.Text.Name).strip().rstrip(":")
            if text:
                return text
        return ""
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()


def accessible_role(w: QWidget) -> QAccessible.Role | None:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.role() if iface is not None else None


def _label(w: QWidget) -> str:
    return f"{type(w).__name__}({w.objectName() or '-'}) in {type(w.window()).__name__}"


def focusable_widgets(root: QWidget) -> list[QWidget]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus:  # disabled controls too: a screen reader lists them
            out.append(w)
    return out


def problems(root: QWidget) -> list[str]:
    """Focusable controls without an accessible name; focusable siblings with the same role and name;
    item views whose visible header sections are empty."""
    found: list[str] = []
    siblings: dict[tuple[int, str, object], list[QWidget]] = defaultdict(list)
    seen: set[int] = set()
    for w in focusable_widgets(root):
        if isinstance(w, QHeaderView):
            continue
        parent = w.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox) and w.focusProxy() is parent:
            w = parent  # a spin box's or combo box's editor: the box carries the name
        if id(w) in seen:
            continue
        seen.add(id(w))
        name = accessible_name(w)
        if not name:
            found.append(f"{_label(w)}: focusable without an accessible name")
            continue
        parent = w.parentWidget()
        group = siblings[(id(parent), name, accessible_role(w))]
        if w not in group:
            group.append(w)
        if isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            for header, orientation, count in ((getattr(w, "verticalHeader", lambda: None)(), Qt.Orientation.Vertical,
                                                model.rowCount(QModelIndex())),
                                               (getattr(w, "horizontalHeader", lambda: None)(),
                                                Qt.Orientation.Horizontal, model.columnCount(QModelIndex()))):
                if header is None or not header.isVisibleTo(root):
                    continue
                for section in range(count):
                    if header.isSectionHidden(section):
                        continue
                    text = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
                    acc = model.headerData(section, orientation, Qt.ItemDataRole.AccessibleTextRole)
                    if not str(text or "").strip() and not str(acc or "").strip():
                        found.append(f"{_label(w)}: {orientation.name} header section {section} has no text")
                        break
    for (_, name, _role), ws in siblings.items():
        if len(ws) > 1:
            found.append(f"{len(ws)} siblings named {name!r}: {', '.join(_label(w) for w in ws)}")
    return found

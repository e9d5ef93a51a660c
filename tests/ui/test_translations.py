"""The English translation is complete and compiled, menus keep unique accelerators, Qt's own texts follow.

After changing a UI string run ``uv run python resources/i18n/update_translations.py`` (see its docstring).
"""

from __future__ import annotations

import ast
import logging
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from effektmaaling.domain.i18n import set_language
from effektmaaling.ui import app as app_module
from effektmaaling.ui.app import I18N_DIR, install_translations

UI_DIR = Path(app_module.__file__).parent
TS = I18N_DIR / "effektmaaling_en.ts"
QM = I18N_DIR / "effektmaaling_en.qm"
UPDATE = "run `uv run python resources/i18n/update_translations.py` and translate what it lists"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", m.findtext("source") or ""): m.find("translation")
            for ctx in root.iter("context") for m in ctx.iter("message")}


def _tool(name: str) -> str:
    exe = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if exe is None:
        pytest.skip(f"{name} not installed")
    return exe


def test_every_ui_string_is_translated_and_the_ts_is_current(tmp_path):
    committed = _messages(TS)
    unfinished = [src for (_, src), t in committed.items()
                  if t.get("type") == "unfinished" or not (t.text or "").strip()]
    assert unfinished == [], f"untranslated in {TS.name}: {UPDATE}"
    # what lupdate finds in the program today, merged into a copy of the committed file
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), "-source-language", "da", "-target-language", "en", "-no-obsolete",
                    *sources, "-ts", str(fresh)], check=True, capture_output=True)
    now = _messages(fresh)
    assert sorted(set(now) - set(committed)) == [], f"new UI strings not in {TS.name}: {UPDATE}"
    assert sorted(set(committed) - set(now)) == [], f"{TS.name} holds strings the program no longer has: {UPDATE}"


def test_compiled_qm_agrees_with_the_ts():
    """The committed .qm gives every translation of the .ts (it fails when the .qm was not recompiled)."""
    translator = QTranslator()
    assert translator.load(str(QM))
    wrong = [(src, t.text, translator.translate(ctx, src)) for (ctx, src), t in _messages(TS).items()
             if translator.translate(ctx, src) != (t.text or "")]
    assert wrong == [], f"{QM.name} is out of date: {UPDATE}"


def test_every_tr_call_is_visible_to_lupdate():
    """tr() of a literal must be found by lupdate: not inside an f-string, not on a built string."""
    known = {src for _, src in _messages(TS)}
    unseen, built = [], []
    for path in sorted(UI_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            args = node.args[1:2] if name in ("translate", "QT_TRANSLATE_NOOP") else node.args[:1]
            if name not in ("tr", "translate", "QT_TRANSLATE_NOOP") or not args:
                continue
            where = f"{path.name}:{node.lineno}"
            if isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                if args[0].value not in known:
                    unseen.append((where, args[0].value))
            elif isinstance(args[0], (ast.JoinedStr, ast.BinOp)):
                built.append(where)
    assert unseen == [], "tr() strings lupdate cannot see (move tr() out of the f-string)"
    assert built == [], "tr() of an f-string or concatenation cannot be translated: use tr('… {x}').format(x=…)"


def _accelerator_clashes(menu: QMenu, path: str) -> list[str]:
    keys: dict[str, list[str]] = {}
    clashes = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if m := re.search(r"&([^&])", action.text().replace("&&", "")):
            keys.setdefault(m.group(1).lower(), []).append(action.text())
        if action.menu() is not None:
            clashes += _accelerator_clashes(action.menu(), f"{path} > {action.text()}")
    return clashes + [f"{path}: {texts}" for texts in keys.values() if len(texts) > 1]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_menu_accelerators_are_unique_in_each_menu(qapp, make_window, tmp_path, lang):
    translators = install_translations(qapp, lang)
    set_language(lang)
    try:
        w = make_window(tmp_path / "menus.db")
        menus = [a for a in w.menuBar().actions() if a.menu() is not None]
        assert len(menus) == 4
        assert _accelerator_clashes(w.menuBar(), "menu bar") == []
        clashes = [c for a in menus for c in _accelerator_clashes(a.menu(), a.text())]
        assert clashes == []
        if lang == "en":  # the features that add themselves are translated too
            view = [a.text() for a in w.menu("view").actions()]
            assert "Change &log" in view and "Compare &trials …" in view
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        set_language("da")


def _close_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    return box.button(QDialogButtonBox.StandardButton.Close).text()


@pytest.mark.parametrize(("lang", "close", "cancel"), [("da", "Luk", "Annullér"), ("en", "Close", "Cancel")])
def test_qt_standard_buttons_follow_the_language(qapp, lang, close, cancel):
    translators = install_translations(qapp, lang)
    try:
        assert _close_text() == close
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert _close_text() == "Close"  # removed again: Qt's built-in English


def test_missing_qt_translation_falls_back_to_english_buttons(qapp, monkeypatch, tmp_path, caplog):
    monkeypatch.setattr(app_module, "qt_translation_dirs", lambda: [tmp_path])
    with caplog.at_level(logging.WARNING, logger="effektmaaling.ui"):
        translators = install_translations(qapp, "da")
    try:
        assert translators == []
        assert _close_text() == "Close"
        assert QCoreApplication.translate("", "&Fil") == "&Fil"
        assert "qtbase_da.qm was not found" in caplog.text
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_english_falls_back_to_the_program_translation_alone(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(app_module, "qt_translation_dirs", lambda: [tmp_path])
    translators = install_translations(qapp, "en")
    try:
        assert len(translators) == 1
        assert QCoreApplication.translate("", "&Fil") == "&File"
        assert _close_text() == "Close"
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_the_file_dialog_is_danish_where_qts_translation_is_not(qtbot):
    """Qt's Danish translation lacks »&Look in:« and »Files of &type:« (found by a user): the program names
    them itself; every label of the dialog is then Danish."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from effektmaaling.ui import file_dialogs

    dialog = file_dialogs.make_dialog(None, "Gem", ".", "PDF-dokument (*.pdf)", save=True)
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
    assert "Kig &i:" in labels and "Fil&type:" in labels
    assert not any(word in label for label in labels for word in ("Look in", "Files of"))
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "Kig &i:"

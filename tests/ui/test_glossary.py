"""One word for one thing: the program's texts follow docs/glossary.md.

The Danish texts are the interface's source strings (the .ts file, which lupdate fills from every tr()) and
the Danish half of every ``t(da, en)`` and ``Text(da, en)`` in the command line, the domain, reading and
writing files, and the services; the English texts are the .ts translations and the English halves. The
analysis sentences and the reports also write ``"…" if da else "…"`` (or ``lang == "da"``), dictionaries keyed
``"da"``/``"en"`` and ``(da, en)`` pairs as dictionary values: those are read too.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary.md"
TS = ROOT / "resources" / "i18n" / "effektmaaling_en.ts"
PACKAGES = ["cli", "domain", "io", "services", "ui"]
# analysis/ and reports/ write the analysis sentences and the reports
LATER = ["analysis", "reports"]


def rules() -> list[tuple[str, str, list[str], list[str]]]:
    """(Danish term, English term, avoided Danish variants, avoided English variants) from the table."""
    out = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or cells[0] in ("Dansk", "---"):
            continue
        da, en, _meaning, avoid_da, avoid_en = cells
        split = lambda s: [v.strip() for v in s.split(",") if v.strip()]  # noqa: E731
        out.append((da, en, split(avoid_da), split(avoid_en)))
    return out


def _pattern(variant: str) -> re.Pattern[str]:
    if variant == "«…»":
        return re.compile(r"«(?=[\w{%])[^«»\n]*»")  # «name», not the closing and opening of »a« eller »b«
    body = re.escape(variant).replace(r"\ ", r"[\s\u00a0]")
    return re.compile(rf"(?<![\wæøåÆØÅ]){body}(?![\wæøåÆØÅ])", re.IGNORECASE if variant[:1].islower() else 0)


def _strings(node: ast.AST) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_strings(v) if not isinstance(v, ast.FormattedValue) else "{}" for v in node.values)
    return ""


def _language_of(test: ast.expr) -> str | None:
    """"da" for ``da``, ``lang == "da"`` (and "en" for ``lang == "en"``, ``not da``, ``lang != "da"``)."""
    flip = {"da": "en", "en": "da"}
    if isinstance(test, ast.Name) and test.id == "da":
        return "da"
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        inner = _language_of(test.operand)
        return flip[inner] if inner else None
    if (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.comparators[0], ast.Constant)
            and test.comparators[0].value in flip):
        lang = test.comparators[0].value
        return lang if isinstance(test.ops[0], ast.Eq) else flip[lang] if isinstance(test.ops[0], ast.NotEq) else None
    return None


def _all_strings(node: ast.AST) -> list[str]:
    return [text for n in ast.walk(node) if (text := _strings(n))]


def _bilingual(node: ast.AST) -> list[tuple[list[str], list[str]]]:
    """(Danish texts, English texts) written as a conditional on the language, a da/en dictionary or pairs."""
    if isinstance(node, ast.IfExp) and (lang := _language_of(node.test)):
        body, other = _all_strings(node.body), _all_strings(node.orelse)
        return [(body, other) if lang == "da" else (other, body)]
    if isinstance(node, ast.If) and (lang := _language_of(node.test)):
        body = [t for n in node.body for t in _all_strings(n)]
        other = [t for n in node.orelse for t in _all_strings(n)]
        return [(body, other) if lang == "da" else (other, body)]
    if isinstance(node, ast.Dict):
        keys = [k.value if isinstance(k, ast.Constant) else None for k in node.keys]
        if "da" in keys and "en" in keys:
            return [(_all_strings(node.values[keys.index("da")]), _all_strings(node.values[keys.index("en")]))]
        return [([_strings(v.elts[0])], [_strings(v.elts[1])]) for v in node.values
                if isinstance(v, ast.Tuple) and len(v.elts) == 2 and all(_strings(e) for e in v.elts)]
    return []


def texts(packages: list[str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    danish, english = [], []
    for package in packages:
        for path in sorted((ROOT / "effektmaaling" / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
                for da, en in _bilingual(node):
                    danish += [(where, text) for text in da]
                    english += [(where, text) for text in en]
                if not isinstance(node, ast.Call) or len(node.args) < 2:
                    continue
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in ("t", "Text"):
                    danish.append((where, _strings(node.args[0])))
                    english.append((where, _strings(node.args[1])))
    if "ui" in packages:
        for message in ET.parse(TS).getroot().iter("message"):
            source, translation = message.findtext("source") or "", message.findtext("translation") or ""
            danish.append(("effektmaaling_en.ts", source))
            english.append(("effektmaaling_en.ts", translation))
    return danish, english


def violations(packages: list[str]) -> list[str]:
    danish, english = texts(packages)
    found = []
    for da, en, avoid_da, avoid_en in rules():
        for variants, corpus, term in ((avoid_da, danish, da), (avoid_en, english, en)):
            for variant in variants:
                pattern = _pattern(variant)
                for where, text in corpus:
                    if pattern.search(text):
                        found.append(f"{where}: »{variant}« for »{term}« in {text[:90]!r}")
    return found


def test_glossary_has_the_terms_of_the_issue():
    terms = {da for da, *_ in rules()}
    assert {"Annullér", "Redigér", "kontroldiagram", "midterlinje", "95 %-konfidensinterval", "Cohens h",
            "tendens i opfølgningen", "måletype", "dokumentation", "innovationsforsøg"} <= terms
    assert all(en for _, en, *_ in rules())


def test_interface_and_command_line_use_the_glossary_terms():
    found = violations(PACKAGES)
    assert not found, "\n".join(found)


def test_the_check_finds_a_term_outside_the_glossary(tmp_path):
    rule = {da: (avoid_da, avoid_en) for da, _en, avoid_da, avoid_en in rules()}
    assert any(_pattern(v).search("Annuller") for v in rule["Annullér"][0])
    assert not any(_pattern(v).search("Annullér") for v in rule["Annullér"][0])
    assert any(_pattern(v).search("Forsøget «FriNoVa» findes ikke") for v in rule["»…«"][0])
    assert any(_pattern(v).search("Test: p, 95\u00a0%-interval for ændringen") for v in rule["95 %-konfidensinterval"][0])


def test_analysis_and_report_use_the_glossary_terms():
    found = violations(LATER)
    assert not found, "\n".join(found)


def test_the_check_reads_the_conditional_and_paired_texts_of_the_analysis_and_the_report():
    danish, english = texts(LATER)
    assert any("Steget fra" in text for _, text in danish)  # "… if da else …" (analysis/explain.py)
    assert any("Rose from" in text for _, text in english)
    assert any(text == "Effektrapport" for _, text in danish)  # WORDS["da"] (reports/texts.py)
    assert any(text == "I-diagram (XmR)" for _, text in danish)  # (da, en) pairs (reports/texts.py)
    assert not any("Rose from" in text for _, text in danish)

"""Danish typography in the report, read back from real PDFs: the minus sign (−), no-break spaces that keep
a number with its % or unit and ``p < 0,001`` together at every line width, a score's range as »(skala 0–10)«,
the singular after exactly one (»+1 klage«), and the glossary's words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table

from effektmaaling.domain.formatting import format_number, format_p_value, format_percent_value, with_unit
from effektmaaling.reports.style import para, register_fonts, styles

from .conftest import page_texts

HYPHEN_AS_MINUS = re.compile(r"(?<![\w.,)–-])-\d")  # "-2,5", not the dates' "31-01-2015"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def test_demo_report_writes_negative_numbers_with_the_minus_sign(demo_reports):
    text = "\n".join(page_texts(PdfReader(demo_reports["FriNoVa/da"])))
    assert not HYPHEN_AS_MINUS.findall(text), HYPHEN_AS_MINUS.findall(text)[:5]
    assert "\u22122,5" in text  # Tid til dokumentation fell by 2,5 timer pr. uge
    english = "\n".join(page_texts(PdfReader(demo_reports["FriNoVa/en"])))
    assert not HYPHEN_AS_MINUS.findall(english) and "\u22122.5" in english


def test_demo_report_units_read_as_danish(demo_reports):
    text = _flat("\n".join(page_texts(PdfReader(demo_reports["FriNoVa/da"]))))
    assert "score 0-10" not in text and "6,3 (skala 0–10" in text
    assert "+1 klage pr. måned" in text and "+1 klager" not in text  # the change of complaints, in the test
    assert "pr. måned pr. måned" not in text and "klager pr. måned om måneden" in text  # the trend of a rate
    assert "kontrolkort" not in text and "kontroldiagram: skift" in text
    assert "95 %-interval" not in text and "95 %-konfidensinterval" in text
    assert "(skala 0–10) (" not in text  # one bracket: "(skala 0–10; +22 %)"
    assert "3,8 → 4,4" in text and "4 → 4" not in text  # complaints: two different levels never read as equal
    english = _flat("\n".join(page_texts(PdfReader(demo_reports["FriNoVa/en"]))))
    assert "(scale 0–10" in english and "+1 klage pr. måned" in english  # the unit as typed, in the singular


@pytest.mark.parametrize("lang", ["da", "en"])
def test_numbers_never_part_from_their_percent_unit_or_p_sign(tmp_path: Path, lang: str):
    """The report's body style in frames from narrow to wide: a break falls everywhere but inside »85 %«,
    »p < 0,001«, »−2,5 timer« or »+38 procentpoint«."""
    register_fonts()
    p_small, p_mid = format_p_value(0.0004, lang), format_p_value(0.034, lang)
    pct, neg = format_percent_value(0.85, 0, lang), format_percent_value(-0.35, 0, lang)
    hours = with_unit(format_number(-2.5, 1, lang), "timer pr. uge", lang)
    points = f"{format_number(38, 0, lang, sign=True)}\u00a0procentpoint"
    sentence = (f"Ændringen er statistisk signifikant ({p_small}), {pct} af vejen mod målet, faldet er {neg} "
                f"eller {hours}, andelen steg {points}, og testen af tendensen giver {p_mid} i alt.")
    pdf = tmp_path / "widths.pdf"
    widths = [w / 2 for w in range(80, 200)]  # 40 to 100 mm in half millimetres, one table cell each
    doc = SimpleDocTemplate(str(pdf), leftMargin=10, rightMargin=10, topMargin=10, bottomMargin=10)
    doc.build([Table([[para(sentence, styles().body)]], colWidths=[w * mm]) for w in widths])
    lines = [ln.strip() for page in page_texts(PdfReader(pdf)) for ln in page.splitlines() if ln.strip()]
    assert len(lines) > 3 * len(widths)  # the narrow frames did break the sentence
    joined = " ".join(lines)
    assert "0,001" in joined or "0.001" in joined
    for ln in lines:
        assert not ln.startswith(("%", "<", "=", "0,001", "0.001", "timer", "procentpoint")), ln
        assert not re.search(r"(^|\s)p$", ln) and not re.search(r"[<=]$", ln), ln

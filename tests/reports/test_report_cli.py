"""``effektmaaling report``: writes the PDF, or prints one clear error line."""

from __future__ import annotations

from pypdf import PdfReader

from effektmaaling.cli.main import main


def test_report_command_writes_the_pdf_in_the_chosen_language(demo_db, tmp_path, capsys):
    out = tmp_path / "frinova.pdf"
    code = main(["report", "--db", str(demo_db), "--trial", "frinova", "-o", str(out), "--lang", "en",
                 "--from", "01-01-2014", "--to", "2015-06-30", "--indicator", "Tid til dokumentation"])
    assert code == 0
    assert "FriNoVa" in capsys.readouterr().out
    reader = PdfReader(out)
    text = "\n".join(p.extract_text() for p in reader.pages).replace("\n", " ")
    assert "Page 1 of" in text and "Tid til dokumentation" in text
    assert "follow-up shown from 1 Jan 2014; the baseline is kept" in text
    assert "Borgere med egen recovery-plan" not in text.split("The five bottom lines")[-1].split("How to read")[0]


def test_unknown_trial_is_one_error_line_and_no_file(demo_db, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    code = main(["report", "--db", str(demo_db), "--trial", "Findes ikke", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "Findes ikke" in err and "Traceback" not in err
    assert not out.exists()


def test_bad_date_and_unwritable_folder_are_one_line_each(demo_db, tmp_path, capsys):
    assert main(["report", "--db", str(demo_db), "--trial", "FriNoVa", "-o", str(tmp_path / "x.pdf"),
                 "--from", "31-02-2014"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "31-02-2014" in err
    assert main(["report", "--db", str(demo_db), "--trial", "FriNoVa", "-o", str(tmp_path / "no" / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kunne ikke skrives" in err

"""Helpers for the import/export tests (real files written in tmp)."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from pathlib import Path


def db_content(path: Path) -> list[str]:
    """The database's content as SQL statements (ignores the file's bytes, WAL and free pages)."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def set_cached_formula_values(path: Path, values: dict[str, str]) -> None:
    """Give formula cells a computed value, as Excel does when it saves (openpyxl cannot)."""
    with zipfile.ZipFile(path) as zin:
        items = {name: zin.read(name) for name in zin.namelist()}
    xml = items["xl/worksheets/sheet1.xml"].decode()
    for ref, value in values.items():
        xml = re.sub(rf'(<c r="{ref}"[^>]*>)<f>(.*?)</f><v\s*/>', rf"\1<f>\2</f><v>{value}</v>", xml)
    items["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items.items():
            zout.writestr(name, data)

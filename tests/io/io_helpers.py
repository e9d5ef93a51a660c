"""Helpers for the import/export tests (real files written in tmp)."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from pathlib import Path


def db_content(where) -> list[str]:  # type: ignore[no-untyped-def]
    """The database's content as SQL statements (ignores the file's bytes, WAL and free pages). ``where``
    is a file's path or a workspace (a file, or a shared PostgreSQL database: every row of every table)."""
    if getattr(where, "shared", False):
        from sqlalchemy import select

        from effektmaaling.storage.schema import metadata

        with where.db.engine.connect() as conn:
            out = [f"{table.name}: {tuple(row)!r}" for table in metadata.sorted_tables
                   for row in conn.execute(select(table).order_by(*table.primary_key.columns))]
            conn.rollback()
        return out
    con = sqlite3.connect(getattr(where, "path", where))
    try:
        return list(con.iterdump())
    finally:
        con.close()


def db_arg(ws) -> str:  # type: ignore[no-untyped-def]
    """What to give ``--db`` for the workspace's database: its file, or its URL with the password."""
    if ws.shared:
        return ws.db.url.render_as_string(hide_password=False)
    return str(ws.path)


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

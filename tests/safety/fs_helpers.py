"""Read-only places and small file systems for the tests.

As an ordinary user, ``chmod`` makes a file or folder read-only. As root (containers, CI) permissions
do not bind, so a read-only bind mount is used instead, and a small tmpfs for a full disk; where
mounting is not allowed either, the test is skipped (the injected-error variants still run)."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _mount(*args: str) -> bool:
    if not shutil.which("mount"):
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """``folder``'s content, seen through a path where nothing can be written. Yields that path."""
    if not IS_ROOT:
        mode = folder.stat().st_mode
        for p in folder.iterdir():
            p.chmod(stat.S_IRUSR | stat.S_IRGRP)
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            yield folder
        finally:
            folder.chmod(mode)
            for p in folder.iterdir():
                p.chmod(stat.S_IRUSR | stat.S_IWUSR)
        return
    view = folder.with_name(folder.name + "-ro")
    view.mkdir()
    if not (_mount("--bind", str(folder), str(view)) and _mount("-o", "remount,bind,ro", str(view))):
        _umount(view)
        pytest.skip("running as root without permission to mount a read-only view")
    try:
        yield view
    finally:
        _umount(view)


@contextlib.contextmanager
def read_only_file(path: Path) -> Iterator[Path]:
    """``path`` made read-only in a folder that stays writable. Yields the path to use."""
    if not IS_ROOT:
        path.chmod(stat.S_IRUSR)
        try:
            yield path
        finally:
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)
        return
    if not _mount("--bind", str(path), str(path)) or not _mount("-o", "remount,bind,ro", str(path)):
        _umount(path)
        pytest.skip("running as root without permission to mount a read-only file")
    try:
        yield path
    finally:
        _umount(path)


@contextlib.contextmanager
def small_filesystem(folder: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of ``size_kb`` mounted on ``folder`` (root only; otherwise skipped)."""
    folder.mkdir(exist_ok=True)
    if not IS_ROOT or not _mount("-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)):
        pytest.skip("mounting a small file system needs root")
    try:
        yield folder
    finally:
        _umount(folder)

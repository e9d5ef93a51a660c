"""Entry point for frozen builds (PyInstaller): the same as the ``effektmaaling`` command.

``multiprocessing.freeze_support()`` comes first: the status icons' worker processes (ui/status_loader.py)
are started with ``spawn``, which runs this executable again; in such a child it runs the worker and exits
instead of starting the program."""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from effektmaaling.cli.main import main

    raise SystemExit(main())

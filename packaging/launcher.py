"""Entry point for frozen builds (PyInstaller): the same as the ``effektmaaling`` command."""

from effektmaaling.cli.main import main

raise SystemExit(main())

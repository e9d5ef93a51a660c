"""One module per subcommand. Each has ``register(subparsers)``; the parser's ``func`` runs it.

To add a command: write a module here and add its name to ``COMMANDS``. Keep the module's top level
light (argparse, domain, ``..common``) and import what ``run`` needs inside it: every start of the
program, the desktop one too, builds this parser (``tests/test_startup.py`` checks what is imported).
"""

COMMANDS = ["demo", "trials", "check", "backups", "analyse", "import_measurements", "exchange", "export", "report",
            "compare", "setup", "access", "offline"]

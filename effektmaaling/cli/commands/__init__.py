"""One module per subcommand. Each has ``register(subparsers)``; the parser's ``func`` runs it.

To add a command: write a module here and add its name to ``COMMANDS``.
"""

COMMANDS = ["demo", "trials", "check", "analyse", "import_measurements", "exchange", "export", "report"]

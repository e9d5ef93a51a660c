"""The ``effektmaaling`` command line."""

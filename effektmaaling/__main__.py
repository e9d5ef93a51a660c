import multiprocessing

from effektmaaling.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # (a no-op unless frozen) the status icons' worker processes: ui/status_loader.py
    raise SystemExit(main())

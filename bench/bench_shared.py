"""Load and fault test of the shared database: many clients (processes) enter measurements through the
services layer on a throwaway PostgreSQL cluster on loopback; optionally the server is restarted
(``pg_ctl restart -m fast``) during the run.

Each client is its own login (a lead of the one trial) with its own indicator, and adds measurements with
``Workspace.add_measurement(id=<uuid>)``. A write that fails (the server away, the connection dropped) is
retried with the same id until it is acknowledged, so a retry after a commit whose answer was lost finds the
stored row instead of adding a second one. At the end every acknowledged id is looked up: lost = acknowledged
but absent, duplicated = more rows than distinct logical writes.

Usage: ``uv run python bench/bench_shared.py [--clients 50] [--seconds 120] [--restarts 2]``
(needs Debian's postgresql; runs as root by starting the server as the OS user effekt-pg).
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def client(url: str, indicator_id: str, seconds: float, out: mp.Queue, ready: mp.Queue, go) -> None:  # type: ignore[no-untyped-def, type-arg]
    from effektmaaling.domain.errors import DomainError
    from effektmaaling.services import Workspace

    ind = uuid.UUID(indicator_id)
    ws = Workspace.open(url)
    ready.put(True)
    go.wait()
    acked: list[str] = []
    latencies: list[float] = []
    failures = 0
    recovered_after: list[float] = []
    down_since: float | None = None
    start = time.monotonic()
    day = 0
    while time.monotonic() - start < seconds:
        mid = uuid.uuid4()
        date = dt.date(1950, 1, 2) + dt.timedelta(days=day)
        t0 = time.monotonic()
        while True:  # the same write until it is acknowledged
            try:
                if ws is None:
                    ws = Workspace.open(url)
                ws.add_measurement(ind, id=mid, date=date, value=float(day % 97))
                break
            except DomainError:
                failures += 1
                down_since = down_since or time.monotonic()
                if ws is not None and failures % 20 == 0:
                    ws.close()
                    ws = None
                time.sleep(0.2)
                if time.monotonic() - start > seconds + 120:
                    out.put(("gave up", acked, latencies, failures, recovered_after))
                    return
        if down_since is not None:
            recovered_after.append(time.monotonic() - down_since)
            down_since = None
        latencies.append(time.monotonic() - t0)
        acked.append(mid.hex)
        day += 1
    if ws is not None:
        ws.close()
    out.put(("ok", acked, latencies, failures, recovered_after))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--restarts", type=int, default=0, help="restart the server this many times during the run")
    args = parser.parse_args()

    from pg_cluster import start_cluster

    from effektmaaling.services import Workspace, access
    from effektmaaling.storage.postgres import setup_database

    cluster = start_cluster()
    try:
        db = cluster.create_database("bench")
        setup_database(cluster.url(db))
        admin = Workspace.open(cluster.url(db))
        trial = admin.create_trial(name="Belastning", start_date=dt.date(1950, 1, 1))
        urls, indicators = [], []
        for i in range(args.clients):
            login = f"client{i:02d}"
            cluster.create_login(login, "pw")
            access.grant(admin, login, "lead", trial.name)
            ind = admin.create_indicator(trial.id, name=f"Indikator {i:02d}", bottom_line="service")
            urls.append(cluster.url(db, login, "pw"))
            indicators.append(ind.id.hex)
        admin.close()

        ctx = mp.get_context("spawn")
        out: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
        ready: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
        go = ctx.Event()
        procs = [ctx.Process(target=client, args=(urls[i], indicators[i], args.seconds, out, ready, go))
                 for i in range(args.clients)]
        for p in procs:
            p.start()
        for _ in procs:  # every client started and connected: the clock starts now
            ready.get()
        go.set()
        t_start = time.monotonic()
        restarts = []
        for k in range(args.restarts):
            target = t_start + args.seconds * (k + 1) / (args.restarts + 1)
            time.sleep(max(0.0, target - time.monotonic()))
            t0 = time.monotonic()
            cluster.restart("fast")
            restarts.append(time.monotonic() - t0)
        results = [out.get() for _ in procs]
        for p in procs:
            p.join()
        elapsed = time.monotonic() - t_start

        import psycopg

        with psycopg.connect(cluster.conninfo(db)) as con:
            stored = [r[0] for r in con.execute("SELECT id FROM measurements")]
            distinct_writes = con.execute("SELECT count(DISTINCT (indicator_id, date)) FROM measurements").fetchone()[0]
        stored_set = set(stored)
        acked = [mid for r in results for mid in r[1]]
        lost = sum(1 for mid in acked if mid not in stored_set)
        duplicated = len(stored) - distinct_writes + (len(stored) - len(stored_set))
        unacked_but_stored = len(stored_set - set(acked))
        lat = sorted(x * 1000 for r in results for x in r[2])

        def pct(p: float) -> float:
            return lat[min(len(lat) - 1, int(p / 100 * len(lat)))] if lat else float("nan")

        print(f"PostgreSQL {cluster.execute('SHOW server_version')[0][0]} on loopback, {args.clients} client processes, "
              f"{args.seconds:.0f} s, {args.restarts} restart(s) of the server "
              f"({', '.join(f'{r:.1f} s' for r in restarts) or '-'})")
        print(f"acknowledged writes: {len(acked)}  ({len(acked) / args.seconds:.1f} per second; all clients done "
              f"after {elapsed:.1f} s)")
        print(f"latency ms: p50 {pct(50):.1f}  p95 {pct(95):.1f}  p99 {pct(99):.1f}  max {lat[-1] if lat else 0:.1f}")
        print(f"lost acknowledged writes: {lost}   duplicated rows: {duplicated}   "
              f"stored but not acknowledged (a client stopped mid-write): {unacked_but_stored}")
        recovered = [r for r in results if r[0] == "ok"]
        print(f"clients finished: {len(recovered)}/{len(results)}; failed attempts retried: "
              f"{sum(r[3] for r in results)}; recovery after a fault: "
              f"max {max((x for r in results for x in r[4]), default=0):.1f} s")
        return 0 if lost == 0 and duplicated == 0 and len(recovered) == len(results) else 1
    finally:
        cluster.remove()


if __name__ == "__main__":
    sys.exit(main())

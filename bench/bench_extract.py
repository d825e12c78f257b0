"""Benchmark: the full ``rasid extract`` end to end; prints articles/second and peak memory.

    python bench/bench_extract.py [-n 1000] [--words 600] [--source DIR] [--workers 1,0]
                                  [--ner-model PATH] [--repeat R] [--json] [--stages]
                                  [--profile] [--profile-n N] [--no-runs] [--keep]

It builds a corpus of N ~600-word Arabic articles as one JSONL file in a temporary directory
(never inside the repository), by varying the dev articles (default ``../shared/data/news/dev``
next to the repository): paragraphs are rotated, followed by paragraphs of other articles until
the target length, and trimmed to it; each article gets a distinct id and a ``published`` date.

Then it runs the real command line as a subprocess, ``python -m rasid extract CORPUS -o OUT
--workers W``, once per worker setting (``0`` = leave ``--workers`` out: the default, all
cores), and reports wall-clock time *including interpreter start-up and model loading*, CPU
time of the process tree, articles/s, words/s, peak memory and the number of events in the
output; a note is printed when other processes used the CPU during a run (from /proc/stat), as
their load inflates the wall-clock time:

* ``peak MB``: the largest resident set of any one process of the tree (exact, from the
  kernel's ``ru_maxrss`` of the waited-for child, which includes its reaped worker processes);
* ``tree MB``: the peak of the summed proportional set size (PSS, shared pages split between
  processes) of the whole process tree, sampled every ``--sample`` seconds from /proc (Linux
  only; "-" elsewhere).

``--stages`` times each pipeline stage over one single-process pass in this process (the
functions ``rasid.pipeline`` calls, wrapped with timers; no profiler overhead).
``--profile`` also runs one single-process pass in this process under cProfile (reading the
JSONL file, ``rasid.pipeline.process`` per article, ``json.dumps`` per record) and prints the
top 25 functions by cumulative time and the top 15 by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "data" / "news" / "dev"
_DATE_IN_NAME = re.compile(r"(\d{8})$")


# ---------------------------------------------------------------------------- corpus


def _source_articles(folder: Path) -> list[dict]:
    """The source articles: id, title, paragraphs, date and outlet (from manifest.jsonl if any)."""
    manifest: dict[str, dict] = {}
    mpath = folder / "manifest.jsonl"
    if mpath.exists():
        for line in mpath.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                manifest[row["id"]] = row
    out = []
    for path in sorted(folder.glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text("utf-8").splitlines()]
        lines = [ln for ln in lines if ln]
        if len(lines) < 2:
            continue
        meta = manifest.get(path.stem, {})
        day = meta.get("date")
        if not day and (m := _DATE_IN_NAME.search(path.stem)):
            day = f"{m[1][:4]}-{m[1][4:6]}-{m[1][6:]}"
        out.append({
            "id": path.stem,
            "title": lines[0],
            "paras": lines[1:],
            "date": date.fromisoformat(day) if day else date(2018, 1, 1),
            "outlet": meta.get("outlet"),
        })
    if not out:
        raise SystemExit(f"bench_extract: no usable .txt articles in {folder}")
    return out


def _rotated(paras: list[str], k: int) -> list[str]:
    k %= len(paras)
    return paras[k:] + paras[:k]


def make_article(sources: list[dict], i: int, words: int) -> dict:
    """Article ``i``: source ``i % S`` rotated by round ``i // S``, padded/trimmed to ``words``."""
    n = len(sources)
    base, rnd = sources[i % n], i // n
    body: list[str] = []
    count = len(base["title"].split())
    j = 0
    while count < words:
        src = base if j == 0 else sources[(i + j + rnd) % n]
        for para in _rotated(src["paras"], rnd + j):
            w = para.split()
            if count + len(w) >= words:
                keep = words - count
                if keep > 0:
                    body.append(" ".join(w[:keep]).rstrip(".،,:؛") + ".")
                count = words
                break
            body.append(para)
            count += len(w)
        j += 1
    return {
        "id": f"bench-{i:05d}-{base['id']}",
        "published": (base["date"] + timedelta(days=rnd)).isoformat(),
        "outlet": base["outlet"],
        "text": base["title"] + "\n\n" + "\n".join(body) + "\n",
    }


def build_corpus(source: Path, n: int, words: int, path: Path) -> int:
    """Write ``n`` articles to ``path`` (JSONL); return the total number of words."""
    sources = _source_articles(source)
    total = 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            art = make_article(sources, i, words)
            total += len(art["text"].split())
            f.write(json.dumps(art, ensure_ascii=False) + "\n")
    return total


# ---------------------------------------------------------------------------- memory sampling


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    task_dir = Path(f"/proc/{pid}/task")
    try:
        for task in task_dir.iterdir():
            text = (task / "children").read_text()
            kids.extend(int(x) for x in text.split())
    except OSError:
        pass
    return kids


def _tree(pid: int) -> list[int]:
    todo, seen = [pid], []
    while todo:
        p = todo.pop()
        seen.append(p)
        todo.extend(_children(p))
    return seen


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class TreeSampler(threading.Thread):
    """Samples the summed PSS of a process tree (Linux /proc); ``peak_mb`` is None elsewhere."""

    def __init__(self, pid: int, every: float) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_kb = 0
        self.ok = Path(f"/proc/{pid}/smaps_rollup").exists() and every > 0
        self._halt = threading.Event()

    def run(self) -> None:
        while self.ok and not self._halt.is_set():
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in _tree(self.pid)))
            self._halt.wait(self.every)

    def stop(self) -> None:
        self._halt.set()
        if self.is_alive():
            self.join()

    @property
    def peak_mb(self) -> float | None:
        return self.peak_kb / 1024 if self.ok and self.peak_kb else None


# ---------------------------------------------------------------------------- end-to-end runs


def _busy_cpu_seconds() -> float | None:
    """CPU seconds all processes of the machine have used since boot (Linux /proc/stat)."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _maxrss_mb(kb: int) -> float:
    return kb / (1024 * 1024) if sys.platform == "darwin" else kb / 1024


def _count(out: Path) -> dict:
    records = events = entities = quotes = 0
    with out.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                records += 1
                events += len(rec.get("events", ()))
                entities += len(rec.get("entities", ()))
                quotes += len(rec.get("quotes", ()))
    return {"records": records, "events": events, "entities": entities, "quotes": quotes}


def run_cli(corpus: Path, out: Path, workers: int, n: int, words: int, sample: float,
            ner_model: str | None = None) -> dict:
    """One end-to-end ``python -m rasid extract`` run; wall-clock includes start-up."""
    cmd = [sys.executable, "-m", "rasid", "extract", str(corpus), "-o", str(out)]
    if workers:
        cmd += ["--workers", str(workers)]
    if ner_model:
        cmd += ["--ner-model", ner_model]
    busy0 = _busy_cpu_seconds()
    self0 = time.process_time()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = TreeSampler(proc.pid, sample)
    sampler.start()
    # the stderr pipe must not fill up while we wait; drain it in a thread
    err_chunks: list[bytes] = []
    drain = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()), daemon=True)
    drain.start()
    _, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    sampler.stop()
    drain.join()
    busy1 = _busy_cpu_seconds()
    cpu = usage.ru_utime + usage.ru_stime
    # CPU time other processes used meanwhile (this benchmark's own sampling excluded)
    other = (None if busy0 is None or busy1 is None
             else max(0.0, busy1 - busy0 - cpu - (time.process_time() - self0)))
    err = b"".join(err_chunks).decode("utf-8", "replace")
    if proc.returncode not in (0, 1):  # 1: some articles were skipped (reported on stderr)
        raise SystemExit(f"bench_extract: {' '.join(cmd)} exited {proc.returncode}\n{err[-2000:]}")
    counts = _count(out)
    skipped = [ln for ln in err.splitlines() if ln.startswith("rasid: ") and " wrote " not in ln]
    for line in skipped[:5]:
        print(f"bench_extract: workers={workers or 'default'}: {line}", file=sys.stderr)
    return {
        "workers": workers or (os.cpu_count() or 1),
        "workers_flag": workers or "default",
        "articles": n,
        "seconds": round(secs, 3),
        "cpu_seconds": round(cpu, 3),
        "articles_per_s": round(n / secs, 1),
        "words_per_s": round(words / secs),
        "peak_mb": round(_maxrss_mb(usage.ru_maxrss), 1),
        "tree_mb": None if sampler.peak_mb is None else round(sampler.peak_mb, 1),
        **counts,
        "skipped": len(skipped),
        "exit_code": proc.returncode,
        "other_cpu_seconds": None if other is None else round(other, 2),
    }


def format_table(rows: list[dict]) -> str:
    head = ("workers", "articles", "seconds", "cpu s", "articles/s", "words/s", "peak MB",
            "tree MB", "events")
    lines = [head]
    for r in rows:
        w = f"{r['workers']}" + (" (default)" if r["workers_flag"] == "default" else "")
        tree = "-" if r["tree_mb"] is None else f"{r['tree_mb']:.0f}"
        lines.append((w, str(r["articles"]), f"{r['seconds']:.2f}", f"{r['cpu_seconds']:.2f}",
                      f"{r['articles_per_s']:.1f}", f"{r['words_per_s']:,}",
                      f"{r['peak_mb']:.0f}", tree, str(r["events"])))
    widths = [max(len(row[i]) for row in lines) for i in range(len(head))]
    return "\n".join("  ".join(c.rjust(widths[i]) for i, c in enumerate(row)) for row in lines)


# ---------------------------------------------------------------------------- profile


def profile(corpus: Path, limit: int | None) -> str:
    """One single-process pass under cProfile; the top functions by cumulative and own time."""
    from rasid.pipeline import process
    from rasid.read import read_paths

    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    n = 0
    for art in read_paths([corpus]):
        if limit is not None and n >= limit:
            break
        json.dumps(process(art), ensure_ascii=False)
        n += 1
    prof.disable()
    secs = time.perf_counter() - t0
    buf = io.StringIO()
    buf.write(f"cProfile: {n} articles, one process, {secs:.2f} s under the profiler "
              f"(imports of rasid.pipeline excluded, model/data loading included)\n")
    stats = pstats.Stats(prof, stream=buf).strip_dirs()
    stats.sort_stats("cumulative").print_stats(25)
    stats.sort_stats("tottime").print_stats(15)
    return buf.getvalue()


# ---------------------------------------------------------------------------- stages

_STAGE_FUNCS = ("clean", "tokenize", "split_sentences", "recognise", "find_capitals",
                "find_dates", "code_events", "find_quotes", "to_record")
_STAGE_METHODS = (("Gazetteer", "find"), ("ActorResolver", "find"))


def stages(corpus: Path, limit: int | None) -> str:
    """Wall time per pipeline stage over one single-process pass, without profiler overhead.

    The functions ``rasid.pipeline`` calls are wrapped with timers for the pass (nothing is
    copied from the pipeline, so the split follows it); what is not inside one is "other".
    """
    import functools

    import rasid.pipeline as pl
    from rasid.read import read_paths

    spent: dict[str, float] = {}
    undo: list[tuple[object, str, object]] = []

    def timed(name: str, fn):  # noqa: ANN001, ANN202
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - t
        return wrapper

    for name in _STAGE_FUNCS:
        if callable(getattr(pl, name, None)):
            undo.append((pl, name, getattr(pl, name)))
            setattr(pl, name, timed(name, getattr(pl, name)))
    for cls_name, meth in _STAGE_METHODS:
        cls = getattr(pl, cls_name, None)
        if cls is not None and meth in vars(cls):
            undo.append((cls, meth, vars(cls)[meth]))
            setattr(cls, meth, timed(f"{cls_name}.{meth}", vars(cls)[meth]))
    try:
        t = time.perf_counter()
        if hasattr(pl, "_warm"):
            pl._warm()
        load = time.perf_counter() - t
        arts = list(read_paths([corpus]))[:limit]
        t0 = time.perf_counter()
        first = 0.0
        for i, art in enumerate(arts):
            json.dumps(pl.process(art), ensure_ascii=False)
            if i == 0:
                first = time.perf_counter() - t0
        total = time.perf_counter() - t0
    finally:
        for owner, name, orig in reversed(undo):
            setattr(owner, name, orig)
    n = max(1, len(arts))
    lines = [f"stages: {len(arts)} articles, one process, {total:.2f} s "
             f"({len(arts) / total:.1f} articles/s; _warm() {load:.2f} s before, "
             f"first article {first:.2f} s — lazy model loading)",
             f"{'stage':<22}{'seconds':>9}{'share':>8}{'ms/article':>12}"]
    rows = sorted(spent.items(), key=lambda kv: -kv[1])
    rows.append(("other (json, glue)", total - sum(spent.values())))
    for name, secs in rows:
        lines.append(f"{name:<22}{secs:>9.2f}{secs / total:>8.1%}{1000 * secs / n:>12.1f}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------- main


def _git_state() -> str | None:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, text=True,
                              capture_output=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=REPO, text=True, capture_output=True, check=True).stdout
        return head + ("+dirty" if dirty.strip() else "")
    except (OSError, subprocess.CalledProcessError):
        return None


def _rasid_location() -> str | None:
    """Where ``import rasid`` is found (PYTHONPATH can point the benchmark at a snapshot)."""
    import importlib.util

    spec = importlib.util.find_spec("rasid")
    return str(Path(spec.origin).parent) if spec and spec.origin else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--articles", type=int, default=1000, help="corpus size (default 1000)")
    ap.add_argument("--words", type=int, default=600, help="words per article (default 600)")
    ap.add_argument("--source", type=Path, default=DEV,
                    help=f"folder of .txt articles to vary (default {DEV})")
    ap.add_argument("--workers", default="1,0",
                    help="comma-separated worker settings; 0 = the default (all cores), "
                         "i.e. no --workers flag (default '1,0')")
    ap.add_argument("--ner-model", metavar="PATH",
                    help="passed to 'rasid extract --ner-model' in the end-to-end runs "
                         "(--stages/--profile always use the default model)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per setting; the fastest is reported (default 1)")
    ap.add_argument("--sample", type=float, default=0.2,
                    help="seconds between process-tree memory samples; 0 = off (default 0.2)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--profile", action="store_true",
                    help="also profile one single-process pass in-process with cProfile")
    ap.add_argument("--profile-n", type=int, default=None,
                    help="articles in the --profile/--stages pass (default: the whole corpus)")
    ap.add_argument("--stages", action="store_true",
                    help="also time each pipeline stage over one in-process pass (no profiler)")
    ap.add_argument("--no-runs", action="store_true",
                    help="skip the end-to-end runs (with --profile: profile only)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary corpus and output")
    a = ap.parse_args(argv)
    settings = [int(w) for w in a.workers.split(",") if w.strip()]

    tmp = Path(tempfile.mkdtemp(prefix="rasid-bench-"))
    if tmp.resolve().is_relative_to(REPO):
        raise SystemExit(f"bench_extract: temporary dir {tmp} is inside the repository")
    try:
        corpus = tmp / "corpus.jsonl"
        total_words = build_corpus(a.source, a.articles, a.words, corpus)
        rows = []
        if not a.no_runs:
            for w in settings:
                runs = [run_cli(corpus, tmp / f"out-{w}.jsonl", w, a.articles, total_words,
                                a.sample, a.ner_model) for _ in range(max(1, a.repeat))]
                best = min(runs, key=lambda r: r["seconds"])
                best["peak_mb"] = max(r["peak_mb"] for r in runs)
                rows.append(best)
        # stages first: it reports the cold first article; the profile then sees warm caches
        stage_table = stages(corpus, a.profile_n) if a.stages else None
        prof = profile(corpus, a.profile_n) if a.profile else None
        meta = {
            "date": date.today().isoformat(),
            "cpu_count": os.cpu_count(),
            "python": sys.version.split()[0],
            "git": _git_state(),
            "rasid": _rasid_location(),
            "articles": a.articles,
            "words": total_words,
            "words_per_article": round(total_words / max(1, a.articles), 1),
            "source": str(a.source),
            "ner_model": a.ner_model,
        }
        if a.json:
            print(json.dumps({**meta, "runs": rows, "stages": stage_table,
                              "profile": prof}, indent=2,
                             ensure_ascii=False))
        else:
            print(f"corpus: {a.articles} articles, {total_words:,} words "
                  f"({meta['words_per_article']}/article) varied from {a.source}")
            print(f"machine: {meta['cpu_count']} cores, Python {meta['python']}, "
                  f"repository {meta['git']}, {meta['date']}; rasid from {meta['rasid']}")
            if rows:
                print(format_table(rows))
                for r in rows:
                    other = r["other_cpu_seconds"] or 0.0
                    if other > 0.05 * r["seconds"]:
                        print(f"note: other processes used {other:.1f} CPU s during the "
                              f"workers={r['workers']} run ({r['seconds']:.1f} s): its time is "
                              "inflated; 'cpu s' is the rasid process tree's own CPU time")
                for r in rows:
                    if r["skipped"] or r["records"] < r["articles"]:
                        print(f"note: workers={r['workers']}: {r['skipped']} articles skipped, "
                              f"{r['records']} records written (see stderr): figures not valid")
            if stage_table:
                print()
                print(stage_table)
            if prof:
                print()
                print(prof)
        sys.stdout.flush()
        if a.keep:
            print(f"kept: {tmp}", file=sys.stderr)
    finally:
        if not a.keep:
            for p in tmp.iterdir():
                p.unlink()
            tmp.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Report regeneration speed: the seed reports from scratch and again unchanged.

Prints seconds and ratios against a bare ``papermill`` run of one notebook in the same
process (so a slower or busier machine shifts all three alike):

    full_ratio=   the whole batch (every report executed and exported) ÷ bare run
    again_ratio=  the batch with nothing changed (no report executed) ÷ bare run
    cli_again=    ``cscaucasus reports`` with nothing changed, as a command (a new
                  process: Python and the package imported, the index rewritten)
    build_again=  ``cscaucasus build`` with nothing changed, as a command (answered from
                  the build's record, without importing the pipeline: see
                  ``cscaucasus.freshness``); ``make reports`` unchanged is both commands
    cli_full=     ``cscaucasus reports --force`` as a command: what a user waits for
                  (the runner's own imports included), with its ratio to the bare run

The batch runs its notebooks one after another in warm kernels (one per job), the bare
run in a kernel of its own; ``--jobs 2`` is what ``make reports`` uses.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import papermill as pm

from cscaucasus.build import build
from cscaucasus.kernel import KERNEL_NAME, NativeKernelManager
from cscaucasus.reports import find_notebooks, run_reports

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--raw", default=str(ROOT / "data" / "raw"))
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    notebooks = find_notebooks(ROOT / "notebooks")
    with tempfile.TemporaryDirectory() as tmp:
        processed, out = Path(tmp) / "processed", Path(tmp) / "reports"
        build(args.raw, processed)
        params = {"corpus_path": str(processed)}
        started = time.perf_counter()
        pm.execute_notebook(
            str(notebooks[0]),
            str(Path(tmp) / "bare.ipynb"),
            parameters=params,
            kernel_name=KERNEL_NAME,
            kernel_manager_class=NativeKernelManager,
            cwd=str(notebooks[0].parent),
            progress_bar=False,
        )
        bare = time.perf_counter() - started
        timings = {}
        for name, force in (("full", True), ("again", False)):
            started = time.perf_counter()
            reports = run_reports(notebooks, out, processed=processed, jobs=args.jobs, force=force)
            timings[name] = time.perf_counter() - started
            assert all(r.status == "ok" for r in reports), [r.error for r in reports]
        reused = sum(r.reused for r in reports)
        command = [sys.executable, "-m", "cscaucasus.cli", "reports", str(processed)]
        command += ["--out", str(out), "--notebooks", str(ROOT / "notebooks")]
        command += ["--jobs", str(args.jobs)]
        cli = timed(command)
        built = timed(
            [sys.executable, "-m", "cscaucasus.cli", "build", args.raw, "--out", str(processed)]
        )
        cli_full = timed([*command, "--force"])
    print(f"reports={len(notebooks)} jobs={args.jobs} bare_papermill_one={bare:.2f}s")
    print(f"full={timings['full']:.2f}s again={timings['again']:.2f}s ({reused} unchanged)")
    print(f"full_ratio={timings['full'] / bare:.2f} again_ratio={timings['again'] / bare:.3f}")
    print(f"cli_again={cli:.2f}s build_again={built:.2f}s make_reports_again={cli + built:.2f}s")
    print(f"cli_full={cli_full:.2f}s cli_full_ratio={cli_full / bare:.2f}")


def timed(command: list[str]) -> float:
    """Seconds a command takes (it must succeed)."""
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()

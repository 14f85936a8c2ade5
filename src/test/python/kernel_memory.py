"""The memory a student's kernel holds: ours after the first document's cells against Debian's python3 kernel after the
Python lecture's first half, measured in one run, one kernel after the other, on the same machine.

Usage (from the project folder, after `mvn -q -DskipTests package`):
  /usr/bin/python3 src/test/python/kernel_memory.py PYTHON_LECTURE.ipynb [--graphviz-root DIR] [--ours-with-dot]
      [--idle SECONDS] [--autograd-notebook scripts/exercises/01-neuron.ipynb] [--json OUT.json]

Our kernel is installed as a class installs it (`scripts/autograd kernel install --prefix`, a self-contained copy) in
a temporary folder, and removed after. The Python lecture is karpathy/nn-zero-to-hero's
lectures/micrograd/micrograd_lecture_first_half_roughly.ipynb; its draw_dot needs the `graphviz` Python package and
Graphviz's `dot`: --graphviz-root names a folder with Debian's graphviz and python3-graphviz unpacked in it
(`apt-get download ...; dpkg -x`), used by the python3 kernel alone, so that ours still renders with its own engine.
Without it those cells fail and are counted as failed. The lecture also imports numpy and matplotlib
(apt-get install python3-numpy python3-matplotlib). Graphviz for it, without installing it for the whole machine:
  mkdir gv && cd gv && apt-get download graphviz libgvc6 libcgraph6 libcdt5 libpathplan4 libxdot4 liblab-gamut1 \
      libgvpr2 libgts-0.7-5 libann0 libltdl7 python3-graphviz && for d in *.deb; do dpkg -x "$d" root; done
  GVBINDIR=root/usr/lib/x86_64-linux-gnu/graphviz LD_LIBRARY_PATH=root/usr/lib/x86_64-linux-gnu root/usr/bin/dot -c
and pass --graphviz-root gv/root. With --ours-with-dot our kernel runs a second time with that
same `dot` on its PATH, as on a class's machine with Graphviz installed: it then draws through `dot`, as the python3
kernel does, instead of holding V8.

For each kernel: its resident memory (RSS, and PSS: the shared pages split among the processes that map them) summed
over the kernel's process tree, right after the last cell and again after --idle seconds of idleness, and its peak
(VmHWM). Prints a table and, with --json, writes the figures.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

from jupyter_client.manager import KernelManager

import classhub  # noqa: E402  (beside this script)


def status_kib(pid, field):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def pss_kib(pid):
    try:
        with open("/proc/%d/smaps_rollup" % pid) as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def memory(pid):
    pids = [pid] + classhub.descendants(pid)
    return {"rss_mb": round(sum(status_kib(p, "VmRSS") for p in pids) / 1024, 1),
            "pss_mb": round(sum(pss_kib(p) for p in pids) / 1024, 1),
            "peak_rss_mb": round(max(status_kib(p, "VmHWM") for p in pids) / 1024, 1),
            "processes": len(pids)}


def execute(kc, code, timeout=300):
    """Runs one cell; its status and, if it failed, the error's name and value."""
    msg_id = kc.execute(code, store_history=True)
    until = time.time() + timeout
    error = None
    while True:
        msg = kc.get_iopub_msg(timeout=max(1, until - time.time()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "error":
            error = "%s: %s" % (msg["content"]["ename"], msg["content"]["evalue"][:200])
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    while True:
        reply = kc.get_shell_msg(timeout=30)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"]["status"], error


def code_cells(notebook):
    with open(notebook) as f:
        cells = json.load(f)["cells"]
    return ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in cells if c["cell_type"] == "code"]


def measure(name, kernel_name, cells, env, idle):
    km = KernelManager(kernel_name=kernel_name)
    km.start_kernel(env=env)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=180)
        pid = km.provisioner.process.pid
        started = time.time()
        failed = []
        for i, code in enumerate(cells):
            status, error = execute(kc, code)
            if status != "ok":
                failed.append({"cell": i, "error": error})
        seconds = round(time.time() - started, 1)
        time.sleep(2)                                    # what the last cell started settles (a picture's PNG, a GC)
        after = memory(pid)
        time.sleep(idle)
        idle_after = memory(pid)
        return {"kernel": name, "cells": len(cells), "failed": failed, "seconds": seconds,
                "after_cells": after, "after_idle": idle_after, "idle_seconds": idle}
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)                    # asked, so the kernel takes its picture folder away


def main():
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("python_lecture")
    args.add_argument("--autograd-notebook", default="scripts/exercises/01-neuron.ipynb")
    args.add_argument("--graphviz-root")
    args.add_argument("--idle", type=float, default=45)
    args.add_argument("--ours-with-dot", action="store_true")
    args.add_argument("--json")
    a = args.parse_args()

    prefix = tempfile.mkdtemp(prefix="autograd-kernel-memory-")
    try:
        subprocess.run(["scripts/autograd", "kernel", "install", "--prefix", prefix], check=True, stdout=subprocess.DEVNULL)
        os.environ["JUPYTER_PATH"] = os.path.join(prefix, "share/jupyter")     # where the kernelspecs are looked up
        ours = dict(os.environ, AUTOGRAD_OPEN="0")
        theirs, dot = dict(os.environ), None
        if a.graphviz_root:
            root = os.path.abspath(a.graphviz_root)
            lib = os.path.join(root, "usr/lib/x86_64-linux-gnu")
            dot = dict(PATH=os.path.join(root, "usr/bin") + os.pathsep + theirs["PATH"], LD_LIBRARY_PATH=lib,
                       GVBINDIR=os.path.join(lib, "graphviz"))
            theirs.update(dot, PYTHONPATH=os.path.join(root, "usr/lib/python3/dist-packages"))
        results = [measure("autograd (Java)", "autograd", code_cells(a.autograd_notebook), ours, a.idle)]
        if a.ours_with_dot and dot:
            results.append(measure("autograd, with dot", "autograd", code_cells(a.autograd_notebook), dict(ours, **dot), a.idle))
        results.append(measure("python3 (ipykernel)", "python3", code_cells(a.python_lecture), theirs, a.idle))
    finally:
        subprocess.run(["scripts/autograd", "kernel", "remove", "--prefix", prefix], stdout=subprocess.DEVNULL)
        shutil.rmtree(prefix, ignore_errors=True)

    print("%-22s %5s %6s %7s  %14s %14s  %14s %14s  %8s" % ("kernel", "cells", "failed", "seconds", "RSS after", "PSS after",
                                                       "RSS idle", "PSS idle", "peak RSS"))
    for r in results:
        print("%-22s %5d %6d %7.1f  %11.1f MB %11.1f MB  %11.1f MB %11.1f MB  %5.1f MB" % (
            r["kernel"], r["cells"], len(r["failed"]), r["seconds"], r["after_cells"]["rss_mb"], r["after_cells"]["pss_mb"],
            r["after_idle"]["rss_mb"], r["after_idle"]["pss_mb"], r["after_cells"]["peak_rss_mb"]))
    python = results[-1]["after_cells"]["rss_mb"]
    ratio = results[0]["after_cells"]["rss_mb"] / python
    for r in results[:-1]:
        print("%s / python3, RSS after the cells: %.2f, after %d s idle: %.2f (goal: at most 2)" % (
            r["kernel"], r["after_cells"]["rss_mb"] / python, a.idle, r["after_idle"]["rss_mb"] / results[-1]["after_idle"]["rss_mb"]))
    for r in results:
        for f in r["failed"]:
            print("%s: cell %d failed: %s" % (r["kernel"], f["cell"], f["error"]))
    if a.json:
        with open(a.json, "w") as out:
            json.dump({"results": results, "ratio": round(ratio, 2)}, out, indent=1)
    return ratio


if __name__ == "__main__":
    main()

"""A class on JupyterHub, for real: the class's own configuration (classroom/jupyterhub_config.py) on loopback, system
users as students, each driving their own server and kernel through the hub as a browser would.

  /usr/bin/python3 src/test/python/classroom.py bench [--students 30] [--json OUT.json]
      The load benchmark: every student at the same moment starts their server, opens a kernel and runs the first
      document's notebook (scripts/exercises/01-neuron.ipynb) through the hub's REST API, their server's /api/kernels and
      the kernel's websocket, then saves it. Reports the time until every student's first cell answered, p50/p95 cell
      latency, failed cells and the class's peak memory; then stops everything it started.
  /usr/bin/python3 src/test/python/classroom.py it OUT.json
      The end-to-end test's half (ClassroomIT asserts on what it writes): 3 students, the same run, then isolation
      (who a kernel runs as, files, the hub's and servers' tokens, a forged kernel message) and faults (a memory-hungry
      and a CPU-hungry kernel, a kernel killed mid-cell, the hub restarted, a notebook with hostile labels shown to
      the teacher).

Needs root, Debian's jupyterhub, node-configurable-http-proxy and jupyter-notebook, and the built project; without
them it says why and exits with status 3.
"""
import argparse
import asyncio
import hashlib
import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import classhub  # noqa: E402
from classhub import Kernel, request, status_of, text_of  # noqa: E402
from tornado.websocket import WebSocketClosedError  # noqa: E402

NOTEBOOK = os.path.join(classhub.PROJECT, "scripts", "exercises", "01-neuron.ipynb")
FOLDER = "autograd-lecture"


def log(*parts):
    print(time.strftime("%H:%M:%S"), *parts, file=sys.stderr, flush=True)


class Sampler(threading.Thread):
    """The class's memory once a second: the students' cgroup (servers and kernels, peak as the kernel counts it)
    and the PSS of every process of the hub, its proxy and the students, summed."""

    def __init__(self, hub):
        super().__init__(daemon=True)
        self.hub, self.stop_flag = hub, threading.Event()
        self.peak_pss = self.peak_rss = 0
        self.samples = 0

    def run(self):
        while not self.stop_flag.wait(1.0):
            uids = {pwd.getpwnam(u).pw_uid for u in self.hub.made_users}
            pids = classhub.pids_of(uids)
            if self.hub.proc and self.hub.proc.poll() is None:
                pids += [self.hub.proc.pid] + classhub.descendants(self.hub.proc.pid)
            rss, pss = classhub.memory_kib(set(pids))
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            self.samples += 1

    def cgroup_peak_mb(self):
        for folder in classhub.cgroup_folders(self.hub.tag):
            for name in ("memory.max_usage_in_bytes", "memory.peak"):
                path = os.path.join(folder, name)
                if os.path.exists(path):
                    return round(int(open(path).read()) / 1048576, 1)
        return None


async def run_notebook(hub, student, notebook, t0, save_as=None):
    """The student's whole session: their server, a kernel, every code cell in order, the notebook saved."""
    token = hub.tokens[student]
    result = {"student": student, "cells": [], "failed": []}
    stage = "starting their server"
    try:
        await hub.start_server(student)
        result["server_ready"] = round(time.time() - t0, 2)
        stage = "opening a kernel"
        kernel = await Kernel.open(hub.url, student, token)
        result["kernel_open"] = round(time.time() - t0, 2)
        return await run_cells(hub, student, notebook, t0, save_as, kernel, result)
    except StageFailed:
        raise
    except Exception as e:
        raise StageFailed("%s, %.1f s in: %r" % (stage, time.time() - t0, e)) from e


async def execute_as_the_page_does(kernel, code, result):
    """A cell. When its kernel restarted under it, or the page's connection to the server closed, the notebook's page
    connects again and the student runs the cell again: once, counted in the result, its time the whole wait."""
    started = time.time()
    for attempt in (1, 2):
        try:
            r = await kernel.execute(code)
        except WebSocketClosedError:
            r = {"status": "disconnected", "outputs": []}
        if r["status"] not in ("restarting", "disconnected") or attempt == 2:
            return dict(r, seconds=round(time.time() - started, 3))
        result["cells_run_again"] += 1
        kernel.close()
        await asyncio.sleep(1)
        await kernel.connect()


class StageFailed(Exception):
    """A student's session that ended early, saying where (their server, their kernel, which cell) and when."""


async def run_cells(hub, student, notebook, t0, save_as, kernel, result):
    token = hub.tokens[student]
    runs = []
    result["cells_run_again"] = 0
    for i, code in enumerate(classhub.code_cells(notebook)):
        try:
            r = await execute_as_the_page_does(kernel, code, result)
        except Exception as e:
            raise StageFailed("cell %d, %.1f s in: %r" % (i, time.time() - t0, e)) from e
        runs.append(r)
        if i == 0:
            result["first_cell_answered"] = round(time.time() - t0, 2)
        result["cells"].append(r["seconds"])
        if r["status"] != "ok" or not classhub.meets(code, r["outputs"]):
            result["failed"].append({"cell": i, "status": r["status"], "text": text_of(r["outputs"])[:300]})
    result["pictures"] = sum(1 for r in runs for o in r["outputs"] if "image/png" in o.get("data", {}))
    if save_as:
        saved = classhub.with_outputs(notebook, runs)
        await request("%s/user/%s/api/contents/%s" % (hub.url, student, save_as), "PUT",
                      {"type": "notebook", "format": "json", "content": saved}, token)
    result["done"] = round(time.time() - t0, 2)
    return result, kernel


def percentile(values, p):
    values = sorted(values)
    if not values:
        return None
    k = (len(values) - 1) * p / 100.0
    f = int(k)
    c = min(f + 1, len(values) - 1)
    return round(values[f] + (values[c] - values[f]) * (k - f), 3)


async def class_run(hub, notebook):
    """Every student at the same moment; the figures of the run, and each student's open kernel."""
    await asyncio.gather(*(hub.make_student(s) for s in hub.students))
    t0 = time.time()
    runs = await asyncio.gather(*(run_notebook(hub, s, notebook, t0, FOLDER + "/01-neuron.ipynb") for s in hub.students),
                                return_exceptions=True)
    results, kernels, errors = [], {}, []
    for student, r in zip(hub.students, runs):
        if isinstance(r, BaseException):
            errors.append("%s: %r" % (student, r))
        else:
            results.append(r[0])
            kernels[student] = r[1]
    cells = [s for r in results for s in r["cells"]]
    figures = {
        "students": len(hub.students), "sessions_completed": len(results), "session_errors": errors,
        "cells_run": len(cells), "cells_failed": sum(len(r["failed"]) for r in results) + len(classhub.code_cells(notebook)) * len(errors),
        "failures": [dict(f, student=r["student"]) for r in results for f in r["failed"]][:20],
        "every_server_ready_s": max((r["server_ready"] for r in results), default=None),
        "every_first_cell_answered_s": max((r["first_cell_answered"] for r in results), default=None),
        "every_notebook_done_s": max((r["done"] for r in results), default=None),
        "cell_p50_s": percentile(cells, 50), "cell_p95_s": percentile(cells, 95), "cell_max_s": max(cells, default=None),
        "pictures": sum(r["pictures"] for r in results),
        "cells_run_again": sum(r["cells_run_again"] for r in results),
    }
    return figures, kernels


def bench(args):
    hub = classhub.Hub(args.students, memory=args.memory, cpus=args.cpus, log=log, graphviz_root=args.graphviz_root)
    sampler = Sampler(hub)
    load_before = os.getloadavg()[0]
    figures = None
    try:
        hub.start()
        sampler.start()
        with open(args.notebook) as f:
            notebook = json.load(f)
        log("the class of %d starts" % args.students)
        async def whole_class():
            figures, kernels = await class_run(hub, notebook)
            # then the class sits idle (reading, thinking): what the kernels hold and burn meanwhile
            uids = {pwd.getpwnam(u).pw_uid for u in hub.students}
            java = [p for p in classhub.pids_of(uids) if b"java" in open("/proc/%d/cmdline" % p, "rb").read()]
            before, t = {p: cpu_seconds(p) for p in java}, time.time()
            await asyncio.sleep(args.idle)
            after = {p: cpu_seconds(p) for p in java}
            java = [p for p in java if before[p] is not None and after[p] is not None]   # a kernel that ended meanwhile
            figures["idle_s"] = args.idle
            figures["kernels_ended_while_idle"] = len(before) - len(java)
            figures["idle_cpu_percent_per_kernel"] = round(100 * sum(after[p] - before[p] for p in java) / (time.time() - t) / max(1, len(java)), 2)
            rss, pss = classhub.memory_kib(set(classhub.pids_of(uids)))
            figures["students_pss_after_idle_mb"] = round(pss / 1024, 1)
            figures["kernel_rss_after_idle_mb"] = round(sum(classhub.memory_kib({p})[0] for p in java) / 1024 / max(1, len(java)), 1)
            for k in kernels.values():
                k.close()
            return figures
        figures = asyncio.run(whole_class())
    finally:
        sampler.stop_flag.set()
        figures_memory = {"peak_pss_mb": round(sampler.peak_pss / 1024, 1), "peak_rss_mb": round(sampler.peak_rss / 1024, 1),
                          "students_cgroup_peak_mb": sampler.cgroup_peak_mb()}
        if figures is None or figures["session_errors"] or figures["cells_failed"]:
            kept = os.path.join(tempfile.gettempdir(), "classroom-%s-hub.log" % hub.tag)
            shutil.copyfile(os.path.join(hub.dir, "hub.log"), kept)      # the hub's and the servers' log, for why
            log("the hub's log is kept in " + kept)
        log("stopping everything")
        hub.stop()
    figures.update(figures_memory)
    figures["load_average_before"] = load_before
    figures["drawing"] = "dot" if args.graphviz_root else "V8 (no dot)"
    print("students %(students)d: every first cell answered after %(every_first_cell_answered_s)s s, every notebook done "
          "after %(every_notebook_done_s)s s; cells %(cells_run)d, failed %(cells_failed)d; cell latency p50 %(cell_p50_s)s s, "
          "p95 %(cell_p95_s)s s, max %(cell_max_s)s s; run again after a restart %(cells_run_again)d; peak memory: PSS %(peak_pss_mb)s MB (RSS %(peak_rss_mb)s MB), "
          "students' cgroup %(students_cgroup_peak_mb)s MB; drawing with %(drawing)s; load average before %(load_average_before).1f" % figures)
    print("after %(idle_s)s s idle: each kernel %(kernel_rss_after_idle_mb)s MB RSS and %(idle_cpu_percent_per_kernel)s%% of a core; "
          "the students' processes %(students_pss_after_idle_mb)s MB PSS" % figures)
    for e in figures["session_errors"]:
        print("session failed: " + e)
    if args.json:
        with open(args.json, "w") as out:
            json.dump(figures, out, indent=1)
    return 0 if figures["cells_failed"] == 0 and not figures["session_errors"] else 1


# ---------------------------------------------------------------- the end-to-end test's checks

PROBE = """String probe(String path) {
    try {
        java.nio.file.Path p = java.nio.file.Path.of(path);
        if (java.nio.file.Files.isDirectory(p)) { try (var s = java.nio.file.Files.list(p)) { return "listed " + s.count(); } }
        return "read " + java.nio.file.Files.readAllBytes(p).length;
    } catch (Exception e) { return e.getClass().getSimpleName(); }
}"""

HOSTILE = "<script>top.document.title='pwned'</script><img src=x onerror=\\\"top.document.title='pwned'\\\">"


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def kernel_pids(uid):
    return [p for p in classhub.pids_of({uid}) if b"kernel" in open("/proc/%d/cmdline" % p, "rb").read()
            and b"java" in open("/proc/%d/cmdline" % p, "rb").read()]


def cpu_seconds(pid):
    """User and system CPU time of a process so far; None once it has ended."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cgroup_of(pid):
    with open("/proc/%d/cgroup" % pid) as f:
        return f.read()


def cgroup_file(hub, student, name):
    for folder in classhub.cgroup_folders(hub.tag):
        path = os.path.join(folder, student, name)
        if os.path.exists(path):
            return open(path).read()
    return None


async def value(kernel, code, timeout=90):
    r = await kernel.execute(code, timeout=timeout)
    return text_of(r["outputs"]).strip() if r["status"] == "ok" else "%s: %s" % (r["status"], text_of(r["outputs"]) or r["outputs"])


async def it_checks(hub, seen):
    with open(NOTEBOOK) as f:
        notebook = json.load(f)
    a, b, c = hub.students
    home = {s: pwd.getpwnam(s).pw_dir for s in hub.students}
    uid = {s: pwd.getpwnam(s).pw_uid for s in hub.students}

    # before the first start: A already has their own 02 notebook (never overwritten); B planted a link where the
    # lecture's folder goes, into a folder that is not theirs (nothing may be written through it)
    own = os.path.join(home[a], FOLDER, "02-node-used-twice.ipynb")
    os.makedirs(os.path.dirname(own))
    with open(own, "w") as f:
        f.write('{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5, "mine": true}')
    for p in (os.path.dirname(own), own):
        os.chown(p, uid[a], pwd.getpwnam(a).pw_gid)
    own_sha = sha(own)
    seen["through_link"] = await through_link(hub)

    figures, kernels = await class_run(hub, notebook)
    seen["run"] = figures
    seen["login"] = {"right_password": await login(hub, a, hub.passwords[a]), "wrong_password": await login(hub, a, "not-" + hub.passwords[a])}
    ka, kb, kc = kernels[a], kernels[b], kernels[c]

    seen["copies"] = {s: {"home_mode": oct(os.stat(home[s]).st_mode & 0o777),
                          "files": sorted(os.listdir(os.path.join(home[s], FOLDER))) if os.path.isdir(os.path.join(home[s], FOLDER)) else None}
                      for s in hub.students}
    nb_a = os.path.join(home[a], FOLDER, "01-neuron.ipynb")
    st = os.stat(nb_a)
    seen["saved_notebook"] = {"owner_is_student": st.st_uid == uid[a], "mode": oct(st.st_mode & 0o777),
                              "has_outputs": any(cell.get("outputs") for cell in json.load(open(nb_a))["cells"])}
    seen["own_copy_kept"] = sha(own) == own_sha

    # who each kernel runs as, and in which cgroup
    seen["identity"] = {}
    for s, k in kernels.items():
        line = await value(k, 'new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/self/status")))'
                              '.lines().filter(l -> l.startsWith("Uid:")).findFirst().get()')
        pids = kernel_pids(uid[s])
        seen["identity"][s] = {"uid_line": line, "uid": uid[s], "kernel_processes": len(pids),
                               "in_own_cgroup": bool(pids) and all(("/%s/%s" % (hub.tag, s)) in cgroup_of(p) for p in pids),
                               "cgroups_here": bool(classhub.cgroup_folders(hub.tag))}

    # files: A's pictures, read from B's kernel, as B
    await ka.execute("String where = drawDot(o).toAbsolutePath().toString();")
    picture = await value(ka, "where")
    seen["picture"] = {"path": picture}
    if picture.startswith("/"):
        folder = os.path.dirname(picture)
        seen["picture"].update(folder_mode=oct(os.stat(folder).st_mode & 0o777), folder_owner_is_a=os.stat(folder).st_uid == uid[a])
    await kb.execute(PROBE)
    seen["b_reads_a"] = {
        "notebook": await value(kb, 'probe("%s")' % nb_a),
        "notebook_folder": await value(kb, 'probe("%s")' % os.path.dirname(nb_a)),
        "picture": await value(kb, 'probe("%s")' % picture),
        "picture_folder": await value(kb, 'probe("%s")' % os.path.dirname(picture)),
        "own_notebook": await value(kb, 'probe("%s")' % os.path.join(home[b], FOLDER, "01-neuron.ipynb")),
    }

    # the hub and the servers, with B's token, against A's
    tb, ta = hub.tokens[b], hub.tokens[a]
    user_a = "%s/user/%s" % (hub.url, a)
    port_a = hub.server_port(a)
    seen["b_through_hub"] = {
        "contents": await status_of(user_a + "/api/contents/%s/01-neuron.ipynb" % FOLDER, token=tb),
        "kernels": await status_of(user_a + "/api/kernels", token=tb),
        "kernel": await status_of(user_a + "/api/kernels/" + ka.id, token=tb),
        "interrupt": await status_of(user_a + "/api/kernels/%s/interrupt" % ka.id, "POST", token=tb),
        "start_kernel": await status_of(user_a + "/api/kernels", "POST", token=tb, body={"name": "autograd"}),
        "server_port_directly": await status_of("http://127.0.0.1:%d/user/%s/api/contents" % (port_a, a), token=tb),
        "hub_user": await status_of(hub.url + "/hub/api/users/" + a, token=tb),
        "hub_stop_server": await status_of(hub.url + "/hub/api/users/%s/server" % a, "DELETE", token=tb),
        "hub_token": await status_of(hub.url + "/hub/api/users/%s/tokens" % a, "POST", token=tb, body={}),
        "no_token": await status_of(user_a + "/api/contents"),
        "own_contents": await status_of("%s/user/%s/api/contents/%s/01-neuron.ipynb" % (hub.url, b, FOLDER), token=tb),
    }
    try:
        intruder = Kernel(hub.url, a, tb, ka.id)
        await intruder.connect()
        seen["b_through_hub"]["websocket"] = "connected"
        r = await intruder.execute("1 + 1", timeout=10)
        seen["b_through_hub"]["websocket_cell"] = r["status"]
        intruder.close()
    except Exception as e:
        seen["b_through_hub"]["websocket"] = "refused: %s" % str(e)[:100]
    seen["a_still_answers"] = await value(ka, "o.data")

    # the teacher (an admin) opens A's notebook through the hub
    teacher_token = hub.tokens[hub.teacher]
    seen["teacher_reads_a"] = await status_of(user_a + "/api/contents/%s/01-neuron.ipynb" % FOLDER, token=teacher_token)
    saved_before = {s: sha(os.path.join(home[s], FOLDER, "01-neuron.ipynb")) for s in hub.students}

    # faults: a kernel that starts a process bigger than the student's memory (the kernel's own limits do not cover
    # it: the student's cgroup does), then a kernel that fills its own heap
    seen["native_hog"] = {"exit": await value(ka, 'new ProcessBuilder("/usr/bin/python3", "-c", '
                                                  '"b = bytearray(3 << 30)\\nfor i in range(0, len(b), 4096): b[i] = 1")'
                                                  '.start().waitFor()', timeout=120),
                          "a_oom": cgroup_file(hub, a, "memory.oom_control") or cgroup_file(hub, a, "memory.events"),
                          "b_oom": cgroup_file(hub, b, "memory.oom_control") or cgroup_file(hub, b, "memory.events"),
                          "a_after": await value(ka, "2 + 2"), "b_after": await value(kb, "3 + 3")}
    others = asyncio.gather(kb.execute("Value.mul(3, o).data"), kc.execute("x1.data * w1.data"))
    hog = await ka.execute("byte[][] hog = new byte[1 << 20][];\nfor (int i = 0; i < hog.length; i++) hog[i] = new byte[1 << 20];")
    rb, rc = await others
    seen["heap_hog"] = {"status": hog["status"], "text": json.dumps(hog["outputs"])[:400], "b": text_of(rb["outputs"]).strip(),
                        "c": text_of(rc["outputs"]).strip(), "a_after": await value(ka, "hog = null;\n1 + 1")}
    # a kernel that spins three threads for 3 s: the student's CPU quota holds it to its share
    pid = kernel_pids(uid[a])[0]
    cpu, wall = cpu_seconds(pid), time.time()
    spin = await ka.execute("Thread[] spin = new Thread[3];\nlong end = System.nanoTime() + 3_000_000_000L;\n"
                            "for (int i = 0; i < spin.length; i++) { spin[i] = new Thread(() -> { while (System.nanoTime() < end) {} }); spin[i].start(); }\n"
                            "for (Thread t : spin) t.join();", timeout=60)
    seen["cpu_hog"] = {"status": spin["status"], "quota": hub.cpus, "wall_s": round(time.time() - wall, 2),
                       "cpu_s": round(cpu_seconds(pid) - cpu, 2), "throttled": cgroup_file(hub, a, "cpu.stat"),
                       "b_after": await value(kb, "4 + 4")}

    # a kernel killed in the middle of a cell
    pids = kernel_pids(uid[a])
    sleeping = asyncio.ensure_future(ka.execute("Thread.sleep(60_000);", timeout=25))
    await asyncio.sleep(2)
    for pid in pids:
        os.kill(pid, signal.SIGKILL)
    others = await asyncio.gather(kb.execute("5 + 5"), kc.execute("6 + 6"))
    killed = await sleeping
    seen["killed"] = {"pids": len(pids), "cell": killed["status"], "b": text_of(others[0]["outputs"]).strip(),
                      "c": text_of(others[1]["outputs"]).strip()}
    restarted = False
    for _ in range(120):                               # the server starts a new kernel JVM under the same id
        if set(kernel_pids(uid[a])) - set(pids):
            restarted = True
            break
        await asyncio.sleep(1)
    seen["killed"]["restarted"] = restarted
    seen["killed"]["same_kernel_id"] = ka.id in [k["id"] for k in await request(user_a + "/api/kernels", token=ta)]
    ka.close()
    ka = Kernel(hub.url, a, ta, ka.id)
    await ka.connect()
    seen["killed"]["a_after"] = await value(ka, "7 + 7")

    # the hub restarted while the students are connected
    for k in (ka, kb, kc):
        await k.execute("int kept = 42;")
    servers = {s: hub.server_pid(s) for s in hub.students}
    t = time.time()
    hub.stop_hub()
    seen["hub_restart"] = {"servers_alive_while_down": all(os.path.exists("/proc/%d" % p) for p in servers.values())}
    hub.start_hub()
    seen["hub_restart"]["seconds"] = round(time.time() - t, 1)
    seen["hub_restart"]["same_servers"] = {s: hub.server_pid(s) == p for s, p in servers.items()}
    old = await kb.execute("kept", timeout=15)
    seen["hub_restart"]["old_websocket"] = old["status"]
    after = {}
    for s, k in (("a", ka), ("b", kb), ("c", kc)):
        k.close()
        fresh = Kernel(hub.url, k.user, k.token, k.id)
        for _ in range(30):
            try:
                await fresh.connect()
                break
            except Exception:
                await asyncio.sleep(1)
        after[s] = await value(fresh, "kept")
        kernels[k.user] = fresh
    seen["hub_restart"]["kept"] = after
    ka, kb, kc = kernels[a], kernels[b], kernels[c]
    seen["saved_notebooks_unchanged"] = {s: sha(os.path.join(home[s], FOLDER, "01-neuron.ipynb")) == saved_before[s] for s in hub.students}

    # a notebook with hostile labels, shown to the teacher
    cells = ['Value evil = new Value(1.0, "%s");\nValue evil2 = evil.mul(2);\nevil2.label = "%s";\nevil2.backward();\ndrawDot(evil2);' % (HOSTILE, HOSTILE),
             'stepBackward(evil2);', 'evil2.label']
    runs = [await ka.execute(code) for code in cells]
    hostile_nb = {"cells": [{"cell_type": "code", "source": code, "metadata": {}, "outputs": [], "execution_count": None} for code in cells],
                  "metadata": notebook["metadata"], "nbformat": 4, "nbformat_minor": 5}
    hostile_nb = classhub.with_outputs(hostile_nb, runs)
    await request("%s/api/contents/%s/hostile.ipynb" % (user_a, FOLDER), "PUT", {"type": "notebook", "format": "json", "content": hostile_nb}, ta)
    shown = await request("%s/api/contents/%s/hostile.ipynb" % (user_a, FOLDER), token=teacher_token)
    seen["hostile"] = {"statuses": [r["status"] for r in runs], "outputs": hostile_markup(shown["content"]),
                       "browser": in_browser(shown["content"]),
                       "b_after": await value(kb, "8 + 8"), "c_after": await value(kc, "9 + 9")}
    seen["saved_notebooks_unchanged_at_end"] = {s: sha(os.path.join(home[s], FOLDER, "01-neuron.ipynb")) == saved_before[s] for s in hub.students}

    # last, as it may silence A's kernel (issue 24): a forged message straight at its ZeroMQ port, which any local
    # user can reach; it must be dropped
    seen["forged"] = await forged_message(hub, a, ka)
    for k in kernels.values():
        k.close()


async def login(hub, name, password):
    """The hub's login form, as a browser posts it (PAM checks the password); where it sends the student next."""
    from urllib.parse import urlencode
    from tornado.httpclient import AsyncHTTPClient, HTTPRequest
    response = await AsyncHTTPClient().fetch(HTTPRequest(hub.url + "/hub/login", method="POST", follow_redirects=False,
                                                         body=urlencode({"username": name, "password": password})), raise_error=False)
    return {"status": response.code, "location": response.headers.get("Location", ""),
            "cookie": "jupyterhub-session-id" in response.headers.get("Set-Cookie", "") or "jupyterhub-hub-login" in response.headers.get("Set-Cookie", "")}


async def through_link(hub):
    """The teacher's home has a link where the lecture's folder goes, into a folder that is not theirs: their server
    starts, and nothing is written through the link (the hub copies as root)."""
    teacher = hub.teacher
    entry = pwd.getpwnam(teacher)
    victim = os.path.join(hub.dir, "victim")
    os.makedirs(victim)
    os.symlink(victim, os.path.join(entry.pw_dir, FOLDER))
    await hub.make_student(teacher)
    await hub.start_server(teacher)
    seen = {"victim_files": os.listdir(victim), "link_kept": os.path.islink(os.path.join(entry.pw_dir, FOLDER))}
    await hub.api("DELETE", "/users/%s/server" % teacher, ok=(202, 204))
    return seen


async def forged_message(hub, student, kernel):
    """Sends A's kernel an execute_request signed with a wrong key, then one unsigned; neither may run."""
    import hmac
    import zmq
    runtime = os.path.join(pwd.getpwnam(student).pw_dir, ".local", "share", "jupyter", "runtime")
    files = [f for f in os.listdir(runtime) if kernel.id in f and f.endswith(".json")]
    if not files:
        return {"error": "no connection file in " + runtime}
    info = json.load(open(os.path.join(runtime, files[0])))
    marker = os.path.join(hub.dir, "forged-ran")
    code = 'java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "ran");' % marker
    ctx = zmq.Context()
    sock = ctx.socket(zmq.DEALER)
    sock.connect("tcp://%s:%d" % (info["ip"], info["shell_port"]))
    for key in (b"not-the-key", None):
        header = json.dumps({"msg_id": os.urandom(8).hex(), "username": "intruder", "session": os.urandom(8).hex(),
                             "msg_type": "execute_request", "version": "5.3", "date": "2026-01-01T00:00:00Z"}).encode()
        parts = [header, b"{}", b"{}", json.dumps({"code": code, "silent": False, "store_history": True,
                                                   "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}).encode()]
        signature = hmac.new(key, b"".join(parts), "sha256").hexdigest().encode() if key else b""
        sock.send_multipart([b"<IDS|MSG>", signature] + parts)
    await asyncio.sleep(4)
    sock.close(linger=0)
    ctx.term()
    return {"ran": os.path.exists(marker), "kernel_answers_after": await value(kernel, "o.data", timeout=20)}


def hostile_markup(notebook):
    """Executable markup in the pictures and pages of a notebook's outputs (what a browser would run)."""
    found, escaped = [], 0
    for cell in notebook["cells"]:
        for out in cell.get("outputs", []):
            for mime, content in out.get("data", {}).items():
                if mime not in ("image/svg+xml", "text/html"):
                    continue
                text = "".join(content) if isinstance(content, list) else content
                if mime == "text/html":                   # a step-through page: the frame's srcdoc, as the browser reads it
                    import html
                    text = html.unescape(text)
                low = text.lower()
                if "<script>top.document" in low or "onerror=\"top" in low or "<img src=x" in low:
                    found.append(mime)
                escaped += low.count("&lt;script&gt;top.document")
    return {"executable": found, "escaped_labels": escaped}


def in_browser(notebook):
    """The notebook as HTML (nbconvert, as a teacher might export it) in headless Chromium: its title after load."""
    import shutil
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium or not shutil.which("jupyter-nbconvert", path=classhub.CLEAN_PATH):
        return {"skipped": "no chromium or nbconvert"}
    folder = tempfile.mkdtemp(prefix="agtest-hostile-")
    try:
        path = os.path.join(folder, "hostile.ipynb")
        with open(path, "w") as f:
            json.dump(notebook, f)
        subprocess.run(["jupyter-nbconvert", "--to", "html", path], capture_output=True, timeout=120,
                       env=dict(os.environ, PATH=classhub.CLEAN_PATH))
        dom = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000",
                              "--user-data-dir=" + os.path.join(folder, "profile"), "--dump-dom", "file://" + os.path.join(folder, "hostile.html")],
                             capture_output=True, text=True, timeout=120).stdout
        start = dom.find("<title>")
        return {"title": dom[start + 7:dom.find("</title>", start)] if start >= 0 else None, "dom_chars": len(dom)}
    finally:
        import shutil as sh
        sh.rmtree(folder, ignore_errors=True)


def it(args):
    seen = {}
    hub = classhub.Hub(3, memory="700M", cpus=0.5, log=log)
    sampler = Sampler(hub)
    try:
        hub.start()
        sampler.start()
        asyncio.run(it_checks(hub, seen))
    except Exception as e:
        import traceback
        seen["error"] = traceback.format_exc()[-3000:]
        seen["hub_log"] = hub.tail(60)
    finally:
        sampler.stop_flag.set()
        seen["memory"] = {"peak_pss_mb": round(sampler.peak_pss / 1024, 1), "students_cgroup_peak_mb": sampler.cgroup_peak_mb()}
        tag = hub.tag
        hub.stop()
        seen["cleaned_up"] = {"users_left": [u for u in hub.made_users if user_exists(u)], "cgroups_left": classhub.cgroup_folders(tag),
                              "folder_left": os.path.exists(hub.dir)}
    with open(args.out, "w") as f:
        json.dump(seen, f, indent=1)
    return 0


def user_exists(name):
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("bench")
    b.add_argument("--students", type=int, default=30)
    b.add_argument("--notebook", default=NOTEBOOK)
    b.add_argument("--memory", default="1G", help="per student (Spawner.mem_limit)")
    b.add_argument("--cpus", type=float, default=1.0, help="per student (Spawner.cpu_limit)")
    b.add_argument("--graphviz-root", help="Debian's graphviz unpacked in this folder (dpkg -x), for the kernels to draw with")
    b.add_argument("--idle", type=float, default=75, help="seconds the class then sits idle, measured")
    b.add_argument("--json")
    i = sub.add_parser("it")
    i.add_argument("out")
    args = parser.parse_args()
    why = classhub.missing()
    if why:
        print("skipped: " + why)
        if args.command == "it":
            with open(args.out, "w") as f:
                json.dump({"skip": why}, f)
        return 3
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))   # the finally blocks clean up
    return bench(args) if args.command == "bench" else it(args)


if __name__ == "__main__":
    sys.exit(main())

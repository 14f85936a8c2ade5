"""Drives the autograd kernel with jupyter_client, as a front end does, and prints what it saw as one JSON object.

Run by autograd.it.JupyterKernelIT (which asserts on the JSON), with JUPYTER_PATH pointing at the test's kernelspec.
Usage: python3 kernel_client.py KERNEL_NAME OUT.json
"""
import json
import sys
import time

from jupyter_client.manager import start_new_kernel


def shell_reply(kc, msg_id, timeout=30):
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"]


def execute(kc, code, answers=(), timeout=60, interrupt_after=None, km=None):
    """Runs code; answers input requests in turn; returns the reply's status and the iopub outputs, in order."""
    msg_id = kc.execute(code, allow_stdin=bool(answers))
    answers = list(answers)
    outputs, prompts = [], []
    started = time.time()
    interrupted = False
    while True:
        if interrupt_after is not None and not interrupted and time.time() - started > interrupt_after:
            km.interrupt_kernel()
            interrupted = True
        if answers:
            try:
                request = kc.get_stdin_msg(timeout=0.05)
                prompts.append(request["content"]["prompt"])
                kc.input(answers.pop(0))
            except Exception:
                pass
        try:
            msg = kc.get_iopub_msg(timeout=0.05)
        except Exception:
            if time.time() - started > timeout:
                raise
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "status" and content["execution_state"] == "idle":
            break
        if kind == "stream":
            outputs.append({"stream": content["name"], "text": content["text"]})
        elif kind == "execute_result":
            outputs.append({"result": content["data"]["text/plain"]})
        elif kind == "display_data":
            outputs.append({"display": sorted(content["data"])})
        elif kind == "error":
            outputs.append({"error": content["ename"], "traceback": content["traceback"]})
    reply = shell_reply(kc, msg_id)
    return {"status": reply["status"], "outputs": outputs, "prompts": prompts, "seconds": round(time.time() - started, 2)}


def main():
    name = sys.argv[1]
    seen = {}
    t = time.time()
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=120)
    try:
        run_checks(km, kc, seen, t)
    finally:
        if km.is_alive():
            km.shutdown_kernel(now=True)
    with open(sys.argv[2], "w") as out:
        json.dump(seen, out)


def iopub_connected(kc, timeout=60):
    """Asks kernel_info until its status reaches us on iopub: a subscriber that has just connected misses what was
    published before ZeroMQ saw it (nbclient nudges the same way), and the first cell's output would be lost."""
    until = time.time() + timeout
    while time.time() < until:
        msg_id = kc.kernel_info()
        shell_reply(kc, msg_id)
        end = time.time() + 0.5
        while time.time() < end:
            try:
                msg = kc.get_iopub_msg(timeout=0.1)
            except Exception:
                continue
            if msg["parent_header"].get("msg_id") == msg_id:
                return
    raise RuntimeError("no iopub message from the kernel in %s s" % timeout)


def run_checks(km, kc, seen, t):
    seen["ready_seconds"] = round(time.time() - t, 2)
    # right after kernel_info, before the session has surely started: completion waits for it, never answers empty
    seen["first_complete"] = shell_reply(kc, kc.complete("o.backw", 7), timeout=120)
    iopub_connected(kc)
    seen["first_cell"] = execute(kc, 'resetGraph("graph");\no.backward();\nx1.grad')

    msg = kc.complete("o.backw", 7)
    seen["complete"] = shell_reply(kc, msg)
    msg = kc.inspect("drawDot(", 8)
    seen["inspect"] = shell_reply(kc, msg)
    seen["is_complete"] = {code: shell_reply(kc, kc.is_complete(code)) for code in
                           ["class Value {", "x1.grad", "int x = ;", "int s = 0" + " + 1" * 3000 + ";", "for (int i = 0; i < 3; i++) {\n  System.out.println(i);"]}

    seen["input"] = execute(kc, 'Scanner in = new Scanner(System.in);\nSystem.out.print("Your name: ");\n'
                                'String name = in.nextLine();\n"Hello, " + name', answers=["Ada"])
    seen["interrupt"] = execute(kc, "while (true) {}", interrupt_after=1.0, km=km)
    seen["after_interrupt"] = execute(kc, "o.data")
    seen["threads"] = execute(kc, 'Thread t = new Thread(() -> { for (int i = 0; i < 3; i++) System.out.println("t" + i); });\n'
                                  't.start();\nt.join();')
    seen["draw"] = execute(kc, "drawDot(o)")
    seen["plot"] = execute(kc, "plot(x -> x * x, -1, 1);")
    seen["step"] = execute(kc, 'resetGraph("graph");\nstepBackward(o);')
    seen["define"] = execute(kc, "int kept = 42;")

    t = time.time()
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=120)
    iopub_connected(kc)
    seen["restart_seconds"] = round(time.time() - t, 2)
    seen["after_restart"] = execute(kc, "kept")

    kc.stop_channels()
    t = time.time()
    km.shutdown_kernel(now=False)
    seen["shutdown_seconds"] = round(time.time() - t, 2)
    seen["alive_after_shutdown"] = km.is_alive()


if __name__ == "__main__":
    main()

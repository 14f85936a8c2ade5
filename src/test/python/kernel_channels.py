"""Attacks the autograd kernel's channels as any local process could, then uses it as a real front end does.

Run by autograd.it.KernelChannelsIT (which asserts on the JSON), with JUPYTER_PATH pointing at the test's kernelspec.
Usage: python3 kernel_channels.py KERNEL_NAME OUT.json

Forged and garbage messages go to the shell, control and stdin ports from a socket of their own (no key, or the key
with broken frames); then a cell must run, input must reach the cell, an interrupt must stop a loop, and a second
client connecting while a cell sleeps must get its kernel_info reply at once.
"""
import json
import os
import sys
import time

import zmq
from jupyter_client.manager import KernelManager
from jupyter_client.session import Session

from kernel_client import execute, iopub_connected, shell_reply

FORGED_CODE = 'String forged = "the forged cell ran";'


def forgeries(info, msg_type, content):
    """Each kind of bad message, as the frames a DEALER sends (the kernel's ROUTER adds the sender's identity)."""
    scheme = info["signature_scheme"]
    real = Session(key=info["key"], signature_scheme=scheme)
    frames = real.serialize(real.msg(msg_type, content))          # <IDS|MSG>, signature, header, parent, metadata, content

    def signed(parts):                                             # signed with the real key: only the JSON is wrong
        return [frames[0], real.sign(parts)] + parts

    return {
        "wrong_hmac": Session(key=b"not-the-key", signature_scheme=scheme).serialize(real.msg(msg_type, content)),
        "unsigned": Session(key=b"").serialize(real.msg(msg_type, content)),
        "bad_json_header": signed([b"{not json", frames[3], frames[4], frames[5]]),
        "bad_json_content": signed([frames[2], frames[3], frames[4], b'{"code": ']),
        "header_not_an_object": signed([b"[1, 2]", frames[3], frames[4], frames[5]]),
        "too_few_frames": frames[:4],
        "no_delimiter": frames[1:],
        "random_bytes": [os.urandom(64)],
        "random_frames": [os.urandom(n) for n in (3, 9, 0, 40, 7, 1, 300)],
    }


def send_all(info, port_name, messages):
    """Sends every message from a fresh socket, as a stranger would, and waits until ZeroMQ has delivered them."""
    with zmq.Context() as ctx:
        sock = ctx.socket(zmq.DEALER)
        sock.linger = 2000
        sock.connect("%s://%s:%d" % (info["transport"], info["ip"], info[port_name]))
        for frames in messages.values():
            sock.send_multipart(frames)
        time.sleep(0.5)
        sock.close()


def input_with_forgeries(kc, info):
    """A cell reads a line; while the kernel waits for it, garbage reaches the stdin port first, then the real answer."""
    msg_id = kc.execute('String line = new Scanner(System.in).nextLine();\n"got " + line', allow_stdin=True)
    kc.get_stdin_msg(timeout=15)
    send_all(info, "stdin_port", forgeries(info, "input_reply", {"value": "forged"}))
    kc.input("Ada")
    outputs = []
    while True:
        msg = kc.get_iopub_msg(timeout=15)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        content = msg["content"]
        if msg["msg_type"] == "status" and content["execution_state"] == "idle":
            break
        if msg["msg_type"] == "execute_result":
            outputs.append({"result": content["data"]["text/plain"]})
        elif msg["msg_type"] in ("error", "stream"):
            outputs.append({msg["msg_type"]: content.get("ename", content.get("text"))})
    return {"status": shell_reply(kc, msg_id, timeout=15)["status"], "outputs": outputs}


def reply_to(kc, msg_id, timeout):
    """The whole shell reply to one request (header included), skipping replies to others."""
    while True:
        msg = kc.get_shell_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def queued_cells(kc):
    """Cells sent at once, a kernel_info among them: the cells run one at a time, in order; kernel_info need not wait."""
    ids = [kc.execute('StringBuilder order = new StringBuilder();'),
           kc.execute('Thread.sleep(1000); order.append("a");')]
    info = kc.kernel_info()
    ids += [kc.execute('order.append("b");'), kc.execute('order.toString()')]
    replies = {}
    while len(replies) < len(ids) + 1:
        msg = kc.get_shell_msg(timeout=30)
        parent = msg["parent_header"].get("msg_id")
        if parent in ids or parent == info:
            replies[parent] = msg
    answered = sorted(replies, key=lambda i: replies[i]["header"]["date"])
    return {"counts": [replies[i]["content"]["execution_count"] for i in ids],
            "kernel_info_answered": answered.index(info),           # how many replies came before it
            "cells_answered_in_order": [i for i in answered if i != info] == ids,
            "last": iopub_of(kc, ids[-1], outputs=True)}


def second_client(km, kc):
    """The first client sleeps in a cell; a second connects (Jupyter Server's reconnect) and asks what it asks first.
    Both clients have the same ZeroMQ identity (the session's), as a reconnecting Jupyter Server's have, so the
    second takes the identity over and the cell's reply comes to it. Its kernel_info and comm_info are answered at
    once; its completion waits for the cell, as ipykernel's does."""
    started = time.time()
    sleeping = kc.execute('Thread.sleep(5000);\n"slept"')
    time.sleep(1.0)
    kc2 = km.client()
    kc2.start_channels()
    seen = {}
    try:
        t = time.time()
        shell_reply(kc2, kc2.kernel_info(), timeout=15)
        seen["kernel_info_seconds"] = round(time.time() - t, 2)
        t = time.time()
        seen["comm_info"] = shell_reply(kc2, kc2.comm_info(), timeout=15)["comms"]
        seen["comm_info_seconds"] = round(time.time() - t, 2)
        t = time.time()
        kc2.wait_for_ready(timeout=15)
        seen["wait_for_ready_seconds"] = round(time.time() - t, 2)
        complete = kc2.complete("Thread.sle", 10)
        cell = reply_to(kc2, sleeping, 30)
        seen["cell_seconds"] = round(time.time() - started, 2)
        seen["cell"] = cell["content"]["status"]
        completion = reply_to(kc2, complete, 30)
        seen["complete_after_cell"] = completion["header"]["date"] >= cell["header"]["date"]
        seen["cell_iopub"] = iopub_of(kc, sleeping)
    finally:
        kc2.stop_channels()
    return seen


def iopub_of(kc, msg_id, outputs=False):
    """What iopub said about one request, in order, until its idle: status changes by name, other messages by type
    (or, with outputs, the text of its results)."""
    said = []
    while not said or said[-1] != "idle":
        msg = kc.get_iopub_msg(timeout=15)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status":
            said.append(msg["content"]["execution_state"])
        elif outputs and msg["msg_type"] == "execute_result":
            said.append(msg["content"]["data"]["text/plain"])
        elif not outputs:
            said.append(msg["msg_type"])
    return said


def step(seen, name, work):
    """Runs one check; a failure is recorded (and the next checks still run), so the test can say which failed."""
    try:
        seen[name] = work()
    except Exception as e:
        seen[name] = {"failed": "%s: %s" % (type(e).__name__, e)}


def main():
    name, out = sys.argv[1], sys.argv[2]
    log = out + ".stderr"
    seen = {}
    km = KernelManager(kernel_name=name)
    with open(log, "w") as stderr:
        km.start_kernel(stderr=stderr)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        iopub_connected(kc)
        info = km.get_connection_info()
        sent = {}
        for port, msg_type, content in [
            ("shell_port", "execute_request", {"code": FORGED_CODE, "silent": False, "store_history": True,
                                               "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}),
            ("control_port", "shutdown_request", {"restart": False}),
        ]:
            messages = forgeries(info, msg_type, content)
            send_all(info, port, messages)
            sent[port] = len(messages)
        sent["stdin_port"] = len(forgeries(info, "input_reply", {}))
        seen["sent"] = sent
        step(seen, "normal_cell", lambda: execute(kc, "1 + 1", timeout=15))
        step(seen, "input", lambda: input_with_forgeries(kc, info))
        step(seen, "interrupt", lambda: execute(kc, "while (true) {}", interrupt_after=1.0, km=km, timeout=15))
        step(seen, "forged_cell", lambda: execute(kc, "forged", timeout=15))
        step(seen, "queued_cells", lambda: queued_cells(kc))
        step(seen, "second_client", lambda: second_client(km, kc))
    finally:
        kc.stop_channels()
        if km.is_alive():
            km.shutdown_kernel(now=True)
    with open(log) as f:
        seen["kernel_stderr"] = f.read().splitlines()
    os.remove(log)
    with open(out, "w") as f:
        json.dump(seen, f)


if __name__ == "__main__":
    main()

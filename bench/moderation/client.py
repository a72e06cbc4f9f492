"""A small asyncio HTTP/1.1 load client for the webhook benchmark: keep-alive connections, requests built once
before the clock starts, an open-loop pacer (a fixed rate, or as fast as the connections go), and the retry a
platform does: a 5xx answer or a dropped connection is delivered again after a pause (Retry-After, capped).

It shares the machine with the server, so it is meant to be cheap: no HTTP library, no parsing beyond the status
line and Content-Length. The caller measures its CPU time (time.process_time around `fire`).
"""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field


@dataclass
class Outcome:
    status: int = 0  # the final answer (0: never answered)
    attempts: int = 0
    statuses: list[int] = field(default_factory=list)  # every answer, in order (0 = connection failed)
    first_sent: float = 0.0
    done: float = 0.0
    latency: float = 0.0  # of the final attempt, seconds


def build(host: str, path: str, body: bytes, signature: str | None) -> bytes:
    head = [f"POST {path} HTTP/1.1", f"Host: {host}", "Content-Type: application/json",
            "User-Agent: facebookexternalua", f"Content-Length: {len(body)}"]
    if signature is not None:
        head.append(f"X-Hub-Signature-256: {signature}")
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, int, bool]:
    """(status, retry-after seconds or -1, server closes the connection)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length, retry_after, close = 0, -1, False
    for line in lines[1:]:
        k, _, v = line.partition(":")
        k = k.strip().lower()
        if k == "content-length":
            length = int(v)
        elif k == "retry-after":
            try:
                retry_after = int(v.strip())
            except ValueError:
                pass
        elif k == "connection" and v.strip().lower() == "close":
            close = True
    if length:
        await reader.readexactly(length)
    return status, retry_after, close


async def fire(host: str, port: int, path: str, requests: list[bytes], *, rate: float = 0.0, connections: int = 32,
               retry_cap: float = 1.0, max_attempts: int = 60, on_sent=None) -> tuple[list[Outcome], float, float]:
    """Send every request, retrying 5xx and failed connections; (outcomes, first send time, last answer time).
    `on_sent(n)` is called after each first send (the fault injector watches it)."""
    n = len(requests)
    out = [Outcome() for _ in range(n)]
    queue: asyncio.Queue[int] = asyncio.Queue()
    finished = asyncio.Event()
    left = [n]
    sent = [0]
    loop = asyncio.get_running_loop()

    def settle(i: int, status: int) -> None:
        out[i].status = status
        out[i].done = time.perf_counter()
        left[0] -= 1
        if left[0] == 0:
            finished.set()
            for _ in range(connections):
                queue.put_nowait(-1)

    def again(i: int, delay: float) -> None:
        if out[i].attempts >= max_attempts:
            settle(i, out[i].statuses[-1] if out[i].statuses else 0)
        else:
            loop.call_later(delay, queue.put_nowait, i)

    async def worker() -> None:
        reader = writer = None
        while True:
            i = await queue.get()
            if i < 0:  # everything has its final answer
                break
            o = out[i]
            o.attempts += 1
            t = time.perf_counter()
            if o.attempts == 1:
                o.first_sent = t
                sent[0] += 1
                if on_sent:
                    on_sent(sent[0])
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection(host, port)
                writer.write(requests[i])
                status, retry_after, close = await _read_response(reader)
            except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
                o.statuses.append(0)
                if writer is not None:
                    writer.close()
                reader = writer = None
                again(i, min(retry_cap, 0.5))
                continue
            o.statuses.append(status)
            o.latency = time.perf_counter() - t
            if close:
                writer.close()
                reader = writer = None
            if status >= 500:  # the platform delivers it again later
                again(i, min(retry_cap, retry_after if retry_after >= 0 else retry_cap))
            else:
                settle(i, status)
        if writer is not None:
            writer.close()

    workers = [asyncio.create_task(worker()) for _ in range(connections)]
    t0 = time.perf_counter()
    if rate > 0:
        for i in range(n):
            due = t0 + i / rate
            now = time.perf_counter()
            if due > now:
                await asyncio.sleep(due - now)
            queue.put_nowait(i)
    else:
        for i in range(n):
            queue.put_nowait(i)
    await finished.wait()
    await asyncio.gather(*workers, return_exceptions=True)
    first = min(o.first_sent for o in out)
    last = max(o.done for o in out)
    return out, first, last

#!/usr/bin/env python3
"""A TCP proxy on 127.0.0.1 that adds a fixed latency, for the remote inventory benchmark.

The kernels we run on have no netem (CONFIG_NET_SCH_NETEM is not set), so round-trip time is added
in user space: each direction of each connection forwards every chunk it read exactly DELAY ms
after the chunk arrived. Chunks are never held back behind one another, so the stream stays
pipelined: only latency is added, not a bandwidth limit (RTT = 2 x DELAY).

Usage: tools/delay-proxy.py --target HOST:PORT --delay-ms DELAY [--port PORT]
Listens on 127.0.0.1:PORT (0 or none: a free port) and prints "listening on 127.0.0.1:PORT" on
stdout once it accepts connections. Runs until killed (SIGTERM/SIGINT). Every connection opens
its own connection to the target; when one side closes, the other side is half-closed after the
data before the close has been forwarded.
"""

import argparse
import asyncio
import collections
import signal
import socket
import sys

CHUNK = 256 * 1024
MAX_QUEUED_BYTES = 16 * 1024 * 1024  # per direction; above it the reader waits (TCP backpressure)


class Pipe:
    """One direction: reads chunks, forwards each DELAY after it arrived."""

    def __init__(self, reader, writer, delay):
        self.reader, self.writer, self.delay = reader, writer, delay
        self.queue = collections.deque()  # (due time, bytes); None marks the end of the stream
        self.queued = 0
        self.arrived = asyncio.Event()
        self.room = asyncio.Event()
        self.room.set()

    async def read(self):
        loop = asyncio.get_running_loop()
        try:
            while True:
                await self.room.wait()
                data = await self.reader.read(CHUNK)
                self.queue.append((loop.time() + self.delay, data or None))
                self.queued += len(data)
                if self.queued > MAX_QUEUED_BYTES:
                    self.room.clear()
                self.arrived.set()
                if not data:
                    return
        except (ConnectionError, OSError):
            self.queue.append((loop.time(), None))
            self.arrived.set()

    async def write(self):
        loop = asyncio.get_running_loop()
        try:
            while True:
                while not self.queue:
                    self.arrived.clear()
                    await self.arrived.wait()
                due, data = self.queue.popleft()
                wait = due - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                if data is None:
                    if self.writer.can_write_eof():
                        self.writer.write_eof()
                    return
                self.writer.write(data)
                await self.writer.drain()
                self.queued -= len(data)
                if self.queued <= MAX_QUEUED_BYTES:
                    self.room.set()
        except (ConnectionError, OSError):
            return


def no_delay(writer):
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


async def handle(client_reader, client_writer, target, delay):
    try:
        target_reader, target_writer = await asyncio.open_connection(*target)
    except OSError as e:
        print("delay-proxy: cannot connect to %s:%d: %s" % (target[0], target[1], e), file=sys.stderr)
        client_writer.close()
        return
    no_delay(client_writer)
    no_delay(target_writer)
    up = Pipe(client_reader, target_writer, delay)
    down = Pipe(target_reader, client_writer, delay)
    try:
        await asyncio.gather(up.read(), up.write(), down.read(), down.write())
    except asyncio.CancelledError:
        pass  # the proxy is stopping
    finally:
        for w in (client_writer, target_writer):
            w.close()


def parse_target(text):
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdigit():
        raise argparse.ArgumentTypeError("--target needs HOST:PORT, not '%s'" % text)
    return host, int(port)


async def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--target", type=parse_target, required=True, help="HOST:PORT to forward to")
    ap.add_argument("--delay-ms", type=float, required=True, help="one-way delay in ms (RTT = 2 x DELAY)")
    ap.add_argument("--port", type=int, default=0, help="port to listen on, 0 for a free one")
    args = ap.parse_args()
    if args.delay_ms < 0:
        ap.error("--delay-ms must not be negative")
    delay = args.delay_ms / 1000.0
    server = await asyncio.start_server(lambda r, w: handle(r, w, args.target, delay), "127.0.0.1", args.port,
                                        limit=CHUNK)
    port = server.sockets[0].getsockname()[1]
    print("listening on 127.0.0.1:%d" % port, flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with server:
        await stop.wait()


if __name__ == "__main__":
    asyncio.run(main())

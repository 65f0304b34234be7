#!/usr/bin/env python3
"""`nc -U SOCKET` for the remote side of libvirt's ssh transports in tests.

libvirt's ssh and libssh transports run `NETCAT [-q0] -U SOCKET` on the remote host when the URI
names a socket (the daemon fixture's private socket). The Debian 13 build root has no netcat, so
the tests pass `netcat=` pointing at this script. Only -U is understood; other flags are ignored.
"""
import os
import select
import socket
import sys


def main():
    args = sys.argv[1:]
    if "-U" not in args:
        sys.exit(1)  # the `nc -q` probe and anything else: not a netcat that needs -q
    path = args[args.index("-U") + 1]
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(path)
    stdin, stdout = sys.stdin.fileno(), sys.stdout.fileno()
    inputs = [stdin, s]
    while inputs:
        ready, _, _ = select.select(inputs, [], [])
        for fd in ready:
            if fd is s:
                data = s.recv(65536)
                if not data:
                    return
                os.write(stdout, data)
            else:
                data = os.read(stdin, 65536)
                if not data:
                    s.shutdown(socket.SHUT_WR)
                    inputs.remove(stdin)
                else:
                    s.sendall(data)


if __name__ == "__main__":
    main()

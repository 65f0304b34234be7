#!/usr/bin/env python3
"""Fails when resources/catalog/nova-31.json differs from what tools/gen-catalog.py writes now."""
import os
import subprocess
import sys
import tempfile


def main(generator, committed):
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, 'catalog.json')
        subprocess.run([sys.executable, generator, fresh], check=True)
        with open(fresh, 'rb') as a, open(committed, 'rb') as b:
            if a.read() != b.read():
                print(f'{committed} is stale: run tools/dev exec -- python3 tools/gen-catalog.py {committed}')
                return 1
    print(f'{committed} matches Nova')
    return 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:3]))

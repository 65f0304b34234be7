#!/usr/bin/env python3
"""Fails when a committed catalogue (resources/catalog/nova-<major>.json) differs from what
tools/gen-catalog.py makes now.

  check_catalog_fresh.py GENERATOR CATALOG_DIR            the installed Nova's release (31) and
                                                          the set of files: runs everywhere
  check_catalog_fresh.py GENERATOR CATALOG_DIR --trees DIR every release from its tag's files
                                                          (`tools/gen-catalog.py extract`); exits
                                                          77 (skipped) when DIR does not exist:
                                                          CI has no Nova checkout
"""
import os
import subprocess
import sys

SKIPPED = 77


def main(argv):
    generator, catalog_dir = argv[1], argv[2]
    command = [sys.executable, generator, 'check']
    if len(argv) == 5 and argv[3] == '--trees':
        trees = os.environ.get('VDECK_NOVA_TREES') or argv[4]
        if not os.path.isdir(trees):
            print(f'skipped: no release trees in {trees} (make them with `tools/gen-catalog.py extract NOVA_GIT {trees}`, '
                  'or point VDECK_NOVA_TREES at them)')
            return SKIPPED
        command += ['--trees', trees]
    return subprocess.run(command + [catalog_dir]).returncode


if __name__ == '__main__':
    sys.exit(main(sys.argv))

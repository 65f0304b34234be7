"""Running another release's Nova files over Debian 13's python3-nova (Nova 31).

The conformance scripts take `--overlay DIR`: DIR holds a tag's files (nova/x/y.py, extracted with
`git archive TAG ...`), and each module found there is loaded instead of the installed one; the
packages themselves stay python3-nova's.
"""
import importlib.abc
import importlib.util
import os
import sys


def option(name, default=None):
    """The value after `name` on the command line, or `default`."""
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


class OverlayFinder(importlib.abc.MetaPathFinder):
    """Loads nova.x.y from DIR/nova/x/y.py when that file exists (packages stay python3-nova's)."""

    def __init__(self, root):
        self.root = root

    def find_spec(self, fullname, path, target=None):
        if fullname != 'nova' and not fullname.startswith('nova.'):
            return None
        f = os.path.join(self.root, *fullname.split('.')) + '.py'
        return importlib.util.spec_from_file_location(fullname, f) if os.path.isfile(f) else None


def install_overlay():
    """Installs the finder for `--overlay DIR` when it is given; returns DIR (or None)."""
    overlay = option('--overlay')
    if overlay:
        sys.meta_path.insert(0, OverlayFinder(os.path.abspath(overlay)))
    return overlay

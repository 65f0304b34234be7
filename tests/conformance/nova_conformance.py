#!/usr/bin/env python3
"""Runs flavor+image cases through Nova's own checks and through `vdeckctl lint --json`, and
asserts the same verdict: accepted, or rejected at the same stage with the same exception.

Nova side: stage A is nova.api.validation.extra_specs.validators.validate for every key (as
POST os-extra_specs at microversion >= 2.86); stage B is
nova.compute.api.API._validate_flavor_image_numa_pci (validate_pci=False: PCI aliases depend on
[pci]alias configuration), which runs the nova.virt.hardware constraint functions.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import warnings

warnings.filterwarnings('ignore')

from nova import objects  # noqa: E402
objects.register_all()
from nova.api.validation.extra_specs import validators  # noqa: E402
from nova.compute import api as compute_api  # noqa: E402

from corpus import generate_cases  # noqa: E402


def nova_verdict(case):
    for key, value in case['specs']:
        try:
            validators.validate(key, value)
        except Exception as e:  # noqa: BLE001
            return ('A', type(e).__name__)
    flavor = objects.Flavor(name=case['name'], flavorid=case['name'], vcpus=case['vcpus'],
                            memory_mb=case['ram'], root_gb=0, ephemeral_gb=0, swap=0,
                            extra_specs=dict(case['specs']))
    image = {'name': 'img', 'properties': dict(case['image'])}
    try:
        compute_api.API._validate_flavor_image_numa_pci(image, flavor, validate_numa=True, validate_pci=False)
    except Exception as e:  # noqa: BLE001
        return ('B', type(e).__name__)
    return ('ok',)


def vdeck_verdicts(vdeckctl, cases):
    lib = {'format': 'vdeck-flavors', 'version': 1, 'notes': 'conformance corpus', 'flavors': [
        {'name': c['name'], 'vcpus': c['vcpus'], 'ramMb': c['ram'], 'diskGb': 0,
         'extraSpecs': [list(p) for p in c['specs']],
         'instanceShape': {'imageProperties': [list(p) for p in c['image']], 'ports': []}}
        for c in cases]}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'corpus.json')
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(lib, f)
        r = subprocess.run([vdeckctl, 'lint', path, '--release', '31', '--json'], capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f'vdeckctl lint failed ({r.returncode}): {r.stderr}')
    out = {}
    for entry in json.loads(r.stdout):
        verdict = ('ok',)
        for f in entry['findings']:
            if f['severity'] == 'error' and f['stage'] in ('A', 'B'):
                verdict = (f['stage'], f['novaException'])
                break
        out[entry['flavor']] = verdict
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('vdeckctl')
    ap.add_argument('--cases', type=int, default=1500)
    ap.add_argument('--seed', type=int, default=20250401)
    args = ap.parse_args()
    cases = generate_cases(random.Random(args.seed), args.cases)
    ours = vdeck_verdicts(args.vdeckctl, cases)
    agree = 0
    stats = {}
    bad = []
    for c in cases:
        theirs = nova_verdict(c)
        stats[theirs] = stats.get(theirs, 0) + 1
        if ours.get(c['name']) == theirs:
            agree += 1
        else:
            bad.append((c, theirs, ours.get(c['name'])))
    for verdict, n in sorted(stats.items(), key=lambda x: -x[1]):
        print(f'{n:5d}  {" ".join(verdict)}')
    print(f'agreement: {agree}/{len(cases)} ({100.0 * agree / len(cases):.2f}%)')
    for c, theirs, mine in bad[:25]:
        print(f'DISAGREE {c["name"]} vcpus={c["vcpus"]} ram={c["ram"]} specs={c["specs"]} image={c["image"]}: '
              f'nova={theirs} vdeck={mine}')
    return 0 if agree == len(cases) else 1


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""Nova's own ResourceRequest (nova/scheduler/utils.py) against `vdeckctl request --json`: for every
flavor + image case Nova accepts (extra-spec validators, then the API's flavor/image checks), the
query string of GET /allocation_candidates must be the same, byte for byte.

Nova side: RequestSpec from the flavor and image, the request filters that need no configuration
(compute_status_filter, packed_virtqueue_filter, ephemeral_encryption_filter), the flavor's PCI
aliases as nova-api makes them (nova/pci/request.py get_pci_requests_from_flavor) and the
conductor turns them into request groups with [filter_scheduler] pci_in_placement
(RequestSpec.generate_request_groups_from_pci_requests), then
resources_from_request_spec(...).to_querystring() without the limit. The same nova.conf ([pci]
alias, pci_in_placement = True) goes to `vdeckctl request --nova-conf`. Nova names a PCI group
"<random request id>-<i>", vDeck "_pci<n>-<i>" (n: the alias's place in pci_passthrough:alias):
Nova's names are mapped to vDeck's before the two query strings are compared.
"""
import argparse
import json
import logging
import os
import random
import subprocess
import sys
import tempfile
import urllib.parse
import warnings

warnings.filterwarnings('ignore')
logging.disable(logging.WARNING)  # resources_from_request_spec warns of every group_policy it picks

import nova.conf  # noqa: E402
from nova import objects  # noqa: E402
objects.register_all()
from nova.pci import request as pci_request  # noqa: E402
from nova.api.validation.extra_specs import validators  # noqa: E402
from nova.compute import api as compute_api  # noqa: E402
from nova.scheduler import request_filter  # noqa: E402
from nova.scheduler import utils as scheduler_utils  # noqa: E402

CHOICES = {
    'hw:cpu_policy': ['dedicated', 'shared', 'mixed'],
    'hw:cpu_thread_policy': ['prefer', 'isolate', 'require'],
    'hw:emulator_threads_policy': ['isolate', 'share'],
    'hw:cpu_dedicated_mask': ['^0', '0-1', '2'],
    'resources:VCPU': ['2', '0', '8'],
    'resources:PCPU': ['4', '2'],
    'resources:MEMORY_MB': ['1024', '0'],
    'resources:DISK_GB': ['0', '50'],
    'resources:VGPU': ['1', '2'],
    'resources:CUSTOM_FPGA_X': ['1'],
    'resources:BOGUS_CLASS': ['1'],
    'resources1:VGPU': ['1'],
    'resources2:VGPU': ['1'],
    'resources_gpu:CUSTOM_PCI_10DE_2236': ['1'],
    'trait:HW_CPU_X86_AVX2': ['required', 'forbidden'],
    'trait:CUSTOM_RACK_A': ['required', 'forbidden'],
    'trait1:CUSTOM_NVIDIA_A10_4Q': ['required'],
    'trait2:CUSTOM_NVIDIA_A10_8Q': ['required', 'forbidden'],
    'group_policy': ['isolate', 'none'],
    'hw:pmem': ['4GB', '4GB,4GB', 'SMALL,large'],
    'hw:tpm_version': ['2.0', '1.2'],
    'hw:tpm_model': ['tpm-tis', 'tpm-crb'],
    'hw:pci_numa_affinity_policy': ['socket', 'required', 'preferred'],
    'os:secure_boot': ['required', 'disabled'],
    'hw:maxphysaddr_mode': ['passthrough', 'emulate'],
    'hw:maxphysaddr_bits': ['42'],
    'hw:virtio_packed_ring': ['true', 'false'],
    'hw:ephemeral_encryption': ['true'],
    'hw:ephemeral_encryption_format': ['luks'],
    'hw:mem_encryption': ['true', 'false'],
    'pci_passthrough:alias': ['a-vf:1', 'a-vf:2', 'a-gpu:1,a-vf:1', 'a-traits:1', 'a-vf:1,a-traits:2', 'a-multi:1', 'nodef:1'],
}
# The controllers' [pci] alias: by vendor and product, by resource class, with traits (custom ones
# normalised, standard ones kept), and one name defined twice with one device_type (Nova refuses
# it with PCI in Placement; without device_type nova/pci/request.py refuses the pair itself).
ALIASES = [
    {'name': 'a-vf', 'vendor_id': '8086', 'product_id': '1889', 'device_type': 'type-VF'},
    {'name': 'a-gpu', 'resource_class': 'CUSTOM_A100'},
    {'name': 'a-traits', 'resource_class': 'fpga x', 'traits': 'rack_a,HW_GPU_API_VULKAN'},
    {'name': 'a-multi', 'vendor_id': '15b3', 'product_id': '101e', 'device_type': 'type-PF'},
    {'name': 'a-multi', 'vendor_id': '15b3', 'product_id': '101f', 'device_type': 'type-PF'},
]
CONF = nova.conf.CONF
CONF([], project='nova', default_config_files=[])
CONF.set_override('alias', [json.dumps(a) for a in ALIASES], group='pci')
CONF.set_override('pci_in_placement', True, group='filter_scheduler')
NOVA_CONF = '[pci]\n' + ''.join(f'alias = {json.dumps(a)}\n' for a in ALIASES) + '[filter_scheduler]\npci_in_placement = True\n'
IMAGE_CHOICES = {
    'hw_cpu_policy': ['dedicated'],
    'hw_firmware_type': ['uefi'],
    'hw_machine_type': ['q35'],
    'hw_firmware_stateless': ['true', 'false'],
    'hw_tpm_version': ['2.0'],
    'hw_virtio_packed_ring': ['true'],
    'hw_pci_numa_affinity_policy': ['socket'],
    'trait:HW_CPU_X86_SSE42': ['required'],
    'os_secure_boot': ['required'],
}


def generate(rng, n):
    cases = []
    keys = list(CHOICES)
    ikeys = list(IMAGE_CHOICES)
    for i in range(n):
        specs = {}
        for key in rng.sample(keys, rng.randint(0, 5)):
            specs[key] = rng.choice(CHOICES[key])
        if specs.get('hw:cpu_policy') != 'mixed':
            specs.pop('hw:cpu_dedicated_mask', None)
        image = {}
        for key in rng.sample(ikeys, rng.randint(0, 3)):
            image[key] = rng.choice(IMAGE_CHOICES[key])
        if 'hw:mem_encryption' in specs or rng.random() < 0.1:
            image.update({'hw_firmware_type': 'uefi', 'hw_machine_type': 'q35'})
        cases.append({'name': f'case-{i:04d}', 'vcpus': rng.choice([1, 2, 4, 8]), 'ram': rng.choice([512, 2048, 8192]),
                      'disk': rng.choice([0, 1, 20]), 'ephemeral': rng.choice([0, 0, 10]), 'swap': rng.choice([0, 0, 512, 2048]),
                      'specs': sorted(specs.items()), 'image': sorted(image.items())})
    return cases


def nova_query(case):
    """Nova's query string, or None when Nova refuses the flavor and image at the API."""
    for key, value in case['specs']:
        try:
            validators.validate(key, value)
        except Exception:  # noqa: BLE001
            return None
    flavor = objects.Flavor(name=case['name'], flavorid=case['name'], vcpus=case['vcpus'], memory_mb=case['ram'],
                            root_gb=case['disk'], ephemeral_gb=case['ephemeral'], swap=case['swap'],
                            extra_specs=dict(case['specs']))
    image_dict = {'name': 'img', 'properties': dict(case['image'])}
    try:
        compute_api.API._validate_flavor_image_numa_pci(image_dict, flavor, validate_numa=True, validate_pci=False)
        image = objects.ImageMeta.from_dict(image_dict)
        pci = pci_request.get_pci_requests_from_flavor(flavor)
        spec = objects.RequestSpec(flavor=flavor, image=image, is_bfv=False, num_instances=1,
                                   request_level_params=objects.RequestLevelParams(), requested_resources=[],
                                   pci_requests=pci)
        spec.generate_request_groups_from_pci_requests()
        for f in (request_filter.compute_status_filter, request_filter.packed_virtqueue_filter,
                  request_filter.ephemeral_encryption_filter):
            f(None, spec)
        rr = scheduler_utils.resources_from_request_spec(None, spec, None)
    except Exception:  # noqa: BLE001
        return None
    rr._limit = None
    names = {f'{r.request_id}-{i}': f'_pci{n}-{i}' for n, r in enumerate(pci.requests) for i in range(r.count)}
    params = []
    for key, value in urllib.parse.parse_qsl(rr.to_querystring(), keep_blank_values=True):
        for prefix in ('resources', 'required', 'member_of'):
            if key.startswith(prefix) and key[len(prefix):] in names:
                key = prefix + names[key[len(prefix):]]
        params.append((key, value))
    return urllib.parse.urlencode(sorted(params))


def vdeck_queries(vdeckctl, cases):
    lib = {'format': 'vdeck-flavors', 'version': 1, 'notes': 'request conformance corpus', 'flavors': [
        {'name': c['name'], 'vcpus': c['vcpus'], 'ramMb': c['ram'], 'diskGb': c['disk'], 'ephemeralGb': c['ephemeral'],
         'swapMb': c['swap'], 'extraSpecs': [list(p) for p in c['specs']],
         'instanceShape': {'imageProperties': [list(p) for p in c['image']], 'ports': []}}
        for c in cases]}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'corpus.json')
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(lib, f)
        conf = os.path.join(tmp, 'nova.conf')
        with open(conf, 'w', encoding='utf-8') as f:
            f.write(NOVA_CONF)
        r = subprocess.run([vdeckctl, 'request', path, '--release', '31', '--nova-conf', conf, '--json'],
                           capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f'vdeckctl request failed ({r.returncode}): {r.stderr}')
    return {e['flavor']: None if e['request']['error'] else e['request']['query'] for e in json.loads(r.stdout)['flavors']}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('vdeckctl')
    ap.add_argument('--cases', type=int, default=1500)
    ap.add_argument('--seed', type=int, default=20261203)
    args = ap.parse_args()
    cases = generate(random.Random(args.seed), args.cases)
    ours = vdeck_queries(args.vdeckctl, cases)
    compared = agree = refused = pci = 0
    distinct = set()
    bad = []
    for c in cases:
        theirs = nova_query(c)
        if theirs is None:
            # Nova cannot make a request (a stage A or B refusal, an alias nova.conf lacks, an alias
            # with two specs): vDeck must not make one either where the cause is the aliases.
            if any(k == 'pci_passthrough:alias' and ('nodef' in v or 'multi' in v) for k, v in c['specs']):
                refused += 1
                if ours.get(c['name']) is not None:
                    bad.append((c, theirs, ours.get(c['name'])))
            continue
        pci += '_pci' in theirs
        compared += 1
        distinct.add(theirs)
        if ours.get(c['name']) == theirs:
            agree += 1
        else:
            bad.append((c, theirs, ours.get(c['name'])))
    print(f'{len(cases)} cases, {compared} that Nova accepts ({len(distinct)} different requests, {pci} with PCI groups); '
          f'same request: {agree}/{compared}; alias cases Nova cannot schedule: {refused}, '
          f'{refused - sum(1 for b in bad if b[1] is None)} refused by vDeck too')
    for c, theirs, mine in bad[:20]:
        print(f'DISAGREE {c["name"]} vcpus={c["vcpus"]} specs={c["specs"]} image={c["image"]}\n  nova:  {theirs}\n  vdeck: {mine}')
    if compared < len(cases) // 3:
        print('too few cases accepted by Nova to mean anything')
        return 1
    return 0 if not bad else 1


if __name__ == '__main__':
    sys.exit(main())

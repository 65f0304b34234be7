"""The flavors of the demo control plane (tools/controlplane.py): a few dozen realistic ones.

The broken ones (BROKEN) are refused by Nova 31 at compute microversion 2.86 (the extra-spec
validator answers 400) but stored at 2.1, as the `openstack` CLI sends them by default; the
unbootable ones (UNBOOTABLE) pass the API and fail when a server is created.
"""

PROJECTS = ('tenant-a', 'tenant-b')


def flavor(name, vcpus, ram, disk, specs=None, description=None, public=True, access=(), ephemeral=0, swap=0):
    return {'name': name, 'vcpus': vcpus, 'ram': ram, 'disk': disk, 'specs': specs or {},
            'description': description, 'public': public, 'access': list(access),
            'ephemeral': ephemeral, 'swap': swap}


PINNED = {'hw:cpu_policy': 'dedicated', 'hw:cpu_thread_policy': 'prefer'}
HUGE = {'hw:mem_page_size': '1GB'}

FLAVORS = [
    flavor('m1.tiny', 1, 512, 1, description='Smoke tests'),
    flavor('m1.small', 1, 2048, 20),
    flavor('m1.medium', 2, 4096, 40),
    flavor('m1.large', 4, 8192, 80),
    flavor('m1.xlarge', 8, 16384, 160),
    flavor('m2.large.swap', 4, 8192, 40, swap=2048, ephemeral=20),
    flavor('c1.pinned.4c8g', 4, 8192, 40, dict(PINNED), 'Pinned CPUs'),
    flavor('c1.pinned.8c16g', 8, 16384, 40, dict(PINNED, **{'hw:numa_nodes': '1'})),
    flavor('c1.isolate.4c8g', 4, 8192, 40, {'hw:cpu_policy': 'dedicated', 'hw:cpu_thread_policy': 'isolate'}),
    flavor('h1.huge.8c32g', 8, 32768, 40, dict(PINNED, **HUGE), 'Pinned, 1 GiB pages'),
    flavor('h1.large.4c8g', 4, 8192, 40, {'hw:mem_page_size': 'large'}),
    flavor('h1.numa2.16c64g', 16, 65536, 80, dict(PINNED, **HUGE, **{'hw:numa_nodes': '2'})),
    flavor('rt.4c8g', 4, 8192, 20, {'hw:cpu_policy': 'dedicated', 'hw:cpu_realtime': 'yes',
                                    'hw:cpu_realtime_mask': '^0', 'hw:mem_page_size': '1GB'},
           'Realtime: vCPU 0 for housekeeping'),
    flavor('nfv.dpdk.8c16g', 8, 16384, 20, dict(PINNED, **HUGE, **{'hw:emulator_threads_policy': 'share'}),
           'DPDK guests', public=False, access=['tenant-a']),
    flavor('nfv.sriov.4c8g', 4, 8192, 20, dict(PINNED, **HUGE), public=False, access=['tenant-a', 'tenant-b']),
    flavor('gpu.a10.1', 8, 32768, 100, {'resources:VGPU': '1'}, 'One NVIDIA A10 vGPU'),
    flavor('gpu.a10.2', 16, 65536, 100, {'resources:VGPU': '2', 'hw:numa_nodes': '1'}),
    flavor('pci.fpga.1', 4, 8192, 40, {'pci_passthrough:alias': 'fpga:1'}, public=False, access=['tenant-b']),
    flavor('avx512.8c16g', 8, 16384, 40, {'trait:HW_CPU_X86_AVX512F': 'required'}),
    # hw_machine_type is an image property; as an extra spec Nova 31 refuses it at 2.86.
    flavor('viommu.q35.4c8g', 4, 8192, 40, {'hw:viommu_model': 'intel', 'hw:machine_type': 'q35'}, 'vIOMMU on q35'),
    flavor('secure.tpm.2c4g', 2, 4096, 40, {'hw:tpm_version': '2.0', 'hw:tpm_model': 'tpm-crb'}),
    flavor('sev.4c8g', 4, 8192, 40, {'hw:mem_encryption': 'true'}),
    flavor('watchdog.2c4g', 2, 4096, 20, {'hw:watchdog_action': 'reset'}),
    flavor('quota.io.2c4g', 2, 4096, 20, {'quota:disk_read_iops_sec': '2000', 'quota:disk_write_iops_sec': '1000'}),
    flavor('serial.1c1g', 1, 1024, 10, {'hw:serial_port_count': '2'}),
    flavor('mq.8c16g', 8, 16384, 40, {'hw:vif_multiqueue_enabled': 'true'}),
    flavor('locked.4c8g', 4, 8192, 40, {'hw:locked_memory': 'true', 'hw:mem_page_size': 'large'}),
    # Refused at 2.86 by Nova 31's extra-spec validator; stored at 2.1.
    flavor('bad.policy.4c8g', 4, 8192, 40, {'hw:cpu_policy': 'bogus'}, 'Typo in the policy value'),
    flavor('bad.typo.4c8g', 4, 8192, 40, {'hw:cpu_polcy': 'dedicated'}, 'Typo in the key'),
    flavor('bad.numa.8c16g', 8, 16384, 40, {'hw:numa_nodes': 'two'}),
    flavor('bad.pages.4c8g', 4, 8192, 40, {'hw:mem_page_size': 'huge'}),
    flavor('bad.watchdog.2c4g', 2, 4096, 20, {'hw:watchdog_action': 'explode'}),
    flavor('bad.vgpu.8c32g', 8, 32768, 100, {'resources:VGPU': 'one'}),
    # Accepted by the API, refused when a server is created.
    flavor('unboot.rt.4c8g', 4, 8192, 20, {'hw:cpu_realtime': 'yes', 'hw:cpu_realtime_mask': '^0'},
           'Realtime without dedicated CPUs'),
    flavor('unboot.numa3.2c4g', 2, 4096, 20, {'hw:numa_nodes': '3'}),
]

BROKEN = {'viommu.q35.4c8g', 'bad.policy.4c8g', 'bad.typo.4c8g', 'bad.numa.8c16g', 'bad.pages.4c8g', 'bad.watchdog.2c4g', 'bad.vgpu.8c32g'}
UNBOOTABLE = {'unboot.rt.4c8g', 'unboot.numa3.2c4g'}



def seed(api):
    """Creates the projects and flavors through the APIs (api: controlplane.Api, logged in)."""
    projects = {name: api.project(name, 'vDeck demo tenant') for name in PROJECTS}
    for f in FLAVORS:
        body = {'flavor': {'name': f['name'], 'vcpus': f['vcpus'], 'ram': f['ram'], 'disk': f['disk'],
                           'OS-FLV-EXT-DATA:ephemeral': f['ephemeral'], 'swap': f['swap'] or 0,
                           'os-flavor-access:is_public': f['public'], 'description': f['description']}}
        created, _ = api.call('nova', 'POST', '/v2.1/flavors', body, microversion='2.55')
        fid = created['flavor']['id']
        if f['specs']:
            # 2.1, as `openstack flavor set --property` sends it: Nova stores anything.
            api.call('nova', 'POST', f'/v2.1/flavors/{fid}/os-extra_specs', {'extra_specs': f['specs']},
                     microversion='2.1')
        for project in f['access']:
            api.call('nova', 'POST', f'/v2.1/flavors/{fid}/action',
                     {'addTenantAccess': {'tenant': projects[project]}}, microversion='2.1')

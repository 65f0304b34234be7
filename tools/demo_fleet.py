"""The fleet of the demo control plane (tools/controlplane.py): providers in Placement as Nova's
compute service writes them, for `vdeckctl cloud providers|capacity|why` and their tests.

Shapes follow Nova 31 (nova/virt/libvirt/driver.py update_provider_tree,
nova/compute/pci_placement_translator.py): one root provider per compute node named after the
node, with VCPU (cpu_shared_set, allocation ratio 4.0), PCPU (cpu_dedicated_set, 1.0), MEMORY_MB
(reserved_host_memory_mb) and DISK_GB, min_unit 1, max_unit the total, step 1, and the driver's
capability traits; a nested provider per vGPU-capable GPU named NODE_pci_0000_BB_DD_F with VGPU
inventory and a CUSTOM_ trait naming its vGPU type (set by the operator, as Nova's docs advise);
with [pci] report_in_placement, a nested provider per PF named NODE_0000:BB:DD.F holding its VFs
(resource class from device_spec, or CUSTOM_PCI_<VENDOR>_<PRODUCT>; trait
COMPUTE_MANAGED_PCI_DEVICE and the spec's traits). Some hosts carry instances (allocations), one
is disabled (COMPUTE_STATUS_DISABLED), one keeps most of its memory reserved. Two availability
zones: Nova host aggregates zone-a-hosts (zone-a: the first half of each rack) and zone-b-hosts
(zone-b: the rest), their hosts' providers in the Placement aggregate of the same UUID, as Nova
mirrors a host added to an aggregate (nova/scheduler/client/report.py aggregate_add_host).
"""
import uuid

NS = uuid.UUID('6f1b7c3e-58a4-4a0e-9d1e-7d0c2f6a9b11')
PLACEMENT_VERSION = '1.39'
PROJECT = 'fleet-demo-project'
USER = 'fleet-demo-user'

BASE_TRAITS = ['COMPUTE_NODE', 'COMPUTE_IMAGE_TYPE_QCOW2', 'COMPUTE_IMAGE_TYPE_RAW', 'COMPUTE_NET_ATTACH_INTERFACE',
               'COMPUTE_VOLUME_ATTACH_WITH_TAG', 'COMPUTE_SECURITY_UEFI_SECURE_BOOT', 'COMPUTE_SECURITY_TPM_2_0',
               'COMPUTE_SECURITY_TPM_CRB', 'COMPUTE_SECURITY_TPM_TIS', 'HW_CPU_X86_AVX2', 'HW_CPU_X86_SSE42']


def uid(*parts):
    return str(uuid.uuid5(NS, '/'.join(parts)))


def inv(total, reserved=0, ratio=1.0, max_unit=None):
    return {'total': total, 'reserved': reserved, 'min_unit': 1, 'max_unit': max_unit or total,
            'step_size': 1, 'allocation_ratio': ratio}


# name prefix: (count, root inventories, extra root traits, aggregate, nested providers)
RACKS = [
    ('nfv', 8, {'VCPU': inv(16, ratio=4.0), 'PCPU': inv(48), 'MEMORY_MB': inv(393216, reserved=4096),
                'DISK_GB': inv(1800)},
     ['HW_CPU_HYPERTHREADING', 'COMPUTE_SOCKET_PCI_NUMA_AFFINITY'], 'nfv',
     [('pf', '0000:3B:00.0', 'CUSTOM_PCI_15B3_101E', 8, ['CUSTOM_PHYSNET_DATA0']),
      ('pf', '0000:3B:00.1', 'CUSTOM_PCI_15B3_101E', 8, ['CUSTOM_PHYSNET_DATA1'])]),
    ('gpu', 8, {'VCPU': inv(128, ratio=4.0), 'MEMORY_MB': inv(524288, reserved=4096), 'DISK_GB': inv(3600)},
     ['HW_CPU_HYPERTHREADING'], 'gpu',
     [('gpu', 'pci_0000_84_00_0', 'VGPU', 8, ['CUSTOM_NVIDIA_A10_8Q']),
      ('gpu', 'pci_0000_85_00_0', 'VGPU', 16, ['CUSTOM_NVIDIA_A10_4Q'])]),
    ('general', 8, {'VCPU': inv(96, ratio=4.0), 'MEMORY_MB': inv(262144, reserved=2048, ratio=1.5),
                    'DISK_GB': inv(900)},
     ['HW_CPU_HYPERTHREADING'], None, []),
]


def call(api, method, path, body=None, expect=(200, 201, 204)):
    return api.call('placement', method, path, body, service_version=('placement', PLACEMENT_VERSION), expect=expect)


def provider(api, name, parent=None):
    rp = uid('rp', name)
    body = {'name': name, 'uuid': rp}
    if parent:
        body['parent_provider_uuid'] = parent
    call(api, 'POST', '/resource_providers', body)
    return rp


def set_inventories(api, rp, inventories, generation=0):
    for rc in inventories:
        if rc.startswith('CUSTOM_'):
            call(api, 'PUT', f'/resource_classes/{rc}')  # as the compute service ensures them
    out, _ = call(api, 'PUT', f'/resource_providers/{rp}/inventories',
                  {'resource_provider_generation': generation, 'inventories': inventories})
    return out['resource_provider_generation']


def set_traits(api, rp, traits, generation):
    for t in traits:
        if t.startswith('CUSTOM_'):
            call(api, 'PUT', f'/traits/{t}')
    out, _ = call(api, 'PUT', f'/resource_providers/{rp}/traits',
                  {'resource_provider_generation': generation, 'traits': sorted(set(traits))})
    return out['resource_provider_generation']


def set_aggregates(api, rp, aggregates, generation):
    call(api, 'PUT', f'/resource_providers/{rp}/aggregates',
         {'resource_provider_generation': generation, 'aggregates': aggregates})


def allocate(api, consumer, allocations):
    call(api, 'PUT', f'/allocations/{consumer}', {
        'allocations': {rp: {'resources': res} for rp, res in allocations.items()},
        'project_id': uid('project', PROJECT), 'user_id': uid('user', USER), 'consumer_generation': None,
        'consumer_type': 'INSTANCE'})


def zone_aggregate(api, zone):
    """A Nova host aggregate whose availability_zone is ZONE (nova-api makes its UUID)."""
    out, _ = api.call('nova', 'POST', '/v2.1/os-aggregates',
                      {'aggregate': {'name': f'{zone}-hosts', 'availability_zone': zone}}, microversion='2.41')
    return out['aggregate']['uuid']


def host(api, name, inventories, traits, aggregates, nested):
    root = provider(api, name)
    gen = set_inventories(api, root, inventories)
    gen = set_traits(api, root, BASE_TRAITS + traits, gen)
    if aggregates:
        set_aggregates(api, root, aggregates, gen)
    children = {}
    for kind, address, rc, total, child_traits in nested:
        child = provider(api, f'{name}_{address}', root)
        cgen = set_inventories(api, child, {rc: inv(total)})
        set_traits(api, child, child_traits + (['COMPUTE_MANAGED_PCI_DEVICE'] if kind == 'pf' else []), cgen)
        children[address] = child
    return root, children


def seed(api, racks=RACKS, instances=True):
    """Creates the fleet through the Placement API (api: controlplane.Api, logged in). Returns
    the number of root providers."""
    hosts = {}
    zones = {'zone-a': zone_aggregate(api, 'zone-a'), 'zone-b': zone_aggregate(api, 'zone-b')}
    for prefix, count, inventories, traits, aggregate, nested in racks:
        for i in range(1, count + 1):
            name = f'{prefix}-{i:02d}'
            inventories_i = dict(inventories)
            traits_i = list(traits)
            if instances and prefix == 'general' and i == count - 1:
                traits_i.append('COMPUTE_STATUS_DISABLED')  # nova-compute disabled by the operator
            if instances and prefix == 'general' and i == count:
                mem = inventories['MEMORY_MB']
                inventories_i['MEMORY_MB'] = dict(mem, reserved=mem['total'] - 4096)  # reserved for a storage agent
            zone = zones['zone-a' if i <= (count + 1) // 2 else 'zone-b']
            hosts[name] = host(api, name, inventories_i, traits_i, ([uid('aggregate', aggregate)] if aggregate else []) + [zone], nested)
    if instances:
        # Instances already running: pinned guests on the first NFV hosts, vGPU guests on the
        # first GPU hosts, general guests everywhere else that is enabled.
        for i in range(1, 4):
            root, children = hosts.get(f'nfv-{i:02d}', (None, None))
            if root:
                for n in range(i * 2):
                    allocate(api, uid('instance', 'nfv', str(i), str(n)), {
                        root: {'PCPU': 4, 'MEMORY_MB': 8192, 'DISK_GB': 20},
                        children['0000:3B:00.0']: {'CUSTOM_PCI_15B3_101E': 1}})
        for i in range(1, 3):
            root, children = hosts.get(f'gpu-{i:02d}', (None, None))
            if root:
                for n in range(6):
                    allocate(api, uid('instance', 'gpu', str(i), str(n)), {
                        root: {'VCPU': 8, 'MEMORY_MB': 32768, 'DISK_GB': 100},
                        children['pci_0000_84_00_0']: {'VGPU': 1}})
        for i in range(1, 5):
            root, _ = hosts.get(f'general-{i:02d}', (None, None))
            if root:
                for n in range(10 * i):
                    allocate(api, uid('instance', 'general', str(i), str(n)),
                             {root: {'VCPU': 4, 'MEMORY_MB': 8192, 'DISK_GB': 20}})
    return len(hosts)



def seed_large(api, roots, nested, workers=1):
    """A fleet for the benchmark: ROOTS compute nodes named big-0001.., each with NESTED vGPU
    providers (VGPU 16, a CUSTOM_NVIDIA_A10_* type trait), an aggregate per hundred nodes, and
    every third node running four vGPU instances. Seeded through the Placement API as the
    compute service would, WORKERS requests at a time (on SQLite, Placement answers two writes at
    once with 500 "database is locked": keep one). Returns the number of providers."""
    from concurrent.futures import ThreadPoolExecutor
    types = ['CUSTOM_NVIDIA_A10_4Q', 'CUSTOM_NVIDIA_A10_8Q']
    for t in types:
        call(api, 'PUT', f'/traits/{t}')
    root_inv = {'VCPU': inv(128, ratio=4.0), 'MEMORY_MB': inv(524288, reserved=4096), 'DISK_GB': inv(3600)}

    def one(i):
        name = f'big-{i:04d}'
        root = provider(api, name)
        gen = set_inventories(api, root, root_inv)
        gen = set_traits(api, root, BASE_TRAITS + ['HW_CPU_HYPERTHREADING'], gen)
        set_aggregates(api, root, [uid('aggregate', 'big', str(i // 100))], gen)
        children = []
        for g in range(nested):
            child = provider(api, f'{name}_pci_0000_{0x80 + g:02x}_00_0', root)
            cgen = set_inventories(api, child, {'VGPU': inv(16)})
            set_traits(api, child, [types[g % 2]], cgen)
            children.append(child)
        if i % 3 == 0 and children:
            for n in range(4):
                allocate(api, uid('instance', 'big', str(i), str(n)), {
                    root: {'VCPU': 8, 'MEMORY_MB': 16384, 'DISK_GB': 40}, children[0]: {'VGPU': 1}})
        return 1 + len(children)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return sum(pool.map(one, range(1, roots + 1)))

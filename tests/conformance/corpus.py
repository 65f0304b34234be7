"""The conformance corpus: hand-written edge cases (docs/design/nova.md section 6) plus a seeded random
generator over the CPU, realtime, memory, NUMA, PMU, multiqueue and vIOMMU keys."""

EDGE_CASES = [
    # (vcpus, ram, specs, image)
    (4, 4096, [('hw:mem_page_size', '2048')], []),
    (4, 4096, [('hw:mem_page_size', '2MB')], []),
    (4, 4096, [('hw:mem_page_size', '2MiB')], []),
    (4, 4096, [('hw:mem_page_size', '1GB')], []),
    (4, 4096, [('hw:mem_page_size', '2Mb')], []),
    (4, 4096, [('hw:mem_page_size', '2M')], []),
    (4, 4096, [('hw:mem_page_size', '2kB')], []),
    (4, 4096, [('hw:mem_page_size', 'Large')], []),
    (4, 4096, [('hw:mem_page_size', '2Kibit')], []),
    (4, 4096, [], [('hw_mem_page_size', '2048')]),
    (4, 4096, [('hw:mem_page_size', 'small')], [('hw_mem_page_size', '2048')]),
    (4, 4096, [('hw:mem_page_size', 'large')], [('hw_mem_page_size', '1GB')]),
    (4, 4096, [('hw:mem_page_size', 'any')], [('hw_mem_page_size', '2M')]),
    (4, 4096, [('hw:cpu_realtime', 'yes')], []),
    (4, 4096, [('hw:cpu_realtime', 'yes'), ('hw:cpu_policy', 'dedicated')], []),
    (4, 4096, [('hw:cpu_realtime', 'yes'), ('hw:cpu_policy', 'dedicated'), ('hw:cpu_realtime_mask', '^0-1')], []),
    (4, 4096, [('hw:cpu_realtime', 'yes'), ('hw:cpu_policy', 'dedicated'), ('hw:cpu_realtime_mask', '2-3')], []),
    (4, 4096, [('hw:cpu_realtime', 'yes'), ('hw:cpu_policy', 'dedicated'), ('hw:cpu_realtime_mask', '0-3')], []),
    (4, 4096, [('hw:cpu_realtime', 'yes'), ('hw:cpu_policy', 'dedicated'), ('hw:cpu_realtime_mask', '0-3'),
               ('hw:emulator_threads_policy', 'isolate')], []),
    (4, 4096, [('hw:cpu_realtime', 'yes'), ('hw:cpu_policy', 'dedicated'), ('hw:cpu_realtime_mask', '2-5')], []),
    (4, 4096, [('hw:cpu_realtime', 'yes'), ('hw:cpu_policy', 'dedicated'), ('hw:cpu_realtime_mask', '^0-3')], []),
    (4, 4096, [('hw:cpu_realtime', 'yes'), ('hw:cpu_policy', 'dedicated')], [('hw_cpu_realtime_mask', '^0')]),
    (4, 4096, [('hw:cpu_realtime', 'yes'), ('hw:cpu_policy', 'dedicated'), ('hw:cpu_realtime_mask', '^0')],
     [('hw_cpu_realtime_mask', '0-3')]),
    (4, 4096, [('hw:emulator_thread_policy', 'isolate')], []),
    (4, 4096, [('hw:cpu_policy', 'mixed')], []),
    (4, 4096, [('hw:cpu_policy', 'mixed'), ('hw:cpu_dedicated_mask', '^0')], []),
    (4, 4096, [('hw:cpu_policy', 'mixed'), ('hw:cpu_dedicated_mask', '0-3')], []),
    (4, 4096, [('hw:cpu_policy', 'dedicated'), ('hw:cpu_dedicated_mask', '^0')], []),
    (4, 4096, [('hw:cpu_thread_policy', 'isolate')], []),
    (4, 4096, [('hw:emulator_threads_policy', 'isolate')], []),
    (4, 4096, [('hw:emulator_threads_policy', 'share')], []),
    (4, 4096, [('hw:locked_memory', 'true')], []),
    (4, 4096, [('hw:locked_memory', 'true'), ('hw:mem_page_size', 'large')], []),
    (4, 4096, [('hw:locked_memory', 'true')], [('hw_mem_page_size', '2048')]),
    (4, 4096, [('hw:locked_memory', 'true'), ('hw:mem_page_size', 'large')], [('hw_locked_memory', 'false')]),
    (4, 4096, [('hw:numa_nodes', '2')], [('hw_numa_nodes', '2')]),
    (3, 4096, [('hw:numa_nodes', '2')], []),
    (4, 4096, [('hw:numa_nodes', '2'), ('hw:numa_cpus.0', '0-1'), ('hw:numa_cpus.1', '2-3'),
               ('hw:numa_mem.0', '1024'), ('hw:numa_mem.1', '3072')], []),
    (4, 4096, [('hw:numa_nodes', '2'), ('hw:numa_cpus.0', '0-1'), ('hw:numa_cpus.1', '2-3'),
               ('hw:numa_mem.0', '1'), ('hw:numa_mem.1', '3')], []),
    (4, 4096, [('hw:numa_nodes', '2'), ('hw:numa_cpus.0', '0-2'), ('hw:numa_cpus.1', '2-3'),
               ('hw:numa_mem.0', '2048'), ('hw:numa_mem.1', '2048')], []),
    (4, 4096, [('hw:numa_nodes', '2'), ('hw:numa_cpus.0', '0-1'), ('hw:numa_mem.0', '2048')], []),
    (4, 4096, [('hw:numa_nodes', '+2')], []),
    (4, 4096, [('hw:pmu', 'false')], [('hw_pmu', 'true')]),
    (4, 4096, [('hw:vif_multiqueue_enabled', 'true')], [('hw_vif_multiqueue_enabled', 'false')]),
    (1, 4096, [('hw:vif_multiqueue_enabled', 'true')], [('hw_vif_multiqueue_enabled', 'false')]),
    (4, 4096, [('hw:viommu_model', 'none')], []),
    (4, 4096, [('hw:viommu_model', 'auto')], [('hw_viommu_model', 'intel')]),
    (4, 4096, [('resources:PCPU', '4'), ('hw:cpu_policy', 'dedicated')], []),
    (4, 4096, [('resources:PCPU', '5'), ('hw:emulator_threads_policy', 'isolate')], []),
    (4, 4096, [('resources:PCPU', '4'), ('hw:emulator_threads_policy', 'isolate')], []),
    (4, 4096, [('resources:VCPU', '4'), ('resources:PCPU', '4')], []),
    (4, 4096, [('trait:HW_CPU_HYPERTHREADING', 'forbidden'), ('hw:cpu_thread_policy', 'isolate'),
               ('hw:cpu_policy', 'dedicated')], []),
    (4, 4096, [('trait:HW_CPU_HYPERTHREADING', 'forbidden')], []),
    (4, 4096, [('hw:cpu_policy', 'shared')], [('hw_cpu_policy', 'dedicated')]),
    (4, 4096, [('hw:cpu_policy', 'mixed'), ('hw:cpu_dedicated_mask', '0')], [('hw_cpu_policy', 'dedicated')]),
    (4, 4096, [], [('hw_cpu_policy', 'banana')]),
    (4, 4096, [('hw:cpu_thread_policy', 'require'), ('hw:cpu_policy', 'dedicated')], [('hw_cpu_thread_policy', 'isolate')]),
    (4, 4096, [('hw:pci_numa_affinity_policy', 'socket')], []),
    (4, 4096, [('hw:cpu_realtime', 'maybe')], []),
    (4, 4096, [('hw:cpu_realtime_mask', '1-2-3'), ('hw:cpu_realtime', 'true'), ('hw:cpu_policy', 'dedicated')], []),
    (4, 4096, [('hw:cpu_realtime_mask', '3-1'), ('hw:cpu_realtime', 'true'), ('hw:cpu_policy', 'dedicated')], []),
    (4, 4096, [('unknownns:foo', 'bar'), ('hw:foo', 'bar')], []),
    (4, 4096, [('group_policy', 'bogus')], []),
]

SPEC_VALUES = {
    'hw:cpu_policy': ['dedicated', 'shared', 'mixed', 'Dedicated', ''],
    'hw:cpu_thread_policy': ['prefer', 'isolate', 'require', 'none'],
    'hw:cpu_realtime': ['yes', 'no', 'true', '1', 'maybe', 'on'],
    'hw:cpu_realtime_mask': ['^0', '^0-1', '0-1', '2-3', '1', '0-7', '^0-7', '5', '1-2-3', '3-1', '^1,^2', '0,^0', 'x', '^'],
    'hw:cpu_dedicated_mask': ['^0', '0', '0-1', '0-7', '^0-3', '9', '2-1'],
    'hw:emulator_threads_policy': ['share', 'isolate', 'bogus'],
    'hw:mem_page_size': ['small', 'large', 'any', '2048', '1048576', '2MB', '2MiB', '1GB', '1GiB', '2Mb', '2Mbit',
                         '2M', '2kB', '2KB', '4KiB', 'Large', '0', '2Ti', '2KiB', '1TB', '4kb'],
    'hw:locked_memory': ['true', 'false', 'yes', 'x'],
    'hw:numa_nodes': ['1', '2', '3', '4', '0', '+2', ' 2', 'two'],
    'hw:pmu': ['true', 'false', 'banana'],
    'hw:pci_numa_affinity_policy': ['required', 'preferred', 'legacy', 'socket', 'strict'],
    'hw:vif_multiqueue_enabled': ['true', 'false'],
    'hw:viommu_model': ['intel', 'smmuv3', 'virtio', 'auto', 'none'],
    'resources:PCPU': ['1', '2', '4', '5', 'x'],
    'resources:VCPU': ['2', '4'],
    'resources1:PCPU': ['4'],
    'trait:HW_CPU_HYPERTHREADING': ['required', 'forbidden', 'maybe'],
    'hw:emulator_thread_policy': ['isolate'],
    'hw:cpu_realtime_policy': ['x'],
    'vendor:anything': ['goes'],
}

IMAGE_VALUES = {
    'hw_cpu_policy': ['dedicated', 'shared', 'mixed', 'banana'],
    'hw_cpu_thread_policy': ['prefer', 'isolate', 'require'],
    'hw_cpu_realtime_mask': ['^0', '0-1', '0-7', '^0-7', '9', 'abc', ''],
    'hw_mem_page_size': ['small', 'large', 'any', '2048', '2MB', '1GB', '2M', 'nonsense', ''],
    'hw_locked_memory': ['true', 'false'],
    'hw_numa_nodes': ['1', '2', '0', 'x'],
    'hw_pmu': ['true', 'false'],
    'hw_pci_numa_affinity_policy': ['required', 'preferred', 'bogus'],
    'hw_vif_multiqueue_enabled': ['true', 'false'],
    'hw_viommu_model': ['intel', 'auto', 'none'],
    'hw_machine_type': ['q35', 'pc'],
}


def numa_maps(rng, vcpus, ram, nodes):
    specs = []
    cpus = list(range(vcpus + rng.choice([0, 0, 0, 1])))
    rng.shuffle(cpus)
    cells = max(1, nodes + rng.choice([0, 0, 0, -1, 1]))
    per = max(1, len(cpus) // cells)
    mem_left = ram
    for i in range(cells):
        chunk = cpus[i * per:(i + 1) * per] if i < cells - 1 else cpus[i * per:]
        if rng.random() < 0.1 and chunk:
            chunk = chunk + [chunk[0] + 1]
        if chunk:
            specs.append((f'hw:numa_cpus.{i}', ','.join(str(c) for c in sorted(set(chunk)))))
        mem = ram // cells if i < cells - 1 else mem_left
        if rng.random() < 0.1:
            mem += 512
        mem_left -= ram // cells
        if rng.random() < 0.95:
            specs.append((f'hw:numa_mem.{i}', str(max(1, mem))))
    return specs


def random_case(rng):
    vcpus = rng.choice([1, 2, 3, 4, 6, 8])
    ram = rng.choice([1024, 2048, 3072, 4096, 8192])
    specs = []
    for key in rng.sample(sorted(SPEC_VALUES), rng.randint(0, 5)):
        specs.append((key, rng.choice(SPEC_VALUES[key])))
    if rng.random() < 0.25:
        keys = dict(specs)
        nodes = int(keys['hw:numa_nodes']) if keys.get('hw:numa_nodes', '').isdigit() else 2
        if 'hw:numa_nodes' not in keys:
            specs.append(('hw:numa_nodes', str(nodes)))
        specs.extend(numa_maps(rng, vcpus, ram, max(nodes, 1)))
    image = []
    for key in rng.sample(sorted(IMAGE_VALUES), rng.randint(0, 3)):
        image.append((key, rng.choice(IMAGE_VALUES[key])))
    return vcpus, ram, specs, image


def generate_cases(rng, count):
    cases = []
    for i, (vcpus, ram, specs, image) in enumerate(EDGE_CASES):
        cases.append({'name': f'edge-{i:03d}', 'vcpus': vcpus, 'ram': ram, 'specs': specs, 'image': image})
    while len(cases) < count:
        vcpus, ram, specs, image = random_case(rng)
        cases.append({'name': f'random-{len(cases):04d}', 'vcpus': vcpus, 'ram': ram, 'specs': specs, 'image': image})
    return cases

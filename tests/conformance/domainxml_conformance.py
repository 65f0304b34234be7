#!/usr/bin/env python3
"""Conformance of `vdeckctl xml` with Nova's own libvirt driver (python3-nova 31).

For every flavor of tests/domainxml/data/corpus-flavors.json x a set of compute profiles, on the
bundled demo host, Nova's side is built with Nova's code: the host NUMA topology by
LibvirtDriver._get_host_numa_topology from the demo host's capabilities XML (free pages from the
snapshot), the instance topology by hardware.numa_get_constraints and
hardware.numa_fit_instance_to_host, then LibvirtDriver._get_guest_numa_config,
_get_guest_cpu_config, _get_guest_memory_backing_config, _set_features and
_guest_add_iommu_device on a driver object whose libvirt host is a stand-in answering from the
snapshot; interfaces by vif.LibvirtGenericVIFDriver (get_base_config + the vdpa / hw_veb
backends) and vGPUs by LibvirtConfigGuestHostdevMDEV. Host devices are the ones vDeck picked
(Nova's PCI tracker is not run). The cpu, cputune, numatune, memoryBacking, features, iommu,
interface and hostdev subtrees are compared with child order ignored; a case where one side
builds no document must be one where the other does not either.
Usage: domainxml_conformance.py VDECKCTL SOURCE_DIR [--verbose]
"""
import json
import os
import subprocess
import sys
import tempfile
import warnings
import xml.etree.ElementTree as ET

from lxml import etree as LET

warnings.filterwarnings('ignore')

import nova.conf  # noqa: E402
from nova import objects  # noqa: E402
objects.register_all()
CONF = nova.conf.CONF
CONF([], project='nova', default_config_files=[])
nova.conf.neutron.register_dynamic_opts(CONF)
from nova.pci import utils as pci_utils  # noqa: E402
from nova.virt import hardware  # noqa: E402
from nova.virt.libvirt import config as vconfig  # noqa: E402
from nova.virt.libvirt import designer  # noqa: E402
from nova.virt.libvirt import driver as libvirt_driver  # noqa: E402
from nova.virt.libvirt import vif as libvirt_vif  # noqa: E402

PROFILES = {
    'default': {},
    'pinning-sets': {'compute': {'cpu_dedicated_set': '4-15,20-31,36-47,52-63', 'cpu_shared_set': '0-3,16-19,32-35,48-51'},
                     'libvirt': {'realtime_scheduler_priority': 3}},
    'qemu-q35': {'libvirt': {'virt_type': 'qemu', 'hw_machine_type': 'x86_64=q35', 'cpu_mode': 'host-passthrough'}},
    'kvm-queues': {'libvirt': {'max_queues': 2, 'rx_queue_size': 1024, 'tx_queue_size': 512, 'hw_machine_type': 'x86_64=q35'}},
}
SECTIONS = ['cpu', 'cputune', 'numatune', 'memoryBacking', 'features', 'devices/iommu', 'devices/interface', 'devices/hostdev']


class FakeHost:
    def __init__(self, caps, online):
        self._caps, self._online = caps, online

    def get_capabilities(self):
        return self._caps

    def get_online_cpus(self):
        return set(self._online)

    def has_min_version(self, *args, **kwargs):
        return True


def apply_profile(profile):
    for other in PROFILES.values():
        for group, opts in other.items():
            for key in opts:
                CONF.clear_override(key, group)
    for group, opts in profile.items():
        for key, value in opts.items():
            if key == 'hw_machine_type':
                value = value.split(',')
            CONF.set_override(key, value, group)


def nova_driver(snapshot):
    caps = vconfig.LibvirtConfigCaps()
    caps.parse_str(snapshot['capabilitiesXml'])
    online = [cpu.id for cell in caps.host.topology.cells for cpu in cell.cpus]
    drv = libvirt_driver.LibvirtDriver.__new__(libvirt_driver.LibvirtDriver)
    drv._host = FakeHost(caps, online)
    drv._reserved_hugepages = {}
    drv._has_numa_support = lambda: True
    drv._sev_enabled = lambda flavor, image_meta: False
    topo = drv._get_host_numa_topology()
    free = {(p['cell'], p['sizeKiB']): p['free'] for p in snapshot['freePages']}
    for cell in topo.cells:
        for pages in cell.mempages:
            if (cell.id, pages.size_kb) in free:
                pages.used = pages.total - free[(cell.id, pages.size_kb)]
    # as the resource tracker sees it: stored in the database and loaded again
    topo = objects.NUMATopology.obj_from_primitive(topo.obj_to_primitive())
    drv._get_host_numa_topology = lambda: topo
    return drv, topo


def port_devices(doc):
    """The host devices vDeck chose, from its comments: [(kind, detail)]"""
    out = []
    for dev in doc.iter('interface'):
        out.append(dev)
    return out


def nova_interfaces(vdeck_root, case, flavor, image_meta):
    drv = libvirt_vif.LibvirtGenericVIFDriver()
    out = []
    for port, iface in zip(case['instanceShape'].get('ports', []), vdeck_root.findall('devices/interface')):
        vnic, mac = port['vnicType'], iface.find('mac').get('address')
        conf = drv.get_base_config(None, mac, image_meta, flavor, CONF.libvirt.virt_type, vnic)
        if vnic == 'vdpa':
            designer.set_vif_host_backend_vdpa_config(conf, iface.find('source').get('dev'),
                                                      CONF.libvirt.rx_queue_size, CONF.libvirt.tx_queue_size)
        else:
            net_type = 'hostdev' if vnic == 'direct' else 'direct'
            if net_type == 'hostdev':
                a = iface.find('source/address')
                slot = '%04x:%02x:%02x.%x' % tuple(int(a.get(k), 16) for k in ('domain', 'bus', 'slot', 'function'))
            else:
                slot = 'macvtap-vf'
                pci_utils.get_ifname_by_pci_address = lambda _addr, pf_interface=False, dev=iface.find('source').get('dev'): dev
            designer.set_vif_host_backend_hw_veb(conf, net_type, slot, None)
        out.append(conf.format_dom())
    return out


def nova_document(case, snapshot, vdeck_root):
    drv, topo = nova_driver(snapshot)
    flavor = objects.Flavor(name=case['name'], flavorid=case['name'], vcpus=case['vcpus'], memory_mb=case['ramMb'],
                            root_gb=20, ephemeral_gb=0, swap=0, extra_specs=dict(case['extraSpecs']))
    image_meta = objects.ImageMeta.from_dict({'properties': dict(case['instanceShape'].get('imageProperties', []))})
    inst = hardware.numa_get_constraints(flavor, image_meta)
    fitted = hardware.numa_fit_instance_to_host(topo, inst, provider_mapping=None) if inst else None
    if inst and not fitted:
        raise RuntimeError('NoValidHost')
    numa = drv._get_guest_numa_config(fitted, flavor, image_meta)
    guest = vconfig.LibvirtConfigGuest()
    guest.virt_type = CONF.libvirt.virt_type
    guest.os_mach_type = libvirt_driver.libvirt_utils.get_machine_type(image_meta)
    guest.cpu = drv._get_guest_cpu_config(flavor, image_meta, numa.numaconfig, fitted)
    guest.cputune, guest.numatune = numa.cputune, numa.numatune
    guest.membacking = drv._get_guest_memory_backing_config(fitted, numa.numatune, flavor, image_meta)
    drv._set_features(guest, 'linux', image_meta, flavor)
    drv._guest_add_iommu_device(guest, image_meta, flavor)
    for hostdev in vdeck_root.findall('devices/hostdev'):
        if hostdev.get('type') == 'mdev':
            mdev = vconfig.LibvirtConfigGuestHostdevMDEV()
            mdev.uuid = hostdev.find('source/address').get('uuid')
            guest.add_device(mdev)
    root = ET.fromstring(LET.tostring(guest.format_dom()))
    devices = root.find('devices')
    if devices is None:
        devices = ET.SubElement(root, 'devices')
    for conf in nova_interfaces(vdeck_root, case, flavor, image_meta):
        devices.append(ET.fromstring(LET.tostring(conf)))
    return root


def canonical(el):
    if el is None:
        return None
    children = sorted(canonical(c) for c in el if isinstance(c.tag, str))
    return '<%s %s>%s[%s]' % (el.tag, sorted(el.attrib.items()), (el.text or '').strip(), ','.join(children))


def sections(root):
    return {s: sorted(canonical(e) for e in root.findall(s)) for s in SECTIONS}


def vdeck_document(vdeckctl, source, profile_path, name):
    r = subprocess.run([vdeckctl, 'xml', os.path.join(source, 'tests/domainxml/data/corpus-flavors.json'), '--flavor', name,
                        '--snapshot', os.path.join(source, 'resources/demo/demo.vdeckhost'), '--profile', profile_path],
                       capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit('vdeckctl xml failed (%d): %s' % (r.returncode, r.stderr))
    return ET.fromstring(r.stdout) if r.returncode == 0 else None


def main():
    vdeckctl, source = sys.argv[1], sys.argv[2]
    verbose = '--verbose' in sys.argv
    corpus = json.load(open(os.path.join(source, 'tests/domainxml/data/corpus-flavors.json')))['flavors']
    snapshot = json.load(open(os.path.join(source, 'resources/demo/demo.vdeckhost')))
    total = agree = 0
    per_section = {s: [0, 0] for s in SECTIONS}
    with tempfile.TemporaryDirectory() as tmp:
        for pname, profile in PROFILES.items():
            path = os.path.join(tmp, pname + '.json')
            json.dump({'format': 'vdeck-compute-profile', 'version': 1, **profile}, open(path, 'w'))
            for case in corpus:
                total += 1
                ours = vdeck_document(vdeckctl, source, path, case['name'])
                apply_profile(profile)
                try:
                    theirs = nova_document(case, snapshot, ours) if ours is not None else None
                    if ours is None:
                        nova_document(case, snapshot, ET.fromstring('<domain/>'))
                        theirs_verdict = 'built'
                    else:
                        theirs_verdict = 'built'
                except Exception as e:  # noqa: BLE001
                    theirs, theirs_verdict = None, type(e).__name__
                    if verbose:
                        import traceback
                        traceback.print_exc()
                if ours is None or theirs is None:
                    same = ours is None and theirs_verdict != 'built'
                    agree += same
                    if verbose or not same:
                        print('%-10s %-20s vdeck=%s nova=%s' % (pname, case['name'], 'built' if ours is not None else 'refused', theirs_verdict))
                    continue
                a, b = sections(ours), sections(theirs)
                bad = [s for s in SECTIONS if a[s] != b[s]]
                for s in SECTIONS:
                    per_section[s][0] += a[s] == b[s]
                    per_section[s][1] += 1
                agree += not bad
                if bad:
                    print('%-10s %-20s differs in %s' % (pname, case['name'], ', '.join(bad)))
                    if verbose:
                        for s in bad:
                            print('   vdeck:', a[s], '\n   nova: ', b[s])
    print('domain XML conformance: %d/%d cases agree (%.1f%%)' % (agree, total, 100.0 * agree / total))
    for s, (ok, n) in per_section.items():
        print('  %-18s %d/%d' % (s, ok, n))
    return 0 if agree == total else 1


if __name__ == '__main__':
    sys.exit(main())

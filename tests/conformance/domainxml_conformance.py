#!/usr/bin/env python3
"""Conformance of `vdeckctl xml` with Nova's own libvirt driver (python3-nova 31, or another
release's nova/virt/libvirt over it with --overlay DIR --release R).

For every flavor of tests/domainxml/data/corpus-flavors.json x a set of compute profiles (each
with one more port of vnic type normal, bound as the profile's Neutron binding), on the bundled
demo host, Nova's side is built with Nova's code: the host NUMA topology by
LibvirtDriver._get_host_numa_topology from the demo host's capabilities XML (free pages from the
snapshot), the instance topology by hardware.numa_get_constraints and
hardware.numa_fit_instance_to_host, then LibvirtDriver._get_guest_numa_config,
_get_guest_cpu_config, _get_guest_memory_backing_config, _set_features and
_guest_add_iommu_device on a driver object whose libvirt host is a stand-in answering from the
snapshot (libvirt version included); the rest of the document as _get_guest_config makes it:
_get_guest_config_meta (metadata), _configure_guest_by_virt_type (sysinfo, os), _set_clock,
_create_consoles, _guest_add_video_device + _add_video_driver + the pointer, _add_rng_device,
_guest_add_usb_root_controller, _guest_add_memory_balloon, _get_guest_iothread (33+), the vcpu
cpuset of _get_guest_numa_config; interfaces by vif.LibvirtGenericVIFDriver (get_base_config +
the vdpa / hw_veb backends, get_config through os-vif for normal ports) and vGPUs by
LibvirtConfigGuestHostdevMDEV. Host devices are the ones vDeck picked (Nova's PCI tracker is not
run). The whole document is compared with child order ignored, except the root disk and the boot
device (Nova's come from the image backend and disk_info, not run here) and the metadata Nova
takes from the boot request (creationTime, owner, ports, the image's formats and sizes). A case
where one side builds no document must be one where the other does not either.
Usage: domainxml_conformance.py VDECKCTL SOURCE_DIR [--verbose] [--release R --overlay DIR]
  --overlay DIR: a directory with another release's nova/**/*.py files, loaded instead of
  python3-nova's modules of the same name (for instance `git archive 33.0.0 nova/virt
  nova/vtpm.py | tar -x -C DIR`); --release R is then passed to vdeckctl xml.
"""
import inspect
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
import xml.etree.ElementTree as ET

from lxml import etree as LET

warnings.filterwarnings('ignore')


from novaoverlay import install_overlay, option  # noqa: E402

OVERLAY = install_overlay()
if OVERLAY:
    # A later release's nova/virt/libvirt/utils.py names traits at import (CPU feature -> trait
    # table) that Debian 13's os-traits does not define yet: they stand for their own names.
    import os_traits
    os_traits.__getattr__ = lambda name: name if name.isupper() else (_ for _ in ()).throw(AttributeError(name))

import nova.conf  # noqa: E402
from nova import objects  # noqa: E402
objects.register_all()
CONF = nova.conf.CONF
CONF([], project='nova', default_config_files=[])
nova.conf.neutron.register_dynamic_opts(CONF)
# where the console log goes: Debian's nova.conf sets state_path = /var/lib/nova
CONF.set_override('instances_path', '/var/lib/nova/instances')
import os_vif.objects  # noqa: E402
os_vif.objects.register_all()
from nova import version  # noqa: E402
if OVERLAY and option('--release'):
    # the overlay brings a release's code, not its package version (nova/version.py reads pbr's);
    # vdeckctl calls master 34.0.0.dev
    version.version_string_with_package = lambda: '34.0.0.dev' if option('--release') == 'master' else '%s.0.0' % option('--release')
from nova.network import model as network_model  # noqa: E402
from nova.pci import utils as pci_utils  # noqa: E402
from nova.virt import driver as virt_driver  # noqa: E402
from nova.virt import hardware  # noqa: E402
from nova.virt.libvirt import config as vconfig  # noqa: E402
from nova.virt.libvirt import designer  # noqa: E402
from nova.virt.libvirt import driver as libvirt_driver  # noqa: E402
from nova.virt.libvirt import host as libvirt_host  # noqa: E402
from nova.virt.libvirt import vif as libvirt_vif  # noqa: E402

NOVA_NS = '{http://openstack.org/xmlns/libvirt/nova/1.1}'
# '_binding': how Neutron binds the extra normal port; '_libvirt': the host's libvirt version
PROFILES = {
    'default': {'_binding': 'ovn'},
    'pinning-sets': {'compute': {'cpu_dedicated_set': '4-15,20-31,36-47,52-63', 'cpu_shared_set': '0-3,16-19,32-35,48-51'},
                     'libvirt': {'realtime_scheduler_priority': 3}, '_binding': 'ovs'},
    'qemu-q35': {'libvirt': {'virt_type': 'qemu', 'hw_machine_type': 'x86_64=q35', 'cpu_mode': 'host-passthrough'},
                 '_binding': 'ovs-hybrid'},
    'kvm-queues': {'libvirt': {'max_queues': 2, 'rx_queue_size': 1024, 'tx_queue_size': 512, 'hw_machine_type': 'x86_64=q35'},
                   '_binding': 'ovs-dpdk'},
    'shared-libvirt8': {'compute': {'cpu_shared_set': '0-7,32-39'}, 'libvirt': {'hw_machine_type': 'x86_64=q35'},
                        '_binding': 'ovs-dpdk', '_libvirt': '8.0.0'},
}
# Neutron's binding:vif_type and binding:vif_details for a normal port (ML2/OVN, ML2/OVS with
# the openvswitch or the iptables_hybrid firewall, ML2/OVS with OVS-DPDK)
BINDINGS = {
    'ovn': ('ovs', {'port_filter': True, 'ovs_hybrid_plug': False, 'datapath_type': 'system', 'bridge_name': 'br-int'}),
    'ovs': ('ovs', {'port_filter': True, 'ovs_hybrid_plug': False, 'datapath_type': 'system', 'bridge_name': 'br-int'}),
    'ovs-hybrid': ('ovs', {'port_filter': True, 'ovs_hybrid_plug': True, 'datapath_type': 'system', 'bridge_name': 'br-int'}),
    'ovs-dpdk': ('vhostuser', {'port_filter': False, 'ovs_hybrid_plug': False, 'datapath_type': 'netdev', 'vhostuser_mode': 'server',
                               'vhostuser_ovs_plug': True, 'bridge_name': 'br-int'}),
}
# (parent, child) left out of the comparison; up to 32 also the UEFI files Nova takes from the
# host's firmware descriptors (and the smm they ask for), which a snapshot does not hold
IGNORED = [('devices', 'disk'), ('os', 'boot')] + [('metadata/' + NOVA_NS + 'instance', NOVA_NS + leaf)
                                                   for leaf in ('creationTime', 'owner', 'ports')]
HOST_FIRMWARE = [('os', 'loader'), ('os', 'nvram'), ('features', 'smm')]
# guests that need files the QEMU fixture of tst_domainxml_define does not have (UEFI firmware),
# so they are not in the corpus
EXTRA_CASES = [
    {'name': 'uefi.secure', 'vcpus': 2, 'ramMb': 2048, 'diskGb': 20, 'extraSpecs': [['os:secure_boot', 'required'], ['hw:boot_menu', 'yes']],
     'instanceShape': {'imageProperties': [['hw_firmware_type', 'uefi'], ['hw_machine_type', 'q35']], 'ports': []}},
    {'name': 'uefi.stateless', 'vcpus': 2, 'ramMb': 2048, 'diskGb': 20, 'extraSpecs': [],
     'instanceShape': {'imageProperties': [['hw_firmware_type', 'uefi'], ['hw_machine_type', 'q35'],
                                           ['hw_firmware_stateless', 'true']], 'ports': []}},
]
SECTIONS = ['vcpu', 'metadata', 'sysinfo', 'os', 'features', 'iothreads', 'cputune', 'numatune', 'memoryBacking', 'clock', 'cpu',
            'devices/interface', 'devices/hostdev', 'devices/serial', 'devices/graphics', 'devices/video', 'devices/input',
            'devices/rng', 'devices/controller', 'devices/memballoon', 'devices/iommu']


def version_tuple(text):
    return tuple(int(x) for x in text.split('.')[:3])


class FakeHost:
    def __init__(self, caps, online, libvirt_version):
        self._caps, self._online, self._version = caps, online, version_tuple(libvirt_version)

    def get_capabilities(self):
        return self._caps

    def get_online_cpus(self):
        return set(self._online)

    def has_min_version(self, lv_ver=None, hv_ver=None, hv_type=None):
        return lv_ver is None or self._version >= tuple(lv_ver)

    def _check_machine_type(self, caps, mach_type):
        pass

    # UEFI: a host with a secure-boot OVMF; up to 32 Nova picks these files (get_loader), from
    # 33 libvirt does
    supports_uefi = supports_secure_boot = True

    def get_loader(self, arch, machine, has_secure_boot):
        files = ('/usr/share/OVMF/OVMF_CODE_4M.secboot.fd', '/usr/share/OVMF/OVMF_VARS_4M.ms.fd')
        # host.Host.get_loader returns (loader, nvram) up to 24.0.0, then also requires_smm
        returns = inspect.signature(libvirt_host.Host.get_loader).return_annotation
        return files if len(getattr(returns, '__args__', ())) == 2 else files + (has_secure_boot,)


def apply_profile(profile):
    for other in PROFILES.values():
        for group, opts in other.items():
            if not group.startswith('_'):
                for key in opts:
                    CONF.clear_override(key, group)
    for group, opts in profile.items():
        if group.startswith('_'):
            continue
        for key, value in opts.items():
            if key == 'hw_machine_type':
                value = value.split(',')
            CONF.set_override(key, value, group)


def nova_driver(snapshot):
    caps = vconfig.LibvirtConfigCaps()
    caps.parse_str(snapshot['capabilitiesXml'])
    online = [cpu.id for cell in caps.host.topology.cells for cpu in cell.cpus]
    drv = libvirt_driver.LibvirtDriver.__new__(libvirt_driver.LibvirtDriver)
    drv._host = FakeHost(caps, online, snapshot['host']['libvirtVersion'])
    drv._reserved_hugepages = {}
    drv._has_numa_support = lambda: True
    drv._sev_enabled = lambda flavor, image_meta: False
    drv._get_mem_encryption_config = lambda flavor, image_meta: None
    drv._sysinfo_serial_func = lambda: None
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


def normal_vif(binding, iface, port_id, flavor_name):
    vif_type, details = BINDINGS[binding]
    details = dict(details)
    if vif_type == 'vhostuser':
        details['vhostuser_socket'] = os.path.join('/var/run/openvswitch', ('vhu' + port_id)[:14])
    return network_model.VIF(id=port_id, address=iface.find('mac').get('address'), type=vif_type, details=details,
                             network=network_model.Network(id='net-' + flavor_name, bridge='br-int', subnets=[]),
                             devname=('tap' + port_id)[:14], ovs_interfaceid=port_id, vnic_type='normal',
                             active=False, preserve_on_delete=False)


def nova_interfaces(vdeck_root, ports, instance, flavor, image_meta, binding):
    """LibvirtConfigGuestInterface objects, as vif.LibvirtGenericVIFDriver makes them"""
    drv = libvirt_vif.LibvirtGenericVIFDriver()
    out = []
    for port, iface in zip(ports, vdeck_root.findall('devices/interface')):
        vnic, mac = port['vnicType'], iface.find('mac').get('address')
        if vnic == 'normal':
            # the port id is Neutron's; vDeck's is in its interfaceid / target device name
            vport = iface.find('virtualport/parameters')
            target = iface.find('target').get('dev')
            port_id = vport.get('interfaceid') if vport is not None else target[3:] + 'x' * 30
            out.append(drv.get_config(instance, normal_vif(binding, iface, port_id, flavor.name), image_meta, flavor,
                                      CONF.libvirt.virt_type))
            continue
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
        out.append(conf)
    return out


def dataclass_of(cls, values):
    """cls(**values) with the fields this release's dataclass has"""
    return cls(**{k: v for k, v in values.items() if k in inspect.signature(cls).parameters})


def driver_metadata(drv, instance, flavor, image_meta, vdeck_root):
    """_get_guest_config_meta over what get_instance_driver_metadata collects."""
    meta = vdeck_root.find('metadata/' + NOVA_NS + 'instance')  # None when vDeck built nothing
    image_uuid = meta.find(NOVA_NS + 'root').get('uuid') if meta is not None else '00000000-0000-0000-0000-000000000001'
    name = meta.find(NOVA_NS + 'name').text if meta is not None else 'instance-00000001'
    if 'instance' in inspect.signature(drv._get_guest_config_meta).parameters:  # 29 and older
        instance.display_name, instance.image_ref, instance.user_id, instance.project_id = name, image_uuid, 'u', 'p'
        return drv._get_guest_config_meta(instance, [])
    flavor_meta = dataclass_of(virt_driver.FlavorMeta, dict(
        name=flavor.name, flavorid=flavor.flavorid, memory_mb=flavor.memory_mb, vcpus=flavor.vcpus, ephemeral_gb=flavor.ephemeral_gb,
        root_gb=flavor.root_gb, swap=flavor.swap, extra_specs=flavor.extra_specs))
    image = dataclass_of(virt_driver.ImageMeta, dict(
        id=image_uuid, name=None, container_format=None, disk_format=None, min_disk=None, min_ram=None,
        properties=image_meta.properties.to_dict() if hasattr(image_meta.properties, 'to_dict') else {}))
    dmeta = dataclass_of(virt_driver.InstanceDriverMetadata, dict(
        instance_meta=virt_driver.NovaInstanceMeta(name, instance.uuid),
        owner=virt_driver.OwnerMeta(userid='u', username='N/A', projectid='p', projectname='N/A'),
        flavor=flavor_meta, image=image, root_type='image', root_id=image_uuid, creation_time=time.time(), network_info=[],
        nova_package=version.version_string_with_package()))
    return drv._get_guest_config_meta(dmeta)


def nova_document(case, snapshot, vdeck_root, ports, binding):
    drv, topo = nova_driver(snapshot)
    flavor = objects.Flavor(name=case['name'], flavorid=meta_flavor_id(vdeck_root, case), vcpus=case['vcpus'],
                            memory_mb=case['ramMb'], root_gb=case.get('diskGb', 0), ephemeral_gb=case.get('ephemeralGb', 0),
                            swap=case.get('swapMb', 0), extra_specs=dict(case['extraSpecs']))
    image_meta = objects.ImageMeta.from_dict({'properties': dict(case['instanceShape'].get('imageProperties', []))})
    name = vdeck_root.findtext('name') or 'instance-00000001'
    instance = objects.Instance(uuid=vdeck_root.findtext('uuid') or '00000000-0000-0000-0000-000000000000',
                                id=int(name.split('-')[-1], 16), flavor=flavor, system_metadata={}, os_type=None,
                                kernel_id=None, display_name=name)
    inst = hardware.numa_get_constraints(flavor, image_meta)
    fit_args = {'provider_mapping': None} if 'provider_mapping' in inspect.signature(hardware.numa_fit_instance_to_host).parameters else {}
    fitted = hardware.numa_fit_instance_to_host(topo, inst, **fit_args) if inst else None
    if inst and not fitted:
        raise RuntimeError('NoValidHost')
    numa = drv._get_guest_numa_config(fitted, flavor, image_meta)
    guest = vconfig.LibvirtConfigGuest()
    guest.virt_type = CONF.libvirt.virt_type
    guest.name, guest.uuid = name, instance.uuid
    guest.memory, guest.vcpus = flavor.memory_mb * 1024, flavor.vcpus
    guest.cpuset = numa.cpuset
    guest.cputune, guest.numatune = numa.cputune, numa.numatune
    guest.membacking = drv._get_guest_memory_backing_config(fitted, numa.numatune, flavor, image_meta)
    guest.metadata.append(driver_metadata(drv, instance, flavor, image_meta, vdeck_root))
    guest.cpu = drv._get_guest_cpu_config(flavor, image_meta, numa.numaconfig, fitted)
    guest.os_type = drv._get_guest_os_type()
    drv._configure_guest_by_virt_type(guest, instance, image_meta, flavor)
    if hasattr(drv, '_get_guest_iothread'):
        guest.iothreads = drv._get_guest_iothread()
    drv._set_features(guest, 'linux', image_meta, flavor)
    drv._set_clock(guest, None, image_meta)
    for conf in nova_interfaces(vdeck_root, ports, instance, flavor, image_meta, binding):
        guest.add_device(conf)
    drv._create_consoles(guest, instance, flavor, image_meta)
    if drv._guest_add_video_device(guest):
        drv._add_video_driver(guest, image_meta, flavor)
        drv._guest_add_pointer_device(guest, image_meta)
        drv._guest_add_keyboard_device(guest, image_meta)
    if CONF.libvirt.virt_type in ('qemu', 'kvm'):
        drv._add_rng_device(guest, flavor, image_meta)
    if 'flavor' in inspect.signature(drv._guest_add_usb_root_controller).parameters:
        drv._guest_add_usb_root_controller(guest, flavor, image_meta)
    else:
        drv._guest_add_usb_root_controller(guest, image_meta)
    drv._guest_add_memory_balloon(guest)
    for hostdev in vdeck_root.findall('devices/hostdev'):
        if hostdev.get('type') == 'mdev':
            mdev = vconfig.LibvirtConfigGuestHostdevMDEV()
            mdev.uuid = hostdev.find('source/address').get('uuid')
            guest.add_device(mdev)
    if hasattr(drv, '_guest_add_iommu_device'):  # 26+
        drv._guest_add_iommu_device(guest, image_meta, flavor)
    root = ET.fromstring(LET.tostring(guest.format_dom()))
    # PCI host devices: the ones vDeck picked (Nova's PCI tracker is not run)
    devices = root.find('devices')
    for hostdev in vdeck_root.findall('devices/hostdev'):
        if hostdev.get('type') == 'pci':
            devices.append(hostdev)
    return root


def meta_flavor_id(vdeck_root, case):
    flavor = vdeck_root.find('metadata/' + NOVA_NS + 'instance/' + NOVA_NS + 'flavor')
    return flavor.get('id') if flavor is not None and flavor.get('id') else case['name']


def strip(root, host_firmware):
    for parent_path, leaf in IGNORED + (HOST_FIRMWARE if host_firmware else []):
        for parent in root.findall(parent_path):
            for el in parent.findall(leaf):
                parent.remove(el)
    return root


def canonical(el):
    if el is None:
        return None
    children = sorted(canonical(c) for c in el if isinstance(c.tag, str))
    return '<%s %s>%s[%s]' % (el.tag, sorted(el.attrib.items()), (el.text or '').strip(), ','.join(children))


def sections(root):
    return {s: sorted(canonical(e) for e in root.findall(s)) for s in SECTIONS}


def vdeck_document(vdeckctl, flavors_path, profile_path, snapshot_path, name, binding, release):
    args = [vdeckctl, 'xml', flavors_path, '--flavor', name,
            '--snapshot', snapshot_path, '--profile', profile_path, '--port', 'normal:' + binding]
    if release:
        args += ['--release', release]
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit('vdeckctl xml failed (%d): %s' % (r.returncode, r.stderr))
    errors = [line for line in r.stderr.splitlines() if line.startswith('error [')]
    api_only = bool(errors) and all(line.startswith('error [A]') for line in errors)
    # exit 1 with a document: Nova writes it and libvirt (or the host now) would refuse it
    return (ET.fromstring(r.stdout) if r.stdout.strip() else None), api_only


def main():
    vdeckctl, source = sys.argv[1], sys.argv[2]
    verbose = '--verbose' in sys.argv
    release = option('--release')
    corpus_file = json.load(open(os.path.join(source, 'tests/domainxml/data/corpus-flavors.json')))
    corpus = corpus_file['flavors'] + EXTRA_CASES
    host_firmware = (34 if release == 'master' else int(release or 31)) < 33
    demo = os.path.join(source, 'resources/demo/demo.vdeckhost')
    total = agree = api = 0
    per_section = {s: [0, 0] for s in SECTIONS + ['document']}
    print('Nova %s%s' % (version.version_string_with_package(), ' with the modules of ' + OVERLAY if OVERLAY else ''))
    with tempfile.TemporaryDirectory() as tmp:
        flavors_path = os.path.join(tmp, 'flavors.json')
        json.dump(dict(corpus_file, flavors=corpus), open(flavors_path, 'w'))
        for pname, profile in PROFILES.items():
            path = os.path.join(tmp, pname + '.json')
            json.dump({'format': 'vdeck-compute-profile', 'version': 1, **{k: v for k, v in profile.items() if not k.startswith('_')}},
                      open(path, 'w'))
            snapshot = json.load(open(demo))
            snapshot_path = demo
            if '_libvirt' in profile:
                snapshot['host']['libvirtVersion'] = profile['_libvirt']
                snapshot_path = os.path.join(tmp, pname + '.vdeckhost')
                json.dump(snapshot, open(snapshot_path, 'w'))
            binding = profile['_binding']
            for case in corpus:
                ports = case['instanceShape'].get('ports', []) + [{'vnicType': 'normal'}]
                ours, api_only = vdeck_document(vdeckctl, flavors_path, path, snapshot_path, case['name'], binding, release)
                if api_only:
                    # the release's extra spec API refuses the flavor (stage A): its driver never
                    # sees it (an older release without a key the corpus uses)
                    api += 1
                    if verbose:
                        print('%-16s %-20s refused by the API of %s' % (pname, case['name'], release or 31))
                    continue
                total += 1
                apply_profile(profile)
                try:
                    theirs = nova_document(case, snapshot, ours, ports, binding) if ours is not None else None
                    if ours is None:
                        nova_document(case, snapshot, ET.fromstring('<domain/>'), [], binding)
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
                        print('%-16s %-20s vdeck=%s nova=%s' % (pname, case['name'], 'built' if ours is not None else 'refused', theirs_verdict))
                    continue
                strip(ours, host_firmware)
                strip(theirs, host_firmware)
                a, b = sections(ours), sections(theirs)
                a['document'], b['document'] = [canonical(ours)], [canonical(theirs)]
                bad = [s for s in SECTIONS + ['document'] if a[s] != b[s]]
                for s in per_section:
                    per_section[s][0] += a[s] == b[s]
                    per_section[s][1] += 1
                agree += not bad
                if bad:
                    print('%-16s %-20s differs in %s' % (pname, case['name'], ', '.join(bad)))
                    if verbose:
                        for s in bad:
                            if s != 'document':
                                print('   vdeck:', a[s], '\n   nova: ', b[s])
    print('domain XML conformance: %d/%d cases agree (%.1f%%)%s' % (
        agree, total, 100.0 * agree / total, ', %d more refused by the API (stage A)' % api if api else ''))
    for s, (ok, n) in per_section.items():
        print('  %-18s %d/%d' % (s, ok, n))
    return 0 if agree == total else 1


if __name__ == '__main__':
    sys.exit(main())

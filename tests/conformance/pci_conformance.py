#!/usr/bin/env python3
"""Conformance of `vdeckctl pci` with Nova's own [pci] device_spec and alias code.

A generated host (SR-IOV PFs with VFs, vDPA devices on some VFs, netdevs, VPD serial numbers,
SR-IOV capable devices without VFs, plain PCI devices, two PCI domains) is written once as a
.vdeckhost file and once as the sysfs tree Nova reads (sriov_totalvfs, sriov_vf_device, vendor,
device, /sys/class/net/IF/device links) under a temporary directory, which nova/pci/utils.py is
pointed at. Nova's side is Nova's code only: the device dicts by
nova.virt.libvirt.host.Host._get_pcidev_info from the same node-device XML, the specs by
nova.pci.whitelist.Whitelist (devspec.PciDeviceSpec), the claim of each device by
Whitelist.device_assignable, the aliases by nova.pci.request.get_alias_from_config. vDeck's side
is `vdeckctl pci --snapshot HOST --conf nova.conf --release R --json`.

For every generated nova.conf (device specs built from the host's own addresses, ids and
netdevs, with globs, regular-expression dicts, devname, malformed fields and every tag; aliases
valid and not) both must agree on: whether nova-compute accepts the device_spec, which spec
claims each PCI device (the first match), whether the aliases parse, and (31 and later, without
PCI in Placement, whose resource classes Placement matches) which devices a request for each alias
can take: the pools of nova.pci.stats.PciDeviceStats through its own filters. 100 % or the test
fails.

Usage: pci_conformance.py VDECKCTL [--cases N] [--seed S] [--release R --overlay DIR] [--nova-git DIR]
  --overlay DIR: another release's nova/pci/*.py and nova/conf/pci.py over python3-nova 31.
  --nova-git DIR: every release 23 .. 33 and master, each tag's nova/pci and nova/conf/pci.py
                  taken from the git directory DIR (git archive) and run as an overlay in a child
                  interpreter; exit 77 (skipped) without git or a Nova git directory.
  --nova-trees DIR: the same from DIR/TAG/nova/... extracted beforehand (where the build root
                  has no git: `git --git-dir G archive TAG nova/pci nova/conf/pci.py | tar -x -C DIR/TAG`).
"""
import glob
import json
import logging
import os
import random
import subprocess
import sys
import tempfile
import types
import warnings

warnings.filterwarnings('ignore')
logging.disable(logging.CRITICAL)

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))


from novaoverlay import install_overlay, option  # noqa: E402

OVERLAY = install_overlay()

import nova.conf  # noqa: E402
from nova import objects  # noqa: E402
objects.register_all()
CONF = nova.conf.CONF
CONF([], project='nova', default_config_files=[])
from nova.pci import request as pci_request  # noqa: E402
from nova.pci import utils as pci_utils  # noqa: E402
from nova.pci import whitelist  # noqa: E402
from nova.virt.libvirt import host as libvirt_host  # noqa: E402

RELEASE = option('--release', '31')
CARDS = [  # vendor, PF product, VF product
    ('15b3', '101d', '101e'), ('8086', '1592', '1889'), ('8086', '158b', '154c'), ('10de', '2236', '2236')]
PLAIN = [('8086', '0b60'), ('144d', 'a824'), ('10de', '1eb8'), ('1af4', '1041'), ('15b3', '101d')]


# --- the host ---------------------------------------------------------------------------------

def gen_host(rng):
    devices, used = [], set()

    def free(domain, bus, slot, func):
        key = (domain, bus, slot, func)
        if key in used:
            return False
        used.add(key)
        return True

    def add(kind, addr, vendor, product, **kw):
        d = dict(kind=kind, addr=addr, vendor=vendor, product=product, netdev=None, serial=None, vdpa=False,
                 parent=None, vfs=[], maxvfs=0, numa=rng.choice([0, 1]))
        d.update(kw)
        devices.append(d)
        return d

    for i in range(5):
        vendor, pfp, vfp = rng.choice(CARDS)
        while True:
            domain, bus, slot = rng.choice([0, 0, 0, 1]), rng.randrange(1, 256), rng.randrange(0, 28)
            if all(free(domain, bus, s, f) for s in range(slot, slot + 3) for f in range(8)):
                break
        pfs = rng.choice([1, 2])
        for p in range(pfs):
            maxvfs = rng.choice([4, 8])
            pf = add('pf', (domain, bus, slot, p), vendor, pfp, maxvfs=maxvfs,
                     netdev=f'enp{bus}s{slot}f{p}d{domain}' if rng.random() < 0.6 else None,
                     serial=f'SN{bus:02X}{p}' if rng.random() < 0.5 else None)
            for k in range(rng.randint(0, maxvfs // 2 if p else maxvfs)):
                n = 8 * p + k
                vf = add('vf', (domain, bus, slot + 1 + n // 8, n % 8), vendor, vfp, parent=pf['addr'],
                         netdev=f'enp{bus}s{slot}f{p}v{k}d{domain}' if rng.random() < 0.4 else None,
                         serial=f'SNV{bus:02X}{n}' if rng.random() < 0.3 else None)
                vf['vdpa'] = vf['netdev'] is None and rng.random() < 0.3
                pf['vfs'].append(vf['addr'])
    for i in range(8):
        vendor, product = rng.choice(PLAIN)
        while True:
            addr = (rng.choice([0, 0, 1]), rng.randrange(1, 256), rng.randrange(0, 32), rng.randrange(0, 8))
            if free(*addr):
                break
        sriov = i == 0  # SR-IOV capable with no VF enabled: libvirt and Nova call it a PF
        add('pf' if sriov else 'pci', addr, vendor, product, maxvfs=4 if sriov else 0,
            netdev=f'eno{i}' if rng.random() < 0.4 else None, serial='SNP%d' % i if rng.random() < 0.3 else None)
    return devices


def addr_str(a):
    return '%04x:%02x:%02x.%x' % a


def dev_name(a):
    return 'pci_%04x_%02x_%02x_%x' % a


def addr_xml(a):
    return "<address domain='0x%04x' bus='0x%02x' slot='0x%02x' function='0x%x'/>" % a


def node_xml(d):
    a = d['addr']
    caps = ''
    if d['kind'] == 'pf':
        caps += "<capability type='virt_functions' maxCount='%d'>%s</capability>" % (d['maxvfs'], ''.join(addr_xml(v) for v in d['vfs']))
    if d['parent']:
        caps += "<capability type='phys_function'>%s</capability>" % addr_xml(d['parent'])
    if d['serial']:
        caps += ("<capability type='vpd'><name>card</name><fields access='readonly'><serial_number>%s</serial_number>"
                 "</fields></capability>" % d['serial'])
    return ("<device><name>%s</name><path>/sys/devices/pci%04x:%02x/%s</path><parent>computer</parent>"
            "<driver><name>vfio-pci</name></driver><capability type='pci'><class>0x020000</class>"
            "<domain>%d</domain><bus>%d</bus><slot>%d</slot><function>%d</function>"
            "<product id='0x%s'>p</product><vendor id='0x%s'>v</vendor>%s"
            "<iommuGroup number='%d'>%s</iommuGroup><numa node='%d'/></capability></device>"
            % (dev_name(a), a[0], a[1], addr_str(a), a[0], a[1], a[2], a[3], d['product'], d['vendor'], caps,
               a[1] * 8 + a[3], addr_xml(a), d['numa']))


def net_xml(d):
    return ("<device><name>net_%s</name><path>/sys/class/net/%s</path><parent>%s</parent><capability type='net'>"
            "<interface>%s</interface><address>02:00:00:00:00:01</address><link state='up'/></capability></device>"
            % (d['netdev'], d['netdev'], dev_name(d['addr']), d['netdev']))


def vdpa_xml(d, i):
    return ("<device><name>vdpa_vdpa%d</name><path>/sys/devices/vdpa%d</path><parent>%s</parent>"
            "<driver><name>vhost_vdpa</name></driver><capability type='vdpa'><chardev>/dev/vhost-vdpa-%d</chardev>"
            "</capability></device>" % (i, i, dev_name(d['addr']), i))


def node_devices(devices):
    out = []
    for i, d in enumerate(devices):
        out.append((dev_name(d['addr']), 'computer', node_xml(d), ['pci']))
        if d['netdev']:
            out.append(('net_' + d['netdev'], dev_name(d['addr']), net_xml(d), ['net']))
        if d['vdpa']:
            out.append(('vdpa_vdpa%d' % i, dev_name(d['addr']), vdpa_xml(d, i), ['vdpa']))
    return out


def write_snapshot(path, nodes):
    with open(os.path.join(SOURCE, 'resources', 'demo', 'demo.vdeckhost'), encoding='utf-8') as f:
        snap = json.load(f)
    snap['devices'] = [{'name': n, 'xml': x} for n, _, x, _ in nodes]
    snap['host']['hostname'] = 'pci-conformance'
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(snap, f)


def write_sysfs(root, devices):
    """The files nova/pci/utils.py reads, as the kernel writes them (there is no "product")."""
    by_addr = {d['addr']: d for d in devices}
    for d in devices:
        a = addr_str(d['addr'])
        real = os.path.join(root, 'sys', 'devices', 'pci', a)
        os.makedirs(real)
        os.makedirs(os.path.join(root, 'sys', 'bus', 'pci', 'devices'), exist_ok=True)
        os.symlink(real, os.path.join(root, 'sys', 'bus', 'pci', 'devices', a))
        with open(os.path.join(real, 'vendor'), 'w') as f:
            f.write('0x%s\n' % d['vendor'])
        with open(os.path.join(real, 'device'), 'w') as f:
            f.write('0x%s\n' % d['product'])
        if d['kind'] == 'pf':
            with open(os.path.join(real, 'sriov_totalvfs'), 'w') as f:
                f.write('%d\n' % d['maxvfs'])
            if d['vfs']:
                with open(os.path.join(real, 'sriov_vf_device'), 'w') as f:
                    f.write('%s\n' % by_addr[d['vfs'][0]]['product'])
        if d['parent']:
            os.symlink('../' + addr_str(d['parent']), os.path.join(real, 'physfn'))
        for n, vf in enumerate(d['vfs']):
            os.symlink('../' + addr_str(vf), os.path.join(real, 'virtfn%d' % n))
        if d['netdev']:
            netdir = os.path.join(real, 'net', d['netdev'])
            os.makedirs(netdir)
            with open(os.path.join(netdir, 'address'), 'w') as f:
                f.write('02:00:00:00:00:01\n')
            os.symlink('../../../' + a, os.path.join(netdir, 'device'))
            os.makedirs(os.path.join(root, 'sys', 'class', 'net'), exist_ok=True)
            os.symlink(netdir, os.path.join(root, 'sys', 'class', 'net', d['netdev']))


class SysfsOs:
    """os for nova/pci/utils.py with /sys/... read from ROOT/sys/..."""

    def __init__(self, root):
        self.root = root
        outer = self

        class Path:
            def __getattr__(self, name):
                return getattr(os.path, name)

            def isdir(self, p):
                return os.path.isdir(outer.map(p))

        self.path = Path()

    def map(self, p):
        return self.root + p if isinstance(p, str) and p.startswith('/sys/') else p

    def __getattr__(self, name):
        return getattr(os, name)

    def readlink(self, p):
        return os.readlink(self.map(p))

    def listdir(self, p):
        return os.listdir(self.map(p))


class FakeNodeDevice:
    def __init__(self, name, parent, xml, caps):
        self._name, self._parent, self._xml, self._caps = name, parent, xml, caps

    def name(self):
        return self._name

    def parent(self):
        return self._parent

    def XMLDesc(self, flags=0):
        return self._xml

    def listCaps(self):
        return self._caps


def nova_devices(nodes):
    devs = [FakeNodeDevice(*n) for n in nodes]
    net = [d for d in devs if 'net' in d.listCaps()]
    vdpa = [d for d in devs if 'vdpa' in d.listCaps()]
    pci = [d for d in devs if 'pci' in d.listCaps()]
    host = libvirt_host.Host('test:///default')
    return [host._get_pcidev_info(d.name(), d, net, vdpa, pci) for d in pci]


# --- the configurations -----------------------------------------------------------------------

def pick_hex(rng, real, width):
    if rng.random() < 0.75:
        return rng.choice([real, real, real.upper(), '*', '%x' % (int(real, 16) + 1)])
    return rng.choice(['0x' + real, ' %s ' % real, 'zz', '1' * (width + 1), real.lstrip('0') or '0', '-1', '1_0', ''])


def glob_of(rng, a):
    d, b, s, f = '%04x' % a[0], '%02x' % a[1], '%02x' % a[2], '%x' % a[3]
    form = rng.randrange(9)
    if form == 0:
        return '%s:%s:%s.%s' % (d, b, s, f)
    if form == 1:
        return '*:%s:%s.*' % (b, s)
    if form == 2:
        return '%s:%s.%s' % (b, s, rng.choice([f, '*', '']))
    if form == 3:
        return ':%s.' % s
    if form == 4:
        return rng.choice(['*:*:*.*', '', '*', '%s:*:*.*' % d])
    if form == 5:
        return '%s:%s:%s.%s' % (d.lstrip('0') or '0', b.upper(), s, f)
    if form == 6:
        return rng.choice(['%s:%s:%s.8' % (d, b, s), '1:2:3:4.0', '%s:%s:20.0' % (d, b), '%s:%s:%s.%s.1' % (d, b, s, f),
                           '0x%s:%s.%s' % (b, s, f), '%s: %s :%s. %s' % (d, b, s, f), '%s:1%s:%s.0' % (d, b, s)])
    if form == 7:
        return '%s:%s:%s.%s' % (d, b, s, rng.choice(['0', '1', '7']))
    return '%s:%s:*.*' % (d, b)


def regex_of(rng, a):
    fields = {'domain': '%04x' % a[0], 'bus': '%02x' % a[1], 'slot': '%02x' % a[2], 'function': '%x' % a[3]}
    out = {}
    for k, v in fields.items():
        c = rng.randrange(8)
        if c < 3:
            out[k] = v
        elif c == 3:
            continue
        elif c == 4:
            out[k] = '.*'
        elif c == 5:
            out[k] = rng.choice(['[0-3]', '[4-7]', v[:-1] + '.', v.upper()])
        elif c == 6:
            out[k] = rng.choice(['(', '0|1', v + '$', '^' + v, 'a{2}'])
        else:
            out[k] = v[:1]
    return out


def gen_spec(rng, devices):
    d = rng.choice(devices)
    spec = {}
    if rng.random() < 0.5:
        spec['vendor_id'] = pick_hex(rng, d['vendor'], 4)
    if rng.random() < 0.5:
        spec['product_id'] = pick_hex(rng, d['product'] if rng.random() < 0.7 else rng.choice(devices)['product'], 4)
    where = rng.random()
    if where < 0.5:
        src = d['parent'] if d['parent'] and rng.random() < 0.3 else d['addr']
        spec['address'] = glob_of(rng, src)
    elif where < 0.75:
        spec['address'] = regex_of(rng, d['parent'] if d['parent'] and rng.random() < 0.3 else d['addr'])
    elif where < 0.85:
        nets = [x['netdev'] for x in devices if x['netdev']]
        spec['devname'] = rng.choice(nets + ['nosuch0']) if nets else 'nosuch0'
        if rng.random() < 0.1:
            spec['address'] = glob_of(rng, d['addr'])
    for tag, values in [('physical_network', ['physnet1', 'physnet2']),
                        ('trusted', ['true', 'false']),
                        ('remote_managed', ['true', 'false', 'yes', True, 'maybe']),
                        ('managed', ['yes', 'no', 'true', 'maybe', False]),
                        ('live_migratable', ['yes', 'no', 'bogus']),
                        ('one_time_use', ['true', 'false', 'nah']),
                        ('resource_class', ['CUSTOM_GPU', 'my-nic', 'PCI_DEVICE']),
                        ('traits', ['CUSTOM_FAST,blue', 'HW_GPU_API_VULKAN'])]:
        if rng.random() < 0.12:
            spec[tag] = rng.choice(values) if rng.random() < 0.8 else rng.choice(values[:2])
    return spec


def gen_alias(rng, devices):
    d = rng.choice(devices)
    alias = {'name': rng.choice(['a1', 'a2', 'gpu', ' a1 '])}
    if rng.random() < 0.75:  # one that names a device of the host
        alias['vendor_id'] = rng.choice([d['vendor'], d['vendor'].upper()])
        alias['product_id'] = d['product']
        if rng.random() < 0.8:
            alias['device_type'] = {'pf': 'type-PF', 'vf': 'type-VF', 'pci': 'type-PCI'}[d['kind']] if rng.random() < 0.8 \
                else rng.choice(['type-PCI', 'type-PF', 'type-VF'])
        for key, values in [('numa_policy', ['legacy', 'preferred', 'required', 'socket']), ('live_migratable', ['yes', 'no'])]:
            if rng.random() < 0.2:
                alias[key] = rng.choice(values)
        return alias
    for key, values in [('vendor_id', [d['vendor'], d['vendor'].upper(), 'xyz1', d['vendor'] + '\n']),
                        ('product_id', [d['product'], '12345']),
                        ('device_type', ['type-PCI', 'type-PF', 'type-VF', 'type-VDPA']),
                        ('numa_policy', ['legacy', 'preferred', 'required', 'socket', 'sometimes']),
                        ('resource_class', ['CUSTOM_GPU']), ('traits', ['CUSTOM_FAST']),
                        ('live_migratable', ['yes', 'no', 'bogus']), ('capability_type', ['pci', 'usb']),
                        ('color', ['red'])]:
        if rng.random() < (0.8 if key in ('vendor_id', 'product_id', 'device_type') else 0.1):
            alias[key] = rng.choice(values)
    return alias


def gen_conf(rng, devices):
    specs = []
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.15:
            specs.append(json.dumps([gen_spec(rng, devices), gen_spec(rng, devices)]))
        elif rng.random() < 0.03:
            specs.append(rng.choice(['{"address": ', '"just a string"', '[1, 2]']))
        else:
            specs.append(json.dumps(gen_spec(rng, devices)))
    aliases = [json.dumps(gen_alias(rng, devices)) for _ in range(rng.randint(0, 3))]
    return {'specs': specs, 'aliases': aliases, 'report_in_placement': rng.random() < 0.4,
            'pci_in_placement': rng.random() < 0.3}


def conf_text(c):
    option = 'device_spec' if RELEASE == 'master' or int(RELEASE) >= 26 else 'passthrough_whitelist'
    lines = ['[pci]'] + ['%s = %s' % (option, s) for s in c['specs']] + ['alias = %s' % a for a in c['aliases']]
    if has_option('report_in_placement', 'pci'):
        lines.append('report_in_placement = %s' % c['report_in_placement'])
    lines += ['', '[filter_scheduler]', 'pci_in_placement = %s' % c['pci_in_placement'], '']
    return '\n'.join(lines)


# --- the two sides ----------------------------------------------------------------------------

def has_option(name, group):
    return name in CONF[group]


def nova_alias_devices(wl, devs):
    """alias name -> addresses a request for it can take, by nova/pci/stats.py's own filters
    (the spec, unrequested PFs, VDPA and remote-managed devices, and live_migratable where the
    release has it); None where this release's stats.py lacks them (before 31)."""
    from nova.pci import stats as pci_stats
    if not hasattr(pci_stats.PciDeviceStats, '_filter_pools_for_live_migratable_devices'):
        return None
    parse = getattr(pci_request, 'get_alias_from_config', None) or pci_request._get_alias_from_config
    stats = pci_stats.PciDeviceStats(None, dev_filter=wl)
    for dev in devs:
        spec = wl.device_assignable(dev)
        if spec is None:
            continue
        dev = dict(dev)
        spec.enhanced_pci_device_with_spec_tags(dev)
        stats.add_device(objects.PciDevice.create(None, dev))
    out = {}
    for name, (policy, specs) in parse().items():
        request = objects.InstancePCIRequest(count=1, spec=specs, alias_name=name, numa_policy=policy)
        pools = stats._filter_pools_for_spec(stats.pools, request)
        pools = stats._filter_pools_for_unrequested_pfs(pools, request)
        pools = stats._filter_pools_for_unrequested_vdpa_devices(pools, request)
        pools = stats._filter_pools_for_unrequested_remote_managed_devices(pools, request)
        pools = stats._filter_pools_for_live_migratable_devices(pools, request)
        out[name] = sorted(d.address for p in pools for d in p['devices'])
    return out


def nova_side(c, devs):
    if has_option('report_in_placement', 'pci'):
        CONF.set_override('report_in_placement', c['report_in_placement'], group='pci')
    if has_option('pci_in_placement', 'filter_scheduler'):
        CONF.set_override('pci_in_placement', c['pci_in_placement'], group='filter_scheduler')
    CONF.set_override('alias', c['aliases'], group='pci')
    try:
        parse = getattr(pci_request, 'get_alias_from_config', None) or pci_request._get_alias_from_config
        getattr(parse, 'cache_clear', lambda: None)()
        parse()
        alias_ok = True
    except Exception:
        alias_ok = False
    try:
        wl = whitelist.Whitelist(c['specs'])
    except Exception as e:
        return {'valid': False, 'error': '%s: %s' % (type(e).__name__, e), 'alias_ok': alias_ok}
    aliases = nova_alias_devices(wl, devs) if alias_ok and not c['pci_in_placement'] else None
    claims = {}
    for dev in devs:
        # Whitelist.device_assignable returns the first matching spec from 31 on, a bool before
        claims[dev['address']] = next((i for i, s in enumerate(wl.specs) if s.match(dev)), -1)
        assert (claims[dev['address']] >= 0) == bool(wl.device_assignable(dev))
    return {'valid': True, 'claims': claims, 'alias_ok': alias_ok, 'aliases': aliases}


def vdeck_side(vdeckctl, snapshot, conf_path):
    p = subprocess.run([vdeckctl, 'pci', '--snapshot', snapshot, '--conf', conf_path, '--release', RELEASE, '--json'],
                       capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise SystemExit('vdeckctl pci failed (%d): %s' % (p.returncode, p.stderr))
    r = json.loads(p.stdout)
    return {'valid': all(s['valid'] for s in r['specs']),
            'errors': [s.get('error') for s in r['specs'] if not s['valid']],
            'claims': {d['address']: d['spec'] for d in r['devices']},
            'aliases': {a['name']: sorted(d['address'] for d in r['devices'] if a['name'] in d['aliases']) for a in r['aliases']},
            'alias_ok': not r['aliasError']}


TAGS = ['%d.0.0' % m for m in range(23, 34)] + ['master']


def git_usable(nova_git):
    try:
        return bool(nova_git) and subprocess.run(['git', '--git-dir', nova_git, 'rev-parse', '--verify', '-q', '31.0.0^{commit}'],
                                                 capture_output=True).returncode == 0
    except FileNotFoundError:
        return False


def all_releases(vdeckctl, nova_git, nova_trees):
    if nova_trees and not os.path.isdir(os.path.join(nova_trees, '31.0.0')):
        print('no extracted Nova trees in %s: skipped' % nova_trees)
        return 77
    if not nova_trees and not git_usable(nova_git):
        print('no git or no Nova git directory (--nova-git %s): skipped' % nova_git)
        return 77
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        for tag in TAGS:
            out = os.path.join(nova_trees or tmp, tag)
            if not nova_trees:
                os.makedirs(out)
                archive = subprocess.run(['git', '--git-dir', nova_git, 'archive', tag, 'nova/pci', 'nova/conf/pci.py'],
                                         capture_output=True, check=True).stdout
                subprocess.run(['tar', '-x', '-C', out], input=archive, check=True)
                commit = subprocess.run(['git', '--git-dir', nova_git, 'rev-parse', tag + '^{commit}'],
                                        capture_output=True, text=True, check=True).stdout.strip()
                print('nova %s (%s):' % (tag, commit[:12]), flush=True)
            else:
                print('nova %s (%s):' % (tag, out), flush=True)
            init = os.path.join(out, 'nova', 'pci', '__init__.py')
            if os.path.exists(init):
                os.remove(init)
            release = 'master' if tag == 'master' else tag.split('.')[0]
            rc = subprocess.run([sys.executable, os.path.abspath(__file__), vdeckctl, '--cases', option('--cases', '300'),
                                 '--seed', option('--seed', '20251203'), '--release', release, '--overlay', out]).returncode
            if rc:
                failed.append(tag)
    print('releases that disagree: %s' % (', '.join(failed) or 'none'))
    return 1 if failed else 0


def main():
    vdeckctl = sys.argv[1]
    if '--nova-git' in sys.argv or '--nova-trees' in sys.argv:
        return all_releases(vdeckctl, option('--nova-git'), option('--nova-trees'))
    cases = int(option('--cases', '300'))
    rng = random.Random(int(option('--seed', '20251203')))
    pci_utils.os = SysfsOs('')  # replaced per host below
    failures, claimed, invalid, alias_checks, served = [], 0, 0, 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        hosts = []
        for h in range(3):
            devices = gen_host(rng)
            nodes = node_devices(devices)
            root = os.path.join(tmp, 'root%d' % h)
            write_sysfs(root, devices)
            snapshot = os.path.join(tmp, 'host%d.vdeckhost' % h)
            write_snapshot(snapshot, nodes)
            hosts.append((devices, nodes, root, snapshot))
        conf_path = os.path.join(tmp, 'nova.conf')
        for i in range(cases):
            devices, nodes, root, snapshot = hosts[i % len(hosts)]
            sysfs_os = SysfsOs(root)
            pci_utils.os = sysfs_os
            pci_utils.open = lambda p, *a, **k: open(sysfs_os.map(p), *a, **k)
            pci_utils.glob = types.SimpleNamespace(iglob=lambda p: glob.iglob(sysfs_os.map(p)))
            devs = nova_devices(nodes)
            c = gen_conf(rng, devices)
            with open(conf_path, 'w', encoding='utf-8') as f:
                f.write(conf_text(c))
            nova = nova_side(c, devs)
            vdeck = vdeck_side(vdeckctl, snapshot, conf_path)
            invalid += not nova['valid']
            why = []
            if nova['valid'] != vdeck['valid']:
                why.append('device_spec accepted: Nova %s (%s), vDeck %s (%s)' % (nova['valid'], nova.get('error'), vdeck['valid'], vdeck['errors']))
            elif nova['valid']:
                claimed += sum(1 for v in nova['claims'].values() if v >= 0)
                diff = {a: (n, vdeck['claims'].get(a)) for a, n in nova['claims'].items() if vdeck['claims'].get(a) != n}
                if diff or set(nova['claims']) != set(vdeck['claims']):
                    why.append('claims differ (address: Nova, vDeck): %s' % diff)
                if nova['aliases'] is not None:
                    alias_checks += len(nova['aliases'])
                    served += sum(len(v) for v in nova['aliases'].values())
                    if nova['aliases'] != vdeck['aliases']:
                        why.append('alias devices differ: Nova %s, vDeck %s' % (nova['aliases'], vdeck['aliases']))
            if nova['alias_ok'] != vdeck['alias_ok']:
                why.append('alias accepted: Nova %s, vDeck %s' % (nova['alias_ok'], vdeck['alias_ok']))
            if why:
                failures.append('case %d (host %d):\n%s\n  %s' % (i, i % len(hosts), conf_text(c), '\n  '.join(why)))
    print('pci conformance (Nova %s): %d configurations, %d refused by Nova, %d device claims and %d aliases (%d devices they '
          'can take) compared, %d disagreements' % (RELEASE, cases, invalid, claimed, alias_checks, served, len(failures)))
    for f in failures[:10]:
        print(f)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())

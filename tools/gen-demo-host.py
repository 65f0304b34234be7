#!/usr/bin/env python3
"""Generate vDeck's bundled demo host from one description, so both files stay consistent.

Writes
  resources/demo/demo.vdeckhost       the demo host as a vDeck snapshot (docs/vdeckhost-format.md),
                                      embedded as :/demo/demo.vdeckhost
  resources/demo/demo-testdriver.xml  the same host for libvirt's test driver (test:///ABS/PATH),
                                      without the vDPA devices: the test driver rejects the `vdpa`
                                      capability ("unknown capability type"); with three guests
                                      that use a VF, a VF as an <interface type='hostdev'> and the
                                      mdev (GUESTS below; one of them shut off)

The host: a 2-socket Dell PowerEdge R750 (Xeon Gold 6338N, 2 NUMA nodes, 1G and 2M hugepages per
node with some in use), a dual-port NVIDIA/Mellanox ConnectX-6 Dx (two PFs, 8 VFs each, switchdev
uplinks, vDPA on four VFs of the first PF), an Intel E810-C PF with 4 VFs, an NVIDIA Tesla T4 with
vGPU (mdev) types and one mdev, an Intel UHD P630 iGPU with GVT-g types, Samsung PM1733 NVMe, and
the usual chipset devices, each in its IOMMU group.

Usage: tools/gen-demo-host.py [--out-dir DIR] [--devices N]
  --devices N   pad the host with N extra VFs (benchmarks; the bundled files use 0)
Run from anywhere; writes into resources/demo/ of this checkout unless --out-dir is given.
"""

import argparse
import json
import os
import sys
from xml.sax.saxutils import escape

HOSTNAME = "compute-r750-07.demo.vdeck"
CAPTURED_AT = "2026-11-01T09:30:00.000Z"
SOCKETS, CORES, THREADS = 2, 16, 2
CELL_MEMORY_KIB = 256 * 1024 * 1024
# (page size KiB) -> (per-cell total, per-cell free) as [cell0, cell1]
HUGEPAGES = {2048: ([8192, 8192], [5120, 7168]), 1048576: ([64, 64], [40, 56])}


class Host:
    def __init__(self):
        self.devices = []  # (name, xml, is_vdpa)
        self.iommu = 10

    def next_group(self):
        self.iommu += 1
        return self.iommu

    def add(self, name, xml, vdpa=False):
        self.devices.append((name, xml, vdpa))


def pci_name(bus, slot, fn):
    return "pci_0000_%02x_%02x_%x" % (bus, slot, fn)


def addr(bus, slot, fn):
    return "<address domain='0x0000' bus='0x%02x' slot='0x%02x' function='0x%x'/>" % (bus, slot, fn)


def pci_device(host, bus, slot, fn, parent, driver, cls, vendor, product, numa, extra_caps="", link=None):
    group = host.next_group()
    lines = ["<device>",
             "  <name>%s</name>" % pci_name(bus, slot, fn),
             "  <path>/sys/devices/pci0000:%02x/0000:%02x:%02x.%x</path>" % (bus, bus, slot, fn),
             "  <parent>%s</parent>" % parent]
    if driver:
        lines += ["  <driver>", "    <name>%s</name>" % driver, "  </driver>"]
    lines += ["  <capability type='pci'>",
              "    <class>0x%06x</class>" % cls,
              "    <domain>0</domain>",
              "    <bus>%d</bus>" % bus,
              "    <slot>%d</slot>" % slot,
              "    <function>%d</function>" % fn,
              "    <product id='0x%04x'>%s</product>" % (product[0], escape(product[1])),
              "    <vendor id='0x%04x'>%s</vendor>" % (vendor[0], escape(vendor[1]))]
    if extra_caps:
        lines.append(extra_caps)
    lines += ["    <iommuGroup number='%d'>" % group, "      " + addr(bus, slot, fn), "    </iommuGroup>",
              "    <numa node='%d'/>" % numa]
    if link:
        lines += ["    <pci-express>",
                  "      <link validity='cap' port='0' speed='%s' width='%d'/>" % link,
                  "      <link validity='sta' speed='%s' width='%d'/>" % link,
                  "    </pci-express>"]
    lines += ["  </capability>", "</device>"]
    host.add(pci_name(bus, slot, fn), "\n".join(lines) + "\n")
    return pci_name(bus, slot, fn)


def net_device(host, parent, ifname, mac, speed, state, switchdev=False):
    name = "net_%s_%s" % (ifname, mac.replace(":", "_"))
    feats = ["rx", "tx", "sg", "tso", "gso", "gro", "rxvlan", "txvlan", "rxhash"]
    if switchdev:
        feats.append("switchdev")
    link = "<link speed='%d' state='%s'/>" % (speed, state) if speed else "<link state='%s'/>" % state
    xml = ("<device>\n  <name>%s</name>\n  <path>/sys/class/net/%s</path>\n  <parent>%s</parent>\n"
           "  <capability type='net'>\n    <interface>%s</interface>\n    <address>%s</address>\n    %s\n%s"
           "    <capability type='80203'/>\n  </capability>\n</device>\n"
           % (name, ifname, parent, ifname, mac, link, "".join("    <feature name='%s'/>\n" % f for f in feats)))
    host.add(name, xml)


def mdev_types_xml(types):
    out = ["    <capability type='mdev_types'>"]
    for tid, tname, api, avail in types:
        out.append("      <type id='%s'>" % tid)
        if tname:
            out.append("        <name>%s</name>" % escape(tname))
        out += ["        <deviceAPI>%s</deviceAPI>" % api,
                "        <availableInstances>%d</availableInstances>" % avail, "      </type>"]
    out.append("    </capability>")
    return "\n".join(out)


MLX = (0x15b3, "Mellanox Technologies")
INTEL = (0x8086, "Intel Corporation")


def connectx(host, bus, port, vf_base_slot_fn, vdpa_count, extra_vfs=0):
    """One ConnectX-6 Dx port (PF) with 8 VFs (plus extra_vfs for benchmarks)."""
    nvfs = 8 + extra_vfs
    vfs = []
    for i in range(nvfs):
        linear = vf_base_slot_fn + i
        vfs.append((bus + linear // 256, (linear % 256) // 8, linear % 8))
    caps = ("    <capability type='virt_functions' maxCount='%d'>\n" % max(nvfs, 8)
            + "".join("      %s\n" % addr(*a) for a in vfs) + "    </capability>\n"
            + "    <capability type='vpd'>\n      <name>ConnectX-6 Dx EN adapter card, 100GbE, Dual-port QSFP56</name>\n"
              "      <fields access='readonly'>\n        <part_number>MCX623106AN-CDAT</part_number>\n"
              "        <serial_number>MT2231X08417</serial_number>\n      </fields>\n    </capability>")
    pf = pci_device(host, bus, 0, port, "pci_0000_16_02_0", "mlx5_core", 0x020000, MLX,
                    (0x101d, "MT2892 Family [ConnectX-6 Dx]"), 0, caps, ("16", 16))
    net_device(host, pf, "ens1f%dnp%d" % (port, port), "b8:ce:f6:4a:20:%02x" % (0x10 + port), 100000, "up", switchdev=True)
    pf_caps = "    <capability type='phys_function'>\n      %s\n    </capability>" % addr(bus, 0, port)
    for i, (b, s, f) in enumerate(vfs):
        is_vdpa = i < vdpa_count
        vfio = (port == 0 and i in (4, 5)) or (port == 1 and i in (0, 1))
        vf = pci_device(host, b, s, f, "pci_0000_16_02_0", "vfio-pci" if vfio else "mlx5_core", 0x020000, MLX,
                        (0x101e, "ConnectX Family mlx5Gen Virtual Function"), 0, pf_caps)
        if is_vdpa:
            n = len([d for d in host.devices if d[2]])
            xml = ("<device>\n  <name>vdpa_vdpa%d</name>\n  <path>/sys/devices/pci0000:16/0000:%02x:%02x.%x/vdpa%d</path>\n"
                   "  <parent>%s</parent>\n  <driver>\n    <name>vhost_vdpa</name>\n  </driver>\n"
                   "  <capability type='vdpa'>\n    <chardev>/dev/vhost-vdpa-%d</chardev>\n  </capability>\n</device>\n"
                   % (n, b, s, f, n, vf, n))
            host.add("vdpa_vdpa%d" % n, xml, vdpa=True)
        elif not vfio and i < 8:
            net_device(host, vf, "ens1f%dv%d" % (port, i), "02:5a:%02x:00:%02x:%02x" % (port, i, port + 1), 0, "down")


def build_host(extra_vfs=0):
    host = Host()
    host.add("computer", "<device>\n  <name>computer</name>\n  <capability type='system'>\n"
             "    <product>PowerEdge R750</product>\n    <hardware>\n      <vendor>Dell Inc.</vendor>\n"
             "      <version>Not Specified</version>\n      <serial>9QZ7LM3</serial>\n"
             "      <uuid>4c4c4544-0051-5a10-8037-b9c04f4c4d33</uuid>\n    </hardware>\n    <firmware>\n"
             "      <vendor>Dell Inc.</vendor>\n      <version>1.13.2</version>\n"
             "      <release_date>03/18/2025</release_date>\n    </firmware>\n  </capability>\n</device>\n")
    # chipset and on-board devices, NUMA 0
    pci_device(host, 0x00, 0x00, 0, "computer", None, 0x060000, INTEL, (0x09a2, "Ice Lake Memory Map/VT-d"), 0)
    pci_device(host, 0x00, 0x02, 0, "computer", "i915", 0x030000, INTEL, (0x3e96, "CoffeeLake-S GT2 [UHD Graphics P630]"), 0,
               mdev_types_xml([("i915-GVTg_V5_4", "GVTg_V5_4", "vfio-pci", 2), ("i915-GVTg_V5_8", "GVTg_V5_8", "vfio-pci", 4)]))
    pci_device(host, 0x00, 0x14, 0, "computer", "xhci_hcd", 0x0c0330, INTEL,
               (0xa1af, "C620 Series Chipset Family USB 3.0 xHCI Controller"), 0)
    pci_device(host, 0x00, 0x17, 0, "computer", "ahci", 0x010601, INTEL,
               (0xa182, "C620 Series Chipset Family SATA Controller [AHCI mode]"), 0)
    pci_device(host, 0x00, 0x1c, 0, "computer", "pcieport", 0x060400, INTEL,
               (0xa190, "C620 Series Chipset Family PCI Express Root Port #1"), 0)
    pci_device(host, 0x03, 0x00, 0, "pci_0000_00_1c_0", "mgag200", 0x030000, (0x102b, "Matrox Electronics Systems Ltd."),
               (0x0536, "Integrated Matrox G200eW3 Graphics Controller"), 0)
    bcm = pci_device(host, 0x04, 0x00, 0, "pci_0000_00_1c_0", "tg3", 0x020000, (0x14e4, "Broadcom Inc. and subsidiaries"),
                     (0x165f, "NetXtreme BCM5720 Gigabit Ethernet PCIe"), 0, link=("5", 1))
    net_device(host, bcm, "eno1", "b0:7b:25:d1:6e:10", 1000, "up")
    # NVMe, NUMA 0
    pci_device(host, 0x64, 0x02, 0, "computer", "pcieport", 0x060400, INTEL, (0x347a, "Ice Lake PCIe Root Port"), 0)
    pci_device(host, 0x65, 0x00, 0, "pci_0000_64_02_0", "nvme", 0x010802, (0x144d, "Samsung Electronics Co Ltd"),
               (0xa824, "NVMe SSD Controller PM173X"), 0, link=("16", 4))
    # ConnectX-6 Dx, NUMA 0: PF 17:00.0 with VFs from 17:00.2, PF 17:00.1 with VFs from 17:01.2
    pci_device(host, 0x16, 0x02, 0, "computer", "pcieport", 0x060400, INTEL, (0x347a, "Ice Lake PCIe Root Port"), 0)
    connectx(host, 0x17, 0, 2, vdpa_count=4, extra_vfs=extra_vfs)
    connectx(host, 0x17, 1, 10 + extra_vfs, vdpa_count=0)
    # Intel E810-C, NUMA 1: PF b1:00.0 with 4 VFs
    pci_device(host, 0xb0, 0x02, 0, "computer", "pcieport", 0x060400, INTEL, (0x347a, "Ice Lake PCIe Root Port"), 1)
    e810_vfs = [(0xb1, 0x01, f) for f in range(4)]
    caps = ("    <capability type='virt_functions' maxCount='128'>\n"
            + "".join("      %s\n" % addr(*a) for a in e810_vfs) + "    </capability>")
    e810 = pci_device(host, 0xb1, 0, 0, "pci_0000_b0_02_0", "ice", 0x020000, INTEL,
                      (0x159b, "Ethernet Controller E810-C for SFP"), 1, caps, ("16", 8))
    net_device(host, e810, "ens5f0", "40:a6:b7:3c:91:e0", 25000, "up")
    for i, (b, s, f) in enumerate(e810_vfs):
        vf = pci_device(host, b, s, f, "pci_0000_b0_02_0", "vfio-pci" if i < 2 else "iavf", 0x020000, INTEL,
                        (0x1889, "Ethernet Adaptive Virtual Function"), 1,
                        "    <capability type='phys_function'>\n      %s\n    </capability>" % addr(0xb1, 0, 0))
        if i >= 2:
            net_device(host, vf, "ens5f0v%d" % i, "5a:e1:c0:00:00:%02x" % i, 0, "down")
    # NVIDIA Tesla T4, NUMA 1, one T4-2Q vGPU in use (a T4 serves one type at a time)
    pci_device(host, 0xc9, 0x02, 0, "computer", "pcieport", 0x060400, INTEL, (0x347a, "Ice Lake PCIe Root Port"), 1)
    t4 = pci_device(host, 0xca, 0x00, 0, "pci_0000_c9_02_0", "nvidia", 0x030200, (0x10de, "NVIDIA Corporation"),
                    (0x1eb8, "TU104GL [Tesla T4]"), 1,
                    mdev_types_xml([("nvidia-222", "GRID T4-1B", "vfio-pci", 0), ("nvidia-230", "GRID T4-1Q", "vfio-pci", 0),
                                    ("nvidia-231", "GRID T4-2Q", "vfio-pci", 7), ("nvidia-232", "GRID T4-4Q", "vfio-pci", 0),
                                    ("nvidia-234", "GRID T4-16Q", "vfio-pci", 0)]), ("8", 16))
    uuid = "7b1e4a52-3f0c-4d8e-9a61-2c5d8e0f4b17"
    mname = "mdev_%s_0000_ca_00_0" % uuid.replace("-", "_")
    host.add(mname, "<device>\n  <name>%s</name>\n  <path>/sys/devices/pci0000:c9/0000:c9:02.0/0000:ca:00.0/%s</path>\n"
             "  <parent>%s</parent>\n  <driver>\n    <name>nvidia-vgpu-vfio</name>\n  </driver>\n"
             "  <capability type='mdev'>\n    <type id='nvidia-231'/>\n    <uuid>%s</uuid>\n"
             "    <parent_addr>0000:ca:00.0</parent_addr>\n    <iommuGroup number='%d'/>\n  </capability>\n</device>\n"
             % (mname, uuid, t4, uuid, host.next_group()))
    return host


def capabilities_xml():
    cells = []
    cpu = 0
    for cell in range(SOCKETS):
        cpus = []
        for core in range(CORES):
            a, b = cell * CORES + core, SOCKETS * CORES + cell * CORES + core
            for cid in (a, b):
                cpus.append("            <cpu id='%d' socket_id='%d' die_id='0' core_id='%d' siblings='%d,%d'/>"
                            % (cid, cell, core, a, b))
        cpus.sort(key=lambda line: int(line.split("'")[1]))
        pages = "\n".join("          <pages unit='KiB' size='%d'>%d</pages>" % (size, totals[0][cell])
                          for size, totals in sorted(HUGEPAGES.items()))
        used_kib = sum(size * totals[0][cell] for size, totals in HUGEPAGES.items())
        cells.append(
            "        <cell id='%d'>\n          <memory unit='KiB'>%d</memory>\n"
            "          <pages unit='KiB' size='4'>%d</pages>\n%s\n          <distances>\n"
            "            <sibling id='0' value='%d'/>\n            <sibling id='1' value='%d'/>\n          </distances>\n"
            "          <cpus num='%d'>\n%s\n          </cpus>\n        </cell>"
            % (cell, CELL_MEMORY_KIB, (CELL_MEMORY_KIB - used_kib) // 4, pages, 10 if cell == 0 else 20,
               20 if cell == 0 else 10, len(cpus), "\n".join(cpus)))
        cpu += len(cpus)
    return ("<capabilities>\n\n  <host>\n    <uuid>4c4c4544-0051-5a10-8037-b9c04f4c4d33</uuid>\n    <cpu>\n"
            "      <arch>x86_64</arch>\n      <model>Icelake-Server</model>\n      <vendor>Intel</vendor>\n"
            "      <topology sockets='1' dies='1' clusters='1' cores='%d' threads='%d'/>\n"
            "      <pages unit='KiB' size='4'/>\n      <pages unit='KiB' size='2048'/>\n"
            "      <pages unit='KiB' size='1048576'/>\n    </cpu>\n    <iommu support='yes'/>\n"
            "    <topology>\n      <cells num='%d'>\n%s\n      </cells>\n    </topology>\n  </host>\n\n"
            "  <guest>\n    <os_type>hvm</os_type>\n    <arch name='x86_64'>\n      <wordsize>64</wordsize>\n"
            "      <emulator>/usr/bin/qemu-system-x86_64</emulator>\n      <machine maxCpus='4096'>pc-q35-10.0</machine>\n"
            "      <domain type='kvm'/>\n    </arch>\n  </guest>\n\n</capabilities>\n"
            % (CORES, THREADS, SOCKETS, "\n".join(cells)))


def snapshot_json(host):
    free = [{"cell": cell, "sizeKiB": size, "free": totals[1][cell]}
            for cell in range(SOCKETS) for size, totals in sorted(HUGEPAGES.items())]
    return {
        "format": "vdeckhost",
        "formatVersion": 1,
        "capturedAt": CAPTURED_AT,
        "host": {"hostname": HOSTNAME, "uri": "qemu+ssh://root@%s/system" % HOSTNAME, "libvirtVersion": "11.3.0",
                 "hypervisorType": "QEMU", "hypervisorVersion": "10.0.2",
                 "hostVersion": "Linux 6.12.48+deb13-amd64 (Debian 13)"},
        "capabilitiesXml": capabilities_xml(),
        "domainCapabilitiesXml": "",
        "freePages": free,
        "devices": [{"name": n, "xml": x} for n, x, _ in sorted(host.devices)],
    }


# Guests of the test-driver host: (name, uuid, running, devices XML). The vfio-pci VFs and the T4's
# mdev are theirs; vm-batch-03 is defined but shut off (test:runstate 5).
MDEV_UUID = "7b1e4a52-3f0c-4d8e-9a61-2c5d8e0f4b17"
GUESTS = [
    ("vm-dpdk-01", "5f0e3c1a-8d2b-4c6e-9a7f-1b2c3d4e5f61", True,
     "    <hostdev mode='subsystem' type='pci' managed='yes'>\n      <source>\n        %s\n      </source>\n"
     "    </hostdev>\n    <interface type='hostdev' managed='yes'>\n      <source>\n"
     "        <address type='pci' domain='0x0000' bus='0x17' slot='0x01' function='0x2'/>\n      </source>\n"
     "    </interface>\n" % addr(0x17, 0x00, 6)),
    ("vm-vgpu-02", "5f0e3c1a-8d2b-4c6e-9a7f-1b2c3d4e5f62", True,
     "    <hostdev mode='subsystem' type='mdev' model='vfio-pci'>\n      <source>\n"
     "        <address uuid='%s'/>\n      </source>\n    </hostdev>\n" % MDEV_UUID),
    ("vm-batch-03", "5f0e3c1a-8d2b-4c6e-9a7f-1b2c3d4e5f63", False,
     "    <hostdev mode='subsystem' type='pci' managed='yes'>\n      <source>\n        %s\n      </source>\n"
     "    </hostdev>\n" % addr(0xb1, 0x01, 0)),
]


def guests_xml():
    out = []
    for name, uuid, running, devices in GUESTS:
        out.append("  <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>\n"
                   "    <name>%s</name>\n    <uuid>%s</uuid>\n    <memory>8388608</memory>\n    <vcpu>4</vcpu>\n"
                   "    <os>\n      <type arch='x86_64'>hvm</type>\n    </os>\n    <devices>\n%s\n    </devices>\n"
                   "%s  </domain>\n"
                   % (name, uuid, "\n".join("  " + line for line in devices.rstrip("\n").split("\n")),
                      "" if running else "    <test:runstate>5</test:runstate>\n"))
    return "".join(out)


def testdriver_xml(host):
    body = "".join("  " + x.replace("\n", "\n  ").rstrip() + "\n" for n, x, vdpa in sorted(host.devices) if not vdpa)
    body += guests_xml()
    return ("<!-- vDeck demo host for libvirt's test driver (test:///ABSOLUTE/PATH/demo-testdriver.xml).\n"
            "     Generated by tools/gen-demo-host.py; do not edit. Same host as demo.vdeckhost, without vDPA. -->\n"
            "<node>\n  <cpu>\n    <mhz>2200</mhz>\n    <model>x86_64</model>\n    <active>%d</active>\n"
            "    <nodes>%d</nodes>\n    <sockets>1</sockets>\n    <cores>%d</cores>\n    <threads>%d</threads>\n  </cpu>\n"
            "  <memory>%d</memory>\n%s</node>\n"
            % (SOCKETS * CORES * THREADS, SOCKETS, CORES, THREADS, SOCKETS * CELL_MEMORY_KIB, body))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out-dir", default=os.path.join(here, "..", "resources", "demo"))
    ap.add_argument("--devices", type=int, default=0, help="extra VFs on the first PF (benchmarks)")
    args = ap.parse_args()
    host = build_host(args.devices)
    os.makedirs(args.out_dir, exist_ok=True)
    with open(os.path.join(args.out_dir, "demo.vdeckhost"), "w", encoding="utf-8") as f:
        json.dump(snapshot_json(host), f, indent=4, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(args.out_dir, "demo-testdriver.xml"), "w", encoding="utf-8") as f:
        f.write(testdriver_xml(host))
    print("%d devices (%d vDPA) -> %s" % (len(host.devices), len([d for d in host.devices if d[2]]), args.out_dir),
          file=sys.stderr)


if __name__ == "__main__":
    main()

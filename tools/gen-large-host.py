#!/usr/bin/env python3
"""Generate a large host (1k, 5k, 20k ... node devices) for the inventory benchmarks.

Writes into --out-dir (a build directory or /tmp; never commit the output, it is megabytes)
  large-N.vdeckhost        the host as a vDeck snapshot (docs/vdeckhost-format.md)
  large-N-testdriver.xml   the same host for libvirt's test driver (test:///ABS/PATH), without the
                           vDPA devices: the test driver rejects the `vdpa` capability. The test
                           driver reads at most 10 MiB from one file, so above 9 MiB every device
                           goes into large-N-testdriver.d/NAME.xml, named by <device file='...'/>

The host is the bundled demo host's machine (2 sockets, 2 NUMA nodes, hugepages; the chipset
devices of tools/gen-demo-host.py) grown the way real NFV and vGPU hosts grow:
  - NICs in several PCI segments, each port a PF with 64, 128 or 256 VFs (in turn) behind its own
    root port; a ConnectX-6 Dx PF's VFs carry a vDPA device (every fourth VF) or a netdev, some
    are bound to vfio-pci; an E810 PF's VFs carry an iavf netdev or are bound to vfio-pci;
  - one NVIDIA GPU with mdev (vGPU) types per 1,000 devices, each with two existing mdevs.
PFs are added until the host has N devices; the last PF gets only the VFs still needed (the count
may exceed N by one or two). Each function sits in an IOMMU group of its own; the PFs alternate NUMA
nodes.

Usage: tools/gen-large-host.py --devices N [--out-dir DIR]
"""

import argparse
import importlib.util
import json
import os
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("gendemo", os.path.join(HERE, "gen-demo-host.py"))
demo = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(demo)

MLX = demo.MLX
INTEL = demo.INTEL
NVIDIA = (0x10de, "NVIDIA Corporation")
VF_COUNTS = (64, 128, 256)
BUSES_PER_PORT = 2
TESTDRIVER_MAX_FILE = 9 * 1024 * 1024  # libvirt's test driver refuses files over 10 MiB  # a PF and up to 256 VFs (routing IDs PF+2 ... PF+257) span two buses


def pci_name(seg, bus, slot, fn):
    return "pci_%04x_%02x_%02x_%x" % (seg, bus, slot, fn)


def addr(seg, bus, slot, fn):
    return "<address domain='0x%04x' bus='0x%02x' slot='0x%02x' function='0x%x'/>" % (seg, bus, slot, fn)


def pci_device(host, a, parent, driver, cls, vendor, product, numa, extra_caps="", link=None):
    seg, bus, slot, fn = a
    name = pci_name(*a)
    lines = ["<device>", "  <name>%s</name>" % name,
             "  <path>/sys/devices/pci%04x:%02x/%04x:%02x:%02x.%x</path>" % (seg, bus, seg, bus, slot, fn),
             "  <parent>%s</parent>" % parent]
    if driver:
        lines += ["  <driver>", "    <name>%s</name>" % driver, "  </driver>"]
    lines += ["  <capability type='pci'>", "    <class>0x%06x</class>" % cls, "    <domain>%d</domain>" % seg,
              "    <bus>%d</bus>" % bus, "    <slot>%d</slot>" % slot, "    <function>%d</function>" % fn,
              "    <product id='0x%04x'>%s</product>" % (product[0], escape(product[1])),
              "    <vendor id='0x%04x'>%s</vendor>" % (vendor[0], escape(vendor[1]))]
    if extra_caps:
        lines.append(extra_caps)
    lines += ["    <iommuGroup number='%d'>" % host.next_group(), "      " + addr(*a), "    </iommuGroup>",
              "    <numa node='%d'/>" % numa]
    if link:
        lines += ["    <pci-express>", "      <link validity='cap' port='0' speed='%s' width='%d'/>" % link,
                  "      <link validity='sta' speed='%s' width='%d'/>" % link, "    </pci-express>"]
    lines += ["  </capability>", "</device>"]
    host.add(name, "\n".join(lines) + "\n")
    return name


class Layout:
    """Hands out root ports and bus ranges: 100 ports per PCI segment."""

    def __init__(self):
        self.ports = 0

    def next_port(self):
        seg, n = 1 + self.ports // 100, self.ports % 100
        self.ports += 1
        return seg, 0x10 + n * BUSES_PER_PORT  # root port at seg:00:n, the card on the next bus


def root_port(host, layout, numa):
    seg, bus = layout.next_port()
    rp = (seg, 0, 2 + (bus - 0x10) // BUSES_PER_PORT // 8, ((bus - 0x10) // BUSES_PER_PORT) % 8)
    name = pci_device(host, rp, "computer", "pcieport", 0x060400, INTEL, (0x347a, "Ice Lake PCIe Root Port"), numa)
    return name, seg, bus


def nic_port(host, layout, index, nvfs):
    numa = index % 2
    mellanox = index % 3 != 2
    rp, seg, bus = root_port(host, layout, numa)
    pf_addr = (seg, bus, 0, 0)
    vfs = []
    for i in range(nvfs):
        rid = 2 + i
        vfs.append((seg, bus + rid // 256, (rid % 256) // 8, rid % 8))
    caps = ("    <capability type='virt_functions' maxCount='%d'>\n" % max(VF_COUNTS)
            + "".join("      %s\n" % addr(*a) for a in vfs) + "    </capability>")
    mac = "b8:ce:f6:%02x:%02x" % (index // 256, index % 256)
    if mellanox:
        pf = pci_device(host, pf_addr, rp, "mlx5_core", 0x020000, MLX, (0x101d, "MT2892 Family [ConnectX-6 Dx]"), numa, caps,
                        ("16", 16))
        demo.net_device(host, pf, "enp%ds0f0np0" % index, mac + ":00", 100000, "up", switchdev=True)
    else:
        pf = pci_device(host, pf_addr, rp, "ice", 0x020000, INTEL, (0x159b, "Ethernet Controller E810-C for SFP"), numa, caps,
                        ("16", 8))
        demo.net_device(host, pf, "enp%ds0f0" % index, mac + ":00", 25000, "up")
    pf_caps = "    <capability type='phys_function'>\n      %s\n    </capability>" % addr(*pf_addr)
    for i, a in enumerate(vfs):
        vfio = i % 8 == 7
        if mellanox:
            vf = pci_device(host, a, rp, "vfio-pci" if vfio else "mlx5_core", 0x020000, MLX,
                            (0x101e, "ConnectX Family mlx5Gen Virtual Function"), numa, pf_caps)
        else:
            vf = pci_device(host, a, rp, "vfio-pci" if vfio else "iavf", 0x020000, INTEL,
                            (0x1889, "Ethernet Adaptive Virtual Function"), numa, pf_caps)
        if vfio:
            continue
        if mellanox and i % 4 == 0:
            n = host.vdpa
            host.vdpa += 1
            host.add("vdpa_vdpa%d" % n,
                     "<device>\n  <name>vdpa_vdpa%d</name>\n  <path>/sys/devices/pci%04x:%02x/%04x:%02x:%02x.%x/vdpa%d</path>\n"
                     "  <parent>%s</parent>\n  <driver>\n    <name>vhost_vdpa</name>\n  </driver>\n"
                     "  <capability type='vdpa'>\n    <chardev>/dev/vhost-vdpa-%d</chardev>\n  </capability>\n</device>\n"
                     % (n, a[0], a[1], a[0], a[1], a[2], a[3], n, vf, n), vdpa=True)
        else:
            demo.net_device(host, vf, "enp%ds0f0v%d" % (index, i), "02:%02x:%02x:%02x:%02x:01" % (index // 256, index % 256, i // 256, i % 256),
                            0, "down")


def vf_cost(i):
    """Devices one VF brings: itself, plus a netdev or vDPA device unless bound to vfio-pci."""
    return 1 if i % 8 == 7 else 2


def gpu(host, layout, index):
    numa = index % 2
    rp, seg, bus = root_port(host, layout, numa)
    types = [("nvidia-%d" % (558 + t), "NVIDIA A16-%dQ" % q, "vfio-pci", 16 // q - (2 if t == 1 else 0))
             for t, q in enumerate((1, 2, 4, 8, 16))]
    parent = pci_device(host, (seg, bus, 0, 0), rp, "nvidia", 0x030200, NVIDIA, (0x25b6, "GA107GL [A16 PCIe]"), numa,
                        demo.mdev_types_xml(types), ("16", 16))
    for m in range(2):
        uuid = "%08x-3f0c-4d8e-9a61-%012x" % (index, m)
        name = "mdev_%s_%04x_%02x_00_0" % (uuid.replace("-", "_"), seg, bus)
        host.add(name, "<device>\n  <name>%s</name>\n  <path>/sys/devices/pci%04x:%02x/%04x:%02x:00.0/%s</path>\n"
                 "  <parent>%s</parent>\n  <driver>\n    <name>nvidia-vgpu-vfio</name>\n  </driver>\n"
                 "  <capability type='mdev'>\n    <type id='nvidia-559'/>\n    <uuid>%s</uuid>\n"
                 "    <parent_addr>%04x:%02x:00.0</parent_addr>\n    <iommuGroup number='%d'/>\n  </capability>\n</device>\n"
                 % (name, seg, bus, seg, bus, uuid, parent, uuid, seg, bus, host.next_group()))


def build_host(target):
    host = demo.build_host(0)
    host.vdpa = len([d for d in host.devices if d[2]])
    layout = Layout()
    for g in range(max(1, target // 1000)):
        gpu(host, layout, g)
    index = 0
    while len(host.devices) < target:
        remaining = target - len(host.devices) - 3  # root port, PF, PF netdev
        nvfs = VF_COUNTS[index % len(VF_COUNTS)]
        if remaining < sum(vf_cost(i) for i in range(nvfs)):  # the last PF: the VFs still needed
            nvfs = 0
            while remaining > 0:
                remaining -= vf_cost(nvfs)
                nvfs += 1
        nic_port(host, layout, index, max(nvfs, 1))
        index += 1
    return host


def write_testdriver(host, base, count):
    def header(xml):
        return (xml.replace("tools/gen-demo-host.py", "tools/gen-large-host.py")
                .replace("Same host as demo.vdeckhost", "Same host as large-%d.vdeckhost" % count))

    text = header(demo.testdriver_xml(host))
    if len(text.encode("utf-8")) > TESTDRIVER_MAX_FILE:
        subdir = os.path.basename(base) + "-testdriver.d"
        os.makedirs(base + "-testdriver.d", exist_ok=True)
        refs = []
        for name, xml, vdpa in sorted(host.devices):
            if vdpa:
                continue
            with open(os.path.join(base + "-testdriver.d", name + ".xml"), "w", encoding="utf-8") as f:
                f.write(xml)
            refs.append((name, "<device file='%s/%s.xml'/>\n" % (subdir, name), False))
        text = header(demo.testdriver_xml(FileRefs(refs)))
    with open(base + "-testdriver.xml", "w", encoding="utf-8") as f:
        f.write(text)


class FileRefs:
    def __init__(self, devices):
        self.devices = devices


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--devices", type=int, required=True, help="node devices on the host (at least the demo host's)")
    ap.add_argument("--out-dir", required=True, help="where to write (a build directory or /tmp)")
    args = ap.parse_args()
    host = build_host(args.devices)
    os.makedirs(args.out_dir, exist_ok=True)
    snap = demo.snapshot_json(host)
    snap["host"]["hostname"] = "compute-large-%d.demo.vdeck" % args.devices
    snap["host"]["uri"] = "qemu+ssh://root@%s/system" % snap["host"]["hostname"]
    base = os.path.join(args.out_dir, "large-%d" % args.devices)
    with open(base + ".vdeckhost", "w", encoding="utf-8") as f:
        json.dump(snap, f, indent=1, ensure_ascii=False)
        f.write("\n")
    write_testdriver(host, base, args.devices)
    vdpa = len([d for d in host.devices if d[2]])
    print("%d devices (%d vDPA, %d in the test-driver file) -> %s.vdeckhost, %s-testdriver.xml"
          % (len(host.devices), vdpa, len(host.devices) - vdpa, base, base), file=sys.stderr)


if __name__ == "__main__":
    main()

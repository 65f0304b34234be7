#include "probe/probescripts.h"

namespace probe::probescripts {

namespace {
// d: dump readable files (and FIFOs, which a hung host can look like); l: resolve links;
// g: only the lines of files that match an extended regex.
const char kPrelude[] = R"sh(LC_ALL=C
export LC_ALL
d() {
  for f in "$@"; do
    if [ -f "$f" ] || [ -p "$f" ]; then
      [ -r "$f" ] || continue
      printf '\036F %s\n' "${f#"$R"}"
      head -c "$CAP" "$f" 2>/dev/null | tr -d '\036'
      printf '\n'
    fi
  done
}
l() {
  for f in "$@"; do
    [ -e "$f" ] || continue
    t=$(readlink -f -- "$f") || continue
    printf '\036L %s\n%s\n' "${f#"$R"}" "${t#"$R"}"
  done
}
g() {
  pat=$1
  shift
  for f in "$@"; do
    [ -f "$f" ] && [ -r "$f" ] || continue
    printf '\036F %s\n' "${f#"$R"}"
    grep -E -- "$pat" "$f" 2>/dev/null | head -c "$CAP" | tr -d '\036'
    printf '\n'
  done
}
)sh";

const char kHugePages[] = R"sh(N="$R/sys/devices/system/node"
d "$N"/node*/hugepages/hugepages-*/nr_hugepages "$N"/node*/hugepages/hugepages-*/free_hugepages "$N"/node*/hugepages/hugepages-*/surplus_hugepages
M="$R/sys/kernel/mm/hugepages"
d "$M"/hugepages-*/nr_hugepages "$M"/hugepages-*/free_hugepages "$M"/hugepages-*/surplus_hugepages
g '^[^ ]+ [^ ]+ hugetlbfs ' "$R/proc/mounts"
)sh";

const char kMemlock[] = R"sh(g '^Max locked memory' "$R/proc/self/limits"
for p in "$R"/proc/[0-9]*; do
  [ -r "$p/comm" ] || continue
  c=$(head -c 64 "$p/comm" 2>/dev/null) || continue
  case $c in
    virtqemud|libvirtd|qemu-system-*|qemu-kvm|kvm) d "$p/comm"; g '^Max locked memory' "$p/limits" ;;
  esac
done
for u in virtqemud libvirtd; do
  g '^[[:space:]]*LimitMEMLOCK[[:space:]]*=' "$R/usr/lib/systemd/system/$u.service" "$R/lib/systemd/system/$u.service" \
    "$R/etc/systemd/system/$u.service" "$R/etc/systemd/system/$u.service.d"/*.conf "$R/run/systemd/system/$u.service.d"/*.conf
done
g '^[[:space:]]*(user|group|max_[a-z_]+)[[:space:]]*=' "$R/etc/libvirt/qemu.conf"
g '^[[:space:]]*[^#[:space:]]+[[:space:]]+(soft|hard|-)[[:space:]]+memlock[[:space:]]' "$R/etc/security/limits.conf" "$R/etc/security/limits.d"/*.conf
)sh";

const char kIommu[] = R"sh(for i in "$R"/sys/kernel/iommu_groups/*; do
  [ -d "$i/devices" ] || continue
  printf '\036G %s\n' "${i##*/}"
  for dev in "$i"/devices/*; do
    [ -e "$dev" ] && printf '%s\n' "${dev##*/}"
  done
done
l "$R"/sys/kernel/iommu_groups/*/devices/*/physfn
)sh";

const char kMdev[] = R"sh(B="$R/sys/class/mdev_bus"
l "$B"/*
T=mdev_supported_types
d "$B"/*/$T/*/name "$B"/*/$T/*/description "$B"/*/$T/*/available_instances "$B"/*/$T/*/device_api
)sh";

const char kVdpa[] = R"sh(for v in "$R"/sys/bus/vdpa/devices/*; do
  l "$v" "$v/driver"
done
)sh";

const char kNvidia[] = R"sh(P="$R/sys/bus/pci/devices"
d "$P"/*/nvidia/current_vgpu_type "$P"/*/nvidia/creatable_vgpu_types
for n in "$P"/*/nvidia; do
  [ -d "$n" ] && l "${n%/nvidia}/physfn"
done
)sh";

// Only the sections vDeck reads leave the host, and within them no option whose name suggests
// a secret. Continuation lines follow their option.
const char kNova[] = R"sh(for f in "$R/etc/nova/nova.conf" "$R/etc/nova/nova-compute.conf" "$R/etc/nova/nova.conf.d"/*.conf; do
  [ -f "$f" ] && [ -r "$f" ] || continue
  printf '\036F %s\n' "${f#"$R"}"
  awk '
    /^[ \t]*[#;]/ { next }
    /^[ \t]*\[/ {
      s = $0; sub(/^[ \t]*\[[ \t]*/, "", s); sub(/[ \t]*\].*$/, "", s)
      keep = (s == "compute" || s == "libvirt" || s == "pci" || s == "devices" || s ~ /^mdev_/)
      if (keep) print "[" s "]"
      lk = 0
      next
    }
    !keep { next }
    /^[ \t]+[^ \t]/ { if (lk) print; next }
    /=/ {
      k = $0; sub(/[ \t]*=.*$/, "", k)
      lk = (tolower(k) !~ /pass|secret|token|credential|key|auth/)
      if (lk) print
      next
    }
    { lk = 0 }
  ' "$f" 2>/dev/null | head -c "$CAP" | tr -d '\036'
  printf '\n'
done
)sh";

const char kCpu[] = R"sh(C="$R/sys/devices/system/cpu"
d "$C/isolated" "$C/nohz_full" "$C/online" "$C/smt/control" "$C/smt/active"
)sh";

const char kVersions[] = R"sh(for b in "$R/usr/sbin/virtqemud" "$R/usr/sbin/libvirtd" "$R/usr/bin/qemu-system-x86_64" "$R/usr/bin/qemu-system-aarch64" "$R/usr/libexec/qemu-kvm"; do
  [ -f "$b" ] && [ -x "$b" ] || continue
  printf '\036V %s\n' "${b#"$R"}"
  "$b" --version </dev/null 2>/dev/null | head -n 1 | head -c 512 | tr -d '\036'
done
)sh";
}

QByteArray prelude(const QByteArray &rootPrefix, qint64 perFileCap)
{
    return "R='" + rootPrefix + "'\nCAP=" + QByteArray::number(perFileCap) + '\n' + kPrelude;
}

QByteArray body(Probe probe)
{
    switch (probe) {
    case Probe::MemInfo: return QByteArrayLiteral("d \"$R/proc/meminfo\"\n");
    case Probe::HugePages: return kHugePages;
    case Probe::Cmdline: return QByteArrayLiteral("d \"$R/proc/cmdline\"\n");
    case Probe::Kernel:
        return QByteArrayLiteral("d \"$R/proc/sys/kernel/osrelease\" \"$R/proc/sys/kernel/version\" \"$R/sys/kernel/realtime\"\n");
    case Probe::Memlock: return kMemlock;
    case Probe::IommuGroups: return kIommu;
    case Probe::MdevTypes: return kMdev;
    case Probe::VdpaDevices: return kVdpa;
    case Probe::NvidiaVgpu: return kNvidia;
    case Probe::NovaConf: return kNova;
    case Probe::CpuIsolation: return kCpu;
    case Probe::Versions: return kVersions;
    }
    return {};
}

} // namespace probe::probescripts

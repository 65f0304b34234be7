#!/usr/bin/env bash
# Writes a release's Nova modules for `domainxml_conformance.py --overlay DIR --release R`: the
# tag's nova/virt (libvirt driver, config, designer, vif, hardware, driver metadata), its
# image_meta.py, fields.py and exception.py, and nova/vtpm.py and nova/thread_pool_factory.py
# where the tag has them. Left out
# where they cannot run over Debian 13's python3-nova 31 and Python 3.13 (python3-nova 31's own
# file is used instead; none of them takes part in writing the domain XML):
#   nova/virt/disk/ (30.0.0 and older): nova/virt/disk/api.py line 45 `import crypt`, a module
#     Python 3.13 removed;
#   nova/objects/fields.py (28.0.0 and older): lacks ShareMappingStatusField, which python3-nova
#     31's nova/objects/share_mapping.py line 48 uses;
#   nova/exception.py (24.0.0 and older): lacks ServerGroupLimitExceeded, which python3-nova 31's
#     nova/api/openstack/compute/server_groups.py line 194 uses.
# 33.0.0's nova/virt/libvirt/utils.py line 65 names os_traits.HW_CPU_X86_AMXBF16, which Debian
# 13's os-traits lacks: domainxml_conformance.py lets unknown trait constants stand for their names.
# Usage: nova-overlay.sh NOVA_GIT_DIR TAG OUT_DIR
set -euo pipefail
git_dir=$1 tag=$2 out=$3
major=${tag%%.*}
files=(nova/virt nova/objects/image_meta.py nova/objects/fields.py nova/exception.py)
for extra in nova/vtpm.py nova/thread_pool_factory.py; do # new in 33.0.0 / after it
  git --git-dir="$git_dir" cat-file -e "$tag:$extra" 2>/dev/null && files+=("$extra")
done
rm -rf "$out" && mkdir -p "$out"
git --git-dir="$git_dir" archive "$tag" "${files[@]}" | tar -x -C "$out"
if [ "$major" != master ]; then
  [ "$major" -le 30 ] && rm -rf "$out/nova/virt/disk"
  [ "$major" -le 28 ] && rm -f "$out/nova/objects/fields.py"
  [ "$major" -le 24 ] && rm -f "$out/nova/exception.py"
fi
echo "$out: nova $tag ($(git --git-dir="$git_dir" rev-parse "$tag^{commit}"))"

#include "widgets/hostdetails.h"

#include "inventory/capacity.h"
#include "itemmodels/hostlistmodel.h"

#include <QLocale>

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

QString limitText(qint64 bytes)
{
    return bytes == hostfacts::kUnlimited ? HostDetails::tr("unlimited") : QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString memory(quint64 kib)
{
    return QLocale().formattedDataSize(qint64(kib) * 1024, 1, QLocale::DataSizeIecFormat);
}

} // namespace

HostDetails::HostDetails(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("hostDetails"));
    setOpenLinks(false);
    showEntry(nullptr);
}

void HostDetails::showEntry(const hosts::HostEntry *entry)
{
    m_entry = entry ? std::optional<hosts::HostEntry>(*entry) : std::nullopt;
    m_stale = true;
    showWanted();
}

// Making and laying out the HTML takes milliseconds: a hidden page (the hosts page while the
// devices page is shown and node-device events arrive) does it once it is shown, and lays it out
// only when the text changed.
void HostDetails::showWanted()
{
    if (!isVisible() || !m_stale)
        return;
    m_stale = false;
    const QString wanted = m_entry ? html(*m_entry) : tr("<p>Select a host to see its details.</p>");
    if (wanted == m_shown)
        return;
    m_shown = wanted;
    setHtml(m_shown);
}

void HostDetails::showEvent(QShowEvent *event)
{
    showWanted();
    QTextBrowser::showEvent(event);
}

// libvirt's <topology> counts sockets per NUMA cell: the host's sockets are that times the cells.
QString HostDetails::cpuText(const inventory::HostCapabilities &caps)
{
    if (caps.cpuCount() <= 0)
        return {};
    if (caps.sockets <= 0 || caps.cores <= 0 || caps.threads <= 0)
        return QString::number(caps.cpuCount());
    const int sockets = caps.sockets * std::max(1, int(caps.cells.size()));
    return tr("%1 (sockets: %2, cores per socket: %3, threads per core: %4)").arg(caps.cpuCount()).arg(sockets).arg(caps.cores).arg(caps.threads);
}

QString HostDetails::html(const hosts::HostEntry &e)
{
    QString out = QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3'>").arg(esc(e.name));
    out += row(tr("URI"), e.uri) + row(tr("State"), HostListModel::stateText(e));
    const inventory::HostSnapshot &s = e.snapshot;
    if (s.isNull())
        return out + QStringLiteral("</table><p>") + tr("Not captured yet: connect to read the host.") + QStringLiteral("</p>");
    const inventory::HostIdentity &f = s.identity();
    const inventory::HostCapabilities &caps = s.capabilities();
    out += row(tr("Hostname"), f.hostname) + row(tr("Captured"), QLocale().toString(s.capturedAt().toLocalTime(), QLocale::LongFormat))
        + row(tr("libvirt"), f.libvirtVersion) + row(tr("Hypervisor"), QStringLiteral("%1 %2").arg(f.hypervisorType, f.hypervisorVersion).trimmed())
        + row(tr("Host"), f.hostVersion) + row(tr("CPU"), QStringLiteral("%1 %2").arg(caps.cpuVendor, caps.cpuModel).trimmed())
        + row(tr("CPUs"), cpuText(caps))
        + row(tr("Memory"), caps.memoryKiB() ? memory(caps.memoryKiB()) : QString())
        + row(tr("Devices"), QString::number(s.graph().size()));
    out += QStringLiteral("</table><h4>") + tr("NUMA cells") + QStringLiteral("</h4><table border='1' cellspacing='0' cellpadding='3'><tr><th>")
        + tr("Cell") + QStringLiteral("</th><th>") + tr("Memory") + QStringLiteral("</th><th>") + tr("CPUs") + QStringLiteral("</th><th>")
        + tr("Hugepages (free / total)") + QStringLiteral("</th></tr>");
    const inventory::CapacitySummary capacity = inventory::summarizeCapacity(s);
    for (const inventory::NumaCell &cell : caps.cells) {
        QStringList pages;
        for (const inventory::HugepageUse &h : capacity.hugepages) {
            if (h.node == cell.id)
                pages << tr("%1: %2 / %3").arg(inventory::pageSizeText(h.sizeKiB)).arg(h.free).arg(h.total);
        }
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                   .arg(cell.id)
                   .arg(memory(cell.memoryKiB))
                   .arg(cell.cpus.size())
                   .arg(esc(pages.join(QStringLiteral(", "))));
    }
    out += QStringLiteral("</table>");
    if (caps.cellsFromNodeInfo)
        out += QStringLiteral("<p>") + tr("libvirt's capabilities list no NUMA cells (a test-driver host): these are the ones virNodeGetInfo reports, the CPUs and memory shared evenly.") + QStringLiteral("</p>");
    if (!s.hostFacts())
        return out;
    // Side by side: what libvirt says on the left, what the ssh probe read on the right.
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr><td valign='top'>%1</td>"
                          "<td width='24'></td><td valign='top' width='55%'>%2</td></tr></table>")
        .arg(out, factsHtml(*s.hostFacts()));
}

QString HostDetails::factsHtml(const hostfacts::HostFacts &p)
{
    QString out = QStringLiteral("<h4>") + tr("Host facts (ssh probe of %1, %2)").arg(esc(p.host()), esc(QLocale().toString(p.parts().probedAt.toLocalTime(), QLocale::ShortFormat)))
        + QStringLiteral("</h4><table cellspacing='0' cellpadding='3'>");
    out += row(tr("Kernel"), p.kernel().release) + row(tr("Realtime kernel"), p.kernel().realtime ? tr("yes") : tr("no"))
        + row(tr("Command line"), p.kernel().cmdline) + row(tr("IOMMU groups"), QString::number(p.iommuGroups().size()))
        + row(tr("Isolated CPUs"), p.cpu().isolated.isEmpty() ? tr("none") : p.cpu().isolated)
        + row(tr("SMT"), p.cpu().smtControl) + row(tr("libvirt (probe)"), p.versions().libvirt) + row(tr("QEMU (probe)"), p.versions().qemu);
    QStringList memlock;
    if (p.memlock().session)
        memlock << tr("login session: %1").arg(limitText(p.memlock().session->hardBytes));
    for (const hostfacts::MemlockLimit &l : p.memlock().processes)
        memlock << tr("%1: %2").arg(l.process, limitText(l.hardBytes));
    for (const hostfacts::ConfigLine &c : p.memlock().systemd)
        memlock << tr("%1=%2 (%3)").arg(c.key, c.value, c.file);
    out += row(tr("Memlock limits"), memlock.join(QLatin1Char('\n')));
    QStringList pools;
    for (const hostfacts::HugePagePool &pool : p.hugepages()) {
        const QString size = inventory::pageSizeText(quint64(pool.pageSizeKiB));
        pools << (pool.node < 0 ? tr("%1 (no NUMA nodes): %2 free of %3").arg(size).arg(pool.free).arg(pool.total)
                                : tr("node %1, %2: %3 free of %4").arg(pool.node).arg(size).arg(pool.free).arg(pool.total));
    }
    out += row(tr("Hugepage pools"), pools.join(QLatin1Char('\n')));
    QStringList types;
    for (const hostfacts::MdevType &t : p.mdevTypes())
        types << tr("%1 (%2, %3 available)").arg(t.id, t.name).arg(t.availableInstances);
    QStringList vdpa;
    for (const hostfacts::VdpaDevice &d : p.vdpaDevices())
        vdpa << QStringLiteral("%1 (%2)").arg(d.name, d.managementDevice);
    out += row(tr("mdev types"), types.join(QLatin1Char('\n'))) + row(tr("vDPA devices"), vdpa.join(QStringLiteral(", ")))
        + row(tr("NVIDIA vGPU VFs"), p.nvidiaVgpuVfs().isEmpty() ? QString() : QString::number(p.nvidiaVgpuVfs().size()));
    QStringList nova;
    for (const hostfacts::NovaSection &section : p.nova()) {
        for (const auto &entry : section.entries)
            nova << QStringLiteral("[%1] %2 = %3").arg(section.name, entry.first, QString(entry.second).simplified());
    }
    out += row(tr("nova.conf"), nova.join(QLatin1Char('\n')));
    QStringList incomplete;
    for (const hostfacts::ProbeStatus &status : p.probes()) {
        if (!status.ok || status.truncated)
            incomplete << tr("%1: %2").arg(status.probe, status.truncated ? tr("output cap reached") : status.error);
    }
    out += row(tr("Not read"), incomplete.join(QLatin1Char('\n')));
    return out + QStringLiteral("</table>");
}

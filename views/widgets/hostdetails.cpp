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
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
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

void HostDetails::showEntry(const HostEntry *entry)
{
    setHtml(entry ? html(*entry) : tr("<p>Select a host to see its details.</p>"));
}

QString HostDetails::html(const HostEntry &e)
{
    QString out = QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3'>").arg(esc(e.name));
    out += row(tr("URI"), e.uri) + row(tr("State"), HostListModel::stateText(e));
    const inventory::HostSnapshot &s = e.snapshot;
    if (s.isNull())
        return out + QStringLiteral("</table><p>") + tr("Not captured yet: connect to read the host.") + QStringLiteral("</p>");
    const inventory::HostFacts &f = s.facts();
    const inventory::HostCapabilities &caps = s.capabilities();
    out += row(tr("Hostname"), f.hostname) + row(tr("Captured"), QLocale().toString(s.capturedAt().toLocalTime(), QLocale::LongFormat))
        + row(tr("libvirt"), f.libvirtVersion) + row(tr("Hypervisor"), QStringLiteral("%1 %2").arg(f.hypervisorType, f.hypervisorVersion).trimmed())
        + row(tr("Host"), f.hostVersion) + row(tr("CPU"), QStringLiteral("%1 %2").arg(caps.cpuVendor, caps.cpuModel).trimmed())
        + row(tr("CPUs"), caps.cpuCount() > 0 ? tr("%1 (per NUMA cell: %2 × %3 × %4 sockets × cores × threads)").arg(caps.cpuCount()).arg(caps.sockets).arg(caps.cores).arg(caps.threads) : QString())
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
    if (!e.facts)
        return out;
    const probe::HostFacts &p = *e.facts;
    out += QStringLiteral("<h4>") + tr("Host facts (ssh probe of %1)").arg(esc(p.host())) + QStringLiteral("</h4><table cellspacing='0' cellpadding='3'>");
    out += row(tr("Kernel"), p.kernel().release) + row(tr("Realtime kernel"), p.kernel().realtime ? tr("yes") : tr("no"))
        + row(tr("Command line"), p.kernel().cmdline) + row(tr("Isolated CPUs"), p.cpu().isolated)
        + row(tr("SMT"), p.cpu().smtControl) + row(tr("libvirt (probe)"), p.versions().libvirt) + row(tr("QEMU (probe)"), p.versions().qemu);
    if (p.memlock().session) {
        const qint64 soft = p.memlock().session->softBytes;
        out += row(tr("Memlock limit"), soft == probe::kUnlimited ? tr("unlimited") : QLocale().formattedDataSize(soft));
    }
    QStringList pools;
    for (const probe::HugePagePool &pool : p.hugepages())
        pools << tr("node %1, %2: %3 free of %4").arg(pool.node).arg(inventory::pageSizeText(quint64(pool.pageSizeKiB))).arg(pool.free).arg(pool.total);
    out += row(tr("Hugepage pools"), pools.join(QStringLiteral("; ")));
    out += row(tr("vDPA devices"), QString::number(p.vdpaDevices().size())) + row(tr("mdev types"), QString::number(p.mdevTypes().size()));
    return out + QStringLiteral("</table>");
}

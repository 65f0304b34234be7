#include "workbench/pciworkbench.h"

#include "core/runthen.h"
#include "pci/pcidevice.h"

#include <QThread>

namespace workbench {

PciWorkbench::PciWorkbench(QObject *parent)
    : QObject(parent)
{
}

void PciWorkbench::setHost(const QString &hostId, const inventory::HostSnapshot &snapshot)
{
    const bool otherHost = hostId != m_hostId;
    const bool probedAnew = !otherHost && snapshot.hostFacts() != m_snapshot.hostFacts();
    m_hostId = hostId;
    m_snapshot = snapshot;
    if (otherHost || (probedAnew && m_source != Source::Edited)) {
        const std::optional<hostfacts::HostFacts> &facts = snapshot.hostFacts();
        // nova.conf was read (older snapshots keep no probe statuses, only the sections)
        const bool probed = facts && (facts->probed(QStringLiteral("nova")) || !facts->nova().isEmpty());
        m_conf = probed ? pci::NovaConf::fromFacts(*facts) : pci::NovaConf();
        m_source = probed ? Source::Probed : Source::None;
        if (otherHost && m_report) {
            m_report.reset(); // another host's claims must not label this host's devices
            Q_EMIT reportChanged();
        }
        Q_EMIT confReplaced();
    }
    evaluate();
}

void PciWorkbench::setRelease(int major)
{
    if (major == m_release.major)
        return;
    m_release = pci::PciRelease{major};
    evaluate();
}

void PciWorkbench::setConf(const pci::NovaConf &conf)
{
    m_conf = conf;
    m_source = Source::Edited;
    evaluate();
}

void PciWorkbench::evaluate()
{
    const quint64 generation = ++m_generation;
    m_pending = true;
    runThen(this, [graph = m_snapshot.graph(), conf = m_conf, release = m_release] {
        return pci::evaluate(pci::PciHost::fromGraph(graph), conf, release);
    }, [this, generation](const pci::PciReport &report) {
        Q_ASSERT(QThread::currentThread() == thread());
        if (generation != m_generation)
            return; // a newer host, configuration or release
        m_pending = false;
        m_report = report;
        Q_EMIT reportChanged();
    });
}

} // namespace workbench

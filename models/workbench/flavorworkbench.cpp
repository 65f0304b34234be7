#include "workbench/flavorworkbench.h"

#include "core/runthen.h"
#include "core/findingtext.h"
#include "document/flavordocument.h"
#include "hostfit/flavoronhost.h"
#include "workbench/computeprofiles.h"


namespace workbench {

namespace {
// libvirt's domain.rng, compiled once (it takes a moment) and shared by the pool's threads.
const SchemaValidator &domainSchema()
{
    static const SchemaValidator validator;
    return validator;
}
} // namespace

FlavorWorkbench::FlavorWorkbench(FlavorDocument *document, hosts::HostRegistry *hosts, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_doc(document)
    , m_hosts(hosts)
    , m_profiles(new ComputeProfiles(settings, this))
    , m_capacity(new CapacityRunner(this))
{
    // The document re-checks the flavor before it announces any of these.
    for (auto signal : {&FlavorDocument::flavorEdited, &FlavorDocument::releaseChanged, &FlavorDocument::libraryChanged})
        connect(m_doc, signal, this, [this] { schedule(Preview | Capacity); });
    connect(m_doc, &FlavorDocument::currentChanged, this, [this] { schedule(Preview | Capacity); });
    connect(m_hosts, &hosts::HostRegistry::snapshotChanged, this, [this](const QString &id, const inventory::HostSnapshot &snapshot) {
        if (id == m_target) {
            Q_EMIT targetSnapshotChanged(id, snapshot);
            schedule(Preview);
        }
        schedule(Capacity);
    });
    connect(m_hosts, &hosts::HostRegistry::added, this, [this] { schedule(Capacity); });
    connect(m_hosts, &hosts::HostRegistry::removed, this, [this](int, const QString &id) {
        if (id == m_target)
            setTargetHost(QString());
        schedule(Capacity);
    });
    connect(m_profiles, &ComputeProfiles::changed, this, [this] { schedule(Preview | Capacity); });
    connect(m_profiles, &ComputeProfiles::invalid, this, [this](const QString &, const QString &error) { Q_EMIT problem(error); });
    connect(m_capacity, &CapacityRunner::resultsReady, this, &FlavorWorkbench::capacityChanged);
    schedule(Preview | Capacity);
}

FlavorWorkbench::~FlavorWorkbench() = default;

void FlavorWorkbench::setTargetHost(const QString &id)
{
    if (id == m_target)
        return;
    m_target = id;
    Q_EMIT targetHostChanged(id);
    Q_EMIT targetSnapshotChanged(id, m_hosts->snapshot(id));
    Q_EMIT capacityChanged(); // the target's verdict is another host's
    schedule(Preview);
}

bool FlavorWorkbench::useDevice(const inventory::Device &device, const flavors::DeviceUseOptions &options)
{
    if (m_doc->isReadOnly())
        return false;
    if (!m_doc->current())
        m_doc->addFlavor(flavors::newFlavor());
    return m_doc->editCurrent(FindingText::tr("Use %1 in flavor").arg(device.name),
                              [&device, &options](flavors::Flavor &f) { f = flavors::useDevice(f, device, options); });
}

const HostResult *FlavorWorkbench::targetResult() const
{
    const flavors::Flavor *flavor = m_doc->current();
    if (!flavor || m_capacity->flavorName() != flavor->name)
        return nullptr;
    return m_capacity->result(m_target);
}

QList<HostResult> FlavorWorkbench::currentCapacity() const
{
    const flavors::Flavor *flavor = m_doc->current();
    return m_capacity->flavorName() == (flavor ? flavor->name : QString()) ? m_capacity->results() : QList<HostResult>{};
}

std::optional<FlavorWorkbench::HostFindings> FlavorWorkbench::targetFindings() const
{
    if (const HostResult *r = targetResult()) // the one list: the preview's findings and the verdict's
        return HostFindings{r->name, hostfit::findingsOnHost(m_preview ? m_preview->findings : m_doc->findings(), r->verdict.findings)};
    const flavors::Flavor *flavor = m_doc->current();
    const bool sameFlavor = m_capacity->flavorName() == (flavor ? flavor->name : QString());
    if (m_capacity->isBusy() && sameFlavor)
        return std::nullopt;
    return HostFindings{};
}

bool FlavorWorkbench::pending() const
{
    return m_scheduled != 0 || m_schemaChecking || m_capacity->isBusy();
}

void FlavorWorkbench::schedule(int work)
{
    if (m_scheduled == 0)
        QMetaObject::invokeMethod(this, &FlavorWorkbench::update, Qt::QueuedConnection);
    m_scheduled |= work;
}

void FlavorWorkbench::update()
{
    const int work = m_scheduled;
    m_scheduled = 0;
    if (work & Preview)
        buildPreview();
    if (work & Capacity)
        requestCapacity();
}

void FlavorWorkbench::buildPreview()
{
    const hosts::HostEntry *host = targetEntry();
    const flavors::Flavor *flavor = m_doc->current();
    if (!host || !flavor || host->snapshot.isNull()) {
        m_preview.reset();
        m_previewHost.clear();
    } else {
        domainxml::BuildOptions options;
        options.release = m_doc->release();
        options.flavorFindings = m_doc->findings();
        m_preview = domainxml::build(*flavor, host->snapshot, m_profiles->profile(host->name), options);
        m_previewHost = host->name;
    }
    Q_EMIT previewChanged();
    checkSchema();
}

void FlavorWorkbench::checkSchema()
{
    const quint64 generation = ++m_schemaGeneration;
    m_schema.reset();
    m_schemaChecking = m_preview && m_preview->ok();
    if (!m_schemaChecking) {
        Q_EMIT schemaChanged();
        return;
    }
    Q_EMIT schemaChanged();
    runThen(this, [xml = m_preview->xml.toUtf8()] { return domainSchema().validate(xml); }, [this, generation](const SchemaValidator::Result &r) {
            if (generation != m_schemaGeneration)
                return; // a newer document is being checked
            m_schema = r;
            m_schemaChecking = false;
            Q_EMIT schemaChanged();
        });
}

void FlavorWorkbench::requestCapacity()
{
    QList<HostInput> inputs;
    for (const hosts::HostEntry &e : m_hosts->entries()) {
        if (!e.snapshot.isNull())
            inputs.append({e.id, e.name, e.snapshot, m_profiles->profile(e.name)});
    }
    const flavors::Flavor *flavor = m_doc->current();
    m_capacity->request(flavor ? *flavor : flavors::Flavor(), inputs, m_doc->release(),
                        flavor ? std::optional(m_doc->findings()) : std::nullopt);
    Q_EMIT capacityChanged();
}

} // namespace workbench

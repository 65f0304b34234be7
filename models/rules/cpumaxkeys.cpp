#include "rules/cpumaxkeys.h"

#include "core/findingtext.h"

namespace rules {

const QList<CpuMaxKey> &cpuMaxKeys()
{
    static const QList<CpuMaxKey> keys = [] {
        QList<CpuMaxKey> out;
        for (const char *what : {"sockets", "cores", "threads"}) {
            const QString w = QLatin1String(what);
            out.append({QStringLiteral("hw:cpu_max_") + w, QStringLiteral("hw:max_cpu_") + w, QStringLiteral("hw_cpu_max_") + w});
        }
        return out;
    }();
    return keys;
}

const CpuMaxKey *cpuMaxKey(const QString &key)
{
    for (const CpuMaxKey &k : cpuMaxKeys()) {
        if (k.read == key || k.unread == key)
            return &k;
    }
    return nullptr;
}

bool cpuMaxKeyWorks(const CpuMaxKey &k, const flavors::ExtraSpecCatalog &catalog)
{
    return catalog.hasExactKey(k.read);
}

bool keyHasNoEffect(const QString &key, const flavors::ExtraSpecCatalog &catalog)
{
    const CpuMaxKey *k = cpuMaxKey(key);
    return k && k->unread == key && catalog.hasExactKey(key);
}

QString noWorkingCpuMaxKeyText(const CpuMaxKey &k, const flavors::ExtraSpecCatalog &catalog)
{
    if (cpuMaxKeyWorks(k, catalog))
        return QString();
    return FindingText::tr("No flavor spelling both passes validation and works in Nova %1: set the image property %2 "
                           "instead, or set %3 at microversion 2.85 or earlier.")
        .arg(catalog.novaVersion(), k.imageProperty, k.read);
}

std::optional<CpuMaxExplanation> explainRefusedCpuMaxKey(const QString &key, const flavors::ExtraSpecCatalog &catalog,
                                                         NovaRelease release)
{
    const CpuMaxKey *k = cpuMaxKey(key);
    if (!k || catalog.find(key))
        return std::nullopt;
    const QString nova = release.displayName();
    if (key == k->read) {
        return CpuMaxExplanation{
            FindingText::tr("Nova %1 refuses %2 with 400 at microversion 2.86 and later; set at 2.85 or earlier it is "
                            "stored unvalidated and takes effect (nova/virt/hardware.py reads it). The registry's %3 "
                            "passes but nothing reads it.")
                    .arg(nova, k->read, k->unread)
                + QLatin1Char(' ') + noWorkingCpuMaxKeyText(*k, catalog),
            QString()};
    }
    const bool readWorks = cpuMaxKeyWorks(*k, catalog);
    return CpuMaxExplanation{
        FindingText::tr("Nova %1 refuses %2 with 400 at microversion 2.86 and later, and it has no effect at any "
                        "microversion: nova/virt/hardware.py reads %3.")
                .arg(nova, k->unread, k->read)
            + QLatin1Char(' ')
            + (readWorks ? FindingText::tr("%1 passes validation in Nova %2 and works.").arg(k->read, catalog.novaVersion())
                         : noWorkingCpuMaxKeyText(*k, catalog)),
        readWorks ? QStringLiteral("rename %1 to %2").arg(k->unread, k->read) : QString()};
}

std::optional<Finding> unreadCpuMaxKey(const QString &key, const flavors::ExtraSpecCatalog &catalog, NovaRelease release)
{
    if (!keyHasNoEffect(key, catalog))
        return std::nullopt;
    const CpuMaxKey &k = *cpuMaxKey(key);
    Finding f;
    f.code = QStringLiteral("spec.no-effect");
    f.severity = Severity::Warning;
    f.stage = Stage::D;
    f.keys = {key};
    f.message = FindingText::tr("Nova %1 accepts %2 at every microversion, but nothing reads it (nova/virt/hardware.py "
                                "reads %3): the guest's CPU topology is not limited. %3 is refused with 400 at "
                                "microversion 2.86 and later.")
                    .arg(release.displayName(), k.unread, k.read)
        + QLatin1Char(' ') + noWorkingCpuMaxKeyText(k, catalog);
    return f;
}

} // namespace rules

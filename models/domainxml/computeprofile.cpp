#include "domainxml/computeprofile.h"

#include "flavors/fileerror.h"
#include "core/findingtext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace domainxml {
namespace {

const QString kFormat = QStringLiteral("vdeck-compute-profile");

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

void putOptionalInt(QJsonObject &o, const char *key, const std::optional<int> &v)
{
    if (v)
        o.insert(s(key), *v);
}

bool readInt(const QJsonObject &o, const char *key, std::optional<int> &out, QString *error)
{
    const QJsonValue v = o.value(s(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
        *error = FindingText::tr("[libvirt] %1 must be an integer").arg(s(key));
        return false;
    }
    out = v.toInt();
    return true;
}

bool readString(const QJsonObject &o, const char *key, QString &out, QString *error)
{
    const QJsonValue v = o.value(s(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        *error = FindingText::tr("%1 must be a string").arg(s(key));
        return false;
    }
    out = v.toString();
    return true;
}

bool readLibvirt(const QJsonObject &lv, ComputeProfile &p, QString *error)
{
    QString mode;
    if (!readString(lv, "virt_type", p.virtType, error) || !readString(lv, "cpu_mode", mode, error)
        || !readString(lv, "hw_machine_type", p.hwMachineType, error))
        return false;
    if (lv.contains(s("cpu_mode")) && !lv.value(s("cpu_mode")).isNull())
        p.cpuMode = mode;
    static const QStringList virtTypes{s("kvm"), s("qemu"), s("lxc"), s("parallels")};
    if (!virtTypes.contains(p.virtType)) {
        *error = FindingText::tr("[libvirt] virt_type '%1' is not one of %2").arg(p.virtType, virtTypes.join(s(", ")));
        return false;
    }
    static const QStringList modes{s("host-model"), s("host-passthrough"), s("custom"), s("none")};
    if (p.cpuMode && !modes.contains(*p.cpuMode)) {
        *error = FindingText::tr("[libvirt] cpu_mode '%1' is not one of %2").arg(*p.cpuMode, modes.join(s(", ")));
        return false;
    }
    for (const QJsonValue &m : lv.value(s("cpu_models")).toArray())
        p.cpuModels.append(m.toString());
    std::optional<int> prio, fbm;
    if (!readInt(lv, "realtime_scheduler_priority", prio, error) || !readInt(lv, "max_queues", p.maxQueues, error)
        || !readInt(lv, "rx_queue_size", p.rxQueueSize, error) || !readInt(lv, "tx_queue_size", p.txQueueSize, error)
        || !readInt(lv, "file_backed_memory", fbm, error))
        return false;
    p.realtimeSchedulerPriority = prio.value_or(1);
    p.fileBackedMemory = fbm.value_or(0);
    return true;
}

bool readAliases(const QJsonArray &aliases, ComputeProfile &p, QString *error)
{
    for (const QJsonValue &v : aliases) {
        const QJsonObject a = v.toObject();
        const QString name = a.value(s("name")).toString();
        if (name.isEmpty()) {
            *error = FindingText::tr("[pci] alias entries need a name");
            return false;
        }
        p.pciAliases.insert(name, PciAlias{a.value(s("vendor_id")).toString().toLower(),
                                           a.value(s("product_id")).toString().toLower(),
                                           a.value(s("device_type")).toString()});
    }
    return true;
}

} // namespace

QString ComputeProfile::machineTypeFor(const QString &arch) const
{
    for (const QString &mapping : hwMachineType.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = mapping.indexOf(QLatin1Char('='));
        if (eq > 0 && mapping.left(eq).trimmed() == arch && eq + 1 < mapping.size())
            return mapping.mid(eq + 1).trimmed();
    }
    return {};
}

QJsonObject profileToJson(const ComputeProfile &p)
{
    QJsonObject compute;
    if (!p.cpuDedicatedSet.isEmpty())
        compute.insert(s("cpu_dedicated_set"), p.cpuDedicatedSet);
    if (!p.cpuSharedSet.isEmpty())
        compute.insert(s("cpu_shared_set"), p.cpuSharedSet);
    QJsonObject lv{{s("virt_type"), p.virtType}, {s("realtime_scheduler_priority"), p.realtimeSchedulerPriority},
                   {s("file_backed_memory"), p.fileBackedMemory}};
    if (p.cpuMode)
        lv.insert(s("cpu_mode"), *p.cpuMode);
    if (!p.cpuModels.isEmpty())
        lv.insert(s("cpu_models"), QJsonArray::fromStringList(p.cpuModels));
    if (!p.hwMachineType.isEmpty())
        lv.insert(s("hw_machine_type"), p.hwMachineType);
    putOptionalInt(lv, "max_queues", p.maxQueues);
    putOptionalInt(lv, "rx_queue_size", p.rxQueueSize);
    putOptionalInt(lv, "tx_queue_size", p.txQueueSize);
    QJsonArray aliases;
    for (auto it = p.pciAliases.cbegin(); it != p.pciAliases.cend(); ++it) {
        QJsonObject a{{s("name"), it.key()}, {s("vendor_id"), it->vendorId}, {s("product_id"), it->productId}};
        if (!it->deviceType.isEmpty())
            a.insert(s("device_type"), it->deviceType);
        aliases.append(a);
    }
    QJsonObject out{{s("format"), kFormat}, {s("version"), 1}, {s("compute"), compute}, {s("libvirt"), lv}};
    if (!aliases.isEmpty())
        out.insert(s("pci"), QJsonObject{{s("alias"), aliases}});
    return out;
}

std::optional<ComputeProfile> profileFromJson(const QJsonObject &json, QString *error)
{
    QString local;
    QString *err = error ? error : &local;
    if (json.value(s("format")).toString() != kFormat) {
        *err = FindingText::tr("not a vDeck compute profile (format must be \"%1\")").arg(kFormat);
        return std::nullopt;
    }
    if (json.value(s("version")).toInt() != 1) {
        *err = FindingText::tr("unsupported compute profile version %1").arg(json.value(s("version")).toInt());
        return std::nullopt;
    }
    ComputeProfile p;
    const QJsonObject compute = json.value(s("compute")).toObject();
    if (!readString(compute, "cpu_dedicated_set", p.cpuDedicatedSet, err)
        || !readString(compute, "cpu_shared_set", p.cpuSharedSet, err)
        || !readLibvirt(json.value(s("libvirt")).toObject(), p, err)
        || !readAliases(json.value(s("pci")).toObject().value(s("alias")).toArray(), p, err))
        return std::nullopt;
    return p;
}

std::optional<ComputeProfile> loadProfile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QJsonParseError pe;
    const QByteArray bytes = f.readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (!doc.isObject()) {
        int line = 1, column = 1;
        flavors::lineColumnAt(bytes, pe.offset, &line, &column);
        if (error) // FILE:LINE:COLUMN, as every file vDeck reads
            *error = pe.error == QJsonParseError::NoError ? FindingText::tr("%1: not a JSON object").arg(path)
                                                          : QStringLiteral("%1:%2:%3: %4").arg(path).arg(line).arg(column).arg(pe.errorString());
        return std::nullopt;
    }
    QString why;
    std::optional<ComputeProfile> p = profileFromJson(doc.object(), &why);
    if (!p && error)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return p;
}

bool saveProfile(const ComputeProfile &profile, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(profileToJson(profile)).toJson()) < 0 || !f.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace domainxml

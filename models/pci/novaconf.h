#pragma once

#include "hostfacts/hostfacts.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pci {

// One option value of a nova.conf and where it was written ("nova.conf:12"; for a probed host
// "[pci] device_spec #2", the probe keeping no line numbers).
struct ConfValue
{
    QString section;
    QString key;
    QString value;
    QString origin;
};

// A nova.conf as oslo.config's parser reads it (oslo_config/iniparser.py): "[section]" headers,
// "key = value" or "key: value", '#' and ';' comment lines, indented continuation lines joined
// with a newline, one pair of matching quotes around a value removed. Every value is kept in
// file order (multi-valued options such as device_spec and alias repeat).
class NovaConf
{
public:
    NovaConf() = default;
    // std::nullopt with *error "FILE: line N: message" on text oslo.config refuses.
    static std::optional<NovaConf> parse(const QString &text, const QString &fileName, QString *error);
    static std::optional<NovaConf> load(const QString &path, QString *error);
    // The sections the ssh probe read ([compute], [libvirt], [pci], [devices], [mdev_*], ...).
    static NovaConf fromFacts(const hostfacts::HostFacts &facts);

    const QList<ConfValue> &values() const { return m_values; }
    QList<ConfValue> values(const QString &section, const QString &key) const;
    // The value oslo.config uses for a single-valued option: the last one.
    std::optional<ConfValue> value(const QString &section, const QString &key) const;
    QStringList sections() const;
    bool isEmpty() const { return m_values.isEmpty(); }

private:
    QList<ConfValue> m_values;
};

} // namespace pci

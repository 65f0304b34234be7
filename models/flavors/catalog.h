#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace flavors {

// One validator of Nova's extra-spec registry (nova.api.validation.extra_specs), as written
// to resources/catalog/nova-<version>.json by tools/gen-catalog.py.
struct SpecValidator
{
    enum class Type { Int, Str, Bool };
    QString name;          // e.g. "hw:numa_cpus.{id}"
    QRegularExpression nameRegex;
    QString description;
    Type type = Type::Str;
    QStringList enumValues;
    QString pattern;
    QRegularExpression valueRegex;
    std::optional<qint64> min;
    std::optional<qint64> max;
    bool deprecated = false;
};

// Nova's registry, with Nova's stage-A lookup rules (exact name, then the first validator whose
// name pattern matches in registry order, then the namespace check).
class ExtraSpecCatalog
{
public:
    // Parses a catalogue file; std::nullopt with *error set when it is not one.
    static std::optional<ExtraSpecCatalog> fromJson(const QByteArray &json, QString *error);
    // The catalogue compiled into the binary (:/catalog/nova-31.json). Aborts if missing.
    static const ExtraSpecCatalog &bundled();

    QString novaVersion() const { return m_novaVersion; }
    const QList<SpecValidator> &validators() const { return m_validators; }
    const SpecValidator *find(const QString &key) const;
    bool inValidatedNamespace(const QString &key) const;
    // Nova's ValidationError detail for key=value, or std::nullopt when Nova accepts it.
    std::optional<QString> validate(const QString &key, const QString &value) const;

private:
    QString m_novaVersion;
    QList<SpecValidator> m_validators;
    QList<QRegularExpression> m_namespaces;
};

} // namespace flavors

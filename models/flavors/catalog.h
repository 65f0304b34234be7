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
    // The catalogue of the default release, Nova 31 (:/catalog/nova-31.json, Debian 13's
    // python3-nova). Callers that know the Nova release use forRelease().
    static const ExtraSpecCatalog &bundled();
    // The catalogue used for Nova `novaMajor` (23 Wallaby .. 33 2026.1, 34 master): the oldest
    // bundled catalogue not older than that release, else the newest one. Today: 23..26 use
    // nova-26 (Debian 12's Zed), 27 and later use nova-31 (Debian 13's Epoxy). A newer registry
    // only gains keys, enum values and deprecations, so a release between two catalogues gets
    // the later one; rules::firstReleaseOfKey() then rejects the keys its own registry lacks.
    static const ExtraSpecCatalog &forRelease(int novaMajor);
    // The major versions of the compiled-in catalogues (resources/catalog/nova-<major>.json),
    // ascending: {26, 31}.
    static QList<int> bundledMajors();

    QString novaVersion() const { return m_novaVersion; } // "26.2.2"
    int novaMajor() const;                                 // 26, or 0 when the version is not numeric
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

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
    // The catalogue of Nova `novaMajor` (23 Wallaby .. 33 2026.1, 34 master): every release has
    // its own, generated from its tag (master from a pinned commit) by tools/gen-catalog.py.
    // A major outside the bundled ones gets the nearest bundled catalogue.
    static const ExtraSpecCatalog &forRelease(int novaMajor);
    // The major versions of the compiled-in catalogues (resources/catalog/nova-<major>.json),
    // ascending: {23, 24, ..., 34}.
    static QList<int> bundledMajors();

    QString novaVersion() const { return m_novaVersion; } // "26.0.0", "master"
    int novaMajor() const;                                 // 26 (34 for master), or 0 when unknown
    QString sourceTag() const { return m_sourceTag; }       // the git tag, "master", or empty
    QString sourceCommit() const { return m_sourceCommit; } // the commit it was generated from
    // The API's JSON schema for extra specs, applied before the validators at every
    // microversion (flavors_extraspecs.py): keys match keyPattern(), values have at most
    // valueMaxLength() characters.
    const QRegularExpression &keyPattern() const { return m_keyPattern; }
    qsizetype valueMaxLength() const { return m_valueMaxLength; }
    // True when the registry lists `key` by its exact name (not through a pattern).
    bool hasExactKey(const QString &key) const;
    const QList<SpecValidator> &validators() const { return m_validators; }
    const SpecValidator *find(const QString &key) const;
    bool inValidatedNamespace(const QString &key) const;
    // Nova's ValidationError detail for key=value, or std::nullopt when Nova accepts it.
    std::optional<QString> validate(const QString &key, const QString &value) const;

private:
    QString m_novaVersion;
    int m_novaMajor = 0;
    QString m_sourceTag;
    QString m_sourceCommit;
    QRegularExpression m_keyPattern;
    qsizetype m_valueMaxLength = 0;
    QList<SpecValidator> m_validators;
    QList<QRegularExpression> m_namespaces;
};

} // namespace flavors

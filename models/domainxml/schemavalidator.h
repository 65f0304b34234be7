#pragma once

#include <QList>
#include <QString>

#include <memory>

// Checks a libvirt XML document against one of libvirt's RelaxNG schemas (domain.rng by
// default) through libxml2. Documents are parsed without network access and without entity
// substitution or DTD loading. The compiled schema is immutable and may be shared by threads.
class SchemaValidator
{
public:
    struct Issue
    {
        int line = 0;       // 1-based, 0 when libxml2 gave none
        QString element;    // the element the message is about, when known
        QString message;
    };
    struct Result
    {
        bool wellFormed = false;
        bool valid = false;
        QList<Issue> issues;
        QString summary() const; // "valid", or the first issue as "line N: message"
    };

    // Default: libvirt's domain.rng from the installed libvirt (VDECK_LIBVIRT_SCHEMAS overrides
    // the directory).
    static QString defaultSchemaPath();

    explicit SchemaValidator(const QString &schemaPath = defaultSchemaPath());
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator &) = delete;
    SchemaValidator &operator=(const SchemaValidator &) = delete;

    bool isLoaded() const;
    QString loadError() const;
    QString schemaPath() const { return m_path; }

    Result validate(const QByteArray &xml) const;

private:
    struct Schema;
    QString m_path;
    QString m_loadError;
    std::unique_ptr<Schema> m_schema;
};

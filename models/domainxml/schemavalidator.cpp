#include "domainxml/schemavalidator.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

namespace {
struct Collector
{
    QList<SchemaValidator::Issue> issues;
};

void collect(void *user, const xmlError *error)
{
    auto *c = static_cast<Collector *>(user);
    SchemaValidator::Issue issue;
    issue.line = error->line;
    issue.message = QString::fromUtf8(error->message).trimmed();
    if (error->node) {
        const auto *node = static_cast<const xmlNode *>(error->node);
        if (node->name)
            issue.element = QString::fromUtf8(reinterpret_cast<const char *>(node->name));
        if (issue.line == 0)
            issue.line = int(xmlGetLineNo(node));
    }
    c->issues.append(issue);
}

// libxml2's structured error callback signature changed constness across versions.
template<typename E>
void collectAny(void *user, E error)
{
    collect(user, error);
}

struct DocDeleter
{
    void operator()(xmlDocPtr d) const { xmlFreeDoc(d); }
};
}

struct SchemaValidator::Schema
{
    xmlRelaxNGPtr rng = nullptr;
    ~Schema()
    {
        if (rng)
            xmlRelaxNGFree(rng);
    }
};

QString SchemaValidator::Result::summary() const
{
    if (valid)
        return QStringLiteral("valid");
    if (issues.isEmpty())
        return QCoreApplication::translate("SchemaValidator", "invalid");
    const Issue &i = issues.constFirst();
    return i.line > 0 ? QCoreApplication::translate("SchemaValidator", "line %1: %2").arg(i.line).arg(i.message) : i.message;
}

QString SchemaValidator::defaultSchemaPath()
{
    const QString dir = qEnvironmentVariableIsSet("VDECK_LIBVIRT_SCHEMAS") ? qEnvironmentVariable("VDECK_LIBVIRT_SCHEMAS")
                                                                           : QStringLiteral("/usr/share/libvirt/schemas");
    return dir + QStringLiteral("/domain.rng");
}

SchemaValidator::SchemaValidator(const QString &schemaPath)
    : m_path(schemaPath)
{
    if (!QFileInfo::exists(schemaPath)) {
        m_loadError = QCoreApplication::translate("SchemaValidator", "libvirt schema not found: %1").arg(schemaPath);
        return;
    }
    Collector errors;
    xmlRelaxNGParserCtxtPtr ctxt = xmlRelaxNGNewParserCtxt(schemaPath.toLocal8Bit().constData());
    xmlRelaxNGSetParserStructuredErrors(ctxt, collectAny, &errors);
    xmlRelaxNGPtr rng = xmlRelaxNGParse(ctxt);
    xmlRelaxNGFreeParserCtxt(ctxt);
    if (!rng) {
        m_loadError = QCoreApplication::translate("SchemaValidator", "cannot load schema %1: %2")
                          .arg(schemaPath, errors.issues.isEmpty() ? QString() : errors.issues.constFirst().message);
        return;
    }
    m_schema = std::make_unique<Schema>();
    m_schema->rng = rng;
}

SchemaValidator::~SchemaValidator() = default;

bool SchemaValidator::isLoaded() const
{
    return m_schema != nullptr;
}

QString SchemaValidator::loadError() const
{
    return m_loadError;
}

SchemaValidator::Result SchemaValidator::validate(const QByteArray &xml) const
{
    Result result;
    Collector errors;
    // No network, no entity substitution, no DTD loading: documents come from hosts and files.
    // libxml2 2.9 keeps the structured error handler per thread.
    const int options = XML_PARSE_NONET | XML_PARSE_NOWARNING;
    xmlSetStructuredErrorFunc(&errors, collectAny);
    std::unique_ptr<xmlDoc, DocDeleter> doc(xmlReadMemory(xml.constData(), int(xml.size()), "document.xml", nullptr, options));
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    if (!doc) {
        result.issues = errors.issues;
        return result;
    }
    result.wellFormed = true;
    if (!m_schema) {
        result.issues.append({0, {}, m_loadError});
        return result;
    }
    xmlRelaxNGValidCtxtPtr valid = xmlRelaxNGNewValidCtxt(m_schema->rng);
    xmlRelaxNGSetValidStructuredErrors(valid, collectAny, &errors);
    result.valid = xmlRelaxNGValidateDoc(valid, doc.get()) == 0;
    xmlRelaxNGFreeValidCtxt(valid);
    result.issues = errors.issues;
    return result;
}

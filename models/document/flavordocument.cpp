#include "document/flavordocument.h"

#include "document/flavorcommands.h"
#include "flavors/flavorfiles.h"
#include "flavors/nativeformat.h"
#include "rules/checker.h"
#include "rules/fixedits.h"

#include <QUndoStack>

#include <algorithm>

using flavors::Flavor;
using flavors::FlavorLibrary;

FlavorDocument::FlavorDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, &FlavorDocument::fileStateChanged);
}

FlavorDocument::~FlavorDocument() = default;

const flavors::ExtraSpecCatalog &FlavorDocument::catalog() const
{
    return flavors::ExtraSpecCatalog::forRelease(m_release.major());
}

void FlavorDocument::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        m_undo->clear();
}

const Flavor *FlavorDocument::current() const
{
    return m_current >= 0 && m_current < m_library.flavors.size() ? &m_library.flavors.at(m_current) : nullptr;
}

void FlavorDocument::setCurrentRow(int row)
{
    if (row < -1 || row >= m_library.flavors.size() || row == m_current)
        return;
    m_current = row;
    reanalyse();
    Q_EMIT currentChanged(row);
}

bool FlavorDocument::selectFlavor(const QString &name)
{
    for (int i = 0; i < m_library.flavors.size(); ++i) {
        if (m_library.flavors.at(i).name == name) {
            setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void FlavorDocument::setRelease(rules::NovaRelease release)
{
    if (release == m_release)
        return;
    m_release = release;
    reanalyse();
    Q_EMIT releaseChanged();
}

bool FlavorDocument::isModified() const
{
    return m_recovered || !m_undo->isClean();
}

void FlavorDocument::recover(const FlavorLibrary &library, const QString &path)
{
    resetLibrary(library, path);
    m_recovered = !m_readOnly;
    Q_EMIT fileStateChanged();
}

void FlavorDocument::newLibrary()
{
    FlavorLibrary lib;
    lib.flavors.append(flavors::newFlavor());
    resetLibrary(lib, QString());
}

bool FlavorDocument::open(const QString &path, flavors::FileError *error)
{
    std::optional<FlavorLibrary> lib = flavors::loadFlavorFile(path, error);
    if (!lib)
        return false;
    resetLibrary(*lib, path);
    return true;
}

bool FlavorDocument::importFile(const QString &path, flavors::FileError *error)
{
    std::optional<FlavorLibrary> lib = flavors::loadFlavorFile(path, error);
    if (!lib)
        return false;
    resetLibrary(*lib, QString());
    return true;
}

bool FlavorDocument::save(QString *error)
{
    return saveAs(m_path, error);
}

bool FlavorDocument::saveAs(const QString &path, QString *error)
{
    if (m_readOnly) {
        *error = tr("The flavor library is read-only in auditor mode.");
        return false;
    }
    if (path.isEmpty()) {
        *error = tr("The flavor library has no file yet.");
        return false;
    }
    if (!flavors::saveAtomically(path, flavors::writeNative(m_library), error))
        return false;
    m_path = path;
    m_recovered = false;
    m_undo->setClean();
    Q_EMIT fileStateChanged();
    return true;
}

bool FlavorDocument::exportTo(const QString &path, flavors::ExportFormat format, QString *error) const
{
    return flavors::saveAtomically(path, flavors::exportLibrary(m_library, format), error);
}

QStringList FlavorDocument::flavorsWithErrors() const
{
    rules::CheckOptions options;
    options.release = m_release;
    QStringList names;
    for (const Flavor &f : m_library.flavors) {
        const QList<rules::Finding> found = rules::checkFlavor(f, catalog(), options);
        if (std::any_of(found.cbegin(), found.cend(), [](const rules::Finding &x) { return x.severity == rules::Severity::Error; }))
            names.append(f.name);
    }
    return names;
}

bool FlavorDocument::editCurrent(const QString &text, const std::function<void(Flavor &)> &change, const QString &mergeKey)
{
    const Flavor *before = current();
    if (m_readOnly || !before)
        return false;
    Flavor after = *before;
    change(after);
    if (after == *before)
        return false;
    m_undo->push(new EditFlavorCommand(this, m_current, *before, after, text, mergeKey));
    return true;
}

bool FlavorDocument::setSpec(const QString &key, const QString &value, bool merge)
{
    return editCurrent(tr("Set %1").arg(key), [&](Flavor &f) { f.extraSpecs.set(key, value); }, merge ? key : QString());
}

bool FlavorDocument::removeSpec(const QString &key)
{
    return editCurrent(tr("Remove %1").arg(key), [&](Flavor &f) { f.extraSpecs.remove(key); });
}

bool FlavorDocument::setImageProperty(const QString &key, const QString &value, bool merge)
{
    return editCurrent(tr("Set image property %1").arg(key),
                       [&](Flavor &f) {
                           if (value.trimmed().isEmpty())
                               f.imageProperties.remove(key);
                           else
                               f.imageProperties.set(key, value.trimmed());
                       },
                       merge ? key : QString());
}

bool FlavorDocument::applyFix(const rules::Finding &finding)
{
    if (!rules::isMachineApplicable(finding))
        return false;
    return editCurrent(tr("Fix %1").arg(finding.code), [&](Flavor &f) { rules::applyFix(f, finding.fix); });
}

QString FlavorDocument::uniqueName(const QString &wanted) const
{
    QString name = wanted.trimmed().isEmpty() ? QStringLiteral("flavor") : wanted.trimmed();
    const QString base = name;
    for (int n = 2; m_library.find(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

bool FlavorDocument::addFlavor(const Flavor &flavor)
{
    if (m_readOnly)
        return false;
    Flavor f = flavor;
    f.name = uniqueName(f.name);
    m_undo->push(new InsertFlavorCommand(this, int(m_library.flavors.size()), f, true, tr("Add flavor %1").arg(f.name)));
    return true;
}

bool FlavorDocument::duplicateCurrent()
{
    const Flavor *f = current();
    if (!f)
        return false;
    Flavor copy = *f;
    copy.id.clear();
    return addFlavor(copy);
}

bool FlavorDocument::removeCurrent()
{
    const Flavor *f = current();
    if (m_readOnly || !f)
        return false;
    m_undo->push(new InsertFlavorCommand(this, m_current, *f, false, tr("Remove flavor %1").arg(f->name)));
    return true;
}

void FlavorDocument::replaceFlavorAt(int row, const Flavor &flavor)
{
    const bool renamed = m_library.flavors.at(row).name != flavor.name;
    m_library.flavors[row] = flavor;
    if (row != m_current) {
        m_current = row;
        Q_EMIT currentChanged(row);
    }
    reanalyse();
    Q_EMIT flavorEdited();
    if (renamed)
        Q_EMIT libraryChanged();
}

void FlavorDocument::insertFlavorAt(int row, const Flavor &flavor)
{
    m_library.flavors.insert(row, flavor);
    Q_EMIT libraryChanged();
    m_current = -1;
    setCurrentRow(row);
}

void FlavorDocument::removeFlavorAt(int row)
{
    m_library.flavors.removeAt(row);
    Q_EMIT libraryChanged();
    m_current = -1;
    setCurrentRow(std::min(row, int(m_library.flavors.size()) - 1));
    if (m_current < 0) {
        reanalyse();
        Q_EMIT currentChanged(-1);
    }
}

void FlavorDocument::resetLibrary(const FlavorLibrary &library, const QString &path)
{
    m_undo->clear();
    m_recovered = false;
    m_library = library;
    m_path = path;
    m_current = -1;
    Q_EMIT libraryChanged();
    if (!m_library.flavors.isEmpty())
        setCurrentRow(0);
    else
        reanalyse();
    m_undo->setClean();
    Q_EMIT fileStateChanged();
}

void FlavorDocument::reanalyse()
{
    const Flavor *f = current();
    if (f) {
        rules::CheckOptions options;
        options.release = m_release;
        m_findings = rules::checkFlavor(*f, catalog(), options);
        m_operations = rules::operationsMatrix(*f, m_release);
    } else {
        m_findings.clear();
        m_operations.clear();
    }
    Q_EMIT analysisChanged();
}

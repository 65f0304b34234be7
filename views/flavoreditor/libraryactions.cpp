#include "flavoreditor/libraryactions.h"

#include "actionpolicy.h"

#include "document/flavordocument.h"
#include "dialogs/filechooser.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QPointer>

namespace {
QString nativeFilter()
{
    return LibraryActions::tr("vDeck flavor libraries (*.vdeckflavors);;All files (*)");
}

QString exportFilter(flavors::ExportFormat f)
{
    switch (f) {
    case flavors::ExportFormat::Native: return nativeFilter();
    case flavors::ExportFormat::NovaApi: return LibraryActions::tr("Nova API requests (*.json)");
    case flavors::ExportFormat::OpenstackCli: return LibraryActions::tr("Shell scripts (*.sh)");
    case flavors::ExportFormat::Ansible: return LibraryActions::tr("Ansible task files (*.yml *.yaml)");
    case flavors::ExportFormat::Heat: return LibraryActions::tr("Heat templates (*.yaml *.yml)");
    }
    return {};
}

QString exportLabel(flavors::ExportFormat f)
{
    switch (f) {
    case flavors::ExportFormat::Native: return LibraryActions::tr("vDeck flavor library…");
    case flavors::ExportFormat::NovaApi: return LibraryActions::tr("Nova API JSON requests…");
    case flavors::ExportFormat::OpenstackCli: return LibraryActions::tr("openstack CLI script…");
    case flavors::ExportFormat::Ansible: return LibraryActions::tr("Ansible tasks…");
    case flavors::ExportFormat::Heat: return LibraryActions::tr("Heat template…");
    }
    return {};
}
}

LibraryActions::LibraryActions(FlavorDocument *doc, AppMode mode, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_doc(doc)
    , m_parent(dialogParent)
    , m_export(new QMenu(tr("&Export Flavors"), dialogParent))
    , m_files(std::make_shared<DialogFileChooser>())
{
    const bool writes = !isReadOnly(mode);
    if (writes)
        m_file.append(actionpolicy::markWrites(make(QStringLiteral("actionNewLibrary"), tr("&New Flavor Library"), QKeySequence::New, &LibraryActions::newLibrary)));
    m_file.append(make(QStringLiteral("actionOpenLibrary"), tr("&Open Flavor Library…"), QKeySequence::Open, &LibraryActions::open));
    if (writes) {
        m_file.append(actionpolicy::markWrites(make(QStringLiteral("actionSaveLibrary"), tr("&Save Flavor Library"), QKeySequence::Save, &LibraryActions::save)));
        m_file.append(actionpolicy::markWrites(make(QStringLiteral("actionSaveLibraryAs"), tr("Save Flavor Library &As…"), QKeySequence::SaveAs, &LibraryActions::saveAs)));
    }
    m_file.append(make(QStringLiteral("actionImportFlavors"), tr("&Import Flavors (openstack / Nova API JSON)…"), {}, &LibraryActions::import));
    m_export->setObjectName(QStringLiteral("menuExportFlavors"));
    createExportActions();
    m_file.append(m_export->menuAction());
    if (writes) {
        m_flavor.append(actionpolicy::markWrites(make(QStringLiteral("actionAddFlavor"), tr("Add Flavor"), {}, nullptr)));
        m_flavor.last()->setIconText(tr("Add"));
        connect(m_flavor.last(), &QAction::triggered, this, [this] { m_doc->addFlavor(flavors::newFlavor()); });
        m_flavor.append(actionpolicy::markWrites(make(QStringLiteral("actionDuplicateFlavor"), tr("Duplicate Flavor"), {}, nullptr)));
        m_flavor.last()->setIconText(tr("Duplicate"));
        connect(m_flavor.last(), &QAction::triggered, m_doc, &FlavorDocument::duplicateCurrent);
        m_flavor.append(actionpolicy::markWrites(make(QStringLiteral("actionRemoveFlavor"), tr("Remove Flavor"), {}, nullptr)));
        m_flavor.last()->setIconText(tr("Remove"));
        connect(m_flavor.last(), &QAction::triggered, m_doc, &FlavorDocument::removeCurrent);
    }
}

void LibraryActions::setFileChooser(std::shared_ptr<FileChooser> chooser)
{
    m_files = std::move(chooser);
}

// The answer may come after this object is gone (the dialog is non-modal); "" is a cancel.
FileChooser::Done LibraryActions::guarded(std::function<void(const QString &)> use)
{
    return [self = QPointer<LibraryActions>(this), use = std::move(use)](const QString &path) {
        if (self && !path.isEmpty())
            use(path);
    };
}

QAction *LibraryActions::make(const QString &name, const QString &text, const QKeySequence &shortcut, void (LibraryActions::*slot)())
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    a->setShortcut(shortcut);
    if (slot)
        connect(a, &QAction::triggered, this, slot);
    return a;
}

void LibraryActions::createExportActions()
{
    for (const QString &name : flavors::exportFormatNames()) {
        const flavors::ExportFormat format = *flavors::exportFormatFromName(name);
        QAction *a = m_export->addAction(exportLabel(format));
        a->setObjectName(QStringLiteral("actionExport_") + name);
        connect(a, &QAction::triggered, this, [this, format] {
            m_files->saveFile(m_parent, tr("Export Flavors"), QString(), exportFilter(format), guarded([this, format](const QString &path) {
                QString error;
                if (m_doc->exportTo(path, format, &error))
                    Q_EMIT message(tr("Exported %1").arg(QFileInfo(path).fileName()));
                else
                    Q_EMIT errorOccurred(error);
            }));
        });
    }
}

bool LibraryActions::mayDiscardChanges()
{
    if (!m_doc->isModified())
        return true;
    return MessageBox::instance().question(m_parent, tr("Unsaved Flavors"), tr("The flavor library has unsaved changes. Discard them?"),
                                           QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Discard;
}

void LibraryActions::newLibrary()
{
    if (mayDiscardChanges())
        m_doc->newLibrary();
}

bool LibraryActions::openFile(const QString &path)
{
    flavors::FileError error;
    if (!m_doc->open(path, &error)) {
        Q_EMIT errorOccurred(error.toString());
        return false;
    }
    Q_EMIT message(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return true;
}

void LibraryActions::open()
{
    if (!mayDiscardChanges())
        return;
    m_files->openFile(m_parent, tr("Open Flavor Library"), nativeFilter(), guarded([this](const QString &path) { openFile(path); }));
}

void LibraryActions::save()
{
    if (m_doc->filePath().isEmpty())
        return saveAs();
    QString error;
    if (m_doc->save(&error))
        Q_EMIT message(tr("Saved %1").arg(QFileInfo(m_doc->filePath()).fileName()));
    else
        Q_EMIT errorOccurred(error);
}

void LibraryActions::saveAs()
{
    m_files->saveFile(m_parent, tr("Save Flavor Library"), m_doc->filePath(), nativeFilter(), guarded([this](const QString &path) {
        QString error;
        if (m_doc->saveAs(path, &error))
            Q_EMIT message(tr("Saved %1").arg(QFileInfo(path).fileName()));
        else
            Q_EMIT errorOccurred(error);
    }));
}

void LibraryActions::import()
{
    if (!mayDiscardChanges())
        return;
    m_files->openFile(m_parent, tr("Import Flavors"), tr("Flavor JSON (openstack flavor show -f json, Nova API) (*.json);;All files (*)"),
                      guarded([this](const QString &path) {
                          flavors::FileError error;
                          if (m_doc->importFile(path, &error))
                              Q_EMIT message(tr("Imported %1 flavor(s) from %2").arg(m_doc->library().flavors.size()).arg(QFileInfo(path).fileName()));
                          else
                              Q_EMIT errorOccurred(error.toString());
                      }));
}

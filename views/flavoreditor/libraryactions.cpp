#include "flavoreditor/libraryactions.h"

#include "actionpolicy.h"

#include "core/settings.h"
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
    , m_recent(new QMenu(tr("Open &Recent"), dialogParent))
    , m_files(std::make_shared<DialogFileChooser>())
{
    const bool writes = !isReadOnly(mode);
    if (writes)
        m_file.append(actionpolicy::markWrites(make(QStringLiteral("actionNewLibrary"), tr("&New Flavor Library"), QKeySequence::New, &LibraryActions::newLibrary)));
    m_file.append(make(QStringLiteral("actionOpenLibrary"), tr("&Open Flavor Library…"), QKeySequence::Open, &LibraryActions::open));
    m_recent->setObjectName(QStringLiteral("menuRecentLibraries"));
    connect(m_recent, &QMenu::aboutToShow, this, &LibraryActions::fillRecentMenu);
    m_recent->menuAction()->setEnabled(false);
    m_file.append(m_recent->menuAction());
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

void LibraryActions::setSettings(Settings *settings)
{
    m_settings = settings;
    fillRecentMenu();
}

void LibraryActions::remember(const QString &path)
{
    if (m_settings)
        m_settings->addRecentFile(QFileInfo(path).absoluteFilePath());
    fillRecentMenu();
}

void LibraryActions::fillRecentMenu()
{
    m_recent->clear();
    const QStringList files = m_settings ? m_settings->recentFiles() : QStringList();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *a = m_recent->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setObjectName(QStringLiteral("actionRecentLibrary_%1").arg(i));
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { settleChanges([this, path] { openFile(path); }); });
    }
    m_recent->menuAction()->setEnabled(!files.isEmpty());
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
            // Nova would refuse a flavor with errors: exporting it is asked for, not assumed.
            if (const QStringList bad = m_doc->flavorsWithErrors(); !bad.isEmpty()
                && MessageBox::instance().question(m_parent, tr("Export Flavors"),
                                                   tr("%1 flavor(s) have errors Nova would refuse: %2. Export anyway?")
                                                       .arg(bad.size()).arg(bad.join(QStringLiteral(", "))),
                                                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                       != QMessageBox::Yes)
                return;
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

void LibraryActions::settleChanges(const std::function<void()> &proceed)
{
    if (!m_doc->isModified())
        return proceed();
    const QString name = m_doc->filePath().isEmpty() ? tr("The new flavor library") : QFileInfo(m_doc->filePath()).fileName();
    const QMessageBox::StandardButton answer = MessageBox::instance().question(
        m_parent, tr("Unsaved Flavors"), tr("%1 has unsaved changes. Save them?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard)
        proceed();
    else if (answer == QMessageBox::Save)
        saveThen(proceed);
}

void LibraryActions::newLibrary()
{
    settleChanges([this] { m_doc->newLibrary(); });
}

bool LibraryActions::openFile(const QString &path)
{
    flavors::FileError error;
    if (!m_doc->open(path, &error)) {
        Q_EMIT errorOccurred(error.toString());
        return false;
    }
    remember(path);
    Q_EMIT message(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return true;
}

void LibraryActions::open()
{
    settleChanges([this] {
        m_files->openFile(m_parent, tr("Open Flavor Library"), nativeFilter(), guarded([this](const QString &path) { openFile(path); }));
    });
}

void LibraryActions::save()
{
    saveThen([] {});
}

// Saves to the library's file, or asks for one first; `proceed` runs only when it was saved.
void LibraryActions::saveThen(const std::function<void()> &proceed)
{
    const auto saveTo = [this, proceed](const QString &path) {
        QString error;
        if (!m_doc->saveAs(path, &error)) {
            Q_EMIT errorOccurred(error);
            return;
        }
        remember(path);
        Q_EMIT message(tr("Saved %1").arg(QFileInfo(path).fileName()));
        proceed();
    };
    if (m_doc->filePath().isEmpty())
        m_files->saveFile(m_parent, tr("Save Flavor Library"), m_doc->filePath(), nativeFilter(), guarded(saveTo));
    else
        saveTo(m_doc->filePath());
}

void LibraryActions::saveAs()
{
    m_files->saveFile(m_parent, tr("Save Flavor Library"), m_doc->filePath(), nativeFilter(), guarded([this](const QString &path) {
        QString error;
        if (!m_doc->saveAs(path, &error)) {
            Q_EMIT errorOccurred(error);
            return;
        }
        remember(path);
        Q_EMIT message(tr("Saved %1").arg(QFileInfo(path).fileName()));
    }));
}

void LibraryActions::import()
{
    settleChanges([this] { importNow(); });
}

void LibraryActions::importNow()
{
    m_files->openFile(m_parent, tr("Import Flavors"), tr("Flavor JSON (openstack flavor show -f json, Nova API) (*.json);;All files (*)"),
                      guarded([this](const QString &path) {
                          flavors::FileError error;
                          if (m_doc->importFile(path, &error))
                              Q_EMIT message(tr("Imported %1 flavor(s) from %2").arg(m_doc->library().flavors.size()).arg(QFileInfo(path).fileName()));
                          else
                              Q_EMIT errorOccurred(error.toString());
                      }));
}

// MainWindow's flavor-library lifecycle: the window title, the Save / Discard / Cancel question
// before the window closes, and the recovery copy of unsaved edits (document/libraryrecovery.h).
#include "mainwindow.h"

#include "core/settings.h"
#include "document/flavordocument.h"
#include "document/libraryrecovery.h"
#include "flavoreditor/libraryactions.h"
#include "pages/flavorspage.h"
#include "widgets/messagebar.h"
#include "widgets/messagebox.h"
#include "windowstate.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStatusBar>

namespace {
QString recoveryDirectory(const Settings *settings)
{
    return QDir(settings->dataDirectory()).filePath(QStringLiteral("recovery"));
}
}

void MainWindow::wireLibrary()
{
    if (!isReadOnly(m_mode)) // an auditor's library is never modified: nothing to recover
        m_recovery = new LibraryRecovery(m_doc, recoveryDirectory(m_settings), this);
    connect(m_doc, &FlavorDocument::fileStateChanged, this, &MainWindow::updateTitle);
    updateTitle();
    // What the library actions did shows on every page (saving from the capacity page too), and
    // a note about the library goes once the flavor is edited again.
    LibraryActions *actions = m_flavors->libraryActions();
    connect(actions, &LibraryActions::message, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(actions, &LibraryActions::errorOccurred, this, [this](const QString &m) { statusBar()->showMessage(m, 15000); });
    connect(m_doc, &FlavorDocument::flavorEdited, m_flavors->messageBar(), &MessageBar::dismissInfo);
}

// "flavors.vdeckflavors* — vDeck": the platform adds the application's name only to a title
// that does not end with it already.
void MainWindow::updateTitle()
{
    const QString file = m_doc->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_doc->filePath()).fileName();
    QString title = file + QStringLiteral("[*]");
    if (m_mode == AppMode::Auditor)
        title += QStringLiteral(" — ") + appModeLabel(m_mode);
    setWindowTitle(title + QStringLiteral(" — vDeck"));
    setWindowModified(m_doc->isModified());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeApproved || !m_doc->isModified()) {
        if (m_recovery)
            m_recovery->discard();
        windowstate::save(this, m_settings);
        event->accept();
        return;
    }
    event->ignore();
    // Closed again once settled, queued: QWidget::close() does nothing while a close is running.
    m_flavors->libraryActions()->settleChanges([this] {
        m_closeApproved = true;
        QMetaObject::invokeMethod(this, [this] { close(); }, Qt::QueuedConnection);
    });
}

bool MainWindow::offerRecovery()
{
    if (!m_recovery)
        return false;
    const QList<LibraryRecovery::Orphan> orphans = LibraryRecovery::orphans(recoveryDirectory(m_settings));
    if (orphans.isEmpty())
        return false;
    const LibraryRecovery::Orphan &o = orphans.first();
    const QString library = o.libraryPath.isEmpty() ? tr("a new flavor library") : o.libraryPath;
    const QString when = QLocale().toString(o.savedAt.toLocalTime(), QLocale::ShortFormat);
    const QMessageBox::StandardButton answer = MessageBox::instance().question(
        this, tr("Recover Unsaved Flavors"),
        tr("vDeck ended without saving the changes to %1. Recover the changes it kept at %2?").arg(library, when),
        QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Discard)
        LibraryRecovery::discardOrphan(o);
    if (answer != QMessageBox::Yes)
        return false; // Cancel keeps it for the next start
    if (!m_recovery->adopt(o))
        m_flavors->messageBar()->showError(tr("The recovered flavors could not be kept in %1; save them now.").arg(m_recovery->copyPath()));
    return true;
}

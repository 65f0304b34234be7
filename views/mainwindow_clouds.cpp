// MainWindow's clouds wiring: the clouds of clouds.yaml are read at start, a cloud being read
// shows its progress in the status bar (cancel stops it), and "Open in Library" shows the
// flavors page.
#include "mainwindow.h"

#include "cloud/cloudmanager.h"
#include "pages/cloudspage.h"
#include "widgets/progresspanel.h"

void MainWindow::wireClouds()
{
    connect(m_clouds, &cloud::CloudManager::progress, m_progress, &ProgressPanel::showProgress);
    connect(m_clouds, &cloud::CloudManager::progressFinished, m_progress, &ProgressPanel::finish);
    connect(m_progress, &ProgressPanel::cancelRequested, m_clouds, &cloud::CloudManager::cancel);
    connect(m_cloudsPage, &CloudsPage::openInLibraryRequested, this, [this] { showPage(QStringLiteral("flavors")); });
    m_clouds->loadClouds();
}

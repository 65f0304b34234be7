#pragma once

#include "core/appmode.h"
#include "page.h"

#include "flavors/flavor.h"
#include "rules/finding.h"

#include <memory>

class FileChooser;
class FlavorDocument;
class FlavorEditor;
class FlavorLibraryModel;
class LibraryActions;
class MessageBar;
class QLabel;
class QListView;
class XmlPreviewPanel;

// Flavors: the flavor library, the editor (Compute, CPU, Memory, Devices, Raw) and the live
// libvirt domain XML preview of the selected flavor on the target host.
class FlavorsPage : public Page
{
    Q_OBJECT
public:
    FlavorsPage(FlavorDocument *doc, AppMode mode, QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("flavors"); }
    QString title() const override;
    QIcon icon() const override;

    // The XML preview lives on this page; `--page xml` brings it into view.
    void showXmlPreview();
    XmlPreviewPanel *xmlPanel() const { return m_xml; }
    LibraryActions *libraryActions() const { return m_actions; }
    FlavorEditor *editor() const { return m_editor; }
    MessageBar *messageBar() const { return m_messages; }
    void setFileChooser(const std::shared_ptr<FileChooser> &chooser);
    // The one list of the current flavor on the target host (FlavorWorkbench::targetFindings());
    // the summary under the editor counts it. An empty host name: the flavor's own findings.
    void setHostFindings(const QString &hostName, const QList<rules::Finding> &findings);

private:
    QWidget *libraryPane();
    void showLibrary();
    void showFileState();
    void showLibraryMenu(const QPoint &pos);
    void showFindingsSummary();
    void showErrorCounts();

    FlavorDocument *m_doc;
    LibraryActions *m_actions;
    FlavorLibraryModel *m_model;
    QLabel *m_fileLabel;
    QListView *m_library;
    FlavorEditor *m_editor;
    XmlPreviewPanel *m_xml;
    MessageBar *m_messages;
    QLabel *m_summary;
    QString m_hostName;
    QList<rules::Finding> m_hostFindings;
    struct CountCache
    {
        flavors::Flavor flavor;
        int release = -1;
        int errors = 0;
    };
    QList<CountCache> m_counts; // per library row
    bool m_syncing = false; // the list follows the document; do not echo back
};

#pragma once

#include "core/appmode.h"
#include "dialogs/filechooser.h"
#include "domainxml/builder.h"
#include "domainxml/schemavalidator.h"

#include <QWidget>

#include <memory>

class ElidedLabel;
class QLabel;
class QToolButton;
class XmlView;

// The domain XML preview of the flavors page: the document Nova's libvirt driver would write
// for the current flavor on the target host (highlighted), a toggle to show what the last edit
// changed, copy, save, the libvirt schema verdict (workbench::FlavorWorkbench checks it) and, in operator
// mode only, "Validate on host". When the flavor cannot be built it shows why.
class XmlPreviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit XmlPreviewPanel(AppMode mode, QWidget *parent = nullptr);

    void setResult(const domainxml::BuildResult &result, const QString &hostName);
    void showNoHost();
    // libvirt's schema verdict on the document shown (checked by the flavor workbench).
    void showSchema(bool checking, const std::optional<SchemaValidator::Result> &result);
    void showValidation(bool ok, const QString &message);
    // The one list of findings of the flavor on this host: its errors are named beside the schema
    // verdict (a document libvirt's schema accepts may still be refused on define, or not fit now).
    void setFindings(const QList<rules::Finding> &findings);
    // "Validate on host" needs a live operator connection to the target host: a snapshot (or a
    // host not connected) disables it, and the tool tip says why.
    void setHostLive(bool live);

    QString document() const { return m_current; }
    QString displayedText() const;
    QString schemaStatus() const;
    bool showsChanges() const;
    void setShowChanges(bool on);
    void copyToClipboard() const;
    bool saveTo(const QString &path, QString *error) const;
    XmlView *view() const { return m_view; }
    void setFileChooser(std::shared_ptr<FileChooser> chooser) { m_files = std::move(chooser); }

Q_SIGNALS:
    void validateRequested(const QString &xml);
    void profileRequested(); // edit the target host's compute profile

private:
    void render();
    void save();
    void showStatus();

    ElidedLabel *m_title;
    QLabel *m_status;
    QToolButton *m_changes;
    QToolButton *m_copy;
    QToolButton *m_save;
    QToolButton *m_validate = nullptr; // operator mode only
    bool m_hostLive = false;
    XmlView *m_view;
    QString m_current;
    QString m_previous;
    QString m_blocked; // why there is no document
    QString m_schemaText;
    QStringList m_errors; // codes of the errors of the flavor on this host
    std::shared_ptr<FileChooser> m_files = std::make_shared<DialogFileChooser>();
};

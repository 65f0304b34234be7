#pragma once

#include "page.h"

class QListView;
class QTabWidget;
class XmlView;

// Flavors: the flavor library, the editor (Compute, CPU, Memory, Devices, Raw) and the live
// libvirt domain XML preview of the selected flavor on the target host.
class FlavorsPage : public Page
{
    Q_OBJECT
public:
    explicit FlavorsPage(QWidget *parent = nullptr);
    QString id() const override { return QStringLiteral("flavors"); }
    QString title() const override;
    QIcon icon() const override;

    // The XML preview lives on this page; `--page xml` brings it into view.
    void showXmlPreview();

private:
    QListView *m_library;
    QTabWidget *m_editor;
    XmlView *m_xml;
};

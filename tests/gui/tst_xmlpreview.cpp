// The XML preview on the real MainWindow: it follows the current flavor on the demo host,
// realtime's error blocks the document until "Fix" applies dedicated pinning (then the document
// has <vcpusched>), the diff toggle shows what the edit changed, "Use in flavor" on a vDPA device
// adds a vdpa port whose chardev the document then uses, an edit replaces only the changed lines
// of the view (it keeps its scroll position, and its highlighting equals a fresh view's), and
// auditor mode has no "Validate on host".
#include "core/settings.h"
#include "document/flavordocument.h"
#include "hosts/hostmanager.h"
#include "inventory/devicegraph.h"
#include "itemmodels/hostlistmodel.h"
#include "hosts/hostregistry.h"
#include "mainwindow.h"
#include "pages/devicespage.h"
#include "page.h"
#include "testmain.h"
#include "widgets/messagebox.h"
#include "flavoreditor/flavoreditor.h"
#include "pages/flavorspage.h"
#include "testpaths.h"
#include "widgets/xmlpreviewpanel.h"
#include "widgets/xmlview.h"

#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>

class TestXmlPreview : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;

    static XmlPreviewPanel *panel(MainWindow &w) { return w.findChild<XmlPreviewPanel *>(); }

    void startOnDemo(MainWindow &w)
    {
        w.show();
        QSignalSpy ready(&w, &MainWindow::startHostsReady);
        w.openStartHosts();
        QTRY_COMPARE(ready.size(), 1);
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("vdeck.ini")));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("vdeck.ini")));
    }

    void realtimeFixBringsVcpusched()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        startOnDemo(w);
        QCOMPARE(w.openFlavorLibrary(testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors")),
                                     QStringLiteral("vdpa.hugepage.4c8g")),
                 QString());
        FlavorDocument *doc = w.flavorDocument();
        QTRY_VERIFY(panel(w)->document().contains(QLatin1String("<domain")));
        QTRY_COMPARE(panel(w)->schemaStatus(), QStringLiteral("Schema: valid (libvirt domain.rng)"));

        // Realtime on a flavor without a CPU policy: Nova refuses, so no document.
        doc->editCurrent(QStringLiteral("realtime"), [](flavors::Flavor &f) {
            f.extraSpecs.remove(QStringLiteral("hw:cpu_policy"));
            f.extraSpecs.set(QStringLiteral("hw:cpu_realtime"), QStringLiteral("yes"));
            f.extraSpecs.set(QStringLiteral("hw:cpu_realtime_mask"), QStringLiteral("^0"));
        });
        QTRY_VERIFY(!w.viewsPending()); // the workbench rebuilds once, in the next event-loop turn
        QVERIFY(panel(w)->document().isEmpty());
        QVERIFY2(panel(w)->displayedText().contains(QLatin1String("Nova would not build this guest")), qPrintable(panel(w)->displayedText()));

        // The findings page's machine fix.
        QVERIFY(w.showPage(QStringLiteral("findings")));
        auto *fix = w.findChild<QPushButton *>(QStringLiteral("fixButton"));
        QVERIFY(fix);
        bool fixed = false;
        const QList<rules::Finding> findings = doc->findings();
        for (const rules::Finding &f : findings) {
            if (f.code == QLatin1String("cpu.realtime-needs-pinning")) {
                QVERIFY(doc->applyFix(f));
                fixed = true;
            }
        }
        QVERIFY(fixed);
        QTRY_VERIFY(panel(w)->document().contains(QLatin1String("<vcpusched vcpus=\"1-3\" scheduler=\"fifo\" priority=\"1\"/>"))
                    || panel(w)->document().contains(QLatin1String("<vcpusched vcpus='1-3' scheduler='fifo' priority='1'/>")));
    }

    void diffShowsTheLastEdit()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        startOnDemo(w);
        QCOMPARE(w.openFlavorLibrary(testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors")),
                                     QStringLiteral("vdpa.hugepage.4c8g")),
                 QString());
        QTRY_VERIFY(!w.viewsPending()); // the opened flavor's document, not the one before it
        QVERIFY(!panel(w)->document().isEmpty());
        w.flavorDocument()->editCurrent(QStringLiteral("vcpus"), [](flavors::Flavor &f) { f.vcpus = 6; });
        QTRY_VERIFY(!w.viewsPending());
        panel(w)->setShowChanges(true);
        const QString diff = panel(w)->displayedText();
        QVERIFY2(diff.startsWith(QLatin1String("--- ")), qPrintable(diff));
        QVERIFY(diff.contains(QLatin1String("\n-  <vcpu>4</vcpu>\n+  <vcpu>6</vcpu>\n")));
        panel(w)->setShowChanges(false);
        QVERIFY(panel(w)->displayedText().startsWith(QLatin1String("<domain")));
    }

    // After an edit the view shows exactly the new document, where the operator was reading it,
    // with the changed lines replaced (not the whole text) and highlighted as a fresh view would.
    void editReplacesOnlyTheChangedLines()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        w.resize(1400, 900);
        startOnDemo(w);
        QCOMPARE(w.openFlavorLibrary(testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors")),
                                     QStringLiteral("vdpa.hugepage.4c8g")),
                 QString());
        w.showPage(QStringLiteral("flavors"));
        QTRY_VERIFY(panel(w)->document().contains(QLatin1String("<domain")));
        auto *view = w.findChild<XmlView *>(QStringLiteral("xmlPreview"));
        QVERIFY(view);
        QScrollBar *scroll = view->verticalScrollBar();
        QTRY_VERIFY(scroll->maximum() > 10); // the document is longer than the view
        scroll->setValue(scroll->maximum() / 2);
        const int where = scroll->value();
        const auto pmu = [&w](const QString &value) {
            w.flavorDocument()->editCurrent(QStringLiteral("pmu"), [&value](flavors::Flavor &f) { f.extraSpecs.set(QStringLiteral("hw:pmu"), value); });
            QTRY_VERIFY(!w.viewsPending());
        };
        pmu(QStringLiteral("false"));
        QVERIFY(panel(w)->document().contains(QLatin1String("<pmu state=\"off\"/>")) || panel(w)->document().contains(QLatin1String("<pmu state='off'/>")));
        QCOMPARE(scroll->value(), where);
        qsizetype replaced = 0;
        connect(view->document(), &QTextDocument::contentsChange, this, [&replaced](int, int removed, int added) { replaced += removed + added; });

        pmu(QStringLiteral("true"));
        const QString now = panel(w)->document();
        QCOMPARE(view->toPlainText(), now);
        QCOMPARE(scroll->value(), where);
        QVERIFY2(replaced > 0 && replaced < 16, qPrintable(QString::number(replaced))); // "off" became "on"

        XmlView fresh;
        fresh.setXml(now);
        QCOMPARE(fresh.document()->blockCount(), view->document()->blockCount());
        for (QTextBlock a = view->document()->begin(), b = fresh.document()->begin(); a.isValid(); a = a.next(), b = b.next())
            QVERIFY2(a.layout()->formats() == b.layout()->formats(), qPrintable(a.text()));
    }

    void useInFlavorAddsVdpaPort()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        startOnDemo(w);
        QCOMPARE(w.openFlavorLibrary(testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors")),
                                     QStringLiteral("rt.pinned.8c16g")),
                 QString());
        const hosts::HostEntry *host = w.hostRegistry()->entry(w.currentHostId());
        QVERIFY(host);
        const inventory::GraphNode *vdpa = host->snapshot.graph().node(QStringLiteral("vdpa_vdpa0"));
        QVERIFY(vdpa);
        const int portsBefore = int(w.flavorDocument()->current()->ports.size());
        MessageBox::instance().queueAnswer(QMessageBox::Cancel); // "Add vdpa_vdpa0 to the flavor …?"
        Q_EMIT w.devicesPage()->useInFlavorRequested(vdpa->device, flavors::DeviceUseOptions{});
        QCOMPARE(w.flavorDocument()->current()->ports.size(), portsBefore);
        QVERIFY(w.currentPage()->id() != QStringLiteral("flavors"));
        MessageBox::instance().queueAnswer(QMessageBox::Yes);
        Q_EMIT w.devicesPage()->useInFlavorRequested(vdpa->device, flavors::DeviceUseOptions{});
        QCOMPARE(w.flavorDocument()->current()->ports.size(), portsBefore + 1);
        QCOMPARE(w.flavorsPage()->editor()->currentWidget()->objectName(), QStringLiteral("devicesTab"));
        QCOMPARE(w.flavorDocument()->current()->ports.constLast().vnicType, QStringLiteral("vdpa"));
        QCOMPARE(w.currentPage()->id(), QStringLiteral("flavors"));
        QTRY_VERIFY(panel(w)->document().contains(QLatin1String("<interface type=\"vdpa\">"))
                    || panel(w)->document().contains(QLatin1String("<interface type='vdpa'>")));
        QVERIFY(panel(w)->document().contains(QLatin1String("/dev/vhost-vdpa-")));
    }

    // A snapshot cannot define domains: the button is there but disabled, and says why.
    void validateOnHostNeedsALiveHost()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        startOnDemo(w);
        QCOMPARE(w.openFlavorLibrary(testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors")),
                                     QStringLiteral("rt.pinned.8c16g")),
                 QString());
        QTRY_VERIFY(!panel(w)->document().isEmpty());
        auto *validate = w.findChild<QToolButton *>(QStringLiteral("xmlValidateOnHost"));
        QVERIFY(validate);
        QVERIFY(!validate->isEnabled());
        QVERIFY(validate->toolTip().contains(QLatin1String("snapshot")));
    }

    // Why Nova would not build the guest wraps in the pane; the XML itself keeps its lines and is
    // shown from their start.
    void messagesWrapAndXmlStartsAtTheLeft()
    {
        MainWindow w(AppMode::Operator, m_settings.get());
        startOnDemo(w);
        QCOMPARE(w.openFlavorLibrary(testpaths::sourceFile(QStringLiteral("resources/examples/flavors.vdeckflavors")),
                                     QStringLiteral("rt.pinned.8c16g")),
                 QString());
        QTRY_VERIFY(!panel(w)->document().isEmpty());
        XmlView *view = panel(w)->view();
        QCOMPARE(view->lineWrapMode(), QPlainTextEdit::NoWrap);
        QVERIFY(w.flavorDocument()->setSpec(QStringLiteral("hw:cpu_policy"), QStringLiteral("sometimes")));
        QTRY_VERIFY(panel(w)->document().isEmpty());
        QCOMPARE(view->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        QVERIFY(w.flavorDocument()->setSpec(QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated")));
        QTRY_VERIFY(!panel(w)->document().isEmpty());
        QCOMPARE(view->lineWrapMode(), QPlainTextEdit::NoWrap);
        QCOMPARE(view->horizontalScrollBar()->value(), 0);
    }

    void auditorHasNoValidateOnHost()
    {
        MainWindow w(AppMode::Auditor, m_settings.get());
        startOnDemo(w);
        QVERIFY(!w.findChild<QToolButton *>(QStringLiteral("xmlValidateOnHost")));
        MainWindow op(AppMode::Operator, m_settings.get());
        QVERIFY(op.findChild<QToolButton *>(QStringLiteral("xmlValidateOnHost")));
    }
};

VDECK_GUI_TEST_MAIN(TestXmlPreview)
#include "tst_xmlpreview.moc"

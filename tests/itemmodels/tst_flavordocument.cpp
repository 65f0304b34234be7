// FlavorDocument: undoable edits, fixes, release changes, files, read-only mode, and how long
// the synchronous re-analysis takes.
#include "document/flavordocument.h"
#include "flavors/flavorfiles.h"
#include "flavors/vgputype.h"
#include "rules/fixedits.h"
#include "testmain.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using flavors::Flavor;
using rules::Finding;

namespace {
const QString kExample = QStringLiteral("resources/examples/flavors.vdeckflavors");

const Finding *findCode(const QList<Finding> &list, const QString &code)
{
    for (const Finding &f : list)
        if (f.code == code)
            return &f;
    return nullptr;
}

QStringList codes(const QList<Finding> &list)
{
    QStringList out;
    for (const Finding &f : list)
        out.append(f.code);
    return out;
}
}

class TestFlavorDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void machineFixes_data()
    {
        QTest::addColumn<QString>("fix");
        QTest::addColumn<QStringList>("edits"); // "spec k=v", "image k=v", "image k removed"
        QTest::newRow("one") << QStringLiteral("set hw:cpu_policy=dedicated") << QStringList{QStringLiteral("spec hw:cpu_policy=dedicated")};
        QTest::newRow("in the flavor") << QStringLiteral("set hw:mem_page_size=large in the flavor")
                                       << QStringList{QStringLiteral("spec hw:mem_page_size=large")};
        QTest::newRow("two") << QStringLiteral("set hw:locked_memory=true and hw:mem_page_size=large")
                             << QStringList{QStringLiteral("spec hw:locked_memory=true"), QStringLiteral("spec hw:mem_page_size=large")};
        QTest::newRow("image") << QStringLiteral("set image property hw_machine_type=q35") << QStringList{QStringLiteral("image hw_machine_type=q35")};
        QTest::newRow("spec and image") << QStringLiteral("set hw:viommu_model=intel and image property hw_machine_type=q35")
                                        << QStringList{QStringLiteral("spec hw:viommu_model=intel"), QStringLiteral("image hw_machine_type=q35")};
        QTest::newRow("remove image") << QStringLiteral("remove hw_locked_memory from the image")
                                      << QStringList{QStringLiteral("image hw_locked_memory removed")};
        QTest::newRow("example is not a fix") << QStringLiteral("set hw:mem_page_size (e.g. large or 1GB)") << QStringList{};
        QTest::newRow("choice is not a fix") << QStringLiteral("set the same value in flavor and image, or drop one of them") << QStringList{};
        QTest::newRow("pattern key is not a fix") << QStringLiteral("remove hw_numa_cpus.N from the image") << QStringList{};
        QTest::newRow("two keys to remove is not a fix") << QStringLiteral("remove resources:PCPU/resources:VCPU and keep hw:cpu_policy")
                                                         << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void machineFixes()
    {
        QFETCH(QString, fix);
        QFETCH(QStringList, edits);
        const auto parsed = rules::machineFix(fix);
        QCOMPARE(parsed.has_value(), !edits.isEmpty());
        QStringList got;
        for (const rules::FixEdit &e : parsed.value_or(QList<rules::FixEdit>{})) {
            const QString where = e.target == rules::FixEdit::Target::ExtraSpec ? QStringLiteral("spec ") : QStringLiteral("image ");
            got.append(where + e.key + (e.value ? QLatin1Char('=') + *e.value : QStringLiteral(" removed")));
        }
        QCOMPARE(got, edits);
    }

    void vgpuTypeTrait()
    {
        Flavor f;
        flavors::setVgpuCount(f, QStringLiteral("1"));
        flavors::setVgpuTypeTrait(f, QStringLiteral("nvidia-11"));
        QCOMPARE(f.extraSpecs.value(QStringLiteral("trait:CUSTOM_NVIDIA_11")), QStringLiteral("required"));
        QCOMPARE(flavors::vgpuTypeTrait(f), QStringLiteral("CUSTOM_NVIDIA_11"));
        flavors::setVgpuTypeTrait(f, QStringLiteral("CUSTOM_NVIDIA_35"));
        QVERIFY(!f.extraSpecs.contains(QStringLiteral("trait:CUSTOM_NVIDIA_11")));
        QCOMPARE(flavors::vgpuTypeTrait(f), QStringLiteral("CUSTOM_NVIDIA_35"));
        flavors::setVgpuTypeTrait(f, QString());
        flavors::setVgpuCount(f, QString());
        QVERIFY(f.extraSpecs.isEmpty());
    }

    void exampleLibraryLoadsAndEveryFlavorIsClean()
    {
        FlavorDocument doc;
        flavors::FileError error;
        QVERIFY2(doc.open(testpaths::sourceFile(kExample), &error), qPrintable(error.toString()));
        QVERIFY(doc.library().flavors.size() >= 4);
        QCOMPARE(doc.currentRow(), 0);
        for (int i = 0; i < doc.library().flavors.size(); ++i) {
            doc.setCurrentRow(i);
            QVERIFY2(!rules::hasErrors(doc.findings()), qPrintable(doc.current()->name + QLatin1Char(' ') + codes(doc.findings()).join(QLatin1Char(','))));
            QCOMPARE(doc.operations().size(), rules::allOperations().size());
        }
        QVERIFY(!doc.isModified());
    }

    void realtimeWithoutPolicyFixUndoRedo()
    {
        FlavorDocument doc;
        doc.newLibrary();
        QSignalSpy analysed(&doc, &FlavorDocument::analysisChanged);
        QVERIFY(doc.setSpec(QStringLiteral("hw:cpu_realtime"), QStringLiteral("yes")));
        QVERIFY(doc.setSpec(QStringLiteral("hw:cpu_realtime_mask"), QStringLiteral("^0")));
        QVERIFY(analysed.count() >= 2);
        const Finding *error = findCode(doc.findings(), QStringLiteral("cpu.realtime-needs-pinning"));
        QVERIFY(error);
        QVERIFY(doc.applyFix(*error));
        QCOMPARE(doc.current()->extraSpecs.value(QStringLiteral("hw:cpu_policy")), QStringLiteral("dedicated"));
        QVERIFY(!findCode(doc.findings(), QStringLiteral("cpu.realtime-needs-pinning")));
        doc.undoStack()->undo();
        QVERIFY(findCode(doc.findings(), QStringLiteral("cpu.realtime-needs-pinning")));
        doc.undoStack()->redo();
        QVERIFY(!rules::hasErrors(doc.findings()));
        QCOMPARE(doc.undoStack()->count(), 3);
        QVERIFY(doc.isModified());
    }

    void typingIntoOneFieldIsOneUndoStep()
    {
        FlavorDocument doc;
        doc.newLibrary();
        for (const char *text : {"^", "^0", "^0-1"})
            doc.setSpec(QStringLiteral("hw:cpu_realtime_mask"), QLatin1String(text));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.setSpec(QStringLiteral("hw:cpu_policy"), QStringLiteral("dedicated"));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.current()->extraSpecs.isEmpty());
        QVERIFY(!doc.isModified());
    }

    void releaseChangesTheHttpStatus()
    {
        FlavorDocument doc;
        doc.newLibrary();
        doc.setSpec(QStringLiteral("hw:locked_memory"), QStringLiteral("true"));
        doc.setRelease(rules::NovaRelease(31));
        QCOMPARE(findCode(doc.findings(), QStringLiteral("mem.locked-memory-needs-page-size"))->httpStatus, 403);
        QSignalSpy spy(&doc, &FlavorDocument::releaseChanged);
        doc.setRelease(rules::NovaRelease(rules::NovaRelease::kMaster));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(findCode(doc.findings(), QStringLiteral("mem.locked-memory-needs-page-size"))->httpStatus, 400);
    }

    void addRemoveFlavorsAreUndoable()
    {
        FlavorDocument doc;
        doc.newLibrary();
        QVERIFY(doc.duplicateCurrent());
        QCOMPARE(doc.library().flavors.size(), 2);
        QCOMPARE(doc.current()->name, QStringLiteral("new-flavor-2"));
        QVERIFY(doc.removeCurrent());
        QCOMPARE(doc.library().flavors.size(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.library().flavors.size(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.library().flavors.size(), 1);
        QCOMPARE(doc.currentRow(), 0);
    }

    void saveIsAtomicAndMarksClean()
    {
        QTemporaryDir dir;
        FlavorDocument doc;
        flavors::FileError ferr;
        QVERIFY(doc.open(testpaths::sourceFile(kExample), &ferr));
        QVERIFY(doc.setSpec(QStringLiteral("hw:vif_multiqueue_enabled"), QStringLiteral("true")));
        QString error;
        QVERIFY(!doc.saveAs(dir.filePath(QStringLiteral("missing/dir/x.vdeckflavors")), &error));
        QVERIFY(doc.isModified());
        const QString path = dir.filePath(QStringLiteral("lib.vdeckflavors"));
        QVERIFY2(doc.saveAs(path, &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.filePath(), path);
        FlavorDocument again;
        QVERIFY(again.open(path, &ferr));
        QCOMPARE(again.library(), doc.library());
        for (const QString &format : flavors::exportFormatNames()) {
            const QString out = dir.filePath(QStringLiteral("export.") + format);
            QVERIFY2(doc.exportTo(out, *flavors::exportFormatFromName(format), &error), qPrintable(error));
            QVERIFY(QFileInfo(out).size() > 100);
        }
        // The Nova API export imports back to the same Nova flavors.
        QVERIFY(again.importFile(dir.filePath(QStringLiteral("export.nova-api")), &ferr));
        QCOMPARE(again.library().flavors.size(), doc.library().flavors.size());
        QVERIFY(again.filePath().isEmpty());
    }

    void readOnlyRefusesEditsAndSaves()
    {
        FlavorDocument doc;
        flavors::FileError ferr;
        QVERIFY(doc.open(testpaths::sourceFile(kExample), &ferr));
        doc.setReadOnly(true);
        QVERIFY(!doc.setSpec(QStringLiteral("hw:pmu"), QStringLiteral("false")));
        QVERIFY(!doc.duplicateCurrent());
        QVERIFY(!doc.removeCurrent());
        QCOMPARE(doc.undoStack()->count(), 0);
        QTemporaryDir dir;
        QString error;
        QVERIFY(!doc.saveAs(dir.filePath(QStringLiteral("x.vdeckflavors")), &error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.vdeckflavors"))));
        QVERIFY(doc.exportTo(dir.filePath(QStringLiteral("x.sh")), flavors::ExportFormat::OpenstackCli, &error));
    }
};

VDECK_TEST_MAIN(TestFlavorDocument)
#include "tst_flavordocument.moc"

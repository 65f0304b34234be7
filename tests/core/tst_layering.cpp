// The dependency rules: models/ never includes a Qt Widgets (or Charts) header and the
// vdeck_models target does not link them; each room of models/ includes only the rooms that
// docs/design/rooms.md allows, pure rooms do no libvirt, libssh or network I/O, and models/
// never includes a header of views/ or app/.
#include "testmain.h"
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace {

const QString kTablePath = QStringLiteral("docs/design/rooms.md");

struct Room
{
    bool pure = false;
    QStringList mayInclude;
};

struct KnownException
{
    QString file;    // relative to the repository
    QString include; // as written between the quotes
};

// The two tables of docs/design/rooms.md: "| room | pure | may include | holds |" and
// "| file | include | reason |". Cells lose their backticks.
struct RoomTable
{
    QHash<QString, Room> rooms;
    QList<KnownException> exceptions;
};

QStringList cells(const QString &line)
{
    QStringList out = line.trimmed().split(QLatin1Char('|'));
    out = out.mid(1, out.size() - 2); // the empty strings outside the outer bars
    for (QString &c : out)
        c = c.trimmed().remove(QLatin1Char('`'));
    return out;
}

RoomTable readTable(const QString &text)
{
    enum class Mode { None, Rooms, Exceptions } mode = Mode::None;
    RoomTable table;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('|'))) {
            mode = Mode::None;
            continue;
        }
        const QStringList c = cells(line);
        if (c.size() >= 3 && c.at(0) == QLatin1String("room") && c.at(1) == QLatin1String("pure"))
            mode = Mode::Rooms;
        else if (c.size() >= 3 && c.at(0) == QLatin1String("file") && c.at(1) == QLatin1String("include"))
            mode = Mode::Exceptions;
        else if (c.value(0).startsWith(QLatin1String("---")))
            continue;
        else if (mode == Mode::Rooms && c.size() >= 3) {
            Room room{c.at(1) == QLatin1String("yes"), {}};
            if (c.at(2) != QLatin1String("-"))
                for (const QString &r : c.at(2).split(QLatin1Char(',')))
                    room.mayInclude.append(r.trimmed());
            table.rooms.insert(c.at(0), room);
        } else if (mode == Mode::Exceptions && c.size() >= 2) {
            table.exceptions.append({c.at(0), c.at(1)});
        }
    }
    return table;
}

RoomTable loadTable() // empty when the file cannot be read
{
    QFile f(testpaths::sourceFile(kTablePath));
    return f.open(QIODevice::ReadOnly) ? readTable(QString::fromUtf8(f.readAll())) : RoomTable();
}

// Every .h and .cpp of models/, as paths relative to the repository.
QStringList modelSources()
{
    const QDir root(testpaths::sourceDir());
    QStringList files;
    QDirIterator it(root.filePath(QStringLiteral("models")), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(root.relativeFilePath(it.next()));
    files.sort();
    return files;
}

QStringList lines(const QString &relativePath) // empty when the file cannot be read
{
    QFile f(testpaths::sourceFile(relativePath));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')) : QStringList();
}

const QRegularExpression &includeLine()
{
    static const QRegularExpression re(QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"));
    return re;
}

// Headers a pure room must not include: libvirt, libssh, Qt Network, sockets, HTTP clients.
const QRegularExpression &ioHeader()
{
    static const QRegularExpression re(QStringLiteral(
        "^(libvirt/|libssh/|QtNetwork/|QNetwork|QTcp|QUdp|QSsl|QLocalSocket|QLocalServer|QHostAddress|QHostInfo|QDnsLookup|"
        "QHttp|QRestAccessManager|sys/socket\\.h|netinet/|arpa/|netdb\\.h|curl/)"));
    return re;
}

// What the table says about one include of a file in models/<room>/; empty when allowed.
QString judge(const RoomTable &table, const QString &room, const QString &file, bool quoted, const QString &include)
{
    const bool pure = table.rooms.value(room).pure;
    if (!quoted)
        return pure && ioHeader().match(include).hasMatch() ? QStringLiteral("%1 is pure: no libvirt, libssh or network header").arg(room)
                                                           : QString();
    const qsizetype slash = include.indexOf(QLatin1Char('/'));
    const QString target = slash > 0 ? include.left(slash) : QString();
    if (!table.rooms.contains(target))
        return QStringLiteral("not a header of a room of models/ (models/ never includes views/ or app/)");
    if (target == room || table.rooms.value(room).mayInclude.contains(target))
        return QString();
    for (const KnownException &e : table.exceptions)
        if (e.file == file && e.include == include)
            return QString();
    return QStringLiteral("%1 may not include %2").arg(room, target);
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelsIncludeNoWidgets()
    {
        static const QRegularExpression include(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"](QtWidgets/|QtCharts/|KSyntaxHighlighting/|"
                           "Q(Widget|MainWindow|Dialog|Application|AbstractButton|LineEdit|TreeView|Chart)\\b)"),
            QRegularExpression::MultilineOption);
        int files = 0;
        QDirIterator it(testpaths::sourceFile(QStringLiteral("models")), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const auto match = include.match(text);
            QVERIFY2(!match.hasMatch(), qPrintable(path + QStringLiteral(": ") + match.captured(0).trimmed()));
            ++files;
        }
        QVERIFY(files > 0);
    }

    void modelsTargetLinksNoWidgets()
    {
        QFile f(testpaths::sourceFile(QStringLiteral("models/CMakeLists.txt")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("Qt6::Widgets"));
        QVERIFY(!text.contains("Qt6::Charts"));
        QVERIFY(!text.contains("KF6::"));
    }

    // The table itself: a row for every room there is and every room it names, pure rooms
    // built on pure rooms only, and nobody below views/ and app/ using the workbench.
    void roomTableIsConsistent()
    {
        const RoomTable table = loadTable();
        QVERIFY2(table.rooms.size() >= 12, qPrintable(kTablePath + QStringLiteral(": the room table was not found")));
        const QDir models(testpaths::sourceFile(QStringLiteral("models")));
        for (const QString &dir : models.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (QFile::exists(models.filePath(dir + QStringLiteral("/CMakeLists.txt"))))
                QVERIFY2(table.rooms.contains(dir), qPrintable(QStringLiteral("models/%1 has no row in %2").arg(dir, kTablePath)));
        }
        for (auto it = table.rooms.cbegin(); it != table.rooms.cend(); ++it) {
            for (const QString &target : it->mayInclude) {
                const QString where = QStringLiteral("%1: row %2, %3").arg(kTablePath, it.key(), target);
                QVERIFY2(table.rooms.contains(target), qPrintable(where + QStringLiteral(" has no row")));
                QVERIFY2(target != QLatin1String("workbench"), qPrintable(where + QStringLiteral(": only views/ and app/ include workbench")));
                QVERIFY2(!it->pure || target == QLatin1String("core") || table.rooms.value(target).pure,
                         qPrintable(where + QStringLiteral(": a pure room includes only core and pure rooms")));
            }
        }
    }

    // Every include of every file in models/<room>/ against the table; all violations at once.
    void roomsIncludeWhatTheTableAllows()
    {
        const RoomTable table = loadTable();
        QVERIFY2(!table.rooms.isEmpty(), qPrintable(kTablePath + QStringLiteral(": no room table")));
        QStringList violations;
        int includes = 0;
        for (const QString &file : modelSources()) {
            const QString room = file.section(QLatin1Char('/'), 1, 1);
            const QStringList text = lines(file);
            QVERIFY2(!text.isEmpty(), qPrintable(file));
            for (qsizetype i = 0; i < text.size(); ++i) {
                const QRegularExpressionMatch m = includeLine().match(text.at(i));
                if (!m.hasMatch())
                    continue;
                ++includes;
                const QString verdict = judge(table, room, file, m.captured(1) == QLatin1String("\""), m.captured(2));
                if (!verdict.isEmpty())
                    violations.append(QStringLiteral("%1:%2: %3: %4 (%5)").arg(file).arg(i + 1).arg(text.at(i).trimmed(), verdict, kTablePath));
            }
        }
        QVERIFY(includes > 500);
        QVERIFY2(violations.isEmpty(), qPrintable(QStringLiteral("forbidden includes:\n") + violations.join(QLatin1Char('\n'))));
    }

    // A known exception that the code no longer needs is deleted from the table.
    void knownExceptionsAreStillNeeded()
    {
        const RoomTable table = loadTable();
        QVERIFY2(!table.rooms.isEmpty(), qPrintable(kTablePath + QStringLiteral(": no room table")));
        for (const KnownException &e : table.exceptions) {
            QVERIFY2(QFile::exists(testpaths::sourceFile(e.file)), qPrintable(e.file + QStringLiteral(" is gone: delete its row from ") + kTablePath));
            bool found = false;
            for (const QString &line : lines(e.file)) {
                const QRegularExpressionMatch m = includeLine().match(line);
                found = found || (m.hasMatch() && m.captured(2) == e.include);
            }
            QVERIFY2(found, qPrintable(QStringLiteral("%1 no longer includes %2: delete its row from %3").arg(e.file, e.include, kTablePath)));
        }
    }

    // The judge itself, on includes it must refuse (a test that cannot fail is no test).
    void judgeRefusesForbiddenIncludes()
    {
        const RoomTable table = loadTable();
        QVERIFY2(!table.rooms.isEmpty(), qPrintable(kTablePath + QStringLiteral(": no room table")));
        const QString file = QStringLiteral("models/flavors/x.cpp");
        QVERIFY(judge(table, QStringLiteral("flavors"), file, true, QStringLiteral("inventory/device.h")).isEmpty());
        QCOMPARE(judge(table, QStringLiteral("flavors"), file, true, QStringLiteral("rules/finding.h")), QStringLiteral("flavors may not include rules"));
        QVERIFY(!judge(table, QStringLiteral("hosts"), file, true, QStringLiteral("widgets/messagebar.h")).isEmpty());
        QVERIFY(!judge(table, QStringLiteral("hosts"), file, true, QStringLiteral("command.h")).isEmpty());
        QVERIFY(!judge(table, QStringLiteral("domainxml"), file, false, QStringLiteral("libvirt/libvirt.h")).isEmpty());
        QVERIFY(!judge(table, QStringLiteral("inventory"), file, false, QStringLiteral("QTcpSocket")).isEmpty());
        QVERIFY(judge(table, QStringLiteral("hosts"), file, false, QStringLiteral("libvirt/libvirt.h")).isEmpty());
        QVERIFY(judge(table, QStringLiteral("domainxml"), file, false, QStringLiteral("libxml/relaxng.h")).isEmpty());
    }
};

VDECK_TEST_MAIN(TestLayering)
#include "tst_layering.moc"

#pragma once

#include "hosts/eventloop.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

// Test mains: offscreen unless the caller chose a platform; Qt's own event dispatcher, as in the
// programs (hosts::keepGlibMainContextForLibvirt()); QStandardPaths (and with it QSettings' user
// files, known_hosts defaults, caches) in Qt's test locations, so that no test reads or writes
// the developer's own settings, whatever settings object it builds.
#define VDECK_TEST_PREPARE_ENV()                                                                       \
    do {                                                                                               \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                            \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                                   \
        hosts::keepGlibMainContextForLibvirt();                                                        \
        QStandardPaths::setTestModeEnabled(true);                                                      \
    } while (false)

#define VDECK_GUI_TEST_MAIN(TestObject)                                                                \
    int main(int argc, char *argv[])                                                                   \
    {                                                                                                  \
        VDECK_TEST_PREPARE_ENV();                                                                      \
        QApplication app(argc, argv);                                                                  \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                       \
        TestObject tc;                                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                          \
    }

#define VDECK_TEST_MAIN(TestObject)                                                                    \
    int main(int argc, char *argv[])                                                                   \
    {                                                                                                  \
        VDECK_TEST_PREPARE_ENV();                                                                      \
        QCoreApplication app(argc, argv);                                                              \
        TestObject tc;                                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                          \
    }

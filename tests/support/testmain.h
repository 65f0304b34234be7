#pragma once

#include "hosts/eventloop.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTest>

// Test mains: offscreen unless the caller chose a platform; Qt's own event dispatcher, as in the
// programs (hosts::keepGlibMainContextForLibvirt()).
#define VDECK_TEST_PREPARE_ENV()                                                                       \
    do {                                                                                               \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                            \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                                   \
        hosts::keepGlibMainContextForLibvirt();                                                        \
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

// A generated host for the benchmarks: tools/gen-demo-host.py --devices N writes the demo host
// plus N extra VFs into `dir` (demo.vdeckhost and demo-testdriver.xml).
#pragma once

#include "processutil.h"
#include "testpaths.h"

#include <QDir>
#include <QString>

inline bool generateHost(const QString &dir, const QString &extraVfs, QString *error)
{
    const ProcessResult gen = runProcess(QStringLiteral("python3"), {testpaths::sourceFile(QStringLiteral("tools/gen-demo-host.py")),
                                                                      QStringLiteral("--out-dir"), dir, QStringLiteral("--devices"), extraVfs});
    if (gen.exitCode != 0)
        *error = QStringLiteral("cannot generate the host: ") + QString::fromUtf8(gen.err);
    return gen.exitCode == 0;
}

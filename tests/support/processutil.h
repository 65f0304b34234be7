#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs a program to completion and captures what it said.
struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
};

ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs = 60000,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                         const QByteArray &input = {});

// Makes a child die with its parent, so a crashed test leaves no daemon behind.
void dieWithParent();

// The last `lines` lines of the given files, concatenated (for fixture failure messages).
QString tailOfFiles(const QStringList &paths, int lines);

// A free TCP port on 127.0.0.1 (bound, read and released).
quint16 freeLoopbackPort();

#include "command.h"

#include "core/buildinfo.h"

#include <QTextStream>

// `vdeckctl version`: the version and the libraries this binary runs with.
static const CommandRegistration registration{Command{
    QStringLiteral("version"), QStringLiteral("print the version and the Qt, libvirt and libssh in use"),
    [](const QStringList &) {
        QTextStream out(stdout);
        out << "vdeckctl " << buildinfo::version() << '\n'
            << "Qt " << buildinfo::qtVersion() << '\n'
            << "libvirt " << buildinfo::libvirtVersion() << '\n'
            << "libssh " << buildinfo::libsshVersion() << '\n';
        return 0;
    }}};

#include "itemmodels/flavorlibrarymodel.h"

int FlavorLibraryModel::rowOf(const QString &name) const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (rowAt(i).name == name)
            return i;
    }
    return -1;
}

QString FlavorLibraryModel::summary(const flavors::Flavor &f)
{
    return tr("vCPUs: %1, RAM: %2 MB, disk: %3 GB, ports: %4, extra specs: %5")
        .arg(f.vcpus)
        .arg(f.ramMb)
        .arg(f.diskGb)
        .arg(f.ports.size())
        .arg(f.extraSpecs.size());
}

QStringList FlavorLibraryModel::headers() const
{
    return {tr("Flavor")};
}

QVariant FlavorLibraryModel::cell(const flavors::Flavor &f, int, int, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return f.name;
    case Qt::ToolTipRole:
        return f.description.isEmpty() ? summary(f) : summary(f) + QLatin1Char('\n') + f.description;
    case SummaryRole:
        return summary(f);
    default:
        return {};
    }
}

#include "domainxml/identity.h"

#include <QCryptographicHash>
#include <QUuid>

namespace domainxml {
namespace {

const QUuid kNamespace(QStringLiteral("{6f1c5a8e-2b0d-4e0a-9d4b-7d3e1c2a9b10}"));

QByteArray digest(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

QString stableUuid(const QString &flavorName, const QString &purpose)
{
    return QUuid::createUuidV5(kNamespace, purpose + QLatin1Char('/') + flavorName).toString(QUuid::WithoutBraces);
}

QString stableMac(const QString &flavorName, int portIndex)
{
    const QByteArray d = digest(QStringLiteral("mac/%1/%2").arg(portIndex).arg(flavorName));
    return QStringLiteral("fa:16:3e:%1:%2:%3")
        .arg(static_cast<uchar>(d.at(0)), 2, 16, QLatin1Char('0'))
        .arg(static_cast<uchar>(d.at(1)), 2, 16, QLatin1Char('0'))
        .arg(static_cast<uchar>(d.at(2)), 2, 16, QLatin1Char('0'));
}

QString stableInstanceName(const QString &flavorName)
{
    const QByteArray d = digest(QStringLiteral("name/") + flavorName);
    const quint32 id = static_cast<quint32>(static_cast<uchar>(d.at(0))) << 16 | static_cast<quint32>(static_cast<uchar>(d.at(1))) << 8
                       | static_cast<uchar>(d.at(2));
    return QStringLiteral("instance-%1").arg(id, 8, 16, QLatin1Char('0'));
}

} // namespace domainxml

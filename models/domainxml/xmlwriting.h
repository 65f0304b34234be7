#pragma once

// Helpers shared by domainwriter.cpp and devicewriter.cpp (internal to the domain XML writer).
#include "domainxml/guestplan.h"

#include <QXmlStreamWriter>

namespace domainxml::xmlwriting {

inline QString l(const char *s)
{
    return QString::fromLatin1(s);
}

QString spec(const CpuList &cpus);
// XML comment text that stays a comment whatever the flavor name holds.
QString commentText(QString text);
void pciAddress(QXmlStreamWriter &w, const inventory::PciAddress &a, bool typed);
// <devices>: LibvirtConfigGuest's device order as _get_guest_config adds them.
void writeDevices(QXmlStreamWriter &w, const GuestPlan &p);

} // namespace domainxml::xmlwriting

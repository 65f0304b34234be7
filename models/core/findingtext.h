#pragma once

#include <QCoreApplication>

// The translation context of what vDeck says about flavors and hosts: finding messages and the
// reasons and workarounds of the operations matrix. vdeckctl installs no translator, so its
// output (and every JSON field scripts match on) stays English; the GUI shows the user's
// language. Fix texts stay English on purpose: rules::machineFix parses them.
struct FindingText
{
    Q_DECLARE_TR_FUNCTIONS(FindingText)
};

#pragma once

#include <QCoreApplication>

// The translation context of what vDeck says about flavors and hosts: finding messages and the
// reasons and workarounds of the operations matrix. vdeckctl installs no translator, so its
// output (and every JSON field scripts match on) stays English; the GUI shows the user's
// language. Fix texts are written in English on purpose (rules::machineFix parses them, scripts
// match them); fix() translates one for display only.
struct FindingText
{
    Q_DECLARE_TR_FUNCTIONS(FindingText)
public:
    // A fix text in the user's language, keys and values kept as they are; the English text when
    // its shape is not known (findingtext.cpp lists the shapes the checks write).
    static QString fix(const QString &english);
};

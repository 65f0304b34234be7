#pragma once

#include "rules/release.h"

#include <QComboBox>

class FlavorDocument;
class Settings;

// The Nova release the findings and operations are computed for (23 Wallaby .. 33 2026.1,
// master). Starts from the setting, and writes the choice back to it. The tool tips name the
// Nova version whose extra-spec registry judges the keys for each release.
class ReleaseSelector : public QComboBox
{
    Q_OBJECT
public:
    ReleaseSelector(FlavorDocument *doc, Settings *settings, QWidget *parent = nullptr);
    void selectRelease(rules::NovaRelease release);

private:
    static QString catalogNote(int major);
    void follow();
    void updateToolTip();
    FlavorDocument *m_doc;
    Settings *m_settings;
};

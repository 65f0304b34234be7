#pragma once

#include "rules/release.h"

#include <QComboBox>

class FlavorDocument;
class Settings;

// The Nova release the findings and operations are computed for (23 Wallaby .. 33 2026.1,
// master). Starts from the setting, and writes the choice back to it.
class ReleaseSelector : public QComboBox
{
    Q_OBJECT
public:
    ReleaseSelector(FlavorDocument *doc, Settings *settings, QWidget *parent = nullptr);
    void selectRelease(rules::NovaRelease release);

private:
    void follow();
    FlavorDocument *m_doc;
    Settings *m_settings;
};

#pragma once

#include <QString>

class QCoreApplication;

// Installs vDeck's and Qt's translations for lang ("de", "fr", "en"), or for the system locale
// when lang is empty. Returns the locale name that vDeck's own catalogue was loaded for, or an
// empty string when vDeck runs untranslated (English).
QString installTranslations(QCoreApplication &app, const QString &lang);

#include "widgets/thememenu.h"

#include "core/settings.h"
#include "theme.h"

#include <QActionGroup>

ThemeMenu::ThemeMenu(Settings *settings, QWidget *parent)
    : QMenu(tr("&Theme"), parent)
{
    setObjectName(QStringLiteral("menuTheme"));
    auto *group = new QActionGroup(this);
    const struct
    {
        Settings::Theme theme;
        const char *id;
        QString text;
    } choices[] = {{Settings::Theme::System, "system", tr("&System")},
                   {Settings::Theme::Light, "light", tr("&Light")},
                   {Settings::Theme::Dark, "dark", tr("&Dark")}};
    for (const auto &c : choices) {
        QAction *a = addAction(c.text);
        a->setObjectName(QStringLiteral("actionTheme_") + QLatin1String(c.id));
        a->setCheckable(true);
        a->setChecked(settings->theme() == c.theme);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [settings, theme = c.theme] {
            settings->setTheme(theme);
            applyTheme(theme);
        });
    }
}

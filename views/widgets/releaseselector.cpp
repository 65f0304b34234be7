#include "widgets/releaseselector.h"

#include "core/settings.h"
#include "document/flavordocument.h"
#include "flavors/catalog.h"

ReleaseSelector::ReleaseSelector(FlavorDocument *doc, Settings *settings, QWidget *parent)
    : QComboBox(parent)
    , m_doc(doc)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("novaRelease"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int major = rules::NovaRelease::kFirst; major <= rules::NovaRelease::kMaster; ++major) {
        addItem(major == rules::NovaRelease::kMaster ? tr("master (2026.2 cycle, unreleased)") : rules::NovaRelease(major).displayName(), major);
        setItemData(count() - 1, catalogNote(major), Qt::ToolTipRole);
    }
    const rules::NovaRelease saved = rules::NovaRelease::parse(settings->novaRelease()).value_or(rules::NovaRelease());
    setCurrentIndex(findData(saved.major()));
    doc->setRelease(saved);
    connect(this, &QComboBox::currentIndexChanged, this, &ReleaseSelector::follow);
    connect(doc, &FlavorDocument::releaseChanged, this, [this] {
        setCurrentIndex(findData(m_doc->release().major()));
        updateToolTip();
    });
    updateToolTip();
}

QString ReleaseSelector::catalogNote(int major)
{
    return tr("Extra specs are checked against the registry of Nova %1").arg(flavors::ExtraSpecCatalog::forRelease(major).novaVersion());
}

void ReleaseSelector::updateToolTip()
{
    setToolTip(tr("Nova release the findings, HTTP statuses and operations are computed for") + QLatin1Char('\n')
               + catalogNote(m_doc->release().major()));
}

void ReleaseSelector::selectRelease(rules::NovaRelease release)
{
    setCurrentIndex(findData(release.major()));
}

void ReleaseSelector::follow()
{
    const rules::NovaRelease release(currentData().toInt());
    m_doc->setRelease(release);
    m_settings->setNovaRelease(release.isMaster() ? QStringLiteral("master") : QString::number(release.major()));
}

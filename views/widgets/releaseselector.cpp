#include "widgets/releaseselector.h"

#include "core/settings.h"
#include "document/flavordocument.h"

ReleaseSelector::ReleaseSelector(FlavorDocument *doc, Settings *settings, QWidget *parent)
    : QComboBox(parent)
    , m_doc(doc)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("novaRelease"));
    setToolTip(tr("Nova release the findings, HTTP statuses and operations are computed for"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int major = rules::NovaRelease::kFirst; major <= rules::NovaRelease::kMaster; ++major)
        addItem(major == rules::NovaRelease::kMaster ? tr("master (2026.2 cycle, unreleased)") : rules::NovaRelease(major).displayName(), major);
    const rules::NovaRelease saved = rules::NovaRelease::parse(settings->novaRelease()).value_or(rules::NovaRelease());
    setCurrentIndex(findData(saved.major()));
    doc->setRelease(saved);
    connect(this, &QComboBox::currentIndexChanged, this, &ReleaseSelector::follow);
    connect(doc, &FlavorDocument::releaseChanged, this, [this] { setCurrentIndex(findData(m_doc->release().major())); });
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

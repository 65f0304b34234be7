#include "reportexport.h"

#include "core/runthen.h"
#include "workbench/computeprofiles.h"

#include "dialogs/filechooser.h"
#include "document/flavordocument.h"
#include "flavors/flavorfiles.h"
#include "hosts/hostmanager.h"
#include "reports/report.h"

#include <QAction>
#include <QDateTime>
#include <QFileInfo>
#include <QPointer>
#include <QWidget>

ReportExport::ReportExport(FlavorDocument *doc, hosts::HostManager *hosts, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_doc(doc)
    , m_hosts(hosts)
    , m_parent(dialogParent)
    , m_action(new QAction(tr("Export &Report (HTML, JSON)…"), this))
    , m_files(std::make_shared<DialogFileChooser>())
{
    m_action->setObjectName(QStringLiteral("actionExportReport"));
    m_action->setToolTip(tr("Findings of every flavor for the selected Nova release and the capacity of every open host"));
    connect(m_action, &QAction::triggered, this, &ReportExport::chooseFile);
}

void ReportExport::setFileChooser(std::shared_ptr<FileChooser> chooser)
{
    m_files = std::move(chooser);
}

void ReportExport::chooseFile()
{
    m_files->saveFile(m_parent, tr("Export Report"), QStringLiteral("vdeck-report.html"), tr("HTML report (*.html);;JSON report (*.json)"),
                      [self = QPointer<ReportExport>(this)](const QString &path) {
                          if (self && !path.isEmpty())
                              self->exportTo(path);
                      });
}

void ReportExport::exportTo(const QString &path)
{
    reports::ReportInput input;
    input.flavors = m_doc->library().flavors;
    input.release = m_doc->release();
    input.source = m_doc->filePath().isEmpty() ? QString() : QFileInfo(m_doc->filePath()).fileName();
    input.generatedAt = QDateTime::currentDateTimeUtc();
    for (const hosts::HostEntry &e : m_hosts->registry()->entries()) {
        if (!e.snapshot.isNull())
            input.hosts.append({e.name, e.snapshot, m_profiles ? m_profiles->profile(e.name) : domainxml::ComputeProfile()});
    }
    const reports::ReportFormat format = reports::reportFormatFromFileName(path).value_or(reports::ReportFormat::Html);
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    runThen(this, [input, format, path] {
        Outcome o;
        o.ok = flavors::saveAtomically(path, reports::renderReport(reports::buildReport(input), format), &o.error);
        return o;
    }, [this, path](const Outcome &o) {
        if (o.ok)
            Q_EMIT exported(tr("Report written to %1").arg(QFileInfo(path).fileName()));
        else
            Q_EMIT errorOccurred(tr("Report not written: %1").arg(o.error));
    });
}

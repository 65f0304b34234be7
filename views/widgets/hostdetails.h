#pragma once

#include "hosts/hostregistry.h"

#include <QTextBrowser>

#include <optional>

namespace hostfacts {
class HostFacts;
}

// The selected host at a glance: versions, CPUs and memory, NUMA cells with their hugepages
// (configured and free), and the ssh probe's host facts when the snapshot has them.
class HostDetails : public QTextBrowser
{
    Q_OBJECT
public:
    explicit HostDetails(QWidget *parent = nullptr);
    void showEntry(const hosts::HostEntry *entry); // null: nothing selected

    static QString html(const hosts::HostEntry &entry);
    static QString cpuText(const inventory::HostCapabilities &caps);
    static QString factsHtml(const hostfacts::HostFacts &facts);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showWanted();

    std::optional<hosts::HostEntry> m_entry; // what to show
    bool m_stale = true;              // m_entry changed since the HTML was last made from it
    QString m_shown;                  // the HTML shown: a node-device event that changes none of it lays out nothing
};

#pragma once

#include "core/appmode.h"

#include <QLabel>

// The permanent mode badge of the status bar: "Operator mode", or "Auditor mode (read-only)"
// on a contrasting background so an auditor always sees it.
class ModeBadge : public QLabel
{
    Q_OBJECT
public:
    explicit ModeBadge(AppMode mode, QWidget *parent = nullptr);
};

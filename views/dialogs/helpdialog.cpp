#include "dialogs/helpdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMap>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace helpdialog {

namespace {

QDialog *framed(QWidget *parent, const QString &name, const QString &title, QWidget *body, const QSize &size)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(name);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    body->setParent(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(body, 1);
    layout->addWidget(buttons);
    dialog->resize(size);
    dialog->show();
    return dialog;
}

} // namespace

QDialog *userGuide(QWidget *parent)
{
    auto *text = new QTextBrowser;
    text->setObjectName(QStringLiteral("userGuide"));
    text->setOpenExternalLinks(true);
    QFile guide(QStringLiteral(":/docs/USER-GUIDE.md"));
    if (guide.open(QIODevice::ReadOnly))
        text->setMarkdown(QString::fromUtf8(guide.readAll()));
    return framed(parent, QStringLiteral("userGuideDialog"), QCoreApplication::translate("HelpDialog", "vDeck User Guide"), text, QSize(820, 640));
}

QDialog *shortcuts(QWidget *window)
{
    QMap<QString, QString> rows; // action -> shortcut, sorted by the action's text
    for (const QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || a->text().isEmpty())
            continue;
        QString text = a->text();
        text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        rows.insert(text, a->shortcut().toString(QKeySequence::NativeText));
    }
    auto *table = new QTableWidget(int(rows.size()), 2);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({QCoreApplication::translate("HelpDialog", "Action"), QCoreApplication::translate("HelpDialog", "Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    int row = 0;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it, ++row) {
        table->setItem(row, 0, new QTableWidgetItem(it.key()));
        table->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    return framed(window, QStringLiteral("shortcutsDialog"), QCoreApplication::translate("HelpDialog", "Keyboard Shortcuts"), table, QSize(480, 560));
}

} // namespace helpdialog

#include "dialogs/filechooser.h"

#include <QFileDialog>

namespace {

void run(QFileDialog *dialog, std::function<void(const QString &)> done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [done](const QString &file) { done(file); });
    dialog->open();
}

} // namespace

void DialogFileChooser::openFile(QWidget *parent, const QString &caption, const QString &filter,
                                 std::function<void(const QString &)> done)
{
    auto *dialog = new QFileDialog(parent, caption, QString(), filter);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    run(dialog, std::move(done));
}

void DialogFileChooser::saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter,
                                 std::function<void(const QString &)> done)
{
    auto *dialog = new QFileDialog(parent, caption, suggested, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("vdeckhost"));
    dialog->selectFile(suggested);
    run(dialog, std::move(done));
}

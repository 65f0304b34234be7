#include "flavoreditor/rawspecseditor.h"

#include "document/flavordocument.h"
#include "itemmodels/extraspectablemodel.h"
#include "rules/cpumaxkeys.h"

#include <QAction>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The catalogue's keys without those that pass the release's registry but have no effect
// (hw:max_cpu_* up to Nova 31; rules/cpumaxkeys.h): completion offers only keys that work.
class WorkingKeys : public QSortFilterProxyModel
{
public:
    WorkingKeys(FlavorDocument *doc, QAbstractItemModel *keys, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_doc(doc)
    {
        setSourceModel(keys);
        connect(doc, &FlavorDocument::releaseChanged, this, [this] { invalidateRowsFilter(); });
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString key = sourceModel()->index(row, 0, parent).data().toString();
        return !rules::keyHasNoEffect(key, m_doc->catalog());
    }

private:
    FlavorDocument *m_doc;
};

QCompleter *keyCompleter(QAbstractItemModel *keys, QObject *parent)
{
    auto *c = new QCompleter(keys, parent);
    c->setCaseSensitivity(Qt::CaseInsensitive);
    c->setFilterMode(Qt::MatchContains);
    return c;
}

// Key cells complete from the catalogue while they are edited.
class KeyDelegate : public QStyledItemDelegate
{
public:
    KeyDelegate(QAbstractItemModel *keys, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_keys(keys)
    {
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && index.column() == ExtraSpecTableModel::KeyColumn)
            line->setCompleter(keyCompleter(m_keys, line));
        return editor;
    }

private:
    QAbstractItemModel *m_keys;
};
}

RawSpecsEditor::RawSpecsEditor(FlavorDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_model(new ExtraSpecTableModel(doc->catalog(), this))
    , m_view(new QTableView(this))
    , m_newKey(new QLineEdit(this))
    , m_newValue(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove selected"), this))
{
    m_view->setObjectName(QStringLiteral("extraSpecTable"));
    m_view->setModel(m_model);
    auto *keys = new WorkingKeys(doc, m_model->completionModel(), this);
    m_view->setItemDelegate(new KeyDelegate(keys, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ExtraSpecTableModel::KeyColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ExtraSpecTableModel::ValueColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ExtraSpecTableModel::CheckColumn, QHeaderView::ResizeToContents);
    m_newKey->setObjectName(QStringLiteral("newSpecKey"));
    m_newKey->setPlaceholderText(tr("key, e.g. hw:cpu_policy"));
    m_newKey->setCompleter(keyCompleter(keys, m_newKey));
    m_newValue->setObjectName(QStringLiteral("newSpecValue"));
    m_newValue->setPlaceholderText(tr("value"));
    m_add->setObjectName(QStringLiteral("addSpec"));
    m_remove->setObjectName(QStringLiteral("removeSpec"));

    connect(m_model, &ExtraSpecTableModel::edited, this, [this](const flavors::PropertyList &, const flavors::PropertyList &after) {
        m_doc->editCurrent(tr("Edit extra specs"), [&after](flavors::Flavor &f) { f.extraSpecs = after; });
    });
    // The Raw tab checks and completes keys from the selected release's catalogue.
    connect(m_doc, &FlavorDocument::releaseChanged, this, [this] { m_model->setCatalog(m_doc->catalog()); });
    connect(m_add, &QPushButton::clicked, this, &RawSpecsEditor::addSpec);
    connect(m_newValue, &QLineEdit::returnPressed, this, &RawSpecsEditor::addSpec);
    connect(m_remove, &QPushButton::clicked, this, &RawSpecsEditor::removeSelected);

    auto *adder = new QHBoxLayout;
    adder->addWidget(m_newKey, 2);
    adder->addWidget(m_newValue, 2);
    adder->addWidget(m_add);
    adder->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(adder);
}

void RawSpecsEditor::addSpec()
{
    const QString key = m_newKey->text().trimmed();
    if (key.isEmpty())
        return;
    const QString value = m_newValue->text().trimmed();
    if (m_doc->setSpec(key, value, false)) {
        m_newKey->clear();
        m_newValue->clear();
        selectKey(key);
    }
}

void RawSpecsEditor::removeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->removeSpecAt(current.row());
}

void RawSpecsEditor::load(const flavors::Flavor &flavor)
{
    m_model->setSpecs(flavor.extraSpecs);
}

void RawSpecsEditor::setReadOnly(bool readOnly)
{
    m_model->setReadOnly(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *>{m_newKey, m_newValue, m_add, m_remove})
        w->setVisible(!readOnly);
}

bool RawSpecsEditor::selectKey(const QString &key)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->rowAt(r).key == key) {
            m_view->setCurrentIndex(m_model->index(r, ExtraSpecTableModel::ValueColumn));
            m_view->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

#include "flavoreditor/specform.h"

#include "document/flavordocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
constexpr int kLabelWidth = 150;

QString choiceValue(const QComboBox *c)
{
    return c->isEditable() ? c->currentText() : c->currentData().toString();
}

void showValue(QWidget *w, const QString &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        if (line->text() != value)
            line->setText(value);
    } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
        const QSignalBlocker block(combo);
        if (combo->isEditable()) {
            if (combo->currentText() != value)
                combo->setEditText(value);
            return;
        }
        int i = combo->findData(value);
        if (i < 0) { // a value the catalogue does not know: show it as it is (stage A flags it)
            combo->addItem(value, value);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
    }
}
}

SpecForm::SpecForm(FlavorDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_layout(new QVBoxLayout(this))
{
}

void SpecForm::beginSection(const QString &title)
{
    auto *box = new QGroupBox(title, this);
    m_form = new QFormLayout(box);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->addWidget(box);
}

QFormLayout *SpecForm::form()
{
    if (!m_form)
        beginSection(QString());
    return m_form;
}

void SpecForm::addSpec(const QString &key, const QString &label, const QStringList &suggestions)
{
    addRow(label, makeField(key, Target::Spec, suggestions), {key});
}

void SpecForm::addImageProperty(const QString &key, const QString &label, const QStringList &suggestions)
{
    addRow(label, makeField(key, Target::Image, suggestions), {key});
}

void SpecForm::addRow(const QString &label, QWidget *field, const QStringList &keys)
{
    field->setParent(this);
    if (!keys.isEmpty())
        field->setToolTip(field->toolTip().isEmpty() ? keys.join(QStringLiteral(", ")) : field->toolTip());
    auto *text = new QLabel(label, this);
    text->setMinimumWidth(kLabelWidth); // one label column across the sections
    text->setBuddy(field);
    form()->addRow(text, field);
    m_rowForms.insert(field, m_form);
    for (const QString &k : keys)
        m_fields.insert(k, field);
}

void SpecForm::addWide(QWidget *widget, const QStringList &keys)
{
    widget->setParent(this);
    form()->addRow(widget);
    m_rowForms.insert(widget, m_form);
    for (const QString &k : keys)
        m_fields.insert(k, widget);
}

void SpecForm::finish()
{
    m_layout->addStretch(1);
}

QWidget *SpecForm::makeField(const QString &key, Target target, const QStringList &suggestions)
{
    // Built once from the catalogue of the release selected now: the keys the forms edit validate
    // alike in every release that lists them (tst_catalogs lists the few keys that differ, none of
    // them in a form), so the choices hold for any release.
    const flavors::SpecValidator *v = target == Target::Spec ? m_doc->catalog().find(key) : nullptr;
    QStringList choices;
    if (v)
        choices = v->type == flavors::SpecValidator::Type::Bool ? QStringList{QStringLiteral("true"), QStringLiteral("false")} : v->enumValues;
    QWidget *w = nullptr;
    if (!choices.isEmpty() || !suggestions.isEmpty()) {
        auto *combo = new QComboBox(this);
        combo->setEditable(choices.isEmpty());
        combo->addItem(choices.isEmpty() ? QString() : tr("(unset)"), QString());
        for (const QString &c : choices.isEmpty() ? suggestions : choices)
            combo->addItem(c, c);
        if (combo->isEditable())
            combo->lineEdit()->setPlaceholderText(tr("unset"));
        w = combo;
    } else {
        auto *line = new QLineEdit(this);
        line->setPlaceholderText(tr("unset"));
        line->setClearButtonEnabled(true);
        w = line;
    }
    w->setObjectName((target == Target::Spec ? QStringLiteral("spec_") : QStringLiteral("image_")) + key);
    if (v && !v->description.isEmpty())
        w->setToolTip(QStringLiteral("<b>%1</b><br>%2").arg(key, v->description.toHtmlEscaped()));
    const Binding b{key, target, w};
    m_bindings.append(b);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        connect(line, &QLineEdit::textEdited, this, [this, b](const QString &text) { commit(b, text); });
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        connect(combo, &QComboBox::activated, this, [this, b, combo] { commit(b, choiceValue(combo)); });
        if (combo->isEditable())
            connect(combo->lineEdit(), &QLineEdit::textEdited, this, [this, b](const QString &text) { commit(b, text); });
    }
    return w;
}

void SpecForm::commit(const Binding &b, const QString &value)
{
    const QString v = value.trimmed();
    if (b.target == Target::Image) {
        m_doc->setImageProperty(b.key, v);
        return;
    }
    m_doc->editCurrent(v.isEmpty() ? tr("Remove %1").arg(b.key) : tr("Set %1").arg(b.key),
                       [&b, &v](flavors::Flavor &f) {
                           if (v.isEmpty())
                               f.extraSpecs.remove(b.key);
                           else
                               f.extraSpecs.set(b.key, v);
                       },
                       b.key);
}

void SpecForm::load(const flavors::Flavor &flavor)
{
    for (const Binding &b : std::as_const(m_bindings)) {
        const flavors::PropertyList &list = b.target == Target::Spec ? flavor.extraSpecs : flavor.imageProperties;
        showValue(b.widget, list.value(b.key).value_or(QString()));
    }
}

void SpecForm::setKeyRowVisible(const QString &key, bool visible)
{
    QWidget *w = m_fields.value(key);
    if (QFormLayout *f = m_rowForms.value(w))
        f->setRowVisible(w, visible);
}

bool SpecForm::focusKey(const QString &key)
{
    QWidget *w = m_fields.value(key);
    if (!w)
        return false;
    w->setFocus(Qt::OtherFocusReason);
    return true;
}

void SpecForm::setReadOnly(bool readOnly)
{
    for (const Binding &b : std::as_const(m_bindings)) {
        if (auto *line = qobject_cast<QLineEdit *>(b.widget))
            line->setReadOnly(readOnly);
        else
            b.widget->setEnabled(!readOnly);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "typepickerdialog.h"

#include "document/twinfactory.h"
#include "ontology/dtdlelement.h"
#include "ontology/modelregistry.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace twin::ui {

namespace {

constexpr int kSearchRole = Qt::UserRole + 1;

/// Passes Up, Down, Page Up and Page Down from the search box to the list, so the
/// keyboard alone picks a row.
class ListKeys : public QObject
{
public:
    ListKeys(QTreeWidget *list, QObject *parent)
        : QObject(parent)
        , m_list(list)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        default:
            return QObject::eventFilter(watched, event);
        }
    }

private:
    QTreeWidget *const m_list;
};

} // namespace

TypePickerDialog::TypePickerDialog(const ModelRegistry &models, const QStringList &interfaces, const QString &title,
                                   QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("TypePickerDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_filter->setObjectName(QStringLiteral("TypeFilter"));
    m_filter->setPlaceholderText(tr("Search %n type(s) by name or model id", nullptr, int(interfaces.size())));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(new ListKeys(m_list, m_filter));
    layout->addWidget(m_filter);

    m_list->setObjectName(QStringLiteral("TypeList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Type"), tr("Model")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    const QBrush idColour = palette().brush(QPalette::Disabled, QPalette::Text);
    for (const QString &model : interfaces) {
        const QString name = TwinFactory::readableName(model);
        const DtdlElement *element = models.element(model);
        const QString display = element ? DtdlElement::localized(element->displayName) : QString();
        auto *row = new QTreeWidgetItem(m_list, {name, model});
        row->setData(0, Qt::UserRole, model);
        row->setData(0, kSearchRole, QStringList{name, display, model}.join(u'\n'));
        row->setForeground(1, idColour);
        row->setToolTip(0, display.isEmpty() || display == name ? model : display + u'\n' + model);
    }
    m_list->sortItems(0, Qt::AscendingOrder);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &TypePickerDialog::setFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (!selectedModel().isEmpty())
            accept();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(current && !current->isHidden());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setFilter(QString());
    resize(560, 480);
}

QString TypePickerDialog::selectedModel() const
{
    const QTreeWidgetItem *current = m_list->currentItem();
    return current && !current->isHidden() ? current->data(0, Qt::UserRole).toString() : QString();
}

void TypePickerDialog::setFilter(const QString &text)
{
    if (m_filter->text() != text) {
        m_filter->setText(text); // comes back here through textChanged
        return;
    }
    const QString needle = text.trimmed();
    QTreeWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_list->topLevelItem(i);
        const bool shown = needle.isEmpty() || row->data(0, kSearchRole).toString().contains(needle, Qt::CaseInsensitive);
        row->setHidden(!shown);
        if (shown && !first)
            first = row;
    }
    m_list->setCurrentItem(first);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(first != nullptr);
    if (first)
        m_list->scrollToItem(first);
}

int TypePickerDialog::visibleCount() const
{
    int shown = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        shown += m_list->topLevelItem(i)->isHidden() ? 0 : 1;
    return shown;
}

} // namespace twin::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "categoriesdialog.h"

#include "core/category.h"
#include "itemmodels/categorymapmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace twin::ui {

namespace {

/// A combo box of the categories for the Category column.
class CategoryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (Category c : CategoryMapModel::choices())
            box->addItem(categoryDisplayName(c), int(c));
        // A pick is the edit: no Enter needed.
        connect(box, &QComboBox::activated, this, [this, box] {
            emit const_cast<CategoryDelegate *>(this)->commitData(box);
        });
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

CategoriesDialog::CategoriesDialog(Project *project, QWidget *parent)
    : QDialog(parent)
    , m_model(new CategoryMapModel(project, this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Ontology Categories"));
    auto *intro = new QLabel(tr("Twins are spaces, devices, sensors or people by the interface their model "
                                "extends. Each interface below decides the category of itself and of every "
                                "interface that extends it."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("categoryTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(CategoryMapModel::CategoryColumn, new CategoryDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CategoryMapModel::InterfaceColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CategoryMapModel::CategoryColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CategoryMapModel::CoversColumn, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->addButton(tr("&Add…"), QDialogButtonBox::ActionRole);
    add->setToolTip(tr("Make another loaded interface decide a category"));
    QPushButton *remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    remove->setToolTip(tr("Let the selected interface follow the interfaces it extends"));
    QPushButton *builtIn = buttons->addButton(tr("&Built-in"), QDialogButtonBox::ResetRole);
    builtIn->setToolTip(tr("Go back to the built-in map for the core ontology and RealEstateCore"));
    connect(add, &QPushButton::clicked, this, &CategoriesDialog::chooseRoot);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_model->removeRoot(current.row());
    });
    connect(builtIn, &QPushButton::clicked, m_model, &CategoryMapModel::resetToBuiltIn);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

bool CategoriesDialog::addRoot(const QString &dtmi)
{
    if (!m_model->addRoot(dtmi, Category::Space))
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(CategoryMapModel::DtmiRole).toString() == dtmi) {
            const QModelIndex category = m_model->index(row, CategoryMapModel::CategoryColumn);
            m_table->setCurrentIndex(category);
            m_table->scrollTo(category);
            break;
        }
    }
    return true;
}

void CategoriesDialog::chooseRoot()
{
    const QStringList candidates = m_model->candidates();
    if (candidates.isEmpty())
        return;
    bool ok = false;
    const QString dtmi = QInputDialog::getItem(this, tr("Add Interface"), tr("Interface:"), candidates, 0,
                                               true, &ok);
    if (ok && !addRoot(dtmi))
        QMessageBox::warning(this, tr("Add Interface"), tr("%1 is not a loaded interface.").arg(dtmi));
}

void CategoriesDialog::accept()
{
    QString error;
    if (m_model->isChanged() && !m_model->apply(&error)) {
        QMessageBox::critical(this, tr("Ontology Categories"), tr("The categories were not changed: %1").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace twin::ui

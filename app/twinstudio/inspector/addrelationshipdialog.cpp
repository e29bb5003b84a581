// SPDX-License-Identifier: GPL-3.0-or-later
#include "addrelationshipdialog.h"

#include "document/containmentcheck.h"
#include "document/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>

namespace twin::ui {

namespace {
// Enough for any list a person scrolls through; the filter narrows the rest.
constexpr int kMaxListedTargets = 2000;
}

AddRelationshipDialog::AddRelationshipDialog(const Project *project, const QString &sourceId,
                                             const QList<InspectorModel::RelationshipOption> &options,
                                             QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_sourceId(sourceId)
    , m_options(options)
    , m_name(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_targets(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Relationship"));
    m_name->setObjectName(QStringLiteral("RelationshipName"));
    m_targets->setObjectName(QStringLiteral("RelationshipTarget"));
    m_filter->setPlaceholderText(tr("Filter targets by id or name"));
    m_filter->setClearButtonEnabled(true);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);

    auto *items = qobject_cast<QStandardItemModel *>(m_name->model());
    for (const InspectorModel::RelationshipOption &o : m_options) {
        m_name->addItem(o.displayName == o.name ? o.name : tr("%1 (%2)").arg(o.displayName, o.name), o.name);
        if (o.isFull() && items) {
            QStandardItem *item = items->item(m_name->count() - 1);
            item->setEnabled(false);
            item->setToolTip(tr("The model allows at most %n of these, and the twin has them.", nullptr,
                                o.maxMultiplicity));
        }
    }
    for (int i = 0; i < m_options.size(); ++i) {
        if (!m_options.at(i).isFull()) {
            m_name->setCurrentIndex(i);
            break;
        }
    }

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Relationship:"), m_name);
    form->addRow(tr("&Target:"), m_filter);
    form->addRow(m_targets);
    form->addRow(m_hint);
    form->addRow(m_buttons);

    connect(m_name, &QComboBox::currentIndexChanged, this, &AddRelationshipDialog::showTargets);
    connect(m_filter, &QLineEdit::textChanged, this, &AddRelationshipDialog::showTargets);
    connect(m_targets, &QListWidget::currentRowChanged, this, &AddRelationshipDialog::updateOk);
    connect(m_targets, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showTargets();
    resize(420, 420);
}

QString AddRelationshipDialog::relationshipName() const
{
    return m_name->currentData().toString();
}

QString AddRelationshipDialog::targetId() const
{
    const QListWidgetItem *item = m_targets->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled) ? item->data(Qt::UserRole).toString() : QString();
}

void AddRelationshipDialog::showTargets()
{
    m_targets->clear();
    const int i = m_name->currentIndex();
    if (i < 0 || i >= m_options.size()) {
        m_hint->setText(m_options.isEmpty() ? tr("The model of this twin declares no relationships.") : QString());
        updateOk();
        return;
    }
    const InspectorModel::RelationshipOption &o = m_options.at(i);
    const QString filter = m_filter->text().trimmed();
    int shown = 0;
    int matching = 0;
    int refused = 0;
    const ContainmentCheck containment(m_project->graph());
    for (const QString &id : o.targets) {
        const Twin *t = m_project->graph()->findTwin(id);
        const QString name = t ? t->displayName() : id;
        if (!filter.isEmpty() && !id.contains(filter, Qt::CaseInsensitive) && !name.contains(filter, Qt::CaseInsensitive))
            continue;
        ++matching;
        if (shown >= kMaxListedTargets)
            continue;
        auto *item = new QListWidgetItem(name == id ? id : tr("%1 (%2)").arg(name, id), m_targets);
        item->setData(Qt::UserRole, id);
        item->setToolTip(t ? t->model : QString());
        // Listed but not selectable, with the reason: the user sees why a twin they
        // expected cannot be chosen.
        const QString why = containment.problem(Relationship{o.name, m_sourceId, o.name, id, {}});
        if (!why.isEmpty()) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(why);
            ++refused;
        }
        ++shown;
    }
    QString hint;
    if (o.isFull())
        hint = tr("The model allows at most %n of these, and the twin has them.", nullptr, o.maxMultiplicity);
    else if (o.targets.isEmpty())
        hint = o.targetModel.isEmpty() ? tr("No twin can be the target.")
                                       : tr("No twin is a %1 that is not a target already.").arg(o.targetName);
    else if (matching > shown)
        hint = tr("%1 of %2 shown: type to narrow the list.").arg(shown).arg(matching);
    else if (!o.targetModel.isEmpty())
        hint = tr("Targets are twins of %1 or a model that extends it.").arg(o.targetName);
    if (refused > 0) {
        hint += (hint.isEmpty() ? QString() : QStringLiteral("\n"))
                + tr("%n greyed-out twin(s) cannot be chosen: a twin has one place in the containment tree and "
                     "cannot contain what contains it (the tooltip says why).", nullptr, refused);
    }
    m_hint->setText(hint);
    updateOk();
}

void AddRelationshipDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!relationshipName().isEmpty() && !targetId().isEmpty());
}

} // namespace twin::ui

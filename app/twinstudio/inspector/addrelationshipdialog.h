// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/inspectormodel.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace twin {
class Project;
}

namespace twin::ui {

/// Picks a relationship and its target among what the twin's model allows
/// (InspectorModel::relationshipOptions()): relationships at their maximum are listed
/// but cannot be chosen, and neither can targets a containment relationship would give
/// a second parent or put inside their own descendant (ContainmentCheck; the item's
/// tooltip says why).
class AddRelationshipDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a sourceId: the twin the relationship starts from.
    AddRelationshipDialog(const Project *project, const QString &sourceId,
                          const QList<InspectorModel::RelationshipOption> &options, QWidget *parent = nullptr);

    QString relationshipName() const;
    QString targetId() const;

private:
    void showTargets();
    void updateOk();

    const Project *const m_project;
    const QString m_sourceId;
    const QList<InspectorModel::RelationshipOption> m_options;
    QComboBox *const m_name;
    QLineEdit *const m_filter;
    QListWidget *const m_targets;
    QLabel *const m_hint;
    QDialogButtonBox *const m_buttons;
};

} // namespace twin::ui

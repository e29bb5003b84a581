// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/bindingpicker.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QTimer;

namespace twin {
class Project;
class TopicCatalogue;
}

namespace twin::ui {

/**
 * "Bind to…": binds a field of a topic's payload to a telemetry or property of a twin (or,
 * with a pattern, of every twin of its model), with a scale and offset for units. The
 * value is checked against the target's schema and the bound value previewed live from
 * the latest payload; OK creates the binding as one undo step. The logic is
 * BindingPicker's; this is its form.
 */
class BindingPickerDialog : public QDialog
{
    Q_OBJECT

public:
    BindingPickerDialog(Project *project, std::shared_ptr<TopicCatalogue> catalogue, const QString &topic,
                        const QString &field, const QString &twinId, QWidget *parent = nullptr,
                        const QString &connection = {});

    const BindingPicker &picker() const { return m_picker; }
    /// The message shown for the current choice: why it cannot be bound, or empty.
    QString problemText() const;
    QString previewText() const;
    QString matchText() const;

    void accept() override;

private:
    void twinChosen();
    void fillTargets();
    void conversionChosen(int index);
    void patternChanged();
    /// Reads the latest payload and updates preview, matches and problems.
    void refresh();

    Project *const m_project;
    const std::shared_ptr<TopicCatalogue> m_catalogue;
    BindingPicker m_picker;
    QComboBox *m_twin = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_conversion = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QDoubleSpinBox *m_offset = nullptr;
    QCheckBox *m_pattern = nullptr;
    QComboBox *m_level = nullptr;
    QLabel *m_raw = nullptr;
    QLabel *m_filter = nullptr;
    QLabel *m_matches = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_live = nullptr;
};

} // namespace twin::ui

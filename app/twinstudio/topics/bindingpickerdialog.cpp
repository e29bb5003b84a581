// SPDX-License-Identifier: GPL-3.0-or-later
#include "bindingpickerdialog.h"

#include "document/project.h"
#include "telemetry/topiccatalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace twin::ui {

namespace {

QString jsonText(const QJsonValue &v)
{
    if (v.isUndefined())
        return QString();
    const QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QDoubleSpinBox *numberBox(double value, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setDecimals(6);
    box->setRange(-1e9, 1e9);
    box->setValue(value);
    return box;
}

} // namespace

BindingPickerDialog::BindingPickerDialog(Project *project, std::shared_ptr<TopicCatalogue> catalogue,
                                         const QString &topic, const QString &field, const QString &twinId,
                                         QWidget *parent, const QString &connection)
    : QDialog(parent)
    , m_project(project)
    , m_catalogue(std::move(catalogue))
    , m_picker(project)
{
    setObjectName(QStringLiteral("BindingPicker"));
    setWindowTitle(tr("Bind to…"));
    m_picker.setTopic(topic);
    m_picker.setConnection(connection);
    m_picker.setField(field);

    auto *form = new QFormLayout(this);
    auto *topicLabel = new QLabel(topic, this);
    topicLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Topic:"), topicLabel);
    m_raw = new QLabel(this);
    m_raw->setObjectName(QStringLiteral("RawValue"));
    form->addRow(tr("Field:"), m_raw);

    m_twin = new QComboBox(this);
    m_twin->setObjectName(QStringLiteral("Twin"));
    m_twin->setEditable(true);
    m_twin->setInsertPolicy(QComboBox::NoInsert);
    for (int index : m_project->graph()->twinIndices())
        m_twin->addItem(m_project->graph()->twin(index).id);
    m_twin->model()->sort(0);
    m_twin->completer()->setFilterMode(Qt::MatchContains);
    m_twin->setCurrentIndex(m_twin->findText(twinId));
    connect(m_twin, &QComboBox::currentTextChanged, this, &BindingPickerDialog::twinChosen);
    form->addRow(tr("Twin:"), m_twin);

    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("Target"));
    connect(m_target, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_picker.setTarget(m_target->itemData(index).toString());
        refresh();
    });
    form->addRow(tr("Binds to:"), m_target);

    m_conversion = new QComboBox(this);
    m_conversion->setObjectName(QStringLiteral("Conversion"));
    for (const BindingPicker::Conversion &c : BindingPicker::conversions())
        m_conversion->addItem(c.label);
    connect(m_conversion, &QComboBox::activated, this, &BindingPickerDialog::conversionChosen);
    form->addRow(tr("Unit conversion:"), m_conversion);
    m_scale = numberBox(1.0, this);
    m_scale->setObjectName(QStringLiteral("Scale"));
    m_offset = numberBox(0.0, this);
    m_offset->setObjectName(QStringLiteral("Offset"));
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_picker.setScale(v);
        refresh();
    });
    connect(m_offset, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_picker.setOffset(v);
        refresh();
    });
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(tr("Offset:"), m_offset);

    m_pattern = new QCheckBox(tr("Bind every twin of this model: one topic level is the twin id"), this);
    m_pattern->setObjectName(QStringLiteral("Pattern"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("PatternLevel"));
    const QStringList levels = m_picker.levels();
    for (int i = 0; i < levels.size(); ++i)
        m_level->addItem(tr("Level %1: %2").arg(i + 1).arg(levels.at(i)), i);
    connect(m_pattern, &QCheckBox::toggled, this, &BindingPickerDialog::patternChanged);
    connect(m_level, &QComboBox::currentIndexChanged, this, &BindingPickerDialog::patternChanged);
    form->addRow(m_pattern);
    form->addRow(tr("Twin id at:"), m_level);
    m_filter = new QLabel(this);
    m_filter->setObjectName(QStringLiteral("TopicFilter"));
    form->addRow(tr("Topic filter:"), m_filter);
    m_matches = new QLabel(this);
    m_matches->setObjectName(QStringLiteral("Matches"));
    m_matches->setWordWrap(true);
    form->addRow(tr("Twins:"), m_matches);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("Preview"));
    form->addRow(tr("Bound value:"), m_preview);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    form->addRow(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Bind"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BindingPickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);

    // The preview follows the live payload.
    m_live = new QTimer(this);
    m_live->setInterval(250);
    connect(m_live, &QTimer::timeout, this, &BindingPickerDialog::refresh);
    m_live->start();

    twinChosen();
}

void BindingPickerDialog::twinChosen()
{
    m_picker.setTwin(m_twin->currentText().trimmed());
    fillTargets();
    const int level = m_picker.twinLevel();
    if (level >= 0)
        m_level->setCurrentIndex(level);
    patternChanged();
}

void BindingPickerDialog::fillTargets()
{
    const QSignalBlocker block(m_target);
    m_target->clear();
    for (const BindingTarget &t : m_picker.targets()) {
        QString text = tr("%1 (%2, %3)").arg(t.name, t.property ? tr("property") : tr("telemetry"), t.schema);
        if (!t.unit.isEmpty())
            text += QStringLiteral(" ") + t.unit;
        m_target->addItem(text, t.name);
    }
    // The target named like the field is the likely one.
    const QString last = m_picker.field().section(u'/', -1);
    const int match = m_target->findData(last, Qt::UserRole, Qt::MatchFixedString);
    m_target->setCurrentIndex(match >= 0 ? match : 0);
    m_picker.setTarget(m_target->currentData().toString());
}

void BindingPickerDialog::conversionChosen(int index)
{
    const QList<BindingPicker::Conversion> conversions = BindingPicker::conversions();
    if (index < 0 || index >= conversions.size())
        return;
    // The spin boxes show the factors rounded; the binding takes them exact.
    const QSignalBlocker blockScale(m_scale);
    const QSignalBlocker blockOffset(m_offset);
    m_scale->setValue(conversions.at(index).scale);
    m_offset->setValue(conversions.at(index).offset);
    m_picker.setScale(conversions.at(index).scale);
    m_picker.setOffset(conversions.at(index).offset);
    refresh();
}

void BindingPickerDialog::patternChanged()
{
    m_level->setEnabled(m_pattern->isChecked());
    m_picker.setPatternLevel(m_pattern->isChecked() ? m_level->currentData().toInt() : -1);
    refresh();
}

void BindingPickerDialog::refresh()
{
    TopicCatalogue::TopicInfo info;
    if (m_catalogue && m_catalogue->info(m_picker.topic(), &info, m_picker.connection()))
        m_picker.setPayload(info.lastPayload);
    const QJsonValue raw = m_picker.rawValue();
    m_raw->setText(tr("%1 = %2").arg(m_picker.field().isEmpty() ? tr("(the whole payload)") : m_picker.field(),
                                     raw.isUndefined() ? tr("(not in the last payload)") : jsonText(raw)));
    m_filter->setText(m_picker.topicFilter());
    m_matches->setText(matchText());
    m_preview->setText(previewText());
    m_problem->setText(problemText());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem->text().isEmpty());
}

QString BindingPickerDialog::matchText() const
{
    if (m_picker.patternLevel() < 0)
        return m_picker.twin();
    const QStringList twins = m_picker.patternTwins();
    const QStringList seen = m_catalogue ? m_picker.seenTwins(m_catalogue->topics()) : QStringList();
    QStringList shown = twins.mid(0, 8);
    if (twins.size() > shown.size())
        shown.append(QStringLiteral("…"));
    return tr("%1 twins of %2 (%3 seen on the broker): %4")
        .arg(twins.size())
        .arg(m_picker.model())
        .arg(seen.size())
        .arg(shown.join(QStringLiteral(", ")));
}

QString BindingPickerDialog::previewText() const
{
    QJsonValue bound;
    QString error;
    if (!m_picker.preview(&bound, &error))
        return QString();
    return bound.isDouble() ? QString::number(bound.toDouble(), 'g', 10) : jsonText(bound);
}

QString BindingPickerDialog::problemText() const
{
    QString error;
    return m_picker.validate(&error) ? QString() : error;
}

void BindingPickerDialog::accept()
{
    QString error;
    if (!m_picker.commit(m_project, &error)) {
        m_problem->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace twin::ui

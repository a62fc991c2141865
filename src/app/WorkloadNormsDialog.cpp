#include "app/WorkloadNormsDialog.h"

#include "app/ActivityTypeText.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace attain::ui {

WorkloadNormsDialog::WorkloadNormsDialog(const engine::WorkloadNorms &norms, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("workloadNormsDialog"));
    setWindowTitle(tr("Workload Norms"));
    auto *intro = new QLabel(tr("What a rep is expected to log in a full five-day week. A rep who worked only part "
                                "of a week is measured against that part. 0 means no norm: no load is computed "
                                "against it."),
                             this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Activities a week"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Hours a week"), this), 0, 2);
    for (std::size_t row = 0; row < kRows; ++row) {
        const bool total = row == 0;
        const engine::WorkloadNorm norm = [&] {
            if (total)
                return norms.total;
            const auto found = norms.perType.find(engine::kActivityTypes[row - 1]);
            return found == norms.perType.end() ? engine::WorkloadNorm {} : found->second;
        }();
        const QString name = total ? tr("All activities") : activityTypeName(engine::kActivityTypes[row - 1]);
        auto *label = new QLabel(total ? tr("<b>%1</b>").arg(name) : name, this);
        m_counts[row] = new QSpinBox(this);
        m_counts[row]->setRange(0, 2400);
        m_counts[row]->setValue(static_cast<int>(norm.weeklyCount));
        m_counts[row]->setAccessibleName(tr("%1: activities a week").arg(name));
        m_counts[row]->setSpecialValueText(total ? QString() : tr("none"));
        m_hours[row] = new QDoubleSpinBox(this);
        m_hours[row]->setRange(0.0, 168.0);
        m_hours[row]->setDecimals(2);
        m_hours[row]->setSingleStep(0.5);
        m_hours[row]->setSuffix(tr(" h"));
        m_hours[row]->setValue(static_cast<double>(norm.weeklyMinutes) / 60.0);
        m_hours[row]->setAccessibleName(tr("%1: hours a week").arg(name));
        m_hours[row]->setSpecialValueText(total ? QString() : tr("none"));
        label->setBuddy(m_counts[row]);
        const int gridRow = static_cast<int>(row) + 1 + (total ? 0 : 1);
        grid->addWidget(label, gridRow, 0);
        grid->addWidget(m_counts[row], gridRow, 1);
        grid->addWidget(m_hours[row], gridRow, 2);
    }
    auto *perType = new QLabel(tr("Per type (optional, shown in the week's details):"), this);
    grid->addWidget(perType, 2, 0, 1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(buttons);
    // Across each row, count then hours: the order a manager fills them in.
    QWidget *previous = m_counts[0];
    for (std::size_t row = 0; row < kRows; ++row) {
        setTabOrder(previous, m_hours[row]);
        previous = m_hours[row];
        if (row + 1 < kRows) {
            setTabOrder(previous, m_counts[row + 1]);
            previous = m_counts[row + 1];
        }
    }
    m_counts[0]->setFocus();
}

engine::WorkloadNorms WorkloadNormsDialog::norms() const
{
    engine::WorkloadNorms norms;
    const auto normAt = [&](std::size_t row) {
        return engine::WorkloadNorm {m_counts[row]->value(), std::llround(m_hours[row]->value() * 60.0)};
    };
    norms.total = normAt(0);
    for (std::size_t row = 1; row < kRows; ++row)
        if (const engine::WorkloadNorm norm = normAt(row); norm.weeklyCount > 0 || norm.weeklyMinutes > 0)
            norms.perType[engine::kActivityTypes[row - 1]] = norm;
    return norms;
}

} // namespace attain::ui

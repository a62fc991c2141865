#include "app/MergeConflictDialog.h"

#include "app/ActivityTypeText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attain::ui {

namespace {

using storage::pack::ConflictChoice;

/// A field's value as a reader wants it: names for ids, "—" for nothing, credit splits in %.
QString display(const QString &field, const QJsonValue &value, const QHash<QString, QString> &names)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return QStringLiteral("—");
    if (field == QLatin1String("credits")) {
        QStringList shares;
        for (const QJsonValue &credit : value.toArray()) {
            const QString rep = credit[QLatin1String("rep_id")].toString();
            shares << QStringLiteral("%1 %2 %").arg(names.value(rep, rep))
                          .arg(static_cast<double>(credit[QLatin1String("basis_points")].toInteger()) / 100.0, 0, 'f', 2);
        }
        return shares.isEmpty() ? QStringLiteral("—") : shares.join(QStringLiteral(", "));
    }
    if (value.isDouble())
        return QString::number(value.toInteger());
    const QString text = value.toString();
    if (field == QLatin1String("type"))
        return activityTypeNameOfKey(text);
    return field.endsWith(QLatin1String("_id")) ? names.value(text, text) : text;
}

} // namespace

MergeConflictDialog::MergeConflictDialog(const storage::pack::MergeConflict &conflict, const QString &repName,
                                         int remaining, const QHash<QString, QString> &names, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_applyToAll(new QCheckBox(tr("&Apply to all remaining conflicts (%n more)", nullptr, remaining), this))
{
    setObjectName(QStringLiteral("mergeConflictDialog"));
    setWindowTitle(tr("Conflicting Edits"));
    // The record as a reader knows it: its kind, date and customer.
    QString date;
    for (const char *field : {"occurred_on", "created_on", "received_on"})
        if (const QJsonValue value = conflict.local.value(QLatin1String(field)); value.isString())
            date = value.toString();
    const QString customer = display(QStringLiteral("customer_id"), conflict.local.value(QLatin1String("customer_id")), names);
    auto *heading = new QLabel(tr("<b>%1 of %2 (%3)</b> was changed both in this database and by %4.")
                                   .arg(kindLabel(conflict.kind), date, customer.toHtmlEscaped(), repName.toHtmlEscaped()),
                               this);
    heading->setObjectName(QStringLiteral("conflictHeading"));
    heading->setToolTip(conflict.label);
    auto *explanation = new QLabel(tr("Choose which version to keep. Both versions are saved in the merge history "
                                      "whichever you choose. Fields marked ≠ differ."),
                                   this);
    explanation->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    fillTable(conflict, repName, names);

    m_applyToAll->setObjectName(QStringLiteral("applyToAllCheck"));
    m_applyToAll->setVisible(remaining > 0);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("Keep &Mine"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMineButton"));
    keep->setToolTip(tr("Keep this database's version"));
    QPushButton *take = buttons->addButton(tr("Take &Theirs"), QDialogButtonBox::AcceptRole);
    take->setObjectName(QStringLiteral("takeTheirsButton"));
    take->setToolTip(tr("Replace it with %1's version").arg(repName));
    QPushButton *cancel = buttons->addButton(tr("Cancel Import"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelImportButton"));
    cancel->setToolTip(tr("Import nothing from this pack"));
    keep->setDefault(true);
    connect(keep, &QPushButton::clicked, this, [this] { choose(ConflictChoice::KeepLocal); });
    connect(take, &QPushButton::clicked, this, [this] { choose(ConflictChoice::TakeIncoming); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_applyToAll);
    layout->addWidget(buttons);
    setTabOrder(m_table, m_applyToAll);
    keep->setFocus();
    const int em = fontMetrics().averageCharWidth();
    resize(em * 100, fontMetrics().height() * 26);
}

MergeConflictDialog::~MergeConflictDialog() = default;

bool MergeConflictDialog::applyToAll() const
{
    return !m_applyToAll->isHidden() && m_applyToAll->isChecked();
}

QStringList MergeConflictDialog::differingFields() const
{
    return m_differing;
}

void MergeConflictDialog::choose(ConflictChoice choice)
{
    m_choice = choice;
    accept();
}

void MergeConflictDialog::fillTable(const storage::pack::MergeConflict &conflict, const QString &repName,
                                    const QHash<QString, QString> &names)
{
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours (this database)"), tr("Theirs (%1's pack)").arg(repName)});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    // Amber behind dark text reads in light and dark themes alike.
    const QColor marked(255, 224, 130);
    const QColor markedText(40, 30, 0);
    // The differing fields first: they are what the choice is about.
    QStringList fields = conflict.fields;
    for (const QString &field : conflict.local.keys())
        if (!fields.contains(field) && field != QLatin1String("id"))
            fields << field;
    int row = 0;
    for (const QString &field : fields) {
        const bool differs = conflict.fields.contains(field);
        m_table->insertRow(row);
        const QString label = fieldLabel(field);
        auto *name = new QTableWidgetItem(differs ? QStringLiteral("≠ %1").arg(label) : label);
        auto *mine = new QTableWidgetItem(display(field, conflict.local.value(field), names));
        auto *theirs = new QTableWidgetItem(display(field, conflict.incoming.value(field), names));
        for (QTableWidgetItem *item : {name, mine, theirs}) {
            item->setToolTip(item->text());
            if (differs) {
                item->setBackground(marked);
                item->setForeground(markedText);
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
        if (differs)
            m_differing << label;
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, mine);
        m_table->setItem(row, 2, theirs);
        ++row;
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
}

QString MergeConflictDialog::kindLabel(storage::pack::RecordKind kind)
{
    switch (kind) {
    case storage::pack::RecordKind::Customer: return tr("Customer");
    case storage::pack::RecordKind::Deal: return tr("Deal");
    case storage::pack::RecordKind::Activity: return tr("Activity");
    case storage::pack::RecordKind::Feedback: return tr("Feedback");
    }
    return {};
}

QString MergeConflictDialog::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("rep_id"), QT_TR_NOOP("Rep")},
        {QStringLiteral("owner_rep_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("customer_id"), QT_TR_NOOP("Customer")},
        {QStringLiteral("deal_id"), QT_TR_NOOP("Deal")},
        {QStringLiteral("team_id"), QT_TR_NOOP("Team")},
        {QStringLiteral("channel_id"), QT_TR_NOOP("Channel")},
        {QStringLiteral("product_line_id"), QT_TR_NOOP("Product line")},
        {QStringLiteral("region_id"), QT_TR_NOOP("Region")},
        {QStringLiteral("type"), QT_TR_NOOP("Type")},
        {QStringLiteral("occurred_on"), QT_TR_NOOP("Date")},
        {QStringLiteral("minutes"), QT_TR_NOOP("Minutes")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("updated_at"), QT_TR_NOOP("Last edited (UTC)")},
        {QStringLiteral("amount_minor"), QT_TR_NOOP("Amount (minor units)")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("created_on"), QT_TR_NOOP("Created on")},
        {QStringLiteral("closed_on"), QT_TR_NOOP("Closed on")},
        {QStringLiteral("expected_close_on"), QT_TR_NOOP("Expected close")},
        {QStringLiteral("lost_reason"), QT_TR_NOOP("Lost reason")},
        {QStringLiteral("competitor"), QT_TR_NOOP("Competitor")},
        {QStringLiteral("credits"), QT_TR_NOOP("Credit split")},
        {QStringLiteral("received_on"), QT_TR_NOOP("Received on")},
        {QStringLiteral("score"), QT_TR_NOOP("Score")},
        {QStringLiteral("complaint"), QT_TR_NOOP("Complaint")},
        {QStringLiteral("resolved"), QT_TR_NOOP("Resolved")},
        {QStringLiteral("resolution"), QT_TR_NOOP("Resolution")},
        {QStringLiteral("resolved_on"), QT_TR_NOOP("Resolved on")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(*it);
}

} // namespace attain::ui

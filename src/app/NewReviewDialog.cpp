#include "app/NewReviewDialog.h"

#include "storage/ReviewTemplates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace attain::ui {

namespace {

QDate toQDate(engine::Date date)
{
    return QDate(static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
        static_cast<int>(static_cast<unsigned>(date.day())));
}

engine::Date fromQDate(const QDate &date)
{
    return engine::makeDate(date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

} // namespace

NewReviewDialog::NewReviewDialog(const std::vector<storage::OrganisationUnit> &teams,
    const std::vector<storage::OrganisationUnit> &reps, engine::Date day, QWidget *parent)
    : QDialog(parent)
    , m_teams(teams)
    , m_reps(reps)
    , m_template(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_date(new QDateEdit(toQDate(day), this))
    , m_title(new QLineEdit(this))
    , m_agenda(new QPlainTextEdit(this))
{
    setWindowTitle(tr("New Review"));
    setObjectName(QStringLiteral("newReviewDialog"));
    m_template->setObjectName(QStringLiteral("reviewTemplateComboBox"));
    m_scope->setObjectName(QStringLiteral("reviewScopeComboBox"));
    m_date->setObjectName(QStringLiteral("reviewDateEdit"));
    m_title->setObjectName(QStringLiteral("reviewTitleLineEdit"));
    for (const storage::ReviewTemplate &candidate : storage::reviewTemplates())
        m_template->addItem(candidate.name, static_cast<int>(candidate.kind));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_agenda->setTabChangesFocus(true);
    m_agenda->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_agenda->setMinimumHeight(fontMetrics().lineSpacing() * 6);

    auto *form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&For:"), m_scope);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Agenda:"), m_agenda);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        fillScopes();
        suggest();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &NewReviewDialog::suggest);
    connect(m_date, &QDateEdit::dateChanged, this, &NewReviewDialog::suggest);
    connect(m_title, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    fillScopes();
    suggest();
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
}

storage::ReviewKind NewReviewDialog::kind() const
{
    return static_cast<storage::ReviewKind>(m_template->currentData().toInt());
}

void NewReviewDialog::fillScopes()
{
    const storage::ReviewTemplate chosen = storage::reviewTemplate(kind());
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    // Data: "team:<id>", "rep:<id>" or "" for the company.
    if (chosen.forCompany)
        m_scope->addItem(tr("Company"), QString());
    if (chosen.forTeam)
        for (const storage::OrganisationUnit &team : m_teams)
            m_scope->addItem(tr("Team %1").arg(team.name), QString(QStringLiteral("team:") + team.id));
    if (chosen.forRep)
        for (const storage::OrganisationUnit &rep : m_reps)
            m_scope->addItem(rep.name, QString(QStringLiteral("rep:") + rep.id));
}

void NewReviewDialog::suggest()
{
    const storage::ReviewTemplate chosen = storage::reviewTemplate(kind());
    const QString data = m_scope->currentData().toString();
    QString scopeName;
    for (const auto &unit : data.startsWith(QLatin1String("team:")) ? m_teams : m_reps)
        if (data.section(QLatin1Char(':'), 1) == unit.id)
            scopeName = unit.name;
    const QString title = storage::reviewTitle(chosen.kind, scopeName, fromQDate(m_date->date()));
    // Keep what the user typed; replace only our own suggestions.
    if (m_title->text().isEmpty() || m_title->text() == m_suggestedTitle)
        m_title->setText(title);
    m_suggestedTitle = title;
    const QString agenda = storage::agendaText(chosen.agenda);
    if (m_agenda->toPlainText().isEmpty() || m_agenda->toPlainText() == m_suggestedAgenda)
        m_agenda->setPlainText(agenda);
    m_suggestedAgenda = agenda;
}

storage::ReviewDraft NewReviewDialog::draft() const
{
    storage::ReviewDraft draft;
    draft.kind = kind();
    const QString data = m_scope->currentData().toString();
    if (data.startsWith(QLatin1String("team:")))
        draft.scope.teamId = data.mid(5);
    else if (data.startsWith(QLatin1String("rep:")))
        draft.scope.repId = data.mid(4);
    draft.heldOn = fromQDate(m_date->date());
    draft.status = storage::ReviewStatus::Scheduled;
    draft.title = m_title->text().trimmed();
    draft.agenda = m_agenda->toPlainText();
    return draft;
}

} // namespace attain::ui

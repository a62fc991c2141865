#include "app/SpecificPage.h"

#include "ui_SpecificPage.h"

#include "app/MetricText.h"
#include "app/ReasonLabel.h"
#include "app/TargetWizardState.h"

namespace attain::ui {

SpecificPage::SpecificPage(TargetWizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_ui(std::make_unique<Ui::SpecificPage>())
{
    m_ui->setupUi(this);
    m_ui->metricComboBox->addItem(tr("Choose a measure…"));
    for (const engine::MetricDefinition &definition : engine::allMetrics()) {
        m_ui->metricComboBox->addItem(metricName(definition.id), static_cast<int>(definition.id));
        m_ui->metricComboBox->setItemData(
            m_ui->metricComboBox->count() - 1, metricDescription(definition.id), Qt::ToolTipRole);
    }
    m_ui->scopeKindComboBox->addItem(tr("The whole company"), static_cast<int>(ScopeKind::Company));
    m_ui->scopeKindComboBox->addItem(tr("A team"), static_cast<int>(ScopeKind::Team));
    m_ui->scopeKindComboBox->addItem(tr("A rep"), static_cast<int>(ScopeKind::Rep));
    m_ui->scopeKindComboBox->addItem(tr("A sales channel"), static_cast<int>(ScopeKind::Channel));
    m_ui->scopeKindComboBox->addItem(tr("A product line"), static_cast<int>(ScopeKind::ProductLine));
    m_ui->scopeKindComboBox->addItem(tr("A region"), static_cast<int>(ScopeKind::Region));
    m_ui->titleLineEdit->setPlaceholderText(tr("Filled in from your choices"));

    connect(m_ui->metricComboBox, &QComboBox::currentIndexChanged, this, &SpecificPage::chooseMetric);
    connect(m_ui->scopeKindComboBox, &QComboBox::currentIndexChanged, this, &SpecificPage::chooseScopeKind);
    connect(m_ui->scopeComboBox, &QComboBox::currentIndexChanged, this, &SpecificPage::chooseScope);
    connect(m_ui->titleLineEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Clearing the title hands it back to the generated sentence.
        m_state.draft().title = text;
        m_state.draft().titleEdited = !text.trimmed().isEmpty();
        refresh();
    });
    fillScopes();
    refresh();
}

SpecificPage::~SpecificPage() = default;

void SpecificPage::initializePage()
{
    const TargetDraft &draft = m_state.draft();
    if (draft.metric)
        m_ui->metricComboBox->setCurrentIndex(m_ui->metricComboBox->findData(static_cast<int>(*draft.metric)));
    m_ui->scopeKindComboBox->setCurrentIndex(m_ui->scopeKindComboBox->findData(static_cast<int>(draft.scopeKind)));
    refresh();
}

bool SpecificPage::isComplete() const
{
    return m_state.specificProblem().isEmpty();
}

void SpecificPage::fillScopes()
{
    const TargetWizardContext &context = m_state.context();
    const ScopeKind kind = m_state.draft().scopeKind;
    const QSignalBlocker blocker(m_ui->scopeComboBox);
    m_ui->scopeComboBox->clear();
    switch (kind) {
    case ScopeKind::Company:
        m_ui->scopeComboBox->addItem(tr("Everyone"));
        break;
    case ScopeKind::Team:
        m_ui->scopeComboBox->addItem(tr("Choose a team…"));
        for (const storage::OrganisationUnit &team : context.teams)
            m_ui->scopeComboBox->addItem(team.name, team.id);
        break;
    case ScopeKind::Rep:
        m_ui->scopeComboBox->addItem(tr("Choose a rep…"));
        for (const storage::OrganisationUnit &rep : context.reps) {
            QString team;
            for (const storage::OrganisationUnit &candidate : context.teams)
                if (candidate.id == rep.teamId)
                    team = candidate.name;
            m_ui->scopeComboBox->addItem(
                team.isEmpty() ? rep.name : tr("%1 (%2)", "rep (team)").arg(rep.name, team), rep.id);
        }
        break;
    case ScopeKind::Channel:
    case ScopeKind::ProductLine:
    case ScopeKind::Region:
        m_ui->scopeComboBox->addItem(kind == ScopeKind::Channel       ? tr("Choose a sales channel…")
                                         : kind == ScopeKind::Region ? tr("Choose a region…")
                                                                     : tr("Choose a product line…"));
        for (const storage::OrganisationUnit &unit : m_state.unitsOf(kind))
            m_ui->scopeComboBox->addItem(unit.name, unit.id);
        break;
    }
    const int index = m_ui->scopeComboBox->findData(m_state.draft().scopeId);
    m_ui->scopeComboBox->setCurrentIndex(index >= 0 ? index : 0);
    m_ui->scopeComboBox->setEnabled(kind != ScopeKind::Company);
}

void SpecificPage::chooseMetric()
{
    const QVariant data = m_ui->metricComboBox->currentData();
    if (data.isValid())
        m_state.draft().metric = static_cast<engine::MetricId>(data.toInt());
    else
        m_state.draft().metric.reset();
    refresh();
}

void SpecificPage::chooseScopeKind()
{
    const auto kind = static_cast<ScopeKind>(m_ui->scopeKindComboBox->currentData().toInt());
    if (kind != m_state.draft().scopeKind) {
        m_state.draft().scopeKind = kind;
        m_state.draft().scopeId.clear();
    }
    fillScopes();
    refresh();
}

void SpecificPage::chooseScope()
{
    m_state.draft().scopeId = m_ui->scopeComboBox->currentData().toString();
    refresh();
}

void SpecificPage::refresh()
{
    if (!m_state.draft().titleEdited && m_ui->titleLineEdit->text() != m_state.autoTitle())
        m_ui->titleLineEdit->setText(m_state.autoTitle());
    const QString problem = m_state.specificProblem();
    showReason(m_ui->reasonLabel, problem);
    Q_EMIT completeChanged();
}

} // namespace attain::ui

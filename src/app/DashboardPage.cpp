#include "app/DashboardPage.h"

#include "app/BreakdownChart.h"
#include "app/KpiTile.h"
#include "app/RevenueLineChart.h"
#include "app/SalesSnapshot.h"
#include "app/ScopeBreadcrumb.h"
#include "engine/Pacing.h"
#include "storage/DashboardRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace attain::ui {

namespace {

using storage::DashboardDimension;
using storage::DashboardTileId;

constexpr int kTileColumns = 4; // three rows: wide enough for Chinese amounts and long names

QDate qDate(engine::Date date)
{
    return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
            static_cast<int>(static_cast<unsigned>(date.day()))};
}

engine::Date fromQDate(const QDate &date)
{
    return engine::makeDate(date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

QString isoText(engine::Date date)
{
    return QString::fromStdString(engine::toIsoString(date));
}

/// The order of a breadcrumb built from a scope: the way default breakdowns drill.
constexpr DashboardDimension kCanonicalOrder[] = {DashboardDimension::Team, DashboardDimension::Rep,
                                                  DashboardDimension::ProductLine, DashboardDimension::Channel,
                                                  DashboardDimension::Region};

QString idOf(const storage::DashboardScope &scope, DashboardDimension dimension)
{
    switch (dimension) {
    case DashboardDimension::Team: return scope.teamId;
    case DashboardDimension::Rep: return scope.repId;
    case DashboardDimension::Channel: return scope.channelId;
    case DashboardDimension::ProductLine: return scope.productLineId;
    case DashboardDimension::Region: return scope.regionId;
    }
    return {};
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
{
    const QDate today = QDate::currentDate();
    m_asOf = fromQDate(today);
    // One thread that stays: it keeps the dashboard's connection and forecast model warm.
    for (QThreadPool *pool : {&m_pool, &m_panelPool}) {
        pool->setMaxThreadCount(1);
        pool->setExpiryTimeout(-1);
    }

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("dashboardContent"));
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    buildSelectors(content);
    auto *layout = static_cast<QVBoxLayout *>(content->layout());

    // Twelve tiles in three rows.
    auto *tiles = new QGridLayout;
    tiles->setSpacing(6);
    for (int i = 0; i <= static_cast<int>(DashboardTileId::MarketShare); ++i) {
        const auto id = static_cast<DashboardTileId>(i);
        auto *tile = new KpiTile(id, content);
        m_tiles[id] = tile;
        tiles->addWidget(tile, i / kTileColumns, i % kTileColumns);
    }
    for (int column = 0; column < kTileColumns; ++column)
        tiles->setColumnStretch(column, 1);
    layout->addLayout(tiles);

    // The line chart beside the breakdown and its "break down by" picker.
    m_lineChart = new RevenueLineChart(content);
    m_breakdownChart = new BreakdownChart(content);
    auto *breakdownBox = new QWidget(content);
    auto *breakdownLayout = new QVBoxLayout(breakdownBox);
    breakdownLayout->setContentsMargins(0, 0, 0, 0);
    auto *byRow = new QHBoxLayout;
    byRow->addWidget(buddyLabel(tr("Break down &by:"), m_breakdownComboBox, breakdownBox));
    byRow->addWidget(m_breakdownComboBox);
    byRow->addStretch();
    breakdownLayout->addLayout(byRow);
    breakdownLayout->addWidget(m_breakdownChart, 1);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_lineChart, 3);
    charts->addWidget(breakdownBox, 2);
    layout->addLayout(charts, 1);

    // The three panels' places; the tabs appear with the first widget put into one.
    m_panelTabs = new QTabWidget(content);
    m_panelTabs->setObjectName(QStringLiteral("panelTabWidget"));
    m_panelTabs->setMinimumHeight(240);
    m_panelTabs->hide();
    for (QWidget **area : {&m_leaderboardArea, &m_riskArea, &m_activityArea}) {
        *area = new QWidget(m_panelTabs);
        auto *areaLayout = new QVBoxLayout(*area);
        areaLayout->setContentsMargins(0, 0, 0, 0);
        (*area)->hide();
        (*area)->installEventFilter(this);
    }
    m_leaderboardArea->setObjectName(QStringLiteral("leaderboardArea"));
    m_riskArea->setObjectName(QStringLiteral("riskArea"));
    m_activityArea->setObjectName(QStringLiteral("activityArea"));
    layout->addWidget(m_panelTabs, 1);

    // Alt+Left goes back up the breadcrumb, as in a browser.
    auto *back = new QAction(tr("Back"), this);
    back->setObjectName(QStringLiteral("dashboardBackAction"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QAction::triggered, this, [this] {
        if (!m_crumbs.empty())
            goBackTo(static_cast<int>(m_crumbs.size()) - 1);
    });
    addAction(back);

    connect(&m_watcher, &QFutureWatcher<DashboardData>::finished, this, [this] {
        const QFuture<DashboardData> future = m_watcher.future();
        // Only the newest request's result: one that finished just before a newer request
        // was made is not marked stale, but its generation is old.
        if (future.resultCount() > 0 && future.result().generation == m_generation->load()) {
            m_shownGeneration = future.result().generation;
            showData(future.result());
        }
    });
    connect(&m_panelWatcher, &QFutureWatcher<DashboardData>::finished, this, [this] {
        const QFuture<DashboardData> future = m_panelWatcher.future();
        if (future.resultCount() > 0 && future.result().generation == m_generation->load()) {
            m_panels = future.result();
            m_panelsGeneration = m_panels->generation;
            mergePanels();
        }
    });
    connect(m_breakdownChart, &BreakdownChart::rowActivated, this, &DashboardPage::drillDown);
    connect(m_breadcrumb, &ScopeBreadcrumb::crumbActivated, this, &DashboardPage::goBackTo);

    // Tab order: period, scope pickers, breadcrumb, breakdown picker, the bars.
    setTabOrder(m_periodComboBox, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_teamComboBox);
    setTabOrder(m_teamComboBox, m_repComboBox);
    setTabOrder(m_repComboBox, m_productLineComboBox);
    setTabOrder(m_productLineComboBox, m_channelComboBox);
    setTabOrder(m_channelComboBox, m_regionComboBox);
    setTabOrder(m_regionComboBox, m_breakdownComboBox); // the crumbs go between (updateBreadcrumb)
    setTabOrder(m_breakdownComboBox, m_breakdownChart);
    setTabOrder(m_breakdownChart, m_panelTabs);
    updatePeriodControls();
    syncSelectors();
}

DashboardPage::~DashboardPage()
{
    // Not QFuture::waitForFinished(): it may run a task that has not started on this thread,
    // and the source's connection belongs to the worker. Queued loads see they are stale and
    // skip; the connection closes on the thread that opened it.
    ++*m_generation;
    m_pool.start([source = m_source] { source->close(); });
    m_panelPool.start([source = m_panelSource] { source->close(); });
    m_pool.waitForDone();
    m_panelPool.waitForDone();
}

void DashboardPage::buildSelectors(QWidget *content)
{
    auto *layout = new QVBoxLayout(content);

    auto *title = new QLabel(tr("Dashboard"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_periodLabel = new QLabel(content);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    m_periodLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel = new QLabel(content);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_asOfLabel = new QLabel(content);
    m_asOfLabel->setObjectName(QStringLiteral("asOfLabel"));

    // Period: presets, and two dates for a custom range.
    m_periodComboBox = new QComboBox(content);
    m_periodComboBox->setObjectName(QStringLiteral("periodComboBox"));
    m_periodComboBox->setAccessibleName(tr("Period"));
    m_fromEdit = new QDateEdit(content);
    m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_toEdit = new QDateEdit(content);
    m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_periodComboBox->currentData().toInt() == static_cast<int>(DashboardPeriodPreset::Custom)) {
                updatePeriodControls();
                load();
            }
        });
    }
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit->setAccessibleName(tr("Last day"));
    m_fromLabel = buddyLabel(tr("Fro&m:"), m_fromEdit, content);
    m_toLabel = buddyLabel(tr("T&o:"), m_toEdit, content);
    connect(m_periodComboBox, &QComboBox::activated, this, [this] {
        updatePeriodControls();
        load();
    });

    // Scope: team → rep, and channel, product line, region.
    const auto picker = [&](const char *name, const QString &accessible) {
        auto *combo = new QComboBox(content);
        combo->setObjectName(QLatin1String(name));
        combo->setAccessibleName(accessible);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMaximumWidth(200); // a long name is elided rather than widening the page
        connect(combo, &QComboBox::activated, this, &DashboardPage::scopeChosenInPickers);
        return combo;
    };
    m_teamComboBox = picker("teamComboBox", tr("Team"));
    m_repComboBox = picker("repComboBox", tr("Rep"));
    m_productLineComboBox = picker("productLineComboBox", tr("Product line"));
    m_channelComboBox = picker("channelComboBox", tr("Channel"));
    m_regionComboBox = picker("regionComboBox", tr("Region"));

    // The title with the period, then the scope: two rows that fit the window's default width.
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(16);
    header->addWidget(buddyLabel(tr("&Period:"), m_periodComboBox, content));
    header->addWidget(m_periodComboBox);
    header->addWidget(m_fromLabel);
    header->addWidget(m_fromEdit);
    header->addWidget(m_toLabel);
    header->addWidget(m_toEdit);
    header->addSpacing(8);
    header->addWidget(m_periodLabel);
    header->addStretch();
    header->addWidget(m_statusLabel);
    header->addSpacing(12);
    header->addWidget(m_asOfLabel);
    layout->addLayout(header);

    auto *selectors = new QHBoxLayout;
    selectors->addWidget(buddyLabel(tr("T&eam:"), m_teamComboBox, content));
    selectors->addWidget(m_teamComboBox);
    selectors->addWidget(buddyLabel(tr("&Rep:"), m_repComboBox, content));
    selectors->addWidget(m_repComboBox);
    selectors->addWidget(buddyLabel(tr("Pro&duct line:"), m_productLineComboBox, content));
    selectors->addWidget(m_productLineComboBox);
    selectors->addWidget(buddyLabel(tr("&Channel:"), m_channelComboBox, content));
    selectors->addWidget(m_channelComboBox);
    selectors->addWidget(buddyLabel(tr("Reg&ion:"), m_regionComboBox, content));
    selectors->addWidget(m_regionComboBox);
    selectors->addStretch();
    layout->addLayout(selectors);

    m_breadcrumb = new ScopeBreadcrumb(content);
    auto *path = new QHBoxLayout;
    path->addWidget(new QLabel(tr("Scope:"), content));
    path->addWidget(m_breadcrumb, 1);
    layout->addLayout(path);

    m_noticeLabel = new QLabel(content);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->hide();
    layout->addWidget(m_noticeLabel);

    m_breakdownComboBox = new QComboBox(content);
    m_breakdownComboBox->setObjectName(QStringLiteral("breakdownComboBox"));
    m_breakdownComboBox->setAccessibleName(tr("Break down by"));
    m_breakdownComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_breakdownComboBox, &QComboBox::activated, this, [this] {
        const int value = m_breakdownComboBox->currentData().toInt();
        setBreakdownDimension(value < 0 ? std::nullopt
                                        : std::optional<DashboardDimension>(static_cast<DashboardDimension>(value)));
    });
}

KpiTile *DashboardPage::tile(DashboardTileId id) const
{
    const auto found = m_tiles.find(id);
    return found == m_tiles.end() ? nullptr : found->second;
}

void DashboardPage::setDatabasePath(const QString &path)
{
    m_path = path;
    m_members.reset();
    m_needMembers = true;
    m_crumbs.clear();
    m_scope = {};
    m_breakdownBy.reset();
    m_data.reset();
    m_panels.reset();
    for (auto &[id, tile] : m_tiles)
        tile->clear();
    m_lineChart->clear();
    m_breakdownChart->clear();
    m_noticeLabel->hide();
    syncSelectors();
    if (path.isEmpty()) {
        ++*m_generation; // drops a load still running
        m_statusLabel->clear();
        return;
    }
    load();
}

void DashboardPage::reload()
{
    load();
}

void DashboardPage::setAsOf(engine::Date asOf)
{
    m_asOf = asOf;
    updatePeriodControls();
    load();
}

void DashboardPage::setFiscalYearStartMonth(unsigned month)
{
    m_fiscalStartMonth = month >= 1 && month <= 12 ? month : 1;
    updatePeriodControls();
    load();
}

void DashboardPage::setPeriodPreset(DashboardPeriodPreset preset)
{
    m_periodComboBox->setCurrentIndex(m_periodComboBox->findData(static_cast<int>(preset)));
    updatePeriodControls();
    load();
}

void DashboardPage::setCustomPeriod(engine::Date first, engine::Date last)
{
    {
        const QSignalBlocker fromBlocker(m_fromEdit), toBlocker(m_toEdit);
        m_fromEdit->setDate(qDate(first));
        m_toEdit->setDate(qDate(last));
    }
    setPeriodPreset(DashboardPeriodPreset::Custom);
}

PeriodChoice DashboardPage::periodChoice() const
{
    const auto preset = static_cast<DashboardPeriodPreset>(m_periodComboBox->currentData().toInt());
    return presetChoice(preset, m_asOf, m_fiscalStartMonth, fromQDate(m_fromEdit->date()), fromQDate(m_toEdit->date()));
}

std::optional<engine::Period> DashboardPage::period() const
{
    return toPeriod(periodChoice(), m_fiscalStartMonth);
}

storage::DashboardRequest DashboardPage::selection() const
{
    storage::DashboardRequest request;
    if (const auto chosen = period())
        request.period = *chosen;
    request.scope = m_scope;
    request.asOf = m_asOf;
    request.currency = reportingCurrency();
    return request;
}

void DashboardPage::updatePeriodControls()
{
    // The presets' names follow the fiscal year; the selection survives a rebuild.
    const int current = m_periodComboBox->count() > 0 ? m_periodComboBox->currentData().toInt()
                                                       : static_cast<int>(DashboardPeriodPreset::ThisQuarter);
    const bool fiscal = m_fiscalStartMonth > 1;
    {
        const QSignalBlocker blocker(m_periodComboBox);
        m_periodComboBox->clear();
        m_periodComboBox->addItem(tr("This month"), static_cast<int>(DashboardPeriodPreset::ThisMonth));
        m_periodComboBox->addItem(fiscal ? tr("This fiscal quarter") : tr("This quarter"),
                                  static_cast<int>(DashboardPeriodPreset::ThisQuarter));
        m_periodComboBox->addItem(fiscal ? tr("This fiscal year") : tr("This year"),
                                  static_cast<int>(DashboardPeriodPreset::ThisYear));
        m_periodComboBox->addItem(tr("Last month"), static_cast<int>(DashboardPeriodPreset::LastMonth));
        m_periodComboBox->addItem(fiscal ? tr("Last fiscal quarter") : tr("Last quarter"),
                                  static_cast<int>(DashboardPeriodPreset::LastQuarter));
        m_periodComboBox->addItem(fiscal ? tr("Last fiscal year") : tr("Last year"),
                                  static_cast<int>(DashboardPeriodPreset::LastYear));
        m_periodComboBox->addItem(tr("Custom range"), static_cast<int>(DashboardPeriodPreset::Custom));
        m_periodComboBox->setCurrentIndex(m_periodComboBox->findData(current));
    }
    const bool custom = current == static_cast<int>(DashboardPeriodPreset::Custom);
    if (!custom) {
        // A custom range starts from the period last shown.
        if (const auto shown = period()) {
            const QSignalBlocker fromBlocker(m_fromEdit), toBlocker(m_toEdit);
            m_fromEdit->setDate(qDate(shown->first));
            m_toEdit->setDate(qDate(shown->last));
        }
    }
    for (QWidget *widget : std::initializer_list<QWidget *>{m_fromLabel, m_fromEdit, m_toLabel, m_toEdit})
        widget->setVisible(custom);
    m_asOfLabel->setText(tr("As of %1").arg(isoText(m_asOf)));
    const PeriodChoice choice = periodChoice();
    const auto chosen = toPeriod(choice, m_fiscalStartMonth);
    if (!chosen) {
        m_periodLabel->setText(tr("The last day is before the first."));
        return;
    }
    QString text = choice.kind == PeriodKind::Custom
                       ? periodDisplayName(choice, m_fiscalStartMonth)
                       : tr("%1 (%2 – %3)", "period, first day, last day")
                             .arg(periodDisplayName(choice, m_fiscalStartMonth), isoText(chosen->first),
                                  isoText(chosen->last));
    m_periodLabel->setText(text);
}

void DashboardPage::setScope(const storage::DashboardScope &scope)
{
    m_crumbs.clear();
    for (const DashboardDimension dimension : kCanonicalOrder)
        if (const QString id = idOf(scope, dimension); !id.isEmpty())
            m_crumbs.push_back({dimension, id, nameOf(dimension, id)});
    m_scope = scope;
    m_breakdownBy.reset();
    syncSelectors();
    load();
}

void DashboardPage::drillDown(const QString &id)
{
    if (!m_data || !m_data->hasBreakdown || id.isEmpty())
        return;
    const DashboardDimension by = m_data->breakdown.dimension;
    QString name = nameOf(by, id);
    for (const storage::DashboardBreakdownRow &row : m_data->breakdown.rows)
        if (row.id == id)
            name = row.name;
    m_crumbs.push_back({by, id, name});
    m_scope = storage::DashboardRepository::drillDown(m_scope, by, id);
    m_breakdownBy.reset();
    syncSelectors();
    load();
}

void DashboardPage::goBackTo(int index)
{
    if (index < 0 || index >= static_cast<int>(m_crumbs.size()) + 1)
        return;
    m_crumbs.resize(static_cast<std::size_t>(index));
    m_scope = {};
    for (const Crumb &crumb : m_crumbs)
        m_scope = storage::DashboardRepository::drillDown(m_scope, crumb.dimension, crumb.id);
    m_breakdownBy.reset();
    syncSelectors();
    load();
}

void DashboardPage::setBreakdownDimension(std::optional<DashboardDimension> dimension)
{
    m_breakdownBy = dimension;
    syncSelectors();
    load();
}

void DashboardPage::scopeChosenInPickers()
{
    storage::DashboardScope scope;
    scope.teamId = m_teamComboBox->currentData().toString();
    scope.repId = m_repComboBox->currentData().toString();
    scope.channelId = m_channelComboBox->currentData().toString();
    scope.productLineId = m_productLineComboBox->currentData().toString();
    scope.regionId = m_regionComboBox->currentData().toString();
    // A rep picked from another team's list no longer belongs to a changed team.
    if (!scope.repId.isEmpty() && !scope.teamId.isEmpty() && m_members) {
        for (const storage::DashboardMember &rep : m_members->reps)
            if (rep.id == scope.repId && rep.teamId != scope.teamId)
                scope.repId.clear();
    }
    setScope(scope);
}

QString DashboardPage::nameOf(DashboardDimension dimension, const QString &id) const
{
    if (m_members)
        if (QString name = m_members->nameOf(dimension, id); !name.isEmpty())
            return name;
    for (const Crumb &crumb : m_crumbs)
        if (crumb.dimension == dimension && crumb.id == id)
            return crumb.name;
    return id;
}

void DashboardPage::syncSelectors()
{
    const auto fill = [this](QComboBox *combo, const QString &all, DashboardDimension dimension, const QString &chosen) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        if (m_members)
            for (const storage::DashboardMember &member : m_members->of(dimension)) {
                // A team's reps only, once a team is chosen.
                if (dimension == DashboardDimension::Rep && !m_scope.teamId.isEmpty() && member.teamId != m_scope.teamId
                    && member.id != chosen)
                    continue;
                combo->addItem(member.name, member.id);
            }
        int index = combo->findData(chosen);
        if (index < 0) {
            // Known only from a drill-down (no member list yet): shown by its crumb's name.
            combo->addItem(nameOf(dimension, chosen), chosen);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    };
    fill(m_teamComboBox, tr("All teams"), DashboardDimension::Team, m_scope.teamId);
    fill(m_repComboBox, tr("All reps"), DashboardDimension::Rep, m_scope.repId);
    fill(m_channelComboBox, tr("All channels"), DashboardDimension::Channel, m_scope.channelId);
    fill(m_productLineComboBox, tr("All product lines"), DashboardDimension::ProductLine, m_scope.productLineId);
    fill(m_regionComboBox, tr("All regions"), DashboardDimension::Region, m_scope.regionId);

    {
        // The breakdown picker offers what the scope does not fix yet.
        const QSignalBlocker blocker(m_breakdownComboBox);
        m_breakdownComboBox->clear();
        const auto automatic = storage::DashboardRepository::defaultBreakdown(m_scope);
        m_breakdownComboBox->addItem(automatic ? tr("%1 (default)").arg(dimensionName(*automatic)) : tr("Nothing left"),
                                     -1);
        for (const DashboardDimension dimension : kCanonicalOrder)
            if (idOf(m_scope, dimension).isEmpty() && dimension != automatic)
                m_breakdownComboBox->addItem(dimensionName(dimension), static_cast<int>(dimension));
        if (m_breakdownBy && (!idOf(m_scope, *m_breakdownBy).isEmpty() || m_breakdownBy == automatic))
            m_breakdownBy.reset();
        const int index = m_breakdownBy ? m_breakdownComboBox->findData(static_cast<int>(*m_breakdownBy)) : 0;
        m_breakdownComboBox->setCurrentIndex(std::max(index, 0));
    }
    updateBreadcrumb();
}

void DashboardPage::updateBreadcrumb()
{
    QStringList names{tr("Company")};
    for (const Crumb &crumb : m_crumbs)
        names << crumb.name;
    m_breadcrumb->setCrumbs(names);
    // Tab: from the pickers through the crumbs to the breakdown.
    QWidget *previous = m_regionComboBox;
    for (QWidget *button : m_breadcrumb->buttons()) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_breakdownComboBox);
}

void DashboardPage::load()
{
    if (m_path.isEmpty())
        return;
    const auto chosen = period();
    if (!chosen)
        return; // the period label says what is wrong
    const storage::DashboardRequest request = selection();
    const quint64 generation = ++*m_generation;
    m_statusLabel->setText(tr("Loading…"));
    Q_EMIT selectionChanged(request);
    // A newer request supersedes an older one: a task that is already stale when it starts
    // does nothing, and a result that went stale while computing is dropped. The task
    // captures values and shared state only, never `this`.
    const auto task = [path = m_path, request, by = m_breakdownBy, members = m_needMembers, generation,
                       latest = m_generation](const std::shared_ptr<DashboardSource> &source, DashboardPart part) {
        if (generation != latest->load()) {
            DashboardData skipped;
            skipped.stale = true;
            skipped.generation = generation;
            return skipped;
        }
        DashboardData data = source->load(path, request, part, by, members && part == DashboardPart::Figures);
        data.generation = generation;
        data.stale = generation != latest->load();
        return data;
    };
    m_watcher.setFuture(QtConcurrent::run(&m_pool, task, m_source, DashboardPart::Figures));
    m_panelWatcher.setFuture(QtConcurrent::run(&m_panelPool, task, m_panelSource, DashboardPart::Panels));
}

void DashboardPage::mergePanels()
{
    // Both parts of the same (newest) selection: the panels' rows join the figures shown.
    if (!m_data || !m_panels || m_panelsGeneration != m_shownGeneration || !m_data->error.isEmpty())
        return;
    auto whole = std::make_shared<DashboardData>(*m_data);
    if (!m_panels->error.isEmpty()) {
        whole->error = m_panels->error;
    } else {
        whole->snapshot.leaderboard = std::move(m_panels->snapshot.leaderboard);
        whole->snapshot.activity = std::move(m_panels->snapshot.activity);
        const storage::DashboardNotices &notices = m_panels->snapshot.notices;
        whole->snapshot.notices.missingRates.insert(whole->snapshot.notices.missingRates.end(),
                                                    notices.missingRates.begin(), notices.missingRates.end());
        whole->snapshot.notices.factsStale = whole->snapshot.notices.factsStale || notices.factsStale;
    }
    m_panels.reset();
    m_data = std::move(whole);
    if (!m_data->error.isEmpty()) {
        m_noticeLabel->setText(tr("Could not load the dashboard: %1").arg(m_data->error));
        m_noticeLabel->show();
        return;
    }
    Q_EMIT dashboardShown(*m_data);
}

void DashboardPage::showData(DashboardData data)
{
    m_statusLabel->clear();
    if (!data.error.isEmpty()) {
        m_noticeLabel->setText(tr("Could not load the dashboard: %1").arg(data.error));
        m_noticeLabel->show();
        m_data = std::make_shared<const DashboardData>(std::move(data));
        Q_EMIT loaded();
        return;
    }
    if (data.members) {
        m_members = data.members;
        m_needMembers = false;
        // Crumbs made before the names were known take them now.
        for (Crumb &crumb : m_crumbs)
            if (const QString name = m_members->nameOf(crumb.dimension, crumb.id); !name.isEmpty())
                crumb.name = name;
        syncSelectors();
    }
    m_data = std::make_shared<const DashboardData>(std::move(data));
    const DashboardData &shown = *m_data;
    const storage::DashboardSnapshot &snapshot = shown.snapshot;
    const QString &currency = shown.request.currency;
    for (const storage::DashboardTile &tile : snapshot.tiles)
        if (KpiTile *widget = this->tile(tile.id))
            widget->setTile(tile, snapshot, currency);
    m_lineChart->setSeries(snapshot.series, shown.forecast, shown.request.period, shown.request.asOf, currency);
    if (shown.hasBreakdown) {
        // The share of a target expected by now, as the line chart's expected-to-date line.
        const storage::DashboardRequest &request = shown.request;
        const std::int64_t expectedBp = engine::expectedToDate(
            10000, engine::elapsedFraction(request.period, request.asOf, request.pacing, request.calendar,
                                           request.seasonality)
                       .fraction);
        m_breakdownChart->setBreakdown(shown.breakdown, currency, expectedBp);
    } else {
        m_breakdownChart->clear();
        m_breakdownChart->chart()->setTitle(tr("Every dimension is chosen: nothing left to break down."));
    }
    if (snapshot.elapsedDays > 0) {
        const engine::Date previousLast = engine::addDays(snapshot.previousPeriod.first, snapshot.elapsedDays - 1);
        m_periodLabel->setToolTip(tr("Figures to date: %n day(s) of the period, compared with the same days of the "
                                     "previous period (%1 – %2).",
                                     nullptr, snapshot.elapsedDays)
                                      .arg(isoText(snapshot.previousPeriod.first), isoText(previousLast)));
    } else {
        m_periodLabel->setToolTip(tr("The period has not started yet."));
    }
    updateNotices(shown);
    Q_EMIT loaded();
    mergePanels(); // when the panels' part came first
}

void DashboardPage::updateNotices(const DashboardData &data)
{
    QStringList notices;
    const storage::DashboardNotices &notes = data.snapshot.notices;
    if (!notes.missingRates.empty())
        notices << tr("%n month(s) of amounts in other currencies have no exchange rate and are left out.", nullptr,
                      static_cast<int>(notes.missingRates.size()));
    if (notes.skippedMarketFigures > 0)
        notices << tr("%n market figure(s) in another currency are left out of the market share.", nullptr,
                      static_cast<int>(notes.skippedMarketFigures));
    if (notes.factsStale)
        notices << tr("Some records changed since the dashboard's figures were last brought up to date; "
                      "reopen the file to refresh them.");
    m_noticeLabel->setText(notices.join(QLatin1Char(' ')));
    m_noticeLabel->setVisible(!notices.isEmpty());
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ChildAdded) {
        auto *area = qobject_cast<QWidget *>(watched);
        const auto *child = static_cast<QChildEvent *>(event)->child();
        if (area && child->isWidgetType() && m_panelTabs->indexOf(area) < 0) {
            // In a fixed order, whichever arrives first.
            const struct
            {
                QWidget *area;
                QString title;
            } panels[] = {{m_leaderboardArea, tr("&Leaderboard")},
                          {m_riskArea, tr("Ris&ks")},
                          {m_activityArea, tr("&Activity vs results")}};
            int at = 0;
            for (const auto &panel : panels) {
                if (panel.area == area) {
                    // The tab widget shows the current page and hides the others.
                    m_panelTabs->insertTab(at, area, panel.title);
                    break;
                }
                if (m_panelTabs->indexOf(panel.area) >= 0)
                    ++at;
            }
            m_panelTabs->show();
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace attain::ui

// The dashboard page as a user sees it, offscreen: how long from opening a file to the first
// dashboard on screen (tiles, line chart and breakdown painted), how long a scope change and a
// period change take to repaint, and the peak memory. Open the file once before timing when it
// needs a migration (the first open of an older file builds the dashboard facts).
// Usage: attain-dashboard-gui-bench FILE.attain [YYYY-MM-DD] [REPEATS]
#include "app/BreakdownChart.h"
#include "app/DashboardPage.h"
#include "app/KpiTile.h"
#include "app/RevenueLineChart.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

using attain::ui::DashboardPage;

/// Remembers when each watched widget was last painted.
class PaintProbe final : public QObject
{
public:
    explicit PaintProbe(const QElapsedTimer &clock) : m_clock(clock) {}

    void watch(QWidget *widget)
    {
        widget->installEventFilter(this);
        m_painted.push_back({widget, -1});
    }
    /// True once every watched widget has been painted since `since` (ns).
    [[nodiscard]] bool allPaintedSince(qint64 since) const
    {
        return std::all_of(m_painted.begin(), m_painted.end(), [since](const auto &each) { return each.second >= since; });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            for (auto &[widget, when] : m_painted)
                if (widget == watched)
                    when = m_clock.nsecsElapsed();
        return false;
    }

private:
    const QElapsedTimer &m_clock;
    std::vector<std::pair<QObject *, qint64>> m_painted;
};

/// Runs `action`, then the event loop until the page has new figures, every watched part has
/// painted them and the panels' rows are in (what a leaderboard would show); the milliseconds
/// that took (−1 on a timeout or a load error).
double timeRepaint(DashboardPage &page, const PaintProbe &probe, const QElapsedTimer &clock,
                   const std::function<void()> &action)
{
    qint64 loadedAt = -1, panelsAt = -1;
    const auto loaded = QObject::connect(&page, &DashboardPage::loaded, &page, [&] { loadedAt = clock.nsecsElapsed(); });
    const auto shown = QObject::connect(&page, &DashboardPage::dashboardShown, &page,
                                        [&] { panelsAt = clock.nsecsElapsed(); });
    // Waits for events rather than spinning, so the workers have the cores; the timer wakes
    // the loop up to check.
    QTimer wake;
    wake.start(1);
    const qint64 start = clock.nsecsElapsed();
    action();
    const auto done = [&] { return loadedAt >= 0 && panelsAt >= 0 && probe.allPaintedSince(loadedAt); };
    while (!done() && clock.nsecsElapsed() - start < 60'000'000'000LL)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QObject::disconnect(loaded);
    QObject::disconnect(shown);
    if (!done() || !page.data() || !page.data()->error.isEmpty())
        return -1;
    if (qEnvironmentVariableIsSet("ATTAIN_BENCH_DETAIL"))
        std::printf("  figures shown %.1f ms, painted %.1f ms, panels' rows in %.1f ms\n",
                    static_cast<double>(loadedAt - start) / 1e6, static_cast<double>(clock.nsecsElapsed() - start) / 1e6,
                    static_cast<double>(panelsAt - start) / 1e6);
    return static_cast<double>(clock.nsecsElapsed() - start) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLong();
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: attain-dashboard-gui-bench FILE.attain [YYYY-MM-DD] [REPEATS]\n");
        return 2;
    }
    const QDate day = args.size() > 2 ? QDate::fromString(args[2], Qt::ISODate) : QDate::currentDate();
    const int repeats = args.size() > 3 ? std::max(1, args[3].toInt()) : 5;
    const auto asOf = attain::engine::makeDate(day.year(), static_cast<unsigned>(day.month()),
                                               static_cast<unsigned>(day.day()));

    QElapsedTimer clock;
    clock.start();
    // The window is up before a file is opened, as in the app.
    DashboardPage page;
    page.resize(1180, 900);
    page.setAsOf(asOf);
    page.show();
    QCoreApplication::processEvents();
    PaintProbe probe(clock);
    probe.watch(page.tile(attain::storage::DashboardTileId::Revenue));
    probe.watch(page.lineChart()->viewport());
    probe.watch(page.breakdownChart()->viewport());

    // (a) Open as MainWindow does (checks, migrates if needed) and show the first dashboard.
    std::unique_ptr<attain::storage::Database> database;
    const double first = timeRepaint(page, probe, clock, [&] {
        auto opened = attain::storage::Database::open(args[1], attain::storage::Database::Mode::OpenExisting);
        if (!opened.database) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.message));
            std::exit(1);
        }
        database = std::move(opened.database);
        page.setDatabasePath(args[1]);
    });
    if (first < 0) {
        std::fprintf(stderr, "the dashboard did not load: %s\n",
                     page.data() ? qPrintable(page.data()->error) : "timeout");
        return 1;
    }
    std::printf("open to first dashboard painted: %.1f ms (%s, %zu breakdown rows; worker: read %.1f ms, forecast %.1f ms)\n",
                first, page.data()->request.period.label().c_str(), page.data()->breakdown.rows.size(),
                page.data()->readMs, page.data()->forecastMs);

    // (b) Scope changes (the company and its first team, alternately) and period changes (this
    // quarter and this year, alternately), each until repainted.
    const QString team = page.breakdownChart()->rows().empty() ? QString() : page.breakdownChart()->rows().front().id;
    std::vector<double> scope, period, read, forecast;
    const auto worker = [&] {
        read.push_back(page.data()->readMs);
        forecast.push_back(page.data()->forecastMs);
    };
    for (int i = 0; i < repeats; ++i) {
        scope.push_back(timeRepaint(page, probe, clock, [&] { page.drillDown(team); }));
        worker();
        scope.push_back(timeRepaint(page, probe, clock, [&] { page.goBackTo(0); }));
        worker();
    }
    for (int i = 0; i < repeats; ++i) {
        period.push_back(timeRepaint(page, probe, clock, [&] { page.setPeriodPreset(attain::ui::DashboardPeriodPreset::ThisYear); }));
        worker();
        period.push_back(timeRepaint(page, probe, clock, [&] { page.setPeriodPreset(attain::ui::DashboardPeriodPreset::ThisQuarter); }));
        worker();
    }
    const auto range = [](const std::vector<double> &values) {
        const auto [low, high] = std::minmax_element(values.begin(), values.end());
        return std::make_pair(*low, *high);
    };
    std::printf("scope change to repaint:  median %.1f ms (min %.1f, max %.1f, %zu changes)\n", median(scope),
                range(scope).first, range(scope).second, scope.size());
    std::printf("period change to repaint: median %.1f ms (min %.1f, max %.1f, %zu changes)\n", median(period),
                range(period).first, range(period).second, period.size());
    std::printf("of which on the worker:   read median %.1f ms, forecast median %.1f ms\n", median(read),
                median(forecast));
    std::printf("peak RSS (VmHWM): %.1f MB\n", static_cast<double>(peakRssKb()) / 1024.0);
    return 0;
}

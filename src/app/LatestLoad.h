#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace attain::ui {

/// Loads a page's data on a worker and shows only the newest load: a request made while an
/// older one still runs marks the older one stale (its `Data::stale`), and `show` is called on
/// the UI thread for fresh results only. The load function must not capture the page (it may
/// outlive it until the destructor waits for it).
template <typename Data> class LatestLoad
{
    Q_DISABLE_COPY_MOVE(LatestLoad)

public:
    template <typename Show> LatestLoad(QObject *context, Show show)
    {
        QObject::connect(&m_watcher, &QFutureWatcher<Data>::finished, context, [this, show] {
            const QFuture<Data> future = m_watcher.future();
            if (future.resultCount() > 0 && !future.result().stale)
                show(future.result());
        });
    }
    ~LatestLoad() { m_watcher.waitForFinished(); }

    template <typename Load> void start(Load load)
    {
        const quint64 generation = ++*m_generation;
        m_watcher.setFuture(QtConcurrent::run([load = std::move(load), generation, latest = m_generation]() {
            Data data = load();
            data.stale = generation != latest->load();
            return data;
        }));
    }

private:
    QFutureWatcher<Data> m_watcher;
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace attain::ui

#include "app/Logging.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace attain::ui {

QString initLogging(const QString &directory)
{
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(QStringLiteral("attain.log"));
    std::vector<spdlog::sink_ptr> sinks;
    try {
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), 1024 * 1024, 5));
    } catch (const spdlog::spdlog_ex &) {
        // An unwritable data folder must not stop the app; stderr still gets the log.
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    }
#ifndef NDEBUG
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
#endif
    auto logger = std::make_shared<spdlog::logger>("attain", sinks.begin(), sinks.end());
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    spdlog::set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] %v");
    return path;
}

} // namespace attain::ui

// `attain [FILE]`: wires the application objects together and opens a database. Without
// FILE it reopens the last database, or creates a demo database on first run.
#include "app/AppSettings.h"
#include "app/DemoDatabaseTask.h"
#include "app/Logging.h"
#include "app/MainWindow.h"
#include "app/TranslationCatalogue.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTranslator>

#include <spdlog/spdlog.h>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Attain"));
    QApplication::setApplicationName(QStringLiteral("Attain"));
    QApplication::setApplicationVersion(QStringLiteral(ATTAIN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/attain.svg")));

    // The "C" locale (common on Linux without LANG) would print amounts without grouping.
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // Attain's own strings follow the system language (LANG=zh_CN.UTF-8 for Simplified Chinese,
    // zh_TW/zh_HK for Traditional); chosen explicitly because QTranslator's own search would
    // miss zh_HK or zh_SG, for which no catalogue of that exact name exists.
    QTranslator appTranslator;
    if (appTranslator.load(attain::ui::appCatalogueFor(QLocale()), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Attain — sales-target management"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The .attain database to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    const QString logPath = attain::ui::initLogging(QDir(dataDir).filePath(QStringLiteral("logs")));
    spdlog::info("Attain {} starting", ATTAIN_VERSION);

    attain::ui::AppSettings settings;
    attain::ui::MainWindow window(settings, logPath);

    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        path = settings.lastFile();
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            path = QDir(dataDir).filePath(QStringLiteral("demo.attain"));
            if (!QFileInfo::exists(path)
                && !attain::ui::createDemoDatabaseWithProgress(nullptr, path, attain::ui::defaultDemoSpec(), false))
                path.clear();
        }
    }

    window.show();
    if (!path.isEmpty()) {
        QString error;
        if (!window.openDatabase(QFileInfo(path).absoluteFilePath(), &error))
            QMessageBox::warning(&window, QApplication::translate("main", "Open database"), error);
    }
    return QApplication::exec();
}

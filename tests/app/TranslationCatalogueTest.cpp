// Every shipped catalogue (resources/translations/*.ts) is complete and keeps the placeholders of
// its sources: the Chinese ones have no unfinished, obsolete or vanished entry, the English one
// has the plural forms of every numerus message. Broken copies prove the checks can fail. The
// Traditional Chinese catalogue is compiled in and chosen for Taiwan and Hong Kong locales.
#include "app/MetricText.h"
#include "app/MoneyFormat.h"
#include "app/TranslationCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace attain;

namespace {

struct Message
{
    QString context, source, type;
    bool numerus = false;
    QStringList forms; // the translation, or its plural forms
};

struct Catalogue
{
    QString language, error;
    QList<Message> messages;
};

Catalogue parse(const QString &path)
{
    Catalogue result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            result.language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            result.messages << message;
        }
    }
    if (xml.hasError())
        result.error = xml.errorString();
    return result;
}

// %1..%9 (also %L1) as a sorted set; whether %n occurs is checked apart.
QStringList argMarkers(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?([1-9])"));
    QStringList found;
    for (const auto &match : marker.globalMatch(text))
        found << match.captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

// What is wrong with the catalogue at PATH, one line per message; empty when it is fine.
QStringList problems(const QString &path)
{
    const Catalogue catalogue = parse(path);
    if (!catalogue.error.isEmpty())
        return {path + QStringLiteral(": ") + catalogue.error};
    if (catalogue.messages.isEmpty())
        return {path + QStringLiteral(": no messages")};
    // English is the source language: only its plural forms need a translation.
    const bool english = catalogue.language.startsWith(QStringLiteral("en"));
    const qsizetype formsNeeded = english ? 2 : 1;
    QStringList found;
    for (const Message &m : catalogue.messages) {
        const QString where = m.context + QStringLiteral(" \"") + m.source + QStringLiteral("\": ");
        if (m.type == u"obsolete" || m.type == u"vanished") {
            found << where + m.type;
            continue;
        }
        if (english && !m.numerus)
            continue;
        if (m.type == u"unfinished") {
            found << where + QStringLiteral("unfinished");
            continue;
        }
        if (m.numerus && m.forms.size() != formsNeeded) {
            found << where + QStringLiteral("%1 plural forms, %2 needed").arg(m.forms.size()).arg(formsNeeded);
            continue;
        }
        for (qsizetype i = 0; i < m.forms.size(); ++i) {
            const QString &text = m.forms[i];
            if (text.trimmed().isEmpty()) {
                found << where + QStringLiteral("empty translation");
            } else if (argMarkers(text) != argMarkers(m.source)) {
                found << where + QStringLiteral("placeholders differ in \"%1\"").arg(text);
            } else if (m.source.contains(QStringLiteral("%n")) != text.contains(QStringLiteral("%n"))
                       // A singular form may say "the month" instead of "%n month".
                       && !(m.numerus && i + 1 < m.forms.size())) {
                found << where + QStringLiteral("%n differs in \"%1\"").arg(text);
            }
        }
    }
    return found;
}

QString shipped(const QString &name)
{
    return QDir(QStringLiteral(ATTAIN_TRANSLATIONS_DIR)).filePath(name);
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TranslationCatalogueTest : public QObject
{
    Q_OBJECT

private slots:
    void shippedCataloguesAreComplete();
    void brokenCopiesFail_data();
    void brokenCopiesFail();
    void localesChooseTheirCatalogue_data();
    void localesChooseTheirCatalogue();
    void traditionalChineseIsCompiledIn();
    void traditionalChineseAmounts();
};

void TranslationCatalogueTest::shippedCataloguesAreComplete()
{
    const QStringList files = QDir(QStringLiteral(ATTAIN_TRANSLATIONS_DIR)).entryList({QStringLiteral("*.ts")});
    QVERIFY(files.contains(QStringLiteral("attain_zh_CN.ts")));
    QVERIFY(files.contains(QStringLiteral("attain_zh_TW.ts")));
    QVERIFY(files.contains(QStringLiteral("attain_en.ts")));
    for (const QString &name : files) {
        const QStringList found = problems(shipped(name));
        QVERIFY2(found.isEmpty(), qPrintable(name + QStringLiteral(": ") + QString::number(found.size())
                                             + QStringLiteral(" problems, e.g.\n") + found.mid(0, 10).join(u'\n')));
    }
    // Both Chinese catalogues translate the same messages.
    QCOMPARE(parse(shipped(QStringLiteral("attain_zh_TW.ts"))).messages.size(),
             parse(shipped(QStringLiteral("attain_zh_CN.ts"))).messages.size());
}

void TranslationCatalogueTest::brokenCopiesFail_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    const QString tw = QStringLiteral("attain_zh_TW.ts"), cn = QStringLiteral("attain_zh_CN.ts");
    QTest::newRow("unfinished") << tw << QStringLiteral("<translation>儀表板</translation>")
                                << QStringLiteral("<translation type=\"unfinished\">儀表板</translation>");
    QTest::newRow("obsolete") << cn << QStringLiteral("<translation>") << QStringLiteral("<translation type=\"obsolete\">");
    QTest::newRow("vanished") << tw << QStringLiteral("<translation>") << QStringLiteral("<translation type=\"vanished\">");
    QTest::newRow("lost %1") << tw << QStringLiteral("<translation>無法載入儀表板：%1</translation>")
                             << QStringLiteral("<translation>無法載入儀表板</translation>");
    QTest::newRow("extra %2") << cn << QStringLiteral("<translation>无法加载仪表盘：%1</translation>")
                              << QStringLiteral("<translation>无法加载仪表盘：%2</translation>");
    QTest::newRow("lost %n") << tw << QStringLiteral("<numerusform>最近 %n 週</numerusform>")
                             << QStringLiteral("<numerusform>最近幾週</numerusform>");
    QTest::newRow("no plural form") << tw << QStringLiteral("<numerusform>最近 %n 週</numerusform>") << QString();
    QTest::newRow("english one form") << QStringLiteral("attain_en.ts")
                                      << QStringLiteral("<numerusform>%1 of %n comparable period</numerusform>")
                                      << QString();
    QTest::newRow("english unfinished plural") << QStringLiteral("attain_en.ts") << QStringLiteral("<message numerus=\"yes\">\n      <source>%1 of %n comparable period(s)</source>\n      <translation>")
                                               << QStringLiteral("<message numerus=\"yes\">\n      <source>%1 of %n comparable period(s)</source>\n      <translation type=\"unfinished\">");
}

void TranslationCatalogueTest::brokenCopiesFail()
{
    QFETCH(QString, file);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QString text = readAll(shipped(file));
    const qsizetype at = text.indexOf(from);
    QVERIFY2(at >= 0, qPrintable(from + QStringLiteral(" not in ") + file));
    text.replace(at, from.size(), to); // break only the first occurrence
    QTemporaryDir dir;
    QFile copy(dir.filePath(file));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(text.toUtf8());
    copy.close();
    QVERIFY(problems(shipped(file)).isEmpty());
    QCOMPARE(problems(copy.fileName()).size(), 1);
}

void TranslationCatalogueTest::localesChooseTheirCatalogue_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("catalogue");
    QTest::newRow("zh_TW") << QLocale(QStringLiteral("zh_TW")) << QStringLiteral("attain_zh_TW");
    QTest::newRow("zh_HK") << QLocale(QStringLiteral("zh_HK")) << QStringLiteral("attain_zh_TW");
    QTest::newRow("zh_MO") << QLocale(QStringLiteral("zh_MO")) << QStringLiteral("attain_zh_TW");
    QTest::newRow("zh_Hant") << QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::China)
                             << QStringLiteral("attain_zh_TW");
    QTest::newRow("zh_CN") << QLocale(QStringLiteral("zh_CN")) << QStringLiteral("attain_zh_CN");
    QTest::newRow("zh_SG") << QLocale(QStringLiteral("zh_SG")) << QStringLiteral("attain_zh_CN");
    QTest::newRow("zh") << QLocale(QStringLiteral("zh")) << QStringLiteral("attain_zh_CN");
    QTest::newRow("en_US") << QLocale(QStringLiteral("en_US")) << QStringLiteral("attain_en");
    QTest::newRow("de_DE") << QLocale(QStringLiteral("de_DE")) << QStringLiteral("attain_en");
}

void TranslationCatalogueTest::localesChooseTheirCatalogue()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, catalogue);
    QCOMPARE(ui::appCatalogueFor(locale), catalogue);
    QTranslator translator; // what main() loads must be compiled in
    QVERIFY(translator.load(catalogue, QStringLiteral(":/i18n")));
}

void TranslationCatalogueTest::traditionalChineseIsCompiledIn()
{
    QTranslator traditional;
    QVERIFY(traditional.load(QStringLiteral(":/i18n/attain_zh_TW.qm")));
    QCOMPARE(traditional.language(), QStringLiteral("zh_TW"));
    QCOMPARE(traditional.translate("attain::ui::MainWindow", "Dashboard"), QStringLiteral("儀表板"));
    QCOMPARE(traditional.translate("attain::ui::MainWindow", "Reviews"), QStringLiteral("複盤"));
    QVERIFY(QCoreApplication::installTranslator(&traditional));
    QCOMPARE(QCoreApplication::translate("attain::ui::MainWindow", "Dashboard"), QStringLiteral("儀表板"));
    QVERIFY(QCoreApplication::removeTranslator(&traditional));
}

void TranslationCatalogueTest::traditionalChineseAmounts()
{
    const QLocale taiwan(QStringLiteral("zh_TW")), china(QStringLiteral("zh_CN"));
    const qint64 minor = 751300000; // ¥7,513,000.00
    QCOMPARE(ui::formatMoneyCompact(minor, QStringLiteral("CNY"), taiwan).right(6), QStringLiteral("751.3萬"));
    QCOMPARE(ui::formatMoneyCompact(minor, QStringLiteral("CNY"), china).right(6), QStringLiteral("751.3万"));
    QCOMPARE(ui::formatMoneyCompact(minor * 100, QStringLiteral("CNY"), taiwan).right(5), QStringLiteral("7.51億"));
    // What the compact form shows can be typed back.
    QVERIFY(ui::parseMetricValue(engine::MetricId::Revenue, QStringLiteral("12000000"), QStringLiteral("CNY"), taiwan).value_or(0) > 0);
    QCOMPARE(ui::parseMetricValue(engine::MetricId::Revenue, QStringLiteral("1200萬"), QStringLiteral("CNY"), taiwan),
             ui::parseMetricValue(engine::MetricId::Revenue, QStringLiteral("12000000"), QStringLiteral("CNY"), taiwan));
    QCOMPARE(ui::parseMetricValue(engine::MetricId::Revenue, QStringLiteral("1.5億"), QStringLiteral("CNY"), taiwan),
             ui::parseMetricValue(engine::MetricId::Revenue, QStringLiteral("150000000"), QStringLiteral("CNY"), taiwan));
}

QTEST_GUILESS_MAIN(TranslationCatalogueTest)
#include "TranslationCatalogueTest.moc"

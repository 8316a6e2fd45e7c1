// Every input the fuzzers found a problem with (tests/data/fuzz/<target>/), and the seeds they start from,
// replayed through the same targets in the normal build: a fixed finding stays fixed.
#include "tests/fuzz/FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace wsc;
using namespace Qt::StringLiterals;

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private slots:
    void findsItsCases();
    void replays_data();
    void replays();
};

// A replay that finds nothing proves nothing: a moved data folder or a renamed extension must fail here,
// not pass with zero rows.
void TestFuzzRegressions::findsItsCases()
{
    const QDir data(QStringLiteral(WSC_TEST_DATA_DIR));
    QVERIFY2(data.exists(), qPrintable(data.path()));
    const std::pair<QString, QStringList> seeds[] = {
        {u"reference"_s, {u"*.json"_s}}, {u"sql"_s, {}}, {u"time"_s, {}}};
    for (const auto &[folder, filter] : seeds) {
        const QDir dir(data.filePath(folder));
        QVERIFY2(!dir.entryList(filter, QDir::Files).isEmpty(), qPrintable(u"no cases in "_s + dir.path()));
    }
    QVERIFY(!fuzz::targetNames().isEmpty());
}

void TestFuzzRegressions::replays_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QDir data(QStringLiteral(WSC_TEST_DATA_DIR));
    for (const QString &name : fuzz::targetNames()) {
        const QDir kept(data.filePath(u"fuzz/"_s + name));
        for (const QString &file : kept.entryList(QDir::Files, QDir::Name)) {
            QTest::addRow("%s/%s", qPrintable(name), qPrintable(file)) << name << kept.filePath(file);
        }
    }
    // The seeds: every reference example through every JSON target, the SQL samples through the checker.
    const QDir reference(data.filePath(u"reference"_s));
    for (const QString &file : reference.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        for (const QString &name : fuzz::targetNames())
            if (name != u"sql"_s && name != u"time_and_delay"_s)
                QTest::addRow("%s/reference/%s", qPrintable(name), qPrintable(file))
                    << name << reference.filePath(file);
    const QDir sql(data.filePath(u"sql"_s));
    for (const QString &file : sql.entryList(QDir::Files, QDir::Name))
        QTest::addRow("sql/%s", qPrintable(file)) << u"sql"_s << sql.filePath(file);
    const QDir time(data.filePath(u"time"_s));
    for (const QString &file : time.entryList(QDir::Files, QDir::Name))
        QTest::addRow("time_and_delay/%s", qPrintable(file)) << u"time_and_delay"_s << time.filePath(file);
}

void TestFuzzRegressions::replays()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    fuzz::Target t;
    QVERIFY2(fuzz::targetFromName(target, &t), qPrintable(target));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    fuzz::run(t, bytes); // aborts the test on a broken property
}

QTEST_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"

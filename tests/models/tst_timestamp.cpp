// The timestamp grammar of spec §5.7: every published output shape, offsets, and what is refused.
#include "models/domain/Timestamp.h"

#include <QTest>
#include <QTimeZone>

using namespace wsc;
using namespace Qt::StringLiterals;

class TestTimestamp : public QObject {
    Q_OBJECT

private slots:
    void parsesPublishedShapes_data();
    void parsesPublishedShapes();
    void keepsInvalidText_data();
    void keepsInvalidText();
    void formatsForTheWire();
    void ordersByInstant();
};

void TestTimestamp::parsesPublishedShapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms = 0) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
    };
    QTest::newRow("Z with millis") << u"2023-10-24T19:59:30.828Z"_s << utc(2023, 10, 24, 19, 59, 30, 828);
    QTest::newRow("no zone is UTC") << u"2023-02-03T23:53:08.413"_s << utc(2023, 2, 3, 23, 53, 8, 413);
    QTest::newRow("no fraction, no zone") << u"2023-02-07T20:36:00"_s << utc(2023, 2, 7, 20, 36, 0);
    QTest::newRow("2-digit fraction") << u"2023-02-08T00:05:31.23"_s << utc(2023, 2, 8, 0, 5, 31, 230);
    QTest::newRow("9-digit fraction")
        << u"2023-02-08T00:05:31.123456789Z"_s << utc(2023, 2, 8, 0, 5, 31, 123);
    QTest::newRow("seconds Z") << u"2022-10-30T11:00:16Z"_s << utc(2022, 10, 30, 11, 0, 16);
    QTest::newRow("positive offset") << u"2023-03-01T14:28:55+02:00"_s << utc(2023, 3, 1, 12, 28, 55);
    QTest::newRow("negative offset") << u"2023-03-01T14:28:55-0530"_s << utc(2023, 3, 1, 19, 58, 55);
    QTest::newRow("mParticle literal +0000") << u"2023-03-01 14:28:55+0000"_s << utc(2023, 3, 1, 14, 28, 55);
    QTest::newRow("offset across midnight") << u"2024-01-01T01:00:00+03:00"_s << utc(2023, 12, 31, 22, 0, 0);
    QTest::newRow("leap day") << u"2024-02-29T00:00:00Z"_s << utc(2024, 2, 29, 0, 0, 0);
    QTest::newRow("surrounding spaces") << u"  2024-02-29T00:00:00Z "_s << utc(2024, 2, 29, 0, 0, 0);
    QTest::newRow("lower-case z") << u"2024-05-01t10:00:00z"_s << utc(2024, 5, 1, 10, 0, 0);
}

void TestTimestamp::parsesPublishedShapes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const Timestamp t = Timestamp::parse(text);
    QVERIFY2(t.isValid(), qPrintable(text));
    QCOMPARE(t.toUtc(), expected);
    QCOMPARE(t.toUtc().timeSpec(), Qt::UTC);
}

void TestTimestamp::keepsInvalidText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("docs typo I-19") << u"2023-03-01T:12:00:00Z"_s;
    QTest::newRow("early access typo") << u"2023-03-1T:12:00:00Z"_s;
    QTest::newRow("date only") << u"2023-03-01"_s;
    QTest::newRow("no seconds") << u"2023-03-01T12:00Z"_s;
    QTest::newRow("February 30") << u"2023-02-30T00:00:00Z"_s;
    QTest::newRow("not a leap year") << u"2023-02-29T00:00:00Z"_s;
    QTest::newRow("hour 24") << u"2023-02-01T24:00:00Z"_s;
    QTest::newRow("minute 60") << u"2023-02-01T10:60:00Z"_s;
    QTest::newRow("second 60") << u"2023-02-01T10:00:60Z"_s;
    QTest::newRow("empty fraction") << u"2023-02-01T10:00:00.Z"_s;
    QTest::newRow("10-digit fraction") << u"2023-02-01T10:00:00.1234567890Z"_s;
    QTest::newRow("bad offset") << u"2023-02-01T10:00:00+25:00"_s;
    QTest::newRow("short offset") << u"2023-02-01T10:00:00+2"_s;
    QTest::newRow("trailing text") << u"2023-02-01T10:00:00Z tomorrow"_s;
    QTest::newRow("words") << u"yesterday"_s;
    QTest::newRow("placeholder") << u"…"_s;
}

void TestTimestamp::keepsInvalidText()
{
    QFETCH(QString, text);
    const Timestamp t = Timestamp::parse(text);
    QVERIFY(!t.isValid());
    QVERIFY(t.isInvalid());
    QVERIFY(!t.isNull());
    QCOMPARE(t.invalidText(), text);
    QCOMPARE(t.toWireSeconds(), text); // sent back as it came, so that validation can point at it
    QVERIFY(!t.toUtc().isValid());
}

void TestTimestamp::formatsForTheWire()
{
    QCOMPARE(Timestamp::parse(u"2023-03-01T14:28:55+02:00").toWireSeconds(), u"2023-03-01T12:28:55Z"_s);
    QCOMPARE(Timestamp::parse(u"2023-10-24T19:59:30.828Z").toWireMillis(), u"2023-10-24T19:59:30.828Z"_s);
    QCOMPARE(Timestamp::parse(u"2023-10-24T19:59:30Z").toWireMillis(), u"2023-10-24T19:59:30.000Z"_s);
    // A fraction the server sent is not truncated when it is sent back.
    QCOMPARE(Timestamp::parse(u"2023-10-24T19:59:30.5Z").toWireSeconds(), u"2023-10-24T19:59:30.500Z"_s);
    QVERIFY(Timestamp::parse(u"").isNull());
    QVERIFY(Timestamp::parse(u"   ").isNull());
    QVERIFY(Timestamp().isNull());
    QCOMPARE(Timestamp().toWireSeconds(), QString());
}

void TestTimestamp::ordersByInstant()
{
    const Timestamp a = Timestamp::parse(u"2023-03-01T12:00:00+01:00");
    const Timestamp b = Timestamp::parse(u"2023-03-01T11:30:00Z");
    QVERIFY(a < b);
    QVERIFY(Timestamp::parse(u"2023-03-01T11:00:00Z") == a);
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"

// The data-model SQL checker (spec §12.3, §12.4): commands found only where they are code, positions for
// the editor's markers, statements, and the result columns with their roles.
#include "models/domain/ColumnRole.h"
#include "models/domain/QueryErrorPosition.h"
#include "models/domain/SqlChecker.h"
#include "models/domain/SqlTokenizer.h"

#include <QTest>

using namespace wsc;
using namespace Qt::StringLiterals;

namespace {

QStringList columnNames(const SqlCheckResult &result)
{
    QStringList names;
    for (const SqlResultColumn &c : result.columns)
        names << c.name;
    return names;
}

QString issues(const SqlCheckResult &result)
{
    QStringList lines;
    for (const SqlIssue &i : result.issues)
        lines << u"%1:%2 %3"_s.arg(i.line).arg(i.column).arg(i.message);
    return lines.join(u"; "_s);
}

} // namespace

class TestSqlChecker : public QObject {
    Q_OBJECT

private slots:
    void locatesWarehouseErrors_data();
    void locatesWarehouseErrors();
    void acceptsReadOnlyQueries_data();
    void acceptsReadOnlyQueries();
    void reportsUnsupportedCommands_data();
    void reportsUnsupportedCommands();
    void reportsPositionsOnLaterLines();
    void refusesMoreThanOneStatement();
    void refusesQueriesNotStartingWithSelect();
    void reportsUnterminatedText();
    void reportsWhatBreaksARun_data();
    void reportsWhatBreaksARun();
    void warnsWithoutBlocking();
    void findsResultColumns_data();
    void findsResultColumns();
    void classifiesColumns_data();
    void classifiesColumns();
    void tokenizesQuotedIdentifiers();
};

void TestSqlChecker::acceptsReadOnlyQueries_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("simple") << u"SELECT email, updated_at FROM db.crm.users"_s;
    QTest::newRow("keywords in strings")
        << u"SELECT email FROM t WHERE note = 'please DELETE me; DROP TABLE x'"_s;
    QTest::newRow("escaped quote in string") << u"SELECT 'it''s; WITH' AS s FROM t"_s;
    QTest::newRow("keywords in line comment") << u"SELECT a -- UPDATE later; DROP\nFROM t"_s;
    QTest::newRow("keywords in block comment") << u"/* CREATE TABLE x; */ SELECT a FROM t /* ALTER */"_s;
    QTest::newRow("keywords as quoted identifiers") << u"SELECT \"update\", `delete`, [create] FROM t"_s;
    QTest::newRow("qualified column named like a command") << u"SELECT t.update, t.merge FROM t"_s;
    QTest::newRow("REPLACE function") << u"SELECT REPLACE(email, ' ', '') AS email FROM t"_s;
    QTest::newRow("TRUNCATE function") << u"SELECT TRUNCATE(amount, 2) AS amount FROM t"_s;
    QTest::newRow("lower case") << u"select email from t where x in (1, 2) order by email"_s;
    QTest::newRow("trailing semicolon") << u"SELECT a FROM t;"_s;
    QTest::newRow("semicolon then comment") << u"SELECT a FROM t; -- done\n"_s;
    QTest::newRow("leading comment and blank lines") << u"\n\n-- users\nSELECT a FROM t"_s;
    QTest::newRow("parenthesised") << u"(SELECT a FROM t)"_s;
    QTest::newRow("spec example")
        << u"SELECT email AS email, COUNT(id) AS \"count_of_open_tickets\", LAST_UPDATED_DATE_TIME "
           "FROM mp.demo_service.tickets WHERE status = 'open' GROUP BY email, LAST_UPDATED_DATE_TIME"_s;
    QTest::newRow("dollar identifiers") << u"SELECT first_name AS \"$firstname\", $col FROM t"_s;
}

void TestSqlChecker::acceptsReadOnlyQueries()
{
    QFETCH(QString, sql);
    const SqlCheckResult result = SqlChecker::check(sql);
    QVERIFY2(result.ok(), qPrintable(issues(result)));
}

void TestSqlChecker::reportsUnsupportedCommands_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("column");
    QTest::newRow("WITH (documented)") << u"WITH x AS (SELECT 1) SELECT * FROM x"_s << u"WITH"_s << 1;
    QTest::newRow("DELETE") << u"DELETE FROM t"_s << u"DELETE"_s << 1;
    QTest::newRow("UPDATE") << u"UPDATE t SET a = 1"_s << u"UPDATE"_s << 1;
    QTest::newRow("DROP") << u"DROP TABLE t"_s << u"DROP"_s << 1;
    QTest::newRow("CREATE") << u"CREATE TABLE t (a int)"_s << u"CREATE"_s << 1;
    QTest::newRow("ALTER") << u"ALTER TABLE t ADD b int"_s << u"ALTER"_s << 1;
    QTest::newRow("INSERT") << u"INSERT INTO t VALUES (1)"_s << u"INSERT"_s << 1;
    QTest::newRow("MERGE") << u"MERGE INTO t USING s ON t.a = s.a"_s << u"MERGE"_s << 1;
    QTest::newRow("GRANT") << u"GRANT SELECT ON t TO r"_s << u"GRANT"_s << 1;
    QTest::newRow("ATTACH") << u"ATTACH DATABASE '/etc/passwd' AS x"_s << u"ATTACH"_s << 1;
    QTest::newRow("PRAGMA") << u"PRAGMA writable_schema = 1"_s << u"PRAGMA"_s << 1;
    QTest::newRow("VACUUM") << u"VACUUM INTO '/tmp/x'"_s << u"VACUUM"_s << 1;
    QTest::newRow("lower case") << u"with x as (select 1) select * from x"_s << u"WITH"_s << 1;
    QTest::newRow("a second statement") << u"SELECT a FROM t; DELETE FROM t"_s << u"DELETE"_s << 18;
    QTest::newRow("after a comment") << u"/* ok */ UPDATE t SET a=1"_s << u"UPDATE"_s << 10;
    QTest::newRow("after a parenthesis") << u"(MERGE INTO t USING s ON 1=1)"_s << u"MERGE"_s << 2;
    QTest::newRow("REPLACE INTO is a command") << u"REPLACE INTO t VALUES (1)"_s << u"REPLACE"_s << 1;
}

void TestSqlChecker::reportsUnsupportedCommands()
{
    QFETCH(QString, sql);
    QFETCH(QString, command);
    QFETCH(int, column);
    const SqlCheckResult result = SqlChecker::check(sql);
    QVERIFY(!result.ok());
    const auto it = std::find_if(result.issues.begin(), result.issues.end(), [&](const SqlIssue &i) {
        return i.message == u"Unsupported SQL command: "_s + command;
    });
    QVERIFY2(it != result.issues.end(), qPrintable(issues(result)));
    QCOMPARE(it->line, 1);
    QCOMPARE(it->column, column);
    QCOMPARE(it->length, command.size());
    QCOMPARE(sql.mid(it->offset, it->length).toUpper(), command);
}

void TestSqlChecker::reportsPositionsOnLaterLines()
{
    const QString sql = u"SELECT a,\n       b -- DROP here is fine\n  FROM t\n WHERE x = 'a\nb';  DROP t"_s;
    const SqlCheckResult result = SqlChecker::check(sql);
    const auto drop = std::find_if(result.issues.begin(), result.issues.end(),
                                   [](const SqlIssue &i) { return i.message.contains(u"DROP"_s); });
    QVERIFY(drop != result.issues.end());
    QCOMPARE(drop->line, 5);
    QCOMPARE(drop->column, 6);
    QCOMPARE(sql.mid(drop->offset, 4), u"DROP"_s);
}

void TestSqlChecker::refusesMoreThanOneStatement()
{
    const SqlCheckResult result = SqlChecker::check(u"SELECT a FROM t;\nSELECT b FROM u"_s);
    QCOMPARE(result.issues.size(), 1u);
    QVERIFY(result.issues[0].message.contains(u"one statement"_s));
    QCOMPARE(result.issues[0].line, 2);
    QCOMPARE(result.issues[0].column, 1);
    QVERIFY(!SqlChecker::check(u"SELECT a FROM t; DROP TABLE t"_s).ok());
    QVERIFY(SqlChecker::check(u"SELECT ';' AS a FROM t"_s).ok());
}

void TestSqlChecker::refusesQueriesNotStartingWithSelect()
{
    for (const QString &sql : {u"SHOW TABLES"_s, u"EXPLAIN SELECT 1"_s, u"VALUES (1)"_s, u"42"_s}) {
        const SqlCheckResult result = SqlChecker::check(sql);
        QCOMPARE(result.issues.size(), 1u);
        QVERIFY2(result.issues[0].message.contains(u"SELECT"_s), qPrintable(sql));
    }
    for (const QString &sql : {QString(), u"   \n "_s, u"-- nothing\n/* at all */"_s}) {
        const SqlCheckResult result = SqlChecker::check(sql);
        QCOMPARE(result.issues.size(), 1u);
        QVERIFY(result.issues[0].message.contains(u"empty"_s));
    }
    // A forbidden first word is reported once, as the command it is.
    QCOMPARE(SqlChecker::check(u"DELETE FROM t"_s).issues.size(), 1u);
}

void TestSqlChecker::reportsUnterminatedText()
{
    SqlCheckResult result = SqlChecker::check(u"SELECT 'abc FROM t"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.issues[0].column, 8);
    QVERIFY(result.issues[0].message.contains(u"string"_s));
    result = SqlChecker::check(u"SELECT a FROM t /* DROP"_s);
    QVERIFY(result.issues[0].message.contains(u"comment"_s));
    QCOMPARE(result.issues.size(), 1u); // the DROP inside the open comment is not code
    result = SqlChecker::check(u"SELECT \"a FROM t"_s);
    QVERIFY(result.issues[0].message.contains(u"quoted"_s));
}

void TestSqlChecker::findsResultColumns_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("wildcard");
    QTest::newRow("plain") << u"SELECT email, updated_at FROM t"_s << QStringList{u"email"_s, u"updated_at"_s}
                           << false;
    QTest::newRow("AS alias") << u"SELECT e.mail AS email, COUNT(id) AS cnt FROM t e"_s
                              << QStringList{u"email"_s, u"cnt"_s} << false;
    QTest::newRow("implicit alias") << u"SELECT LOWER(mail) email, 1 one, 'x' tag FROM t"_s
                                    << QStringList{u"email"_s, u"one"_s, u"tag"_s} << false;
    QTest::newRow("quoted alias keeps case") << u"SELECT x AS \"$FirstName\", y AS `Last` FROM t"_s
                                             << QStringList{u"$FirstName"_s, u"Last"_s} << false;
    QTest::newRow("qualified") << u"SELECT db.s.t.email, u.customer_id FROM db.s.t u"_s
                               << QStringList{u"email"_s, u"customer_id"_s} << false;
    QTest::newRow("expression without alias") << u"SELECT COUNT(*), a + b, email FROM t"_s
                                              << QStringList{QString(), QString(), u"email"_s} << false;
    QTest::newRow("nested commas") << u"SELECT COALESCE(a, b, c) AS x, CONCAT(d, ',', e) y FROM t"_s
                                   << QStringList{u"x"_s, u"y"_s} << false;
    QTest::newRow("CASE ... END alias")
        << u"SELECT CASE WHEN a THEN 1 ELSE 0 END flag, CASE WHEN b THEN 2 END FROM t"_s
        << QStringList{u"flag"_s, QString()} << false;
    QTest::newRow("DISTINCT") << u"SELECT DISTINCT email FROM t"_s << QStringList{u"email"_s} << false;
    QTest::newRow("star") << u"SELECT * FROM t"_s << QStringList{QString()} << true;
    QTest::newRow("table star") << u"SELECT t.*, u.email FROM t JOIN u ON t.id = u.id"_s
                                << QStringList{QString(), u"email"_s} << true;
    QTest::newRow("product is not a star") << u"SELECT a * b AS c FROM t"_s << QStringList{u"c"_s} << false;
    QTest::newRow("subquery in FROM")
        << u"SELECT x.a FROM (SELECT a, b FROM t) x"_s << QStringList{u"a"_s} << false;
    QTest::newRow("comment between") << u"SELECT a /* first */, -- then\n b FROM t"_s
                                     << QStringList{u"a"_s, u"b"_s} << false;
    QTest::newRow("no FROM") << u"SELECT 1 AS one"_s << QStringList{u"one"_s} << false;
}

void TestSqlChecker::findsResultColumns()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, names);
    QFETCH(bool, wildcard);
    const SqlCheckResult result = SqlChecker::check(sql);
    QVERIFY2(result.ok(), qPrintable(issues(result)));
    QCOMPARE(columnNames(result), names);
    QCOMPARE(result.hasWildcard, wildcard);
}

void TestSqlChecker::classifiesColumns_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("role");
    QTest::newRow("email") << u"email"_s << int(ColumnRole::UserIdentity);
    QTest::newRow("EMAIL (case-insensitive)") << u"EMAIL"_s << int(ColumnRole::UserIdentity);
    QTest::newRow("customerid") << u"customerid"_s << int(ColumnRole::UserIdentity);
    QTest::newRow("customer_id") << u"Customer_Id"_s << int(ColumnRole::UserIdentity);
    QTest::newRow("mpid") << u"mpid"_s << int(ColumnRole::UserIdentity);
    QTest::newRow("other_id_10") << u"other_id_10"_s << int(ColumnRole::UserIdentity);
    QTest::newRow("other_id_11 is an attribute") << u"other_id_11"_s << int(ColumnRole::Attribute);
    QTest::newRow("phone_number_3") << u"phone_number_3"_s << int(ColumnRole::UserIdentity);
    QTest::newRow("ios_idfv") << u"ios_idfv"_s << int(ColumnRole::DeviceIdentity);
    QTest::newRow("mp_deviceid") << u"MP_DEVICEID"_s << int(ColumnRole::DeviceIdentity);
    QTest::newRow("iterator") << u"UPDATED_AT"_s << int(ColumnRole::Iterator);
    QTest::newRow("attribute") << u"$firstname"_s << int(ColumnRole::Attribute);
    QTest::newRow("plain attribute") << u"lifetime_value"_s << int(ColumnRole::Attribute);
}

void TestSqlChecker::classifiesColumns()
{
    QFETCH(QString, column);
    QFETCH(int, role);
    QCOMPARE(int(ColumnRoles::classify(column, u"updated_at"_s)), role);
}

void TestSqlChecker::tokenizesQuotedIdentifiers()
{
    const QString sql = u"SELECT \"a\"\"b\", [c d], 'e''f' FROM t"_s;
    const auto tokens = SqlTokenizer::tokenize(sql);
    QCOMPARE(tokens[1].kind, SqlToken::Kind::QuotedIdentifier);
    QCOMPARE(tokens[1].identifier(), u"a\"b"_s);
    QCOMPARE(tokens[3].identifier(), u"c d"_s);
    QCOMPARE(tokens[5].kind, SqlToken::Kind::String);
    QCOMPARE(tokens[5].text, u"'e''f'");
}

void TestSqlChecker::reportsWhatBreaksARun_data()
{
    // An error the warehouse would give on the first run, found before Save, where it is.
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("column");
    QTest::newRow("the issue's example: an empty item")
        << u"SELECT order_id, , email FROM t WHERE (amount > 100"_s << u"empty item"_s << 18;
    QTest::newRow("the issue's example: an open parenthesis")
        << u"SELECT order_id, , email FROM t WHERE (amount > 100"_s << u"not closed"_s << 39;
    QTest::newRow("a comma after SELECT") << u"SELECT , a FROM t"_s << u"empty item"_s << 8;
    QTest::newRow("a trailing comma before FROM") << u"SELECT a, b, FROM t"_s << u"ends with a comma"_s << 12;
    QTest::newRow("a trailing comma at the end") << u"SELECT a,"_s << u"ends with a comma"_s << 9;
    QTest::newRow("no select list") << u"SELECT FROM t"_s << u"select list is empty"_s << 1;
    QTest::newRow("a parenthesis too many") << u"SELECT a FROM t WHERE (b = 1))"_s << u"closes none"_s << 30;
    QTest::newRow("a nested one not closed")
        << u"SELECT COALESCE(a, (b) AS c FROM t"_s << u"not closed"_s << 16;
    QTest::newRow("a quote not closed")
        << u"SELECT a FROM t WHERE b = 'x"_s << u"string is not closed"_s << 27;
}

void TestSqlChecker::reportsWhatBreaksARun()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    QFETCH(int, column);
    const SqlCheckResult result = SqlChecker::check(sql);
    QVERIFY(!result.ok());
    const auto it = std::find_if(result.issues.begin(), result.issues.end(),
                                 [&](const SqlIssue &i) { return i.message.contains(message); });
    QVERIFY2(it != result.issues.end(), qPrintable(issues(result)));
    QVERIFY(it->isError());
    QCOMPARE(it->line, 1);
    QCOMPARE(it->column, column);
    // Parentheses in strings, quoted names and comments are text.
    QVERIFY(SqlChecker::check(u"SELECT ')' AS a, \"(\" AS b FROM t -- (\n"_s).ok());
}

void TestSqlChecker::warnsWithoutBlocking()
{
    // Our reading of what likely goes wrong: warnings, at the item, and the query still saves.
    auto warnings = [](const QString &sql) {
        const SqlCheckResult result = SqlChecker::check(sql);
        QStringList found;
        for (const SqlIssue &i : result.issues) {
            if (!i.isError())
                found << u"%1:%2"_s.arg(i.column).arg(i.message.section(u' ', 0, 3));
        }
        return std::pair{result.ok(), found};
    };
    QCOMPARE(warnings(u"SELECT 1 AS one"_s), (std::pair{true, QStringList{u"1:The query has no"_s}}));
    // An unclosed parenthesis took the FROM: its error is what to fix, not a missing FROM.
    QCOMPARE(warnings(u"SELECT a, (b AS c FROM t"_s),
             (std::pair{false, QStringList{u"11:This expression has no"_s}}));
    QCOMPARE(warnings(u"SELECT a, COUNT(*), b FROM t GROUP BY a, b"_s),
             (std::pair{true, QStringList{u"11:This expression has no"_s}}));
    QCOMPARE(warnings(u"SELECT email, Email FROM t"_s),
             (std::pair{true, QStringList{u"15:Another column of the"_s}}));
    QCOMPARE(warnings(u"SELECT \"Email\", \"email\", t.* FROM t"_s).second,
             QStringList()); // quoted: two names
    QCOMPARE(warnings(u"SELECT * FROM t"_s).second, QStringList());
    QStringList many;
    for (int i = 0; i < 101; ++i)
        many << u"c%1"_s.arg(i);
    QCOMPARE(warnings(u"SELECT "_s + many.join(u", "_s) + u" FROM t"_s),
             (std::pair{true, QStringList{u"1:The query returns 101"_s}}));
    many.removeLast();
    QCOMPARE(warnings(u"SELECT "_s + many.join(u", "_s) + u" FROM t"_s).second, QStringList());
}

void TestSqlChecker::locatesWarehouseErrors_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    const QString sql = u"SELECT email,\n  nope\nFROM crm.users"_s;
    QTest::newRow("sqlite near") << u"near \"nope\": syntax error"_s << sql << 2 << 3;
    QTest::newRow("sqlite no such column") << u"no such column: nope"_s << sql << 2 << 3;
    QTest::newRow("sqlite no such table, the last part") << u"no such table: crm.users"_s << sql << 3 << 10;
    QTest::newRow("postgres relation") << u"relation \"crm.users\" does not exist"_s << sql << 3 << 10;
    QTest::newRow("snowflake position (from 0)")
        << u"SQL compilation error: syntax error line 3 at position 2 unexpected 'nope'."_s << sql << 2 << 3;
    QTest::newRow("postgres LINE, leading blank lines kept")
        << u"ERROR: something\nLINE 3: ..."_s << u"\n\nSELECT a,\n b FROM t"_s << 4 << 1;
    QTest::newRow("nothing usable") << u"permission denied"_s << sql << 0 << 0;
    QTest::newRow("outside the model") << u"line 9 at position 1"_s << sql << 0 << 0;
}

void TestSqlChecker::locatesWarehouseErrors()
{
    QFETCH(QString, message);
    QFETCH(QString, sql);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto at = QueryErrorPosition::locate(message, sql);
    QCOMPARE(at ? at->line : 0, line);
    QCOMPARE(at ? at->column : 0, column);
}

QTEST_GUILESS_MAIN(TestSqlChecker)
#include "tst_sqlchecker.moc"

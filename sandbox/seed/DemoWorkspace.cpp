#include "sandbox/seed/DemoWorkspace.h"

#include "sandbox/engine/Service.h"
#include "sandbox/engine/WireTime.h"
#include "sandbox/warehouse/Warehouse.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <sqlite3.h>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;

namespace {

const QStringList kFirstNames = {u"Ada"_s,     u"Grace"_s,  u"Alan"_s,     u"Edsger"_s,
                                 u"Barbara"_s, u"Donald"_s, u"Margaret"_s, u"Ken"_s,
                                 u"Frances"_s, u"Dennis"_s, u"Radia"_s,    u"Tim"_s};
const QStringList kLastNames = {u"Lovelace"_s, u"Hopper"_s,  u"Turing"_s,   u"Dijkstra"_s,
                                u"Liskov"_s,   u"Knuth"_s,   u"Hamilton"_s, u"Thompson"_s,
                                u"Allen"_s,    u"Ritchie"_s, u"Perlman"_s,  u"Lee"_s};
const QStringList kCountries = {u"US"_s, u"DE"_s, u"GB"_s, u"FR"_s, u"AU"_s, u"JP"_s, u"BR"_s, u"CA"_s};
const QStringList kPlans = {u"free"_s, u"starter"_s, u"pro"_s, u"enterprise"_s};
const QStringList kOrderStatuses = {u"placed"_s, u"shipped"_s, u"delivered"_s, u"refunded"_s};
const QStringList kTicketSubjects = {u"Cannot log in"_s, u"Refund request"_s, u"Invoice question"_s,
                                     u"Feature request"_s, u"Bug report"_s};
const QStringList kTicketPriorities = {u"low"_s, u"normal"_s, u"high"_s};
const int kUsers = 3000;
const int kOrders = 9000;
const int kTickets = 2400;

bool exec(sqlite3 *db, const QString &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message);
    sqlite3_free(message);
    return false;
}

// Creates one schema file from a CREATE TABLE and rows produced by `row(i)` as SQL value lists.
bool writeTable(const QString &path, const QString &create, int count, const std::function<QString(int)> &row,
                const QString &table, QString *error)
{
    QFile::remove(path);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close_v2(db);
        return false;
    }
    bool ok = exec(db, create, error) && exec(db, u"BEGIN"_s, error);
    for (int i = 0; ok && i < count; ++i)
        ok = exec(db, u"INSERT INTO "_s + table + u" VALUES ("_s + row(i) + u')', error);
    ok = ok && exec(db, u"COMMIT"_s, error);
    sqlite3_close_v2(db);
    return ok;
}

QString quoted(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

QString email(int user)
{
    return u"user"_s + QString::number(user) + u"@example.com"_s;
}

// What the rows of the three tables draw from: one seeded generator, drawn from in table order so that the
// demo data is the same every time, and the span their timestamps spread over.
class DemoRows {
public:
    explicit DemoRows(const QDateTime &now)
        : m_first(now.addDays(-90).toSecsSinceEpoch())
    {}

    QRandomGenerator &random() { return m_random; }
    QString pick(const QStringList &values) { return values[m_random.bounded(values.size())]; }
    // Row i of count, in time order with some jitter: 90 days before now to 60 days after it, so that later
    // rows "arrive" as the clock passes them.
    QString timestamp(int i, int count)
    {
        const qint64 at = m_first + kSpanSeconds * i / count + m_random.bounded(3600);
        return quoted(WireTime::sqlite(QDateTime::fromSecsSinceEpoch(at, Qt::UTC)).left(19));
    }

private:
    static constexpr qint64 kSpanSeconds = 150LL * 86400;
    QRandomGenerator m_random{20231031};
    qint64 m_first;
};

bool writeUsers(const QString &dir, DemoRows &rows, QString *error)
{
    return writeTable(
        dir + u"/crm.sqlite"_s,
        u"CREATE TABLE users(id INTEGER PRIMARY KEY, email TEXT, customer_id TEXT, first_name TEXT, "
        u"last_name TEXT,"
        " country TEXT, plan TEXT, lifetime_value REAL, updated_at TEXT)"_s,
        kUsers,
        [&](int i) {
            // Every 40th user has no identity at all: a record that cannot be mapped.
            const bool anonymous = i % 40 == 39;
            return QStringList{QString::number(i + 1),
                               anonymous ? u"NULL"_s : quoted(email(i + 1)),
                               anonymous ? u"NULL"_s : quoted(u"C%1"_s.arg(100000 + i)),
                               quoted(rows.pick(kFirstNames)),
                               quoted(rows.pick(kLastNames)),
                               quoted(rows.pick(kCountries)),
                               quoted(rows.pick(kPlans)),
                               QString::number(rows.random().bounded(500000) / 100.0, 'f', 2),
                               rows.timestamp(i, kUsers)}
                .join(u", "_s);
        },
        u"users"_s, error);
}

bool writeOrders(const QString &dir, DemoRows &rows, QString *error)
{
    return writeTable(
        dir + u"/sales.sqlite"_s,
        u"CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id TEXT, email TEXT, amount REAL,"
        " currency TEXT, status TEXT, updated_at TEXT)"_s,
        kOrders,
        [&](int i) {
            const int user = 1 + int(rows.random().bounded(kUsers));
            return QStringList{QString::number(500000 + i),
                               quoted(u"C%1"_s.arg(100000 + user - 1)),
                               quoted(email(user)),
                               QString::number(rows.random().bounded(2000, 40000) / 100.0, 'f', 2),
                               quoted(i % 5 == 0 ? u"EUR"_s : u"USD"_s),
                               quoted(rows.pick(kOrderStatuses)),
                               rows.timestamp(i, kOrders)}
                .join(u", "_s);
        },
        u"orders"_s, error);
}

bool writeTickets(const QString &dir, DemoRows &rows, QString *error)
{
    return writeTable(
        dir + u"/support.sqlite"_s,
        u"CREATE TABLE tickets(ticket_id INTEGER PRIMARY KEY, email TEXT, subject TEXT, status TEXT,"
        " priority TEXT, updated_at TEXT)"_s,
        kTickets,
        [&](int i) {
            return QStringList{QString::number(9000 + i),
                               quoted(email(1 + int(rows.random().bounded(kUsers / 3)))),
                               quoted(rows.pick(kTicketSubjects)),
                               quoted(rows.random().bounded(3) == 0 ? u"closed"_s : u"open"_s),
                               quoted(rows.pick(kTicketPriorities)),
                               rows.timestamp(i, kTickets)}
                .join(u", "_s);
        },
        u"tickets"_s, error);
}

} // namespace

bool DemoWorkspace::writeTables(const QString &dir, const QDateTime &now, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = u"cannot create "_s + dir;
        return false;
    }
    DemoRows rows(now);
    return writeUsers(dir, rows, error) && writeOrders(dir, rows, error) && writeTickets(dir, rows, error);
}

namespace {

// One seed file of resources/demo (compiled in), with each "${NAME}" string replaced by its value.
QJsonArray seedFile(const QString &name, const QHash<QString, QString> &values)
{
    QFile file(u":/sandbox/demo/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The demo seed %s is not compiled in", qPrintable(name));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isArray())
        qFatal("The demo seed %s is not a JSON array: %s", qPrintable(name), qPrintable(error.errorString()));
    std::function<QJsonValue(const QJsonValue &)> fill = [&](const QJsonValue &value) -> QJsonValue {
        if (value.isString()) {
            const QString text = value.toString();
            if (text.startsWith(u"${"_s) && text.endsWith(u'}')) {
                const auto it = values.constFind(text.mid(2, text.size() - 3));
                if (it == values.constEnd())
                    qFatal("The demo seed %s names an unknown value %s", qPrintable(name), qPrintable(text));
                return *it;
            }
            return value;
        }
        if (value.isArray()) {
            QJsonArray out;
            for (const QJsonValue &item : value.toArray())
                out.append(fill(item));
            return out;
        }
        if (value.isObject()) {
            QJsonObject out = value.toObject();
            for (auto it = out.begin(); it != out.end(); ++it)
                it.value() = fill(it.value());
            return out;
        }
        return value;
    };
    return fill(document.array()).toArray();
}

} // namespace

void DemoWorkspace::seed(Service &service, const Warehouse &warehouse, const QDateTime &now)
{
    using Kind = Service::Kind;
    const QDateTime created = now.addDays(-30);
    // The times the seed files name, relative to now: a demo that is always recent.
    const QHash<QString, QString> values = {
        {u"START_OF_DAY_21_DAYS_AGO"_s,
         WireTime::seconds(QDateTime(now.date().addDays(-21), QTime(6, 0), Qt::UTC))},
        {u"LAST_HOUR_3_DAYS_AGO"_s,
         WireTime::seconds(QDateTime(now.date().addDays(-3), QTime(now.time().hour(), 0), Qt::UTC))},
        {u"90_DAYS_AGO"_s, WireTime::seconds(now.addDays(-90))},
    };
    for (const QJsonValue &c : seedFile(u"connections.json"_s, values)) {
        QString error;
        DemoWorkspace::writeTables(warehouse.directoryFor(c.toObject()), now, &error);
        service.insertGenerated(Kind::Connection, c.toObject(), created);
    }
    const std::pair<Kind, QString> files[] = {{Kind::DataModel, u"data-models.json"_s},
                                              {Kind::FieldTransformation, u"field-transformations.json"_s},
                                              {Kind::Pipeline, u"pipelines.json"_s}};
    for (const auto &[kind, file] : files) {
        for (const QJsonValue &item : seedFile(file, values))
            service.insertGenerated(kind, item.toObject(), created);
    }

    // History: the scheduled runs up to now, run for real against the demo warehouse. Three pipelines are
    // active, so that a newcomer's first pipelines fit under the published limit of five (§14); the daily
    // orders and the one-off load keep the history they had before they were paused.
    service.backfill(u"users-hourly"_s, now.addDays(-3));
    service.backfill(u"orders-daily"_s, now.addDays(-21));
    service.backfill(u"loyalty-hourly"_s, now.addDays(-3)); // fails: the table does not exist → faulted
    service.backfillRun(u"tickets-on-demand"_s, u"manual"_s, now.addDays(-5));
    service.backfillRun(u"tickets-on-demand"_s, u"manual"_s, now.addDays(-1).addSecs(-3 * 3600));
    service.backfillRun(u"bq-users-once"_s, u"scheduled"_s, now.addDays(-12));
}

} // namespace wsc::sandbox

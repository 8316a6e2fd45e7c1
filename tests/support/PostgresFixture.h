#pragma once

// Test support: a real PostgreSQL server for one test, in a temporary directory, on a free loopback port,
// with password authentication and a `dev` database shaped like the demo warehouse (support.tickets,
// crm.users, sales.orders, a view). It runs as the `postgres` user when the test runs as root (the server
// refuses root), as a child process that dies with the test, and is stopped and deleted with the fixture.

#include "client/warehouse/PostgresDriver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>

#include <algorithm>
#include <grp.h>
#include <memory>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wsc::test {

class PostgresFixture {
public:
    // Debian's server binaries: /usr/lib/postgresql/<major>/bin, the newest installed (15 on Debian 12).
    static QString binDir()
    {
        QDir versions(u"/usr/lib/postgresql"_qs);
        QStringList majors = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(majors.begin(), majors.end(),
                  [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
        return versions.filePath((majors.isEmpty() ? u"15"_qs : majors.last()) + u"/bin"_qs);
    }

    PostgresFixture() = default;
    PostgresFixture(const PostgresFixture &) = delete;
    PostgresFixture &operator=(const PostgresFixture &) = delete;
    ~PostgresFixture() { stop(); }

    // Starts the server and fills `dev`; on failure `error()` says why (and what to install).
    bool start()
    {
        if (!checkPrerequisites() || !prepareDirectory() || !initdb())
            return false;
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort();
            if (startServer())
                return seed();
            // Someone took the port between our probe and the server's bind: another one.
            if (!QString::fromUtf8(readFile(u"server.log"_qs)).contains(u"could not bind"_qs))
                return false;
        }
        return false;
    }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        run(bin(u"pg_ctl"_qs), {u"-D"_qs, dataDir(), u"stop"_qs, u"-m"_qs, u"immediate"_qs, u"-w"_qs}, 20000);
        if (!m_server->waitForFinished(10000)) {
            m_server->kill();
            m_server->waitForFinished(2000);
        }
    }

    const QString &error() const { return m_error; }
    quint16 port() const { return m_port; }

    // The reader's login to `dev`: it owns the tables, so only the read-only transaction keeps it from
    // writing.
    PostgresDriver::Settings settings() const
    {
        PostgresDriver::Settings s;
        s.host = u"127.0.0.1"_qs;
        s.port = m_port;
        s.database = u"dev"_qs;
        s.user = u"wsc_reader"_qs;
        s.password = readerPassword();
        return s;
    }
    static QString readerPassword() { return u"Reader-pw-4711!"_qs; }

    // Runs `sql` as the administrator in `dev` (for checks behind the driver's back).
    QVariant scalar(const QString &sql)
    {
        QVariant value;
        withAdmin(u"dev"_qs, [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
            else
                m_error = query.lastError().text();
            return true;
        });
        return value;
    }

private:
    static QString adminPassword() { return u"Admin-pw-0815"_qs; }
    QString bin(const QString &tool) const { return m_binDir + u'/' + tool; }
    QString dataDir() const { return m_dir.filePath(u"data"_qs); }
    QString socketDir() const { return m_dir.filePath(u"socket"_qs); }
    static bool asRoot() { return ::geteuid() == 0; }

    QByteArray readFile(const QString &name) const
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool checkPrerequisites()
    {
        if (!QFile::exists(bin(u"initdb"_qs)) || !QFile::exists(bin(u"pg_ctl"_qs)))
            return fail(
                u"PostgreSQL server binaries are missing in %1: install the Debian package "
                u"postgresql (scripts/lib/common.sh lists it in WSC_TEST_PACKAGES)."_qs.arg(m_binDir));
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_qs))
            return fail(u"Qt's QPSQL driver is missing: install the Debian package libqt6sql6-psql."_qs);
        if (asRoot() && !::getpwnam("postgres"))
            return fail(u"Running as root, but there is no postgres user to run the server as (it comes "
                        u"with the postgresql package)."_qs);
        return true;
    }

    // As root, the directory belongs to postgres, who runs every server command.
    bool prepareDirectory()
    {
        if (!m_dir.isValid())
            return fail(u"Could not create a temporary directory."_qs);
        QDir(m_dir.path()).mkpath(u"socket"_qs);
        QFile pw(m_dir.filePath(u"pw"_qs));
        if (!pw.open(QIODevice::WriteOnly) || pw.write(adminPassword().toUtf8()) < 0)
            return fail(u"Could not write the password file."_qs);
        pw.close();
        if (!asRoot())
            return true;
        const passwd *user = ::getpwnam("postgres");
        for (const QString &path : {m_dir.path(), socketDir(), m_dir.filePath(u"pw"_qs)}) {
            if (::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0)
                return fail(u"Could not give %1 to the postgres user."_qs.arg(path));
        }
        return true;
    }

    bool run(const QString &program, const QStringList &arguments, int timeoutMs, QString *output = nullptr)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (asRoot())
            process.start(u"runuser"_qs,
                          QStringList{u"-u"_qs, u"postgres"_qs, u"--"_qs, program} + arguments);
        else
            process.start(program, arguments);
        const bool finished = process.waitForStarted(5000) && process.waitForFinished(timeoutMs);
        const QString text = QString::fromLocal8Bit(process.readAll());
        if (output)
            *output = text;
        if (!finished) {
            process.kill();
            process.waitForFinished(2000);
            return fail(u"%1 did not finish in time: %2"_qs.arg(program, text));
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return fail(u"%1 failed (%2): %3"_qs.arg(program).arg(process.exitCode()).arg(text));
        return true;
    }

    bool initdb()
    {
        return run(bin(u"initdb"_qs),
                   {u"-D"_qs, dataDir(), u"-U"_qs, u"wsc_admin"_qs, u"--pwfile"_qs, m_dir.filePath(u"pw"_qs),
                    u"--auth"_qs, u"scram-sha-256"_qs, u"-E"_qs, u"UTF8"_qs, u"--no-locale"_qs,
                    u"--no-sync"_qs, u"--no-instructions"_qs},
                   60000);
    }

    // The server cannot listen on port 0 and tell us: a port the system just handed out, probably free.
    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

    // The server runs as a child of the test (as postgres when we are root) that dies with it, even when
    // the test crashes.
    bool startServer()
    {
        const bool root = asRoot();
        const passwd *user = root ? ::getpwnam("postgres") : nullptr;
        const uid_t uid = user ? user->pw_uid : ::getuid();
        const gid_t gid = user ? user->pw_gid : ::getgid();
        m_server = std::make_unique<QProcess>();
        m_server->setWorkingDirectory(m_dir.path());
        m_server->setProcessChannelMode(QProcess::MergedChannels);
        m_server->setStandardOutputFile(m_dir.filePath(u"server.log"_qs));
        m_server->setChildProcessModifier([root, uid, gid] {
            if (root && (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0))
                ::_exit(127);
            // Set after the change of user, which clears it.
            ::prctl(PR_SET_PDEATHSIG, SIGQUIT);
        });
        m_server->start(bin(u"postgres"_qs),
                        {u"-D"_qs, dataDir(), u"-p"_qs, QString::number(m_port), u"-k"_qs, socketDir(),
                         u"-c"_qs, u"listen_addresses=127.0.0.1"_qs, u"-c"_qs, u"fsync=off"_qs, u"-c"_qs,
                         u"full_page_writes=off"_qs, u"-c"_qs, u"max_connections=20"_qs});
        if (!m_server->waitForStarted(10000))
            return fail(u"Could not start %1: %2"_qs.arg(bin(u"postgres"_qs), m_server->errorString()));
        m_running = true;
        // Ready once it accepts a login; gone when it could not start (a port someone else took).
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            if (canConnect())
                return true;
            if (m_server->waitForFinished(100)) {
                m_running = false;
                return fail(u"The server stopped: "_qs + QString::fromUtf8(readFile(u"server.log"_qs)));
            }
        }
        return fail(u"The server did not accept connections within 30 s: "_qs +
                    QString::fromUtf8(readFile(u"server.log"_qs)));
    }

    bool canConnect()
    {
        const QString name = u"wsc-postgres-fixture-probe"_qs;
        bool open = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, name);
            db.setHostName(u"127.0.0.1"_qs);
            db.setPort(m_port);
            db.setDatabaseName(u"postgres"_qs);
            db.setUserName(u"wsc_admin"_qs);
            db.setPassword(adminPassword());
            db.setConnectOptions(u"connect_timeout=2"_qs);
            open = db.open();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return open;
    }

    template <typename Work>
    bool withAdmin(const QString &database, Work work)
    {
        const QString name = u"wsc-postgres-fixture"_qs;
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, name);
            db.setHostName(u"127.0.0.1"_qs);
            db.setPort(m_port);
            db.setDatabaseName(database);
            db.setUserName(u"wsc_admin"_qs);
            db.setPassword(adminPassword());
            if (!db.open())
                m_error = u"Could not connect as the administrator: "_qs + db.lastError().text();
            else
                ok = work(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    bool execAll(QSqlDatabase &db, const QStringList &statements)
    {
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            if (!query.exec(sql))
                return fail(u"Seeding failed on %1: %2"_qs.arg(sql, query.lastError().text()));
        }
        return true;
    }

    bool seed()
    {
        const QStringList setup = {
            u"CREATE ROLE wsc_reader LOGIN PASSWORD '%1'"_qs.arg(readerPassword()),
            u"CREATE DATABASE dev OWNER wsc_reader"_qs,
        };
        if (!withAdmin(u"postgres"_qs, [&](QSqlDatabase &db) { return execAll(db, setup); }))
            return false;
        return withAdmin(u"dev"_qs, [&](QSqlDatabase &db) { return execAll(db, demoWarehouse()); });
    }

    // 300 users (every 7th without a plan, every 11th without a country), 250 tickets, 400 orders, a view
    // and a function.
    static QStringList demoWarehouse()
    {
        return {
            u"SET ROLE wsc_reader"_qs,
            u"CREATE SCHEMA support"_qs,
            u"CREATE SCHEMA crm"_qs,
            u"CREATE SCHEMA sales"_qs,
            u"CREATE TABLE crm.users (email varchar(200) PRIMARY KEY, customer_id bigint NOT NULL, "
            u"first_name text, last_name text, country char(2), plan text, lifetime_value numeric(12,2), "
            u"updated_at timestamp)"_qs,
            u"INSERT INTO crm.users SELECT 'user' || i || '@example.com', 1000 + i, 'First' || i, 'Last' || "
            u"i, "
            u"CASE WHEN i % 11 = 0 THEN NULL ELSE (ARRAY['DE','US','FR'])[1 + i % 3] END, "
            u"CASE WHEN i % 7 = 0 THEN NULL ELSE (ARRAY['free','pro','team'])[1 + i % 3] END, "
            u"i * 10.25, timestamp '2024-03-01 12:00:00' - i * interval '1 hour' "
            u"FROM generate_series(1, 300) AS i"_qs,
            u"CREATE TABLE support.tickets (ticket_id integer PRIMARY KEY, email text, status varchar(20), "
            u"updated_at timestamptz)"_qs,
            u"INSERT INTO support.tickets SELECT i, CASE WHEN i % 10 = 0 THEN NULL ELSE 'user' || i || "
            u"'@example.com' END, (ARRAY['open','pending','solved'])[1 + i % 3], "
            u"timestamptz '2024-03-01 12:00:00+00' - i * interval '1 day' FROM generate_series(1, 250) AS i"_qs,
            u"CREATE TABLE sales.orders (order_id bigint PRIMARY KEY, email varchar(200), amount "
            u"numeric(10,2), "
            u"is_gift boolean, ordered_at timestamptz, ordered_on date, weight real, details jsonb, ref uuid)"_qs,
            u"INSERT INTO sales.orders SELECT i, 'user' || (1 + i % 300) || '@example.com', i * 1.5, i % 5 = "
            u"0, "
            u"timestamptz '2024-02-01 08:00:00+00' + i * interval '1 hour', date '2024-02-01' + i % 30, "
            u"i / 4.0, jsonb_build_object('items', i % 4), md5(i::text)::uuid FROM generate_series(1, 400) AS i"_qs,
            // Sleeps through statement timeouts and cancels alike: what a server that ignores them does.
            u"CREATE FUNCTION support.stubborn_sleep(seconds float8) RETURNS int LANGUAGE plpgsql AS $$ "
            u"DECLARE started timestamptz := clock_timestamp(); BEGIN LOOP "
            u"BEGIN PERFORM pg_sleep(0.05); EXCEPTION WHEN query_canceled THEN NULL; END; "
            u"EXIT WHEN clock_timestamp() - started > seconds * interval '1 second'; END LOOP; RETURN 1; END $$"_qs,
            u"CREATE VIEW crm.paying_users AS SELECT email, plan, lifetime_value FROM crm.users "
            u"WHERE plan IN ('pro', 'team')"_qs,
        };
    }

    QString m_binDir = binDir();
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_server;
    bool m_running = false;
    QString m_error;
};

} // namespace wsc::test

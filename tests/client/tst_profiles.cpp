// Profiles live in QSettings without their secret; secrets go to the keychain, or to memory with a
// warning when there is no keychain.
#include "client/Profile.h"
#include "client/SecretStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;
using namespace Qt::StringLiterals;

class TestProfiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void startsWithTheLocalSandbox();
    void savesEditsAndRemovesProfiles();
    void refusesIncompleteOrInsecureProfiles();
    void keepsSecretsOutOfSettings();
    void fallsBackToMemoryWithAWarning();

private:
    static Profile example(const QString &name)
    {
        Profile p;
        p.name = name;
        p.apiRoot = ProfileStore::defaultApiRoot();
        p.tokenUrl = ProfileStore::defaultTokenUrl();
        p.workspaceId = u"12345"_s;
        p.clientId = u"client-id"_s;
        p.pod = u"US1"_s;
        return p;
    }
};

void TestProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"WarehouseSyncConsoleTests"_s);
    QCoreApplication::setApplicationName(u"tst_profiles"_s);
    QSettings().clear();
}

void TestProfiles::cleanupTestCase()
{
    QSettings().clear();
}

void TestProfiles::startsWithTheLocalSandbox()
{
    const ProfileStore store;
    const auto profiles = store.profiles();
    QCOMPARE(profiles.size(), 1u);
    QVERIFY(profiles.front().embeddedSandbox);
    QCOMPARE(profiles.front().name, ProfileStore::sandboxProfileName());
    QVERIFY(store.lastUsed().isEmpty());
}

void TestProfiles::savesEditsAndRemovesProfiles()
{
    ProfileStore store;
    QCOMPARE(store.save(example(u"Production / EU"_s)), QString());
    QCOMPARE(store.save(example(u"Acme staging"_s)), QString());
    auto profiles = store.profiles();
    QCOMPARE(profiles.size(), 3u);
    QCOMPARE(profiles[1].name, u"Acme staging"_s); // sorted by name after the built-in one
    QCOMPARE(*store.profile(u"Production / EU"_s), example(u"Production / EU"_s));

    Profile renamed = example(u"Production"_s);
    renamed.workspaceId = u"999"_s;
    QCOMPARE(store.save(renamed, u"Production / EU"_s), QString());
    QVERIFY(!store.profile(u"Production / EU"_s));
    QCOMPARE(store.profile(u"Production"_s)->workspaceId, u"999"_s);
    QVERIFY(!store.save(example(u"Production"_s)).isEmpty()); // the name is taken

    store.setLastUsed(u"Production"_s);
    QCOMPARE(ProfileStore().lastUsed(), u"Production"_s);
    store.remove(u"Production"_s);
    QVERIFY(!store.profile(u"Production"_s));
}

void TestProfiles::refusesIncompleteOrInsecureProfiles()
{
    ProfileStore store;
    Profile p = example(QString());
    QVERIFY(!store.save(p).isEmpty());
    p = example(ProfileStore::sandboxProfileName());
    QVERIFY(!store.save(p).isEmpty());
    p = example(u"Plain http"_s);
    p.apiRoot = QUrl(u"http://api.mparticle.com"_s);
    QVERIFY(store.save(p).contains(u"https"_s));
    p = example(u"No workspace"_s);
    p.workspaceId.clear();
    QVERIFY(!store.save(p).isEmpty());
    p = example(u"Local"_s);
    p.apiRoot = QUrl(u"http://127.0.0.1:8080"_s);
    p.tokenUrl = QUrl(u"http://127.0.0.1:8080/oauth/token"_s);
    QCOMPARE(store.save(p), QString()); // a sandbox on this computer may use http
}

void TestProfiles::keepsSecretsOutOfSettings()
{
    ProfileStore store;
    QCOMPARE(store.save(example(u"With secret"_s)), QString());
    SecretStore secrets;
    QObject context;
    bool written = false;
    secrets.write(u"With secret"_s, u"s3cr3t-value-123"_s, &context,
                  [&](bool, const QString &) { written = true; });
    QTRY_VERIFY(written);
    QString read;
    bool done = false;
    secrets.read(u"With secret"_s, &context, [&](const QString &secret, const QString &) {
        read = secret;
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(read, u"s3cr3t-value-123"_s);
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("With secret"));
    QVERIFY(!content.contains("s3cr3t-value-123"));
    secrets.remove(u"With secret"_s);
}

void TestProfiles::fallsBackToMemoryWithAWarning()
{
    SecretStore secrets;
    secrets.useMemoryOnly(true);
    QVERIFY(!secrets.isPersistent());
    QObject context;
    bool persisted = true;
    bool written = false;
    secrets.write(u"p"_s, u"value"_s, &context, [&](bool ok, const QString &) {
        persisted = ok;
        written = true;
    });
    QTRY_VERIFY(written);
    QVERIFY(!persisted);
    QString read;
    secrets.read(u"p"_s, &context, [&](const QString &secret, const QString &) { read = secret; });
    QTRY_COMPARE(read, u"value"_s);

    // Where the system has no secret service, the first keychain access says so, once.
    SecretStore real;
    QSignalSpy warned(&real, &SecretStore::keychainUnavailable);
    bool answered = false;
    real.read(u"tst_profiles-absent"_s, &context, [&](const QString &, const QString &) { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    if (!real.isPersistent()) {
        QCOMPARE(warned.count(), 1);
        QVERIFY(warned.first().first().toString().contains(u"memory"_s));
    } else {
        QCOMPARE(warned.count(), 0);
    }
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"

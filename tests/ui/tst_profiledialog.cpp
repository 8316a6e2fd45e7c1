// The profile dialog against a sandbox: add a profile, test the sign-in with a wrong and a right secret,
// save it (the secret to the secret store, never to QSettings), and remove it; the built-in one is locked.
// The test's traffic goes through the console's client and shows in its request log.
#include "client/ApiClient.h"
#include "client/Profile.h"
#include "client/RequestLog.h"
#include "client/SecretStore.h"
#include "client/WorkspaceActions.h"
#include "models/store/WorkspaceStore.h"
#include "tests/support/SandboxFixture.h"
#include "ui/dialogs/ProfileDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

class TestProfileDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void addsTestsSavesAndRemovesAProfile();
    void locksTheBuiltInProfile();

private:
    static void type(ProfileDialog &dialog, const QString &field, const QString &text)
    {
        auto *edit = dialog.findChild<QLineEdit *>(field);
        QVERIFY2(edit, qPrintable(field));
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    static QString status(ProfileDialog &dialog)
    {
        return dialog.findChild<QLabel *>(u"ProfileStatus"_s)->text();
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    ApiClient m_client; // the console's, left unconfigured: the dialog tests other settings
    WorkspaceStore m_store;
    WorkspaceActions m_actions{m_client, m_store};
};

void TestProfileDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"WarehouseSyncConsoleTests"_s);
    QCoreApplication::setApplicationName(u"tst_profiledialog"_s);
    QSettings().clear();
    m_fixture = std::make_unique<SandboxFixture>();
}

void TestProfileDialog::addsTestsSavesAndRemovesAProfile()
{
    ProfileStore profiles;
    SecretStore secrets;
    secrets.useMemoryOnly(true);
    ProfileDialog dialog(profiles, secrets, m_actions);
    dialog.show();
    QSignalSpy tested(&dialog, &ProfileDialog::signInTested);

    dialog.addProfile();
    type(dialog, u"ProfileName"_s, u"Staging"_s);
    type(dialog, u"ApiRoot"_s, m_fixture->server->baseUrl());
    type(dialog, u"TokenUrl"_s, m_fixture->server->baseUrl() + u"/oauth/token"_s);
    type(dialog, u"WorkspaceId"_s, u"1"_s);
    type(dialog, u"ClientId"_s, u"sandbox"_s);
    // The keychain situation is said plainly.
    const auto labels = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [](QLabel *l) { return l->text().contains(u"keychain is not available"_s); }));

    type(dialog, u"ClientSecret"_s, u"wrong"_s);
    dialog.testSignIn();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.last().at(0).toBool(), false);
    QVERIFY2(status(dialog).contains(u"Sign-in failed"_s), qPrintable(status(dialog)));

    type(dialog, u"ClientSecret"_s, u"sandbox"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"TestSignIn"_s), Qt::LeftButton);
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.last().at(0).toBool(), true);
    QVERIFY2(status(dialog).contains(u"Signed in"_s), qPrintable(status(dialog)));
    // Both tests are in the console's request inspector (token requests and the list), secrets redacted;
    // the store of the console's workspace got nothing.
    RequestLog &log = m_client.requestLog();
    QStringList urls;
    for (int row = 0; row < log.rowCount(); ++row) {
        const RequestLog::Entry *entry = log.entry(row);
        QVERIFY(entry);
        urls << entry->url;
        QVERIFY(!entry->requestBody.contains("wrong")); // the secret of the first test
    }
    QVERIFY2(urls.filter(u"/oauth/token"_s).size() >= 2, qPrintable(urls.join(u' ')));
    QVERIFY2(urls.filter(u"/connections"_s).size() >= 1, qPrintable(urls.join(u' ')));
    QCOMPARE(m_store.count(ResourceKind::Connection), 0);
    // A test started while the last one still signs in replaces it; the replaced token request still
    // ends in the inspector (nothing stays "in flight" there forever).
    dialog.testSignIn();
    dialog.testSignIn();
    QVERIFY(tested.wait(10000));
    QTRY_VERIFY([&log] {
        for (int row = 0; row < log.rowCount(); ++row)
            if (log.entry(row)->durationMs < 0)
                return false;
        return true;
    }());
    bool replaced = false;
    for (int row = 0; row < log.rowCount(); ++row)
        replaced = replaced || log.entry(row)->error.contains(u"credentials changed"_s);
    QVERIFY(replaced);

    QCOMPARE(dialog.saveProfile(), QString());
    QVERIFY(profiles.profile(u"Staging"_s));
    QCOMPARE(profiles.profile(u"Staging"_s)->clientId, u"sandbox"_s);
    QVERIFY(dialog.changedProfiles().contains(u"Staging"_s));
    QString stored;
    secrets.read(u"Staging"_s, this, [&stored](const QString &secret, const QString &) { stored = secret; });
    QTRY_COMPARE(stored, u"sandbox"_s);
    // QSettings holds the profile but no secret.
    const QSettings settings;
    QVERIFY(!settings.allKeys().isEmpty());
    for (const QString &key : settings.allKeys())
        QVERIFY2(!key.contains(u"secret"_s, Qt::CaseInsensitive), qPrintable(key));

    // Reopened, the stored secret is used for a test without typing it again.
    dialog.selectProfile(u"Staging"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"ClientSecret"_s)->text(), QString());
    dialog.testSignIn();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.last().at(0).toBool(), true);

    // A profile with a bad URL is refused with a sentence, and nothing is saved.
    dialog.addProfile();
    type(dialog, u"ProfileName"_s, u"Bad"_s);
    type(dialog, u"ApiRoot"_s, u"http://example.com"_s);
    type(dialog, u"WorkspaceId"_s, u"1"_s);
    type(dialog, u"ClientId"_s, u"x"_s);
    type(dialog, u"ClientSecret"_s, u"y"_s);
    QVERIFY(dialog.saveProfile().contains(u"https"_s));
    QVERIFY(!profiles.profile(u"Bad"_s));

    dialog.selectProfile(u"Staging"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"RemoveProfile"_s), Qt::LeftButton);
    QVERIFY(!profiles.profile(u"Staging"_s));
    stored = u"?"_s;
    secrets.read(u"Staging"_s, this, [&stored](const QString &secret, const QString &) { stored = secret; });
    QTRY_COMPARE(stored, QString());
}

void TestProfileDialog::locksTheBuiltInProfile()
{
    ProfileStore profiles;
    SecretStore secrets;
    secrets.useMemoryOnly(true);
    ProfileDialog dialog(profiles, secrets, m_actions);
    dialog.selectProfile(ProfileStore::sandboxProfileName());
    QVERIFY(!dialog.findChild<QPushButton *>(u"RemoveProfile"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(u"SaveProfile"_s)->isEnabled());
    QVERIFY(!dialog.findChild<QLineEdit *>(u"ProfileName"_s)->isEnabled());
    dialog.removeProfile();
    QVERIFY(profiles.profile(ProfileStore::sandboxProfileName()));
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"

#pragma once

#include <QHash>
#include <QObject>

#include <functional>

namespace wsc {

// Client secrets in the operating system's keychain (QtKeychain), one per profile. Where there is no
// keychain (no secret service running), secrets are kept in memory for this session only, and
// keychainUnavailable() says so once, so the UI can tell the user.
class SecretStore : public QObject {
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const QString &secret, const QString &error)>;
    using WriteCallback = std::function<void(bool persisted, const QString &error)>;

    explicit SecretStore(QObject *parent = nullptr);

    // `secret` is empty when none is stored; `error` is set only for real failures.
    void read(const QString &profile, QObject *context, ReadCallback callback);
    void write(const QString &profile, const QString &secret, QObject *context, WriteCallback callback);
    void remove(const QString &profile);
    bool isPersistent() const { return m_keychainWorks; }
    // Tests, and machines where the keychain must not be touched.
    void useMemoryOnly(bool memoryOnly) { m_keychainWorks = !memoryOnly; }

signals:
    void keychainUnavailable(const QString &reason);

private:
    void markUnavailable(const QString &reason);

    bool m_keychainWorks = true;
    bool m_warned = false;
    QHash<QString, QString> m_memory;
};

} // namespace wsc

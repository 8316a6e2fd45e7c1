#pragma once

#include "client/ApiClient.h"
#include "client/Profile.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <memory>

namespace wsc {

namespace sandbox {
class EmbeddedSandbox;
}

// wsctl: the command-line twin of the console, on the same client and profiles.
//   wsctl [--profile NAME | --base-url URL --token-url URL --workspace ID --client-id ID]
//         RESOURCE VERB [ARGS] [--output json|table]
// Exit status: 0 success, 1 an API error (its message on stderr), 2 a usage or input error.
class Wsctl : public QObject {
    Q_OBJECT

public:
    enum ExitCode { Success = 0, ApiFailure = 1, UsageError = 2 };

    explicit Wsctl(QObject *parent = nullptr);
    ~Wsctl() override;

    // Parses the arguments and starts the command; the process exits through QCoreApplication::exit().
    void run(const QStringList &arguments);

private:
    void execute();
    // Signs in with the secret and runs the command.
    void connectAndExecute(const Profile &target, const QString &clientSecret);
    void finishWith(ExitCode code, const QString &message = {});
    // What a command prints, decoded: the table, and what could not be read (for stderr).
    struct Rendered {
        QString table;
        QStringList warnings;
    };
    void printReply(ApiReply *reply, const QString &kind, bool isList);
    QByteArray readInput(const QString &file, QString *error);
    Result<Rendered, QString> render(const QByteArray &json, const QString &kind, bool isList) const;

    std::unique_ptr<sandbox::EmbeddedSandbox> m_sandbox;
    ApiClient m_client;
    QString m_resource;
    QString m_verb;
    QStringList m_args;
    QString m_output = QStringLiteral("json");
    RunQuery m_runQuery;
};

} // namespace wsc

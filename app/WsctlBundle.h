#pragma once

#include "client/Profile.h"
#include "models/domain/bundle/BundlePlan.h"

#include <QObject>

#include <memory>
#include <optional>

namespace wsc {

class ApiClient;
namespace sandbox {
class EmbeddedSandbox;
}

// wsctl's workspace-as-code commands:
//   export DIR [--only KIND/ID…]            the workspace (or those resources) into a folder
//   plan DIR [--prune] [--create-paused] [--resend-secrets]  what applying the folder would change
//   apply DIR [--prune] [--create-paused] [--resend-secrets] [--yes]
//   diff --to-profile NAME                  this workspace against another one
// Exit status: 0 nothing to change / applied, 1 API error, 2 usage or input error, 3 the plan has changes.
// Secret references are resolved from the environment variable of their name.
class WsctlBundle : public QObject {
    Q_OBJECT

public:
    enum ExitCode { Success = 0, ApiFailure = 1, UsageError = 2, HasChanges = 3 };

    struct Options {
        QString command; // export, plan, apply, diff
        QStringList args;
        QStringList only;
        bool prune = false;
        bool createPaused = false;
        bool resendSecrets = false;
        bool yes = false;
        bool json = false;
        QString toProfile;
        int timeoutMs = 30000;
    };

    static bool isCommand(const QString &word);
    // What is wrong with the command line, if anything.
    static std::optional<QString> check(const Options &options);

    WsctlBundle(ApiClient &client, QString profileName, Options options, QObject *parent = nullptr);
    ~WsctlBundle() override;

    void run();

signals:
    void done(int exitCode, const QString &message);

private:
    void exportTo(const Bundle &workspace);
    void planAgainst(const Bundle &desired, const Bundle &target);
    void diffWith(const Bundle &left);
    void connectOther(const Profile &other, const Bundle &left);
    void apply(const Plan &plan);
    bool confirm(const Plan &plan);
    void printPlan(const Plan &plan, const QString &heading) const;
    Result<Bundle, QString> selection(const Bundle &workspace) const;

    ApiClient &m_client;
    QString m_profileName;
    Options m_options;
    std::unique_ptr<ApiClient> m_other;
    std::unique_ptr<sandbox::EmbeddedSandbox> m_otherSandbox;
};

} // namespace wsc

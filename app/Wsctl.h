#pragma once

#include "app/WsctlBundle.h"
#include "client/ApiClient.h"
#include "client/Profile.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace wsc {

namespace sandbox {
class EmbeddedSandbox;
}
struct QueryWindow;

// wsctl: the command-line twin of the console, on the same client and profiles.
//   wsctl [--profile NAME | --base-url URL --token-url URL --workspace ID --client-id ID]
//         RESOURCE VERB [ARGS] [--output json|table]
//   wsctl data-models preview ID|--sql FILE --connection ID [--limit N]
//   wsctl export|plan|apply|diff …   (WsctlBundle)
// Exit status: 0 success, 1 an API error (its message on stderr), 2 a usage or input error, 3 a plan with
// changes.
class Wsctl : public QObject {
    Q_OBJECT

public:
    enum ExitCode { Success = 0, ApiFailure = 1, UsageError = 2, PlanHasChanges = 3 };

    explicit Wsctl(QObject *parent = nullptr);
    ~Wsctl() override;

    // Parses the arguments and starts the command; the process exits through QCoreApplication::exit().
    void run(const QStringList &arguments);

private:
    struct Options;
    // The options, and what --help says.
    Options defineOptions(QCommandLineParser &parser) const;
    // The steps of run(), in order: each says what is wrong with the command line, if anything.
    std::optional<QString> readCommand(const QStringList &positional, const QString &output);
    std::optional<QString> readRequestOptions(const QCommandLineParser &parser, const Options &options);
    std::optional<QString> readBundleCommand(const QCommandLineParser &parser, const Options &options);
    Result<Profile, QString> readTarget(const QCommandLineParser &parser, const Options &options,
                                        bool explicitTarget) const;
    // Starts the embedded sandbox first, or reads the secret (the environment's, else the keychain's).
    void start(Profile target, bool explicitTarget);
    // Signs in with the secret and runs the command.
    void connectAndExecute(const Profile &target, const QString &clientSecret);
    void execute();
    // data-models preview: the model's (or a file's) SQL run on a connection's warehouse.
    void preview();
    void previewSql(const QString &sql);
    void finishWith(ExitCode code, const QString &message = {});
    // What a command prints, decoded: the table, and what could not be read (for stderr).
    struct Rendered {
        QString table;
        QStringList warnings;
    };
    void printReply(ApiReply *reply, const QString &kind, bool isList);
    QByteArray readInput(const QString &file, QString *error);
    Result<Rendered, QString> render(const QByteArray &json, const QString &kind, bool isList) const;
    template <typename DecodedResources>
    static Result<Rendered, QString> renderResources(const DecodedResources &decodedList);
    template <typename DecodedResource>
    static Result<Rendered, QString> renderResource(const DecodedResource &decoded);
    static Result<Rendered, QString> renderRunPage(const Result<RunPage> &page);
    static Result<Rendered, QString> renderRun(const Result<PipelineRun> &run);
    static Result<Rendered, QString> renderReport(const Result<PipelineReport> &report);
    static Result<Rendered, QString> renderTrigger(const Result<TriggerResult> &trigger);
    static void noteSkipped(Rendered &out, const std::vector<DecodeError> &problems);
    static void noteRawFields(Rendered &out, const QString &id, const RawFields &fields);
    // pipelines queries (WsctlQueries.cpp): the pipeline, its data model, the window, then the statements.
    void fetchQueries();
    void fetchQueryWindow(const Pipeline &pipeline, const QString &modelSql);
    void fetchWatermark(const Pipeline &pipeline, const QString &modelSql, const PipelineReport &report);
    void printQueries(const Pipeline &pipeline, const QString &modelSql, const QueryWindow &window);

    std::unique_ptr<sandbox::EmbeddedSandbox> m_sandbox;
    ApiClient m_client;
    QString m_resource;
    QString m_verb;
    QStringList m_args;
    QString m_output = QStringLiteral("json");
    RunQuery m_runQuery;
    QString m_previewSqlFile;
    QString m_previewConnection;
    int m_previewLimit = 100;
    QString m_queriesRunId; // --run
    QString m_profileName;
    std::optional<WsctlBundle::Options> m_bundleOptions; // export, plan, apply, diff
    std::unique_ptr<WsctlBundle> m_bundle;
};

} // namespace wsc

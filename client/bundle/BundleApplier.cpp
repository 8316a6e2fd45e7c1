#include "client/bundle/BundleApplier.h"

#include "client/ApiClient.h"
#include "models/domain/JsonCodec.h"

#include <QJsonDocument>
#include <QTimer>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

// What the endpoint answers is the resource it wrote: anything else is an error, not a success.
QString answerProblem(ResourceKind kind, const QByteArray &body)
{
    auto problem = [](const auto &decoded) { return decoded ? QString() : decoded.error().toString(); };
    switch (kind) {
    case ResourceKind::Connection: return problem(JsonCodec::decodeConnection(body));
    case ResourceKind::DataModel: return problem(JsonCodec::decodeDataModel(body));
    case ResourceKind::FieldTransformation: return problem(JsonCodec::decodeFieldTransformation(body));
    case ResourceKind::Pipeline: return problem(JsonCodec::decodePipeline(body));
    }
    return {};
}

} // namespace

BundleApplier::BundleApplier(ApiClient &client, Plan plan, QHash<QString, QString> secrets, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(std::move(plan))
    , m_secrets(std::move(secrets))
{}

BundleApplier::~BundleApplier()
{
    if (m_inFlight)
        m_inFlight->cancel();
}

void BundleApplier::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_plan.canApply()) {
        QStringList why = m_plan.refusals;
        if (!m_plan.missingSecrets.isEmpty())
            why << tr("These secrets are not given: %1").arg(m_plan.missingSecrets.join(u", "_s));
        QTimer::singleShot(0, this, [this, why] {
            m_running = false;
            emit finished(false, -1, why.join(u'\n'));
        });
        return;
    }
    QTimer::singleShot(0, this, &BundleApplier::runNext);
}

void BundleApplier::cancel()
{
    m_cancelled = true;
    if (m_inFlight)
        m_inFlight->cancel();
}

QUrl BundleApplier::collectionUrl(ResourceKind kind) const
{
    const ApiEndpoints &e = m_client.endpoints();
    switch (kind) {
    case ResourceKind::Connection: return e.connections();
    case ResourceKind::DataModel: return e.dataModels();
    case ResourceKind::FieldTransformation: return e.fieldTransformations();
    case ResourceKind::Pipeline: return e.pipelines();
    }
    return {};
}

QUrl BundleApplier::itemUrl(ResourceKind kind, const QString &id) const
{
    const ApiEndpoints &e = m_client.endpoints();
    switch (kind) {
    case ResourceKind::Connection: return e.connection(id);
    case ResourceKind::DataModel: return e.dataModel(id);
    case ResourceKind::FieldTransformation: return e.fieldTransformation(id);
    case ResourceKind::Pipeline: return e.pipeline(id);
    }
    return {};
}

QByteArray BundleApplier::bodyWithSecrets(const PlanStep &step) const
{
    QJsonObject body = step.body;
    for (const SecretRef &ref : step.secrets)
        BundleCodec::putAt(body, ref.path, m_secrets.value(ref.name));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void BundleApplier::runNext()
{
    if (m_next >= int(m_plan.steps.size())) {
        m_running = false;
        emit finished(true, -1, {});
        return;
    }
    if (m_cancelled)
        return failStep(tr("Cancelled."));
    const PlanStep &step = m_plan.steps[size_t(m_next)];
    emit stepStarted(m_next);
    switch (step.action) {
    case PlanStep::Action::Create: return create(step, bodyWithSecrets(step));
    case PlanStep::Action::Update:
        m_inFlight = m_client.send("PUT", itemUrl(step.kind, step.id), bodyWithSecrets(step));
        break;
    case PlanStep::Action::Delete: m_inFlight = m_client.send("DELETE", itemUrl(step.kind, step.id)); break;
    }
    ApiReply *reply = m_inFlight;
    connect(reply, &ApiReply::finished, this, [this, reply, &step] { finishStep(reply, step); });
}

void BundleApplier::create(const PlanStep &step, const QByteArray &body)
{
    ApiReply *reply = m_client.sendCreate(collectionUrl(step.kind), itemUrl(step.kind, step.id), body);
    m_inFlight = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, &step, body] {
        if (reply->hasError() && reply->error().isOutcomeUnknown())
            return recoverCreate(step, body, reply->error());
        finishStep(reply, step);
    });
}

void BundleApplier::recoverCreate(const PlanStep &step, const QByteArray &body, const ApiError &lost)
{
    // The POST may have been carried out: what the workspace holds now decides, never a second POST.
    ApiReply *get = m_client.send("GET", itemUrl(step.kind, step.id));
    m_inFlight = get;
    connect(get, &ApiReply::finished, this, [this, get, &step, body, lost] {
        const QJsonObject held = QJsonDocument::fromJson(get->body()).object();
        const QJsonObject sent = QJsonDocument::fromJson(body).object();
        if (get->hasError() || !jsonHolds(held, sent)) {
            const QString why = get->hasError() && get->error().httpStatus() == 404
                                    ? tr("the workspace does not hold it")
                                    : get->hasError() ? get->error().toString()
                                                      : tr("the workspace holds something else under this id");
            return failStep(tr("The answer to the create was lost (%1) and %2; plan again to see what is left.")
                                .arg(lost.message(), why));
        }
        if (step.secrets.empty())
            return finishStep(get, step);
        // The secrets cannot be compared (the server masks them): the same body is put once more.
        ApiReply *put = m_client.send("PUT", itemUrl(step.kind, step.id), body);
        m_inFlight = put;
        connect(put, &ApiReply::finished, this, [this, put, &step] { finishStep(put, step); });
    });
}

void BundleApplier::finishStep(ApiReply *reply, const PlanStep &step)
{
    m_inFlight = nullptr;
    if (reply->hasError()) {
        // A deletion the workspace already saw through (someone else, or a lost answer): done.
        if (step.action == PlanStep::Action::Delete && reply->error().httpStatus() == 404)
            return succeedStep();
        ApiError error = reply->error();
        QStringList values; // a server that echoes the request must not put a password on screen
        for (const SecretRef &ref : step.secrets)
            values << m_secrets.value(ref.name);
        error.redact(values);
        return failStep(error.toString());
    }
    if (step.action != PlanStep::Action::Delete) {
        const QString problem = answerProblem(step.kind, reply->body());
        if (!problem.isEmpty())
            return failStep(tr("The server's answer is not a %1: %2")
                                .arg(BundleCodec::displayName(step.kind), problem));
    }
    succeedStep();
}

void BundleApplier::succeedStep()
{
    emit stepFinished(m_next, {});
    ++m_next;
    runNext();
}

void BundleApplier::failStep(const QString &error)
{
    m_running = false;
    const int failed = m_next;
    if (failed < int(m_plan.steps.size()))
        emit stepFinished(failed, error);
    emit finished(false, failed, error);
}

} // namespace wsc

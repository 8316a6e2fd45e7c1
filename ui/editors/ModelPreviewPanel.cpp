#include "ui/editors/ModelPreviewPanel.h"

#include "client/WorkspaceActions.h"
#include "client/warehouse/WarehouseAccess.h"
#include "models/domain/ColumnRole.h"
#include "models/store/WorkspaceStore.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/sql/ResultGrid.h"
#include "ui/style/Appearance.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

ModelPreviewPanel::ModelPreviewPanel(WorkspaceActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(u"PreviewRun"_s);
    m_run->setToolTip(tr("Run the query, or the selected part, as the service wraps it (Ctrl+Enter)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"PreviewCancel"_s);
    m_cancel->setEnabled(false);
    m_connection = new QComboBox(this);
    m_connection->setObjectName(u"PreviewConnection"_s);
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(u"PreviewLimit"_s);
    m_limit->setRange(1, WarehouseAccess::kMaxRowLimit);
    m_limit->setValue(WarehouseAccess::kDefaultRowLimit);
    m_limit->setSuffix(tr(" rows"));
    m_limit->setToolTip(tr("At most this many rows are read"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_state = new QLabel(this);
    m_state->setObjectName(u"PreviewState"_s);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long message must not widen the editor (and squeeze the workspace dock): the tooltip has it all.
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_state->setMinimumWidth(120);
    m_password = new QPushButton(tr("Enter password…"), this);
    m_password->hide();
    auto *connectionLabel = new QLabel(tr("on &connection"), this);
    connectionLabel->setBuddy(m_connection);
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    bar->addWidget(connectionLabel);
    bar->addWidget(m_connection);
    bar->addWidget(m_limit);
    bar->addWidget(m_busy);
    bar->addWidget(m_state, 1);
    bar->addWidget(m_password);
    layout->addLayout(bar);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"PreviewSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->hide();
    layout->addWidget(m_summary);
    m_grid = new ResultGrid(this);
    layout->addWidget(m_grid, 1);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(100);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        showState(tr("Running… %1 s").arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1)), false);
    });
    connect(m_run, &QPushButton::clicked, this, &ModelPreviewPanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ModelPreviewPanel::cancel);
    connect(m_password, &QPushButton::clicked, this, &ModelPreviewPanel::askPassword);
    auto *escape =
        new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ModelPreviewPanel::cancel);
    connect(m_connection, &QComboBox::currentIndexChanged, this, &ModelPreviewPanel::handleConnectionChanged);
    connect(m_connection, &QComboBox::activated, this, [this] { m_userChoice = connectionId(); });
    const WorkspaceStore &store = m_actions.store();
    auto refill = [this](ResourceKind kind) {
        if (kind == ResourceKind::Connection || kind == ResourceKind::Pipeline)
            fillConnections();
    };
    connect(&store, &WorkspaceStore::changed, this, refill); // a pipeline may now read this model
    connect(&store, &WorkspaceStore::added, this, refill);
    connect(&store, &WorkspaceStore::removed, this, refill);
    connect(&store, &WorkspaceStore::listReplaced, this, refill);
    connect(&store, &WorkspaceStore::cleared, this, [this] { fillConnections(); });
    // Whether this connection can preview depends on the service (a sandbox previews every one).
    connect(&m_actions.warehouses(), &WarehouseAccess::serviceKnown, this, [this] {
        if (!isRunning())
            handleConnectionChanged();
    });
    fillConnections();
}

ModelPreviewPanel::~ModelPreviewPanel()
{
    cancel(); // nothing runs for a closed editor
}

void ModelPreviewPanel::setModelId(const QString &id)
{
    if (id == m_modelId)
        return;
    m_modelId = id;
    fillConnections();
}

QString ModelPreviewPanel::connectionId() const
{
    return m_connection->currentData().toString();
}

const Connection *ModelPreviewPanel::connection() const
{
    return m_actions.store().connection(connectionId());
}

void ModelPreviewPanel::selectConnection(const QString &id)
{
    const int index = m_connection->findData(id);
    if (index >= 0) {
        m_userChoice = id;
        m_connection->setCurrentIndex(index);
    }
}

// Every connection, the one of a pipeline that reads this model first chosen (spec: "default: the
// connection of a pipeline that uses the model"); the user's choice stays while it exists.
void ModelPreviewPanel::fillConnections()
{
    const WorkspaceStore &store = m_actions.store();
    QString preferred;
    m_iterator.clear();
    for (const QString &id : store.ids(ResourceKind::Pipeline)) {
        const Pipeline *p = store.pipeline(id);
        if (p && !m_modelId.isEmpty() && p->dataModelId == m_modelId && store.connection(p->connectionId)) {
            preferred = p->connectionId;
            m_iterator = p->syncMode.iteratorField;
            break;
        }
    }
    // The user's choice stays while it exists; until there is one, the default follows the pipelines as
    // they load (a restored editor may open before them).
    const QString current = m_userChoice;
    const QString before = connectionId();
    const bool wasEmpty = m_connection->count() == 0;
    QSignalBlocker blocker(m_connection);
    m_connection->clear();
    for (const QString &id : store.ids(ResourceKind::Connection)) {
        const Connection *c = store.connection(id);
        m_connection->addItem(
            tr("%1 (%2)").arg(store.displayName(ResourceKind::Connection, id), c->serviceProvider.wire()),
            id);
    }
    const QString wanted = !current.isEmpty() && m_connection->findData(current) >= 0 ? current : preferred;
    m_connection->setCurrentIndex(std::max(0, m_connection->findData(wanted)));
    blocker.unblock();
    if (wasEmpty || connectionId() != before)
        handleConnectionChanged();
}

void ModelPreviewPanel::handleConnectionChanged()
{
    const Connection *c = connection();
    const QString reason = c ? m_actions.warehouses().unavailableReason(*c) : tr("Add a connection first.");
    m_run->setEnabled(reason.isEmpty() && !isRunning());
    m_password->hide();
    showState(reason, false);
    emit connectionChanged(connectionId());
}

void ModelPreviewPanel::run(const QString &sql, int line, int column)
{
    const Connection *c = connection();
    if (!c || isRunning() || sql.trimmed().isEmpty())
        return;
    m_last = {sql, line, column};
    emit errorCleared();
    m_password->hide();
    m_summary->hide();
    WarehouseJob *job = m_actions.warehouses().preview(*c, sql, m_limit->value());
    m_job = job;
    m_clock.start();
    m_ticker->start();
    m_busy->show();
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    showState(tr("Running…"), false);
    connect(job, &WarehouseJob::finished, this,
            [this, job, line, column] { handleFinished(job, line, column); });
}

void ModelPreviewPanel::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ModelPreviewPanel::handleFinished(WarehouseJob *job, int line, int column)
{
    m_job.clear();
    m_ticker->stop();
    m_busy->hide();
    m_cancel->setEnabled(false);
    const Connection *current = connection();
    m_run->setEnabled(current && m_actions.warehouses().unavailableReason(*current).isEmpty());
    if (const auto &error = job->error()) {
        if (error->kind == WarehouseError::Kind::Cancelled) {
            showState(tr("Cancelled after %1 s.").arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1)),
                      false);
            return;
        }
        // A login the warehouse refused may be a wrong password: it can be entered again.
        const Connection *c = connection();
        const bool redshift = c && c->serviceProvider == ServiceProvider::Redshift;
        m_password->setVisible(error->kind == WarehouseError::Kind::NeedsPassword ||
                               (redshift && error->kind == WarehouseError::Kind::Connection));
        showState(error->message, true);
        if (error->line > 0) {
            // The SQL run started at (line, column) of the editor.
            const int at = error->line == 1 ? error->column + column - 1 : error->column;
            emit errorPlaced(error->line + line - 1, at, error->length, error->message);
        }
        return;
    }
    const QueryResult &result = job->result();
    m_grid->setResult(result, m_iterator);
    const QString rows = tr("%n row(s)", nullptr, int(result.rowCount()));
    const QString time = tr("%1 s").arg(QLocale().toString(result.elapsedMs / 1000.0, 'f', 2));
    showState(result.truncated ? tr("%1 in %2; more rows exist.").arg(rows, time)
                               : tr("%1 in %2.").arg(rows, time),
              false);
    m_state->setToolTip(result.statement);
    QStringList names;
    for (const QueryColumn &c : result.columns)
        names << c.name;
    // What a user-attributes pipeline makes of these columns; what would fail its runs in amber.
    const ColumnSummary summary = ColumnSummary::of(names, m_iterator);
    QStringList lines{summary.text().toHtmlEscaped()};
    for (const QString &warning : summary.warnings())
        lines << u"<span style=\"%1\">%2</span>"_s.arg(Appearance::warningStyle(palette()),
                                                       warning.toHtmlEscaped());
    m_summary->setText(lines.join(u"<br>"_s));
    m_summary->setVisible(!names.isEmpty());
}

void ModelPreviewPanel::showState(const QString &text, bool error)
{
    m_state->setText(text);
    m_state->setToolTip(text);
    m_state->setStyleSheet(error ? Appearance::errorStyle() : QString());
}

void ModelPreviewPanel::askPassword()
{
    const Connection *c = connection();
    if (!c)
        return;
    const auto password = Dialogs::askText(this, tr("Warehouse password"),
                                           tr("Password of user %1 for %2 (kept in the system keychain):")
                                               .arg(c->redshift.user, c->redshift.host),
                                           true, false);
    if (!password || password->isEmpty())
        return;
    m_actions.warehouses().setPassword(*c, *password, true);
    m_password->hide();
    run(m_last.sql, m_last.line, m_last.column);
}

} // namespace wsc

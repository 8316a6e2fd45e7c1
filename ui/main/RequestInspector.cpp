#include "ui/main/RequestInspector.h"

#include "client/RequestLog.h"
#include "client/SettingsKeys.h"
#include "ui/editors/FormSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

// A JSON body indented for reading; anything else as it came.
QString readable(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return QString::fromUtf8(body);
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

void RequestFilter::setMethod(const QString &method)
{
    m_method = method;
    invalidateFilter();
}

void RequestFilter::setOutcome(Outcome outcome)
{
    m_outcome = outcome;
    invalidateFilter();
}

void RequestFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void RequestFilter::setHidePolling(bool hide)
{
    m_hidePolling = hide;
    invalidateFilter();
}

bool RequestFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hidePolling && row.data(RequestLog::PollingRole).toBool())
        return false;
    if (!m_method.isEmpty() && row.data(RequestLog::MethodRole).toString() != m_method)
        return false;
    const int status = row.data(RequestLog::StatusRole).toInt();
    const bool finished = status != 0 || !row.data(RequestLog::ErrorRole).toString().isEmpty();
    const bool succeeded = status >= 200 && status < 300;
    if (m_outcome == Outcome::Succeeded && !succeeded)
        return false;
    if (m_outcome == Outcome::Failed && (succeeded || !finished))
        return false;
    if (m_text.isEmpty())
        return true;
    const QModelIndex url = sourceModel()->index(sourceRow, RequestLog::UrlColumn, sourceParent);
    return url.data().toString().contains(m_text, Qt::CaseInsensitive) ||
           QString::fromUtf8(row.data(RequestLog::RequestBodyRole).toByteArray())
               .contains(m_text, Qt::CaseInsensitive) ||
           QString::fromUtf8(row.data(RequestLog::ResponseBodyRole).toByteArray())
               .contains(m_text, Qt::CaseInsensitive);
}

RequestInspector::RequestInspector(RequestLog &log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
{
    m_filter = new RequestFilter(this);
    m_filter->setSourceModel(&log);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(createFilterBar());
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);
    m_requests = new QTableView(splitter);
    m_requests->setObjectName(u"RequestTable"_s);
    m_requests->setAccessibleName(tr("Requests"));
    m_requests->setModel(m_filter);
    m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requests->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requests->verticalHeader()->hide();
    m_requests->verticalHeader()->setDefaultSectionSize(m_requests->fontMetrics().height() + 6);
    m_requests->setWordWrap(false);
    // The URL is cut in its middle only when the column is too narrow; the tooltip has it whole.
    m_requests->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_requests->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RequestLog::UrlColumn, QHeaderView::Stretch);

    auto *details = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_url = new QLabel(details);
    m_url->setObjectName(u"RequestUrl"_s);
    m_url->setWordWrap(true);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    detailsLayout->addWidget(m_url);
    auto *bodies = new QSplitter(Qt::Vertical, details);
    detailsLayout->addWidget(bodies, 1);
    m_requestBody = new QPlainTextEdit(bodies);
    m_requestBody->setObjectName(u"RequestBody"_s);
    m_requestBody->setAccessibleName(tr("Request body"));
    m_requestBody->setPlaceholderText(tr("Request body (secrets redacted)"));
    m_responseBody = new QPlainTextEdit(bodies);
    m_responseBody->setObjectName(u"ResponseBody"_s);
    m_responseBody->setAccessibleName(tr("Response body"));
    m_responseBody->setPlaceholderText(tr("Response body"));
    for (QPlainTextEdit *edit : {m_requestBody, m_responseBody}) {
        edit->setReadOnly(true);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    FormSupport::rememberSplitter(splitter, u"InspectorRequestsAndBodies"_s);
    FormSupport::rememberSplitter(bodies, u"InspectorBodies"_s);
    connect(m_requests->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // Looking at an older request stops the following, so that it stays in view.
                if (!m_following && current.isValid() && current.row() < m_filter->rowCount() - 1)
                    m_follow->setChecked(false);
                showSelected();
            });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &RequestInspector::followLatest);
    // The selected request's status and body arrive after it was listed.
    connect(m_filter, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_requests->currentIndex().row();
        if (row >= from.row() && row <= to.row())
            showSelected();
    });
    showSelected();
}

QWidget *RequestInspector::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *method = new QComboBox(bar);
    method->setObjectName(u"MethodFilter"_s);
    method->addItem(tr("All methods"), QString());
    for (const QString &m : {u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s})
        method->addItem(m, m);
    auto *outcome = new QComboBox(bar);
    outcome->setObjectName(u"OutcomeFilter"_s);
    outcome->addItem(tr("Any status"), int(RequestFilter::Outcome::Any));
    outcome->addItem(tr("Succeeded (2xx)"), int(RequestFilter::Outcome::Succeeded));
    outcome->addItem(tr("Failed"), int(RequestFilter::Outcome::Failed));
    auto *text = new QLineEdit(bar);
    text->setObjectName(u"TextFilter"_s);
    text->setPlaceholderText(tr("Filter by URL or body text"));
    text->setClearButtonEnabled(true);
    auto *hidePolling = new QCheckBox(tr("&Hide polling"), bar);
    hidePolling->setObjectName(u"HidePolling"_s);
    hidePolling->setToolTip(tr("Hide the status requests the console sends in the background"));
    hidePolling->setChecked(QSettings().value(SettingsKeys::kInspectorHidePolling, true).toBool());
    m_follow = new QCheckBox(tr("F&ollow latest"), bar);
    m_follow->setObjectName(u"FollowLatest"_s);
    m_follow->setChecked(true);
    m_copyCurl = new QPushButton(tr("Copy as c&URL"), bar);
    m_copyCurl->setObjectName(u"CopyCurl"_s);
    m_copyCurl->setToolTip(tr("Copy the selected request as a curl command (secrets redacted; the token is "
                              "$WSC_TOKEN)"));
    auto *clear = new QPushButton(tr("Clea&r"), bar);
    clear->setObjectName(u"ClearLog"_s);
    method->setAccessibleName(tr("Method filter"));
    outcome->setAccessibleName(tr("Status filter"));
    text->setAccessibleName(tr("Text filter"));
    row->addWidget(method);
    row->addWidget(outcome);
    row->addWidget(text, 1);
    row->addWidget(hidePolling);
    row->addWidget(m_follow);
    row->addWidget(m_copyCurl);
    row->addWidget(clear);

    m_filter->setHidePolling(hidePolling->isChecked());
    connect(method, &QComboBox::currentIndexChanged, this,
            [this, method] { m_filter->setMethod(method->currentData().toString()); });
    connect(outcome, &QComboBox::currentIndexChanged, this, [this, outcome] {
        m_filter->setOutcome(RequestFilter::Outcome(outcome->currentData().toInt()));
    });
    connect(text, &QLineEdit::textChanged, m_filter, &RequestFilter::setText);
    connect(hidePolling, &QCheckBox::toggled, this, [this](bool hide) {
        m_filter->setHidePolling(hide);
        QSettings().setValue(SettingsKeys::kInspectorHidePolling, hide);
    });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            followLatest();
    });
    connect(m_copyCurl, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(selectedAsCurl()); });
    connect(clear, &QPushButton::clicked, this, [this] { m_log.clear(); });
    return bar;
}

void RequestInspector::followLatest()
{
    if (!m_follow->isChecked() || m_filter->rowCount() == 0)
        return;
    const QModelIndex last = m_filter->index(m_filter->rowCount() - 1, 0);
    m_following = true;
    m_requests->setCurrentIndex(last);
    m_following = false;
    m_requests->scrollTo(last);
}

QString RequestInspector::selectedAsCurl() const
{
    const QModelIndex current = m_requests->currentIndex();
    const RequestLog::Entry *entry = current.isValid() ? m_log.entry(m_filter->mapToSource(current).row()) : nullptr;
    return entry ? RequestLog::curlCommand(*entry) : QString();
}

void RequestInspector::showSelected()
{
    const QModelIndex current = m_requests->currentIndex();
    m_copyCurl->setEnabled(current.isValid());
    const QModelIndex url = current.siblingAtColumn(RequestLog::UrlColumn);
    m_url->setText(current.isValid() ? current.siblingAtColumn(RequestLog::MethodColumn).data().toString() +
                                           u' ' + url.data().toString()
                                     : tr("Select a request to see its bodies."));
    m_requestBody->setPlainText(readable(current.data(RequestLog::RequestBodyRole).toByteArray()));
    QString response = readable(current.data(RequestLog::ResponseBodyRole).toByteArray());
    const QString error = current.data(RequestLog::ErrorRole).toString();
    if (!error.isEmpty())
        response = response.isEmpty() ? error : error + u"\n\n" + response;
    m_responseBody->setPlainText(response);
}

} // namespace wsc

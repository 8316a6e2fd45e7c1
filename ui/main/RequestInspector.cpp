#include "ui/main/RequestInspector.h"

#include "client/RequestLog.h"
#include "ui/editors/FormSupport.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>

namespace wsc {

using namespace Qt::StringLiterals;

RequestInspector::RequestInspector(RequestLog &log, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);
    m_requests = new QTableView(splitter);
    m_requests->setObjectName(u"RequestTable"_s);
    m_requests->setModel(&log);
    m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requests->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requests->verticalHeader()->hide();
    m_requests->verticalHeader()->setDefaultSectionSize(m_requests->fontMetrics().height() + 6);
    m_requests->setWordWrap(false);
    m_requests->setTextElideMode(Qt::ElideMiddle);
    m_requests->horizontalHeader()->setSectionResizeMode(RequestLog::UrlColumn, QHeaderView::Stretch);
    m_requests->horizontalHeader()->setSectionResizeMode(RequestLog::TimeColumn,
                                                         QHeaderView::ResizeToContents);
    m_requests->horizontalHeader()->setSectionResizeMode(RequestLog::MethodColumn,
                                                         QHeaderView::ResizeToContents);
    auto *bodies = new QSplitter(Qt::Vertical, splitter);
    m_requestBody = new QPlainTextEdit(bodies);
    m_requestBody->setReadOnly(true);
    m_requestBody->setPlaceholderText(tr("Request body (secrets redacted)"));
    m_responseBody = new QPlainTextEdit(bodies);
    m_responseBody->setReadOnly(true);
    m_responseBody->setPlaceholderText(tr("Response body"));
    for (QPlainTextEdit *edit : {m_requestBody, m_responseBody})
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    FormSupport::rememberSplitter(splitter, u"InspectorRequestsAndBodies"_s);
    FormSupport::rememberSplitter(bodies, u"InspectorBodies"_s);
    connect(m_requests->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestInspector::showSelected);
    connect(&log, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_requests->selectionModel()->hasSelection())
            m_requests->scrollToBottom();
    });
}

void RequestInspector::showSelected()
{
    const QModelIndex current = m_requests->currentIndex();
    m_requestBody->setPlainText(QString::fromUtf8(current.data(RequestLog::RequestBodyRole).toByteArray()));
    QString response = QString::fromUtf8(current.data(RequestLog::ResponseBodyRole).toByteArray());
    const QString error = current.data(RequestLog::ErrorRole).toString();
    if (!error.isEmpty())
        response = error + u"\n\n" + response;
    m_responseBody->setPlainText(response);
}

} // namespace wsc

#pragma once

#include <QSortFilterProxyModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace wsc {

class RequestLog;

// Which requests of the log the inspector lists: by method, by outcome, by a text in the URL or the
// bodies, and without the background polling of run status when asked.
class RequestFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class Outcome { Any, Succeeded, Failed };
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMethod(const QString &method); // empty: every method
    void setOutcome(Outcome outcome);
    void setText(const QString &text);
    void setHidePolling(bool hide);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_method;
    Outcome m_outcome = Outcome::Any;
    QString m_text;
    bool m_hidePolling = false;
};

// Every request the console sent, newest last: method, URL, status, time; the selected one's full URL and
// bodies beside it (secrets redacted by the log, JSON indented). Follows the newest request while "Follow
// latest" is on; filters hide what is not wanted; "Copy as cURL" gives the selected request to a terminal.
class RequestInspector : public QWidget {
    Q_OBJECT

public:
    explicit RequestInspector(RequestLog &log, QWidget *parent = nullptr);

    QTableView *table() const { return m_requests; }
    RequestFilter *filter() const { return m_filter; }
    // The selected request as a curl command (empty without a selection); also what Copy as cURL copies.
    QString selectedAsCurl() const;

private:
    QWidget *createFilterBar();
    void showSelected();
    void followLatest();

    RequestLog &m_log;
    RequestFilter *m_filter = nullptr;
    QTableView *m_requests = nullptr;
    QLabel *m_url = nullptr;
    QPlainTextEdit *m_requestBody = nullptr;
    QPlainTextEdit *m_responseBody = nullptr;
    QCheckBox *m_follow = nullptr;
    QPushButton *m_copyCurl = nullptr;
    bool m_following = false; // the selection moves to the newest request, not by the user
};

} // namespace wsc

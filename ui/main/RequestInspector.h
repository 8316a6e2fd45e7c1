#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTableView;

namespace wsc {

class RequestLog;

// Every request the console sent, newest last: method, URL, status, time; the selected one's bodies beside
// it (secrets redacted by the log). Follows the newest request unless the user looks at an older one.
class RequestInspector : public QWidget {
    Q_OBJECT

public:
    explicit RequestInspector(RequestLog &log, QWidget *parent = nullptr);

    QTableView *table() const { return m_requests; }

private:
    void showSelected();

    QTableView *m_requests = nullptr;
    QPlainTextEdit *m_requestBody = nullptr;
    QPlainTextEdit *m_responseBody = nullptr;
};

} // namespace wsc

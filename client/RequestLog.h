#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>

#include <deque>

namespace wsc {

// Every request the client sends and what came back, newest last, bounded, for the request inspector.
// Bodies are stored redacted; the Authorization header is never stored.
class RequestLog : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        DurationColumn,
        SizeColumn,
        ColumnCount
    };
    enum Role { RequestBodyRole = Qt::UserRole + 1, ResponseBodyRole, ErrorRole, SortRole, PollingRole, MethodRole, StatusRole };

    struct Entry {
        quint64 id = 0;
        QDateTime started;
        QString method;
        QString url;
        int status = 0; // 0 while in flight or without an HTTP answer
        qint64 durationMs = -1;
        qint64 requestSize = 0;
        qint64 responseSize = 0;
        QByteArray requestBody;
        QByteArray responseBody;
        QString error;
        bool polling = false; // background status polling
        QElapsedTimer timer;
    };

    explicit RequestLog(QObject *parent = nullptr, int capacity = 1000);

    quint64 begin(const QString &method, const QUrl &url, const QByteArray &body, bool polling = false);
    void end(quint64 id, int status, const QByteArray &body, const QString &error = {});
    // Adds a problem found after the answer came (items or fields of the body that could not be read), so
    // that what the decoder skipped or kept raw is visible next to the response. Once per distinct text.
    void addProblem(quint64 id, const QString &problem);
    const Entry *entry(int row) const;
    void clear();
    int capacity() const { return m_capacity; }
    // The request as a curl command to paste into a terminal: the redacted body, and the token as a shell
    // variable ($WSC_TOKEN) for the user to set, never the token itself.
    static QString curlCommand(const Entry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rowOf(quint64 id) const;

    std::deque<Entry> m_entries;
    quint64 m_nextId = 1;
    int m_capacity;
};

} // namespace wsc

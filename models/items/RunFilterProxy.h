#pragma once

#include "models/domain/Enums.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace wsc {

class RunTableModel;

// Sorts a RunTableModel by the raw value of any column and keeps the runs of the chosen statuses and
// type. Newest first by default, as a history is read.
class RunFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit RunFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Empty: every status.
    void setStatuses(const QSet<RunStatus> &statuses);
    // RunType::Unknown: both types.
    void setType(RunType type);
    QSet<RunStatus> statuses() const { return m_statuses; }
    RunType type() const { return m_type; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RunTableModel *m_runs = nullptr;
    QSet<RunStatus> m_statuses;
    RunType m_type = RunType::Unknown;
};

} // namespace wsc

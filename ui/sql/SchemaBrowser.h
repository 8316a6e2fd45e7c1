#pragma once

#include "models/domain/Enums.h"
#include "models/domain/QueryResult.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace wsc {

class WarehouseCatalogModel;

// The schemas, tables and columns of a connection's warehouse beside the SQL: a filter over their names,
// a state line (loading, an error, not available for this provider), and a double-click or Enter that
// asks for a table's qualified name or a column's name to be inserted. It never loads anything itself:
// the owner answers refreshRequested() and hands back the catalog.
class SchemaBrowser : public QWidget {
    Q_OBJECT

public:
    explicit SchemaBrowser(QWidget *parent = nullptr);

    void setCatalog(const WarehouseCatalog &catalog, ServiceProvider provider);
    void setLoading();
    void setError(const QString &message);
    void setUnavailable(const QString &reason);

    WarehouseCatalogModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QSize sizeHint() const override;

signals:
    void refreshRequested();
    void insertRequested(const QString &text);

private:
    void handleActivated(const QModelIndex &index);
    void handleFilterChanged(const QString &text);
    void applyExpansion();
    void showState(const QString &text);

    WarehouseCatalogModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QToolButton *m_refresh = nullptr;
    QLabel *m_state = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace wsc

#pragma once

#include "models/items/QueryResultModel.h"

#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

namespace wsc {

// The rows of a data model's preview below the SQL editor: a table on QueryResultModel (rows fetched as
// the view scrolls, sorting by the header, identity and iterator columns badged), with Copy (TSV), Copy
// as CSV, Copy as JSON and Select All; a hint instead of an empty table until the first result.
class ResultGrid : public QWidget {
    Q_OBJECT

public:
    static constexpr int kMaxInitialColumnWidth = 300;

    explicit ResultGrid(QWidget *parent = nullptr);

    void setResult(const QueryResult &result, const QString &iteratorField);
    void setIteratorField(const QString &iteratorField);
    void clear();
    bool hasResult() const;

    QueryResultModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The selected cells in the order shown, as the clipboard receives them.
    QString selectionText(ExportFormat format) const;
    void copySelection(ExportFormat format);
    void selectAll();

private:
    void createActions();
    void fitColumns();

    QueryResultModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_hint;
    QTableView *m_view;
};

} // namespace wsc

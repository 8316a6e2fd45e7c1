#pragma once

#include "models/domain/QueryResult.h"

#include <QObject>

#include <optional>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace wsc {

// Turns the iterator column's text field into a picker of the data model's result columns (with their
// types where the warehouse told them), still taking any text: the published pipeline example itself names
// an iterator its published model does not select.
class IteratorColumnPicker : public QObject {
    Q_OBJECT

public:
    explicit IteratorColumnPicker(QLineEdit *field);

    // The model's result columns; `complete` when they are all of them (no `*` the warehouse expands).
    void setColumns(const QList<QueryColumn> &columns, bool complete);
    // The result columns when all are known; nullopt otherwise.
    std::optional<QStringList> knownColumns() const;
    // Shows every column under the field (the field's drop-down button).
    void showAll();

private:
    QLineEdit *m_field;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
    bool m_complete = false;
};

} // namespace wsc

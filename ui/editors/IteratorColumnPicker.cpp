#include "ui/editors/IteratorColumnPicker.h"

#include <QAction>
#include <QCompleter>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStyle>
#include <QTreeView>

namespace wsc {

IteratorColumnPicker::IteratorColumnPicker(QLineEdit *field)
    : QObject(field)
    , m_field(field)
    , m_completer(new QCompleter(field))
    , m_model(new QStandardItemModel(0, 2, this))
{
    m_model->setHorizontalHeaderLabels({tr("Column"), tr("Type")});
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionColumn(0);
    auto *popup = new QTreeView;
    popup->setRootIsDecorated(false);
    popup->header()->hide();
    popup->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_completer->setPopup(popup); // the completer owns it
    field->setCompleter(m_completer);
    QAction *pick =
        field->addAction(field->style()->standardIcon(QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    pick->setToolTip(tr("Pick a column of the data model's result"));
    connect(pick, &QAction::triggered, this, &IteratorColumnPicker::showAll);
}

void IteratorColumnPicker::setColumns(const QList<QueryColumn> &columns, bool complete)
{
    m_complete = complete;
    m_model->removeRows(0, m_model->rowCount());
    for (const QueryColumn &c : columns) {
        auto *name = new QStandardItem(c.name);
        auto *type = new QStandardItem(c.type);
        type->setForeground(m_field->palette().brush(QPalette::PlaceholderText));
        m_model->appendRow({name, type});
    }
}

std::optional<QStringList> IteratorColumnPicker::knownColumns() const
{
    if (!m_complete)
        return std::nullopt;
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names << m_model->item(row, 0)->text();
    return names;
}

void IteratorColumnPicker::showAll()
{
    m_field->setFocus();
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
}

} // namespace wsc

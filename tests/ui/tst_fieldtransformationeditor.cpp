// The field transformation editor through its widgets, against a sandbox: rows added, typed, reordered
// and removed; validation per row; create, edit and delete.
#include "client/ApiClient.h"
#include "client/WorkspaceSync.h"
#include "models/store/WorkspaceStore.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/editors/FieldTransformationEditor.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

class TestFieldTransformationEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createsEditsAndDeletes();

private:
    static void setCell(QTableWidget *table, int row, int column, const QString &text)
    {
        table->item(row, column)->setText(text);
    }
    static void setType(QTableWidget *table, int row, const QString &label)
    {
        auto *combo =
            qobject_cast<QComboBox *>(table->cellWidget(row, FieldTransformationEditor::TypeColumn));
        combo->setCurrentIndex(combo->findText(label));
    }

    std::unique_ptr<ConsoleFixture> m_console;
};

void TestFieldTransformationEditor::initTestCase()
{
    m_console = std::make_unique<ConsoleFixture>();
    QVERIFY(m_console->refresh());
    Dialogs::setChangeConfirmer(
        [](QWidget *, const QString &, const std::vector<JsonChange> &) { return true; });
    Dialogs::setAsker([](QWidget *, const QString &, const QString &, QMessageBox::StandardButtons,
                         QMessageBox::StandardButton) { return QMessageBox::Yes; });
}

void TestFieldTransformationEditor::cleanupTestCase()
{
    Dialogs::setChangeConfirmer({});
    Dialogs::setAsker({});
    m_console.reset();
}

void TestFieldTransformationEditor::createsEditsAndDeletes()
{
    auto *editor = qobject_cast<FieldTransformationEditor *>(
        m_console->window->openEditor(ResourceKind::FieldTransformation, {}));
    QVERIFY(editor);
    auto *table = editor->findChild<QTableWidget *>(u"MappingTable"_s);
    auto *save = editor->findChild<QPushButton *>(u"SaveButton"_s);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"IdField"_s), u"orders-events"_s);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"NameField"_s), u"Orders to events"_s);

    // Two rows: a static event type and a column.
    QTest::mouseClick(editor->findChild<QPushButton *>(u"AddMapping"_s), Qt::LeftButton);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"AddMapping"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    // A column row without its source is an error on that cell; Save waits.
    setCell(table, 1, FieldTransformationEditor::DestinationColumn, u"source_message_id"_s);
    QVERIFY(!save->isEnabled());
    auto *issues = editor->findChild<QListWidget *>(u"MappingIssues"_s);
    QVERIFY(issues->isVisibleTo(editor));
    QVERIFY(table->item(1, FieldTransformationEditor::SourceColumn)->toolTip().contains(u"source column"_s));
    setCell(table, 1, FieldTransformationEditor::SourceColumn, u"order_id"_s);
    setType(table, 0, u"Static value"_s);
    QVERIFY(!(table->item(0, FieldTransformationEditor::SourceColumn)->flags() & Qt::ItemIsEditable));
    setCell(table, 0, FieldTransformationEditor::DestinationColumn, u"event_type"_s);
    setCell(table, 0, FieldTransformationEditor::ValueColumn, u"custom_event"_s);
    QVERIFY(save->isEnabled());
    QVERIFY(!issues->isVisibleTo(editor));

    // Reorder: the column row first, then back.
    table->setCurrentCell(1, FieldTransformationEditor::SourceColumn);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"MoveUp"_s), Qt::LeftButton);
    QCOMPARE(editor->fieldTransformation().mappings[0].source.value_or(QString()), u"order_id"_s);
    QCOMPARE(table->currentRow(), 0);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"MoveDown"_s), Qt::LeftButton);
    QCOMPARE(editor->fieldTransformation().mappings[0].value.value_or(QString()), u"custom_event"_s);

    QSignalSpy saved(editor, &FieldTransformationEditor::saved);
    editor->save();
    QVERIFY(saved.wait(10000));
    const QJsonObject stored =
        m_console->sandbox.http.get(SandboxFixture::api(u"/field-transformations/orders-events"_s)).object();
    const QJsonArray mappings = stored[u"mappings"_s].toArray();
    QCOMPARE(mappings.size(), 2);
    QCOMPARE(mappings[0].toObject()[u"mapping_type"_s].toString(), u"static"_s);
    QCOMPARE(mappings[0].toObject()[u"value"_s].toString(), u"custom_event"_s);
    QCOMPARE(mappings[1].toObject()[u"source"_s].toString(), u"order_id"_s);
    QVERIFY(!mappings[0].toObject().contains(u"source"_s)); // a static row sends no source

    // Edit: remove the column row.
    table->setCurrentCell(1, FieldTransformationEditor::SourceColumn);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"RemoveMapping"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(editor->isDirty());
    editor->save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/field-transformations/orders-events"_s))
                 .object()[u"mappings"_s]
                 .toArray()
                 .size(),
             1);

    // A cell still being edited counts when saving: what is on screen is what is sent.
    table->setCurrentCell(0, FieldTransformationEditor::ValueColumn);
    table->editItem(table->item(0, FieldTransformationEditor::ValueColumn));
    auto *cellEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(cellEditor);
    cellEditor->selectAll();
    QTest::keyClicks(cellEditor, u"typed_not_committed"_s);
    QVERIFY(editor->save());
    QVERIFY(saved.wait(10000));
    QCOMPARE(m_console->sandbox.http.get(SandboxFixture::api(u"/field-transformations/orders-events"_s))
                 .object()[u"mappings"_s]
                 .toArray()[0]
                 .toObject()[u"value"_s]
                 .toString(),
             u"typed_not_committed"_s);

    // Delete (asked, answered Yes): gone from the server and the store.
    QVERIFY(m_console->window->deleteResource(ResourceKind::FieldTransformation, u"orders-events"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_console->store.fieldTransformation(u"orders-events"_s), 10000);
    QCOMPARE(
        m_console->sandbox.http.get(SandboxFixture::api(u"/field-transformations/orders-events"_s)).status,
        404);
}

QTEST_MAIN(TestFieldTransformationEditor)
#include "tst_fieldtransformationeditor.moc"

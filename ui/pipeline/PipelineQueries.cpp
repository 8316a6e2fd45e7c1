#include "ui/pipeline/PipelineQueries.h"

#include "ui/sql/SqlEditor.h"
#include "ui/style/Appearance.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <Qsci/qscilexer.h>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

// The names objects and tests find each statement's parts by.
const std::array<QString, 3> kNames = {u"Probe"_s, u"Count"_s, u"Extract"_s};
// A statement shows whole up to this many lines; a longer one scrolls inside its editor.
constexpr int kMaxShownLines = 16;

} // namespace

PipelineQueries::PipelineQueries(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return Timestamp(QDateTime::currentDateTimeUtc()); })
{
    setObjectName(u"PipelineQueries"_s);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_picker = new QComboBox(this);
    m_picker->setObjectName(u"QueryWindowPicker"_s);
    m_picker->addItem(tr("Next run (expected)"), int(Choice::NextRun));
    m_picker->addItem(tr("Trigger now (expected)"), int(Choice::TriggerNow));
    m_picker->addItem(tr("Selected run"), int(Choice::SelectedRun));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *pickerLabel = new QLabel(tr("Show &for:"), this);
    pickerLabel->setBuddy(m_picker);
    m_windowLabel = new QLabel(this);
    m_windowLabel->setObjectName(u"QueryWindowLabel"_s);
    m_windowLabel->setTextFormat(Qt::PlainText);
    m_windowLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_windowLabel->setWordWrap(true);
    row->addWidget(pickerLabel);
    row->addWidget(m_picker);
    row->addSpacing(12);
    row->addWidget(m_windowLabel, 1);
    layout->addLayout(row);
    m_windowNote = new QLabel(this);
    m_windowNote->setObjectName(u"QueryWindowNote"_s);
    m_windowNote->setTextFormat(Qt::PlainText);
    m_windowNote->setWordWrap(true);
    m_windowNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_windowNote);

    // Each statement as tall as its text, so that none is cut; the three scroll together.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *statements = new QWidget(scroll);
    auto *sections = new QVBoxLayout(statements);
    sections->setContentsMargins(0, 0, 0, 0);
    sections->addWidget(createSection(Statement::Probe, tr("Column probe"), statements));
    sections->addWidget(createSection(Statement::Count, tr("Count of the window"), statements));
    sections->addWidget(createSection(Statement::Extract, tr("Extract"), statements));
    sections->addStretch(1);
    scroll->setWidget(statements);
    layout->addWidget(scroll, 1);

    connect(m_picker, &QComboBox::currentIndexChanged, this, &PipelineQueries::updateStatements);
    connect(m_count, &QPushButton::clicked, this, &PipelineQueries::requestCount);
    updatePicker();
    updateStatements();
}

QWidget *PipelineQueries::createSection(Statement which, const QString &title, QWidget *parent)
{
    const std::size_t i = std::size_t(which);
    auto *section = new QWidget(parent);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    auto *header = new QHBoxLayout;
    auto *label = new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), section);
    header->addWidget(label);
    header->addStretch(1);
    if (which == Statement::Count) {
        m_count = new QPushButton(tr("Cou&nt Rows"), section);
        m_count->setObjectName(u"CountRows"_s);
        m_count->setToolTip(tr("Count the rows of this window in the warehouse preview"));
        m_countResult = new QLabel(section);
        m_countResult->setObjectName(u"CountResult"_s);
        m_countResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
        header->addWidget(m_countResult);
        header->addWidget(m_count);
    }
    m_copy[i] = new QPushButton(tr("Copy"), section);
    m_copy[i]->setObjectName(u"Copy"_s + kNames[i]);
    m_copy[i]->setToolTip(tr("Copy the statement to the clipboard"));
    header->addWidget(m_copy[i]);
    layout->addLayout(header);
    m_editors[i] = new SqlEditor(section);
    m_editors[i]->setObjectName(kNames[i] + u"Statement"_s);
    m_editors[i]->setReadOnly(true);
    m_editors[i]->setCaretLineVisible(false);
    m_editors[i]->setAutoCompletionSource(QsciScintilla::AcsNone);
    // Unwrapped, exactly as copied; a horizontal scroll bar only when a line is wider than the editor.
    m_editors[i]->setWrapMode(QsciScintilla::WrapNone);
    m_editors[i]->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTH, 1);
    m_editors[i]->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTHTRACKING, 1);
    m_editors[i]->installEventFilter(this); // a narrower editor may need the scroll bar
    layout->addWidget(m_editors[i]);
    connect(m_copy[i], &QPushButton::clicked, this, [this, which] { copy(which); });
    return section;
}

bool PipelineQueries::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        for (SqlEditor *editor : m_editors) {
            if (editor == watched)
                fitHeight(editor);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PipelineQueries::fitHeight(SqlEditor *editor)
{
    const QFontMetrics metrics(editor->lexer()->defaultFont());
    int widest = 0;
    for (const QString &line : editor->text().split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    int margins = 0;
    for (int margin = 0; margin < editor->margins(); ++margin)
        margins += editor->marginWidth(margin);
    // Its width, not the viewport's: on a resize the viewport follows only after this.
    const int room = editor->width() - 2 * editor->frameWidth() - margins;
    const bool scrolls = widest + metrics.averageCharWidth() > room;
    const int shown = std::clamp(editor->lines(), 1, kMaxShownLines);
    const int height = shown * editor->textHeight(0) + 2 * editor->frameWidth() + 2 +
                       (scrolls ? editor->horizontalScrollBar()->sizeHint().height() : 0);
    if (editor->height() != height)
        editor->setFixedHeight(height);
}

void PipelineQueries::setPipeline(const std::optional<Pipeline> &pipeline,
                                  const std::optional<QString> &modelSql,
                                  const std::optional<Timestamp> &watermark)
{
    if (pipeline == m_pipeline && modelSql == m_modelSql && watermark == m_watermark)
        return;
    m_pipeline = pipeline;
    m_modelSql = modelSql;
    m_watermark = watermark;
    updateStatements();
}

void PipelineQueries::setSelectedRun(const std::optional<PipelineRun> &run)
{
    if (run == m_selectedRun)
        return;
    m_selectedRun = run;
    updatePicker();
    updateStatements();
}

void PipelineQueries::setChoice(Choice choice)
{
    const int index = m_picker->findData(int(choice));
    if (index >= 0)
        m_picker->setCurrentIndex(index); // updates the statements when it changes
}

PipelineQueries::Choice PipelineQueries::choice() const
{
    return Choice(m_picker->currentData().toInt());
}

void PipelineQueries::setClock(Clock clock)
{
    m_clock = std::move(clock);
    updateStatements();
}

void PipelineQueries::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateStatements(); // "now" has moved on since the panel was last shown
}

// The selected run's entry names the run, and is offered only while one is selected.
void PipelineQueries::updatePicker()
{
    const int index = m_picker->findData(int(Choice::SelectedRun));
    m_picker->setItemText(index, m_selectedRun ? tr("Run %1 (selected in Runs)").arg(m_selectedRun->id)
                                               : tr("Selected run (select one in Runs)"));
    if (auto *model = qobject_cast<QStandardItemModel *>(m_picker->model()))
        model->item(index)->setEnabled(m_selectedRun.has_value());
    if (!m_selectedRun && choice() == Choice::SelectedRun)
        setChoice(Choice::NextRun);
}

std::optional<QueryWindow> PipelineQueries::currentWindow() const
{
    if (!m_pipeline)
        return std::nullopt;
    switch (choice()) {
    case Choice::NextRun: return QueryWindow::expected(*m_pipeline, m_watermark, m_clock());
    case Choice::TriggerNow: return QueryWindow::triggerNow(*m_pipeline, m_watermark, m_clock());
    case Choice::SelectedRun: break;
    }
    if (!m_selectedRun)
        return std::nullopt;
    return QueryWindow::ofRun(*m_selectedRun);
}

void PipelineQueries::updateStatements()
{
    // A count belongs to the statement it was asked for.
    const QString countBefore = statement(Statement::Count);
    const auto clearStaleCount = qScopeGuard([this, countBefore] {
        if (statement(Statement::Count) != countBefore)
            m_countResult->clear();
    });
    const std::optional<QueryWindow> window = currentWindow();
    m_shown = m_pipeline && m_modelSql ? window : std::nullopt;
    if (!m_shown) {
        m_windowLabel->clear();
        m_windowNote->setText(!m_pipeline ? tr("The pipeline is not loaded.")
                              : !m_modelSql
                                  ? tr("Its data model %1 is not loaded.").arg(m_pipeline->dataModelId)
                                  : tr("Select a run in the Runs tab to see the queries of its window."));
        showStatements({}, false);
        return;
    }
    m_windowLabel->setText(tr("Window: %1").arg(window->label()));
    const WrappedQueries::RenderedQueries queries =
        WrappedQueries::render(*m_modelSql, *m_pipeline, window->window);
    QString note = queries.windowNote;
    if (choice() == Choice::NextRun && window->source == QueryWindow::Source::Trigger)
        note = tr("No scheduled run is coming (the pipeline runs on demand or once, is not active, or its "
                  "schedule has ended): this is what a trigger now would read.") +
               u' ' + note;
    m_windowNote->setText(note);
    showStatements(queries, true);
}

void PipelineQueries::showStatements(const WrappedQueries::RenderedQueries &queries, bool enabled)
{
    const std::array<QString, 3> texts = {queries.probe, queries.count, queries.extract};
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (m_editors[i]->text() != texts[i]) { // an unchanged statement keeps its scroll position
            m_editors[i]->setText(texts[i]);
            fitHeight(m_editors[i]);
        }
        m_copy[i]->setEnabled(enabled);
    }
    m_count->setEnabled(enabled);
}

QString PipelineQueries::statement(Statement which) const
{
    return m_editors[std::size_t(which)]->text();
}

QString PipelineQueries::windowText() const
{
    return m_windowLabel->text() + u'\n' + m_windowNote->text();
}

void PipelineQueries::copy(Statement which)
{
    QApplication::clipboard()->setText(statement(which));
}

void PipelineQueries::showCount(const QString &text, bool error)
{
    m_countResult->setText(text);
    m_countResult->setStyleSheet(error ? Appearance::errorStyle() : QString());
}

std::optional<qint64> PipelineQueries::shownRunRecords() const
{
    if (!m_shown || m_shown->source != QueryWindow::Source::PastRun || !m_selectedRun ||
        m_selectedRun->id != m_shown->runId)
        return std::nullopt;
    return m_selectedRun->successfulRecords + m_selectedRun->failedRecords;
}

QString PipelineQueries::countText() const
{
    return m_countResult->text();
}

void PipelineQueries::requestCount()
{
    // The window shown, not a new one: a trigger's end stays the time the statements show.
    if (!m_shown)
        return;
    showCount(tr("Counting…"), false);
    emit countRequested(WrappedQueries::countForPreview(*m_modelSql, *m_pipeline, m_shown->window, m_dialect),
                        m_pipeline->id, m_dialect);
}

} // namespace wsc

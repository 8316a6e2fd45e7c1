#include "ui/compare/CompareWindow.h"
#include "ui/compare/CompareWindow_p.h"

#include "client/Profile.h"
#include "client/SecretStore.h"
#include "client/WorkspaceActions.h"
#include "client/bundle/OtherWorkspace.h"
#include "models/domain/bundle/BundleFolder.h"
#include "ui/compare/ApplyDialog.h"
#include "ui/compare/CompareText.h"
#include "ui/compare/SecretsDialog.h"
#include "ui/style/Appearance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

enum Column { IdColumn, NameColumn, StateColumn };
constexpr int kKeyRole = Qt::UserRole + 1;

QString groupTitle(ResourceKind kind, int count)
{
    switch (kind) {
    case ResourceKind::Connection: return CompareWindow::tr("Connections (%1)").arg(count);
    case ResourceKind::DataModel: return CompareWindow::tr("Data models (%1)").arg(count);
    case ResourceKind::FieldTransformation: return CompareWindow::tr("Field transformations (%1)").arg(count);
    case ResourceKind::Pipeline: return CompareWindow::tr("Pipelines (%1)").arg(count);
    }
    return {};
}

} // namespace

CompareWindow::CompareWindow(WorkspaceActions &actions, QString currentProfile, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_currentProfile(std::move(currentProfile))
    , m_left(std::make_unique<SideState>())
    , m_right(std::make_unique<SideState>())
    , m_secrets(actions.secretStore() ? actions.secretStore() : new SecretStore(this))
{
    setObjectName(u"CompareWindow"_s);
    setWindowTitle(tr("Compare Workspaces"));
    resize(1100, 680);
    auto *layout = new QVBoxLayout(this);
    auto *sides = new QHBoxLayout;
    sides->addWidget(createSidePicker(Side::Left), 1);
    sides->addWidget(new QLabel(u"→"_s, this));
    sides->addWidget(createSidePicker(Side::Right), 1);
    auto *compareButton = new QPushButton(tr("Co&mpare"), this);
    compareButton->setObjectName(u"CompareButton"_s);
    compareButton->setToolTip(tr("Read both sides again and compare them (F5)"));
    connect(compareButton, &QPushButton::clicked, this, &CompareWindow::compare);
    new QShortcut(QKeySequence(Qt::Key_F5), this, this, &CompareWindow::compare);
    sides->addWidget(compareButton);
    layout->addLayout(sides);

    auto *splitter = new QSplitter(this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(u"CompareTree"_s);
    m_tree->setHeaderLabels({tr("Resource"), tr("Name"), tr("Left → right")});
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CompareWindow::showDiff);
    m_diff = new QPlainTextEdit(splitter);
    m_diff->setObjectName(u"CompareDiff"_s);
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setPlaceholderText(tr("Select a resource to see how the two sides differ."));
    splitter->setSizes({580, 520});
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_prune = new QCheckBox(tr("&Delete what only the right side has"), this);
    m_prune->setObjectName(u"PruneOption"_s);
    m_prune->setToolTip(tr("Checks every resource that is only on the right: applying deletes them there."));
    connect(m_prune, &QCheckBox::toggled, this, [this](bool on) {
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            if ((*it)->data(StateColumn, kKeyRole).toInt() == int(BundleCompare::State::OnlyRight))
                (*it)->setCheckState(IdColumn, on ? Qt::Checked : Qt::Unchecked);
        }
    });
    m_createPaused = new QCheckBox(tr("Create pipelines &paused"), this);
    m_createPaused->setObjectName(u"CreatePausedOption"_s);
    m_createPaused->setChecked(true);
    m_createPaused->setToolTip(tr("A promotion starts no run before someone looks: new pipelines are created "
                                  "paused, and paused ones stay paused."));
    m_status = new QLabel(this);
    m_status->setObjectName(u"CompareStatus"_s);
    m_status->setWordWrap(true);
    m_apply = new QPushButton(tr("&Apply to the Right…"), this);
    m_apply->setObjectName(u"ApplyToRight"_s);
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_apply->setToolTip(tr("Shows the plan first (Ctrl+Enter)"));
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &CompareWindow::applyToRight);
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    bottom->addWidget(m_prune);
    bottom->addWidget(m_createPaused);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_apply);
    bottom->addWidget(close);
    layout->addLayout(bottom);
    setProfile(Side::Left, m_currentProfile);
    if (m_right->combo->count() > 1)
        m_right->combo->setCurrentIndex(1); // another workspace than this one
}

CompareWindow::~CompareWindow() = default;

CompareWindow::SideState &CompareWindow::side(Side which)
{
    return which == Side::Left ? *m_left : *m_right;
}

void CompareWindow::addSideItems(QComboBox *combo)
{
    combo->addItem(tr("This workspace (%1)").arg(m_currentProfile), kCurrent);
    for (const Profile &p : ProfileStore().profiles()) {
        // The built-in sandbox runs inside the console only while it is the console's own workspace.
        if (p.name != m_currentProfile && !p.embeddedSandbox)
            combo->addItem(tr("Profile %1").arg(p.name), QString(kProfilePrefix + p.name));
    }
}

QWidget *CompareWindow::createSidePicker(Side which)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(which == Side::Left ? tr("&Left:") : tr("&Right:"), box));
    auto *combo = new QComboBox(box);
    combo->setObjectName(which == Side::Left ? u"LeftSide"_s : u"RightSide"_s);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(24);
    static_cast<QLabel *>(row->itemAt(0)->widget())->setBuddy(combo);
    addSideItems(combo);
    row->addWidget(combo, 1);
    auto *folder = new QPushButton(tr("Folder…"), box);
    folder->setToolTip(tr("Compare with a folder of exported files"));
    connect(folder, &QPushButton::clicked, this, [this, which] { chooseFolder(which); });
    row->addWidget(folder);
    side(which).combo = combo;
    connect(combo, &QComboBox::activated, this, &CompareWindow::compare);
    return box;
}

void CompareWindow::chooseFolder(Side which)
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a Workspace Folder"));
    if (!dir.isEmpty()) {
        setFolder(which, dir);
        compare();
    }
}

void CompareWindow::setFolder(Side which, const QString &directory)
{
    QComboBox *combo = side(which).combo;
    const QString data = QString(kFolderPrefix + directory);
    if (combo->findData(data) < 0)
        combo->addItem(tr("Folder %1").arg(QDir::toNativeSeparators(directory)), data);
    combo->setCurrentIndex(combo->findData(data));
}

void CompareWindow::setProfile(Side which, const QString &profileName)
{
    QComboBox *combo = side(which).combo;
    const int row = combo->findData(profileName == m_currentProfile ? kCurrent : kProfilePrefix + profileName);
    if (row >= 0)
        combo->setCurrentIndex(row);
}

void CompareWindow::limitTo(const QSet<QString> &keys)
{
    m_limit = keys;
}

void CompareWindow::compare()
{
    const int generation = ++m_generation;
    m_compare.reset();
    m_tree->clear();
    m_diff->clear();
    m_apply->setEnabled(false);
    m_status->setStyleSheet({});
    if (m_left->what() == m_right->what()) {
        m_status->setText(tr("Both sides are the same workspace: choose another one on the right (a profile or a "
                             "folder)."));
        emit compared();
        return;
    }
    m_status->setText(tr("Reading both sides…"));
    for (Side which : {Side::Left, Side::Right}) {
        side(which).bundle.reset();
        side(which).error.clear();
        load(which, generation);
    }
}

void CompareWindow::load(Side which, int generation)
{
    SideState &s = side(which);
    const QString what = s.what();
    // The connection of a profile side that is no longer one: never the target of an apply again.
    if (!what.startsWith(kProfilePrefix) && s.other)
        s.other.release()->deleteLater();
    auto done = [this, which, generation](const Result<Bundle, QString> &r) { sideLoaded(which, generation, r); };
    if (what == kCurrent)
        return m_actions.snapshot(m_currentProfile, this, done);
    if (what.startsWith(kFolderPrefix)) {
        const QString directory = what.mid(kFolderPrefix.size());
        const QDir dir(directory);
        // An empty folder is an empty workspace: where an export goes.
        const auto read = dir.exists() && dir.isEmpty() ? Result<Bundle, QStringList>(Bundle())
                                                        : BundleFolder::read(directory);
        // Reported from the event loop, like the other sides.
        QTimer::singleShot(0, this, [done, read] {
            done(read ? Result<Bundle, QString>(*read) : Result<Bundle, QString>(read.error().join(u'\n')));
        });
        return;
    }
    const auto profile = ProfileStore().profile(what.mid(kProfilePrefix.size()));
    if (!profile)
        return done(tr("The profile %1 is gone.").arg(what.mid(kProfilePrefix.size())));
    // The previous one may be inside one of its own calls' answers (an apply that just ended): it goes
    // from the event loop, never from under its caller.
    if (s.other)
        s.other.release()->deleteLater();
    s.other = m_actions.otherWorkspace(*profile);
    s.other->open(this, [this, which, done](const QString &error) {
        if (!error.isEmpty())
            return done(error);
        side(which).other->snapshot(this, done);
    });
}

void CompareWindow::sideLoaded(Side which, int generation, const Result<Bundle, QString> &result)
{
    if (generation != m_generation)
        return; // an earlier comparison
    SideState &s = side(which);
    if (result)
        s.bundle = *result;
    else
        s.error = result.error();
    if ((!m_left->bundle && m_left->error.isEmpty()) || (!m_right->bundle && m_right->error.isEmpty()))
        return; // the other side is still being read
    if (!m_left->error.isEmpty() || !m_right->error.isEmpty()) {
        QStringList why;
        if (!m_left->error.isEmpty())
            why << tr("Left: %1").arg(m_left->error);
        if (!m_right->error.isEmpty())
            why << tr("Right: %1").arg(m_right->error);
        m_status->setText(why.join(u'\n'));
        m_status->setStyleSheet(Appearance::errorStyle());
        emit compared();
        return;
    }
    rebuild();
    emit compared();
}

void CompareWindow::rebuild()
{
    const QSet<QString> scope = m_limit.isEmpty() ? QSet<QString>()
                                                  : BundleCompare::withDependencies(*m_left->bundle, m_limit);
    m_compare.emplace(*m_left->bundle, *m_right->bundle, scope);
    std::map<int, QTreeWidgetItem *> groups;
    int counts[4] = {0, 0, 0, 0};
    for (const BundleCompare::Row &row : m_compare->rows()) {
        QTreeWidgetItem *&group = groups[int(row.kind)];
        if (!group) {
            group = new QTreeWidgetItem(m_tree);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group);
        item->setText(IdColumn, row.id);
        item->setText(NameColumn, row.name);
        item->setText(StateColumn, CompareText::badge(row.state));
        item->setData(IdColumn, kKeyRole, BundleCompare::resourceKey(row.kind, row.id));
        item->setData(StateColumn, kKeyRole, int(row.state));
        if (row.state != BundleCompare::State::Same) {
            const bool on = row.state != BundleCompare::State::OnlyRight || m_prune->isChecked();
            item->setCheckState(IdColumn, on ? Qt::Checked : Qt::Unchecked);
            item->setForeground(StateColumn, row.state == BundleCompare::State::OnlyRight
                                                 ? Appearance::errorColor()
                                                 : Appearance::warningColor(palette()));
        } else {
            // A box that cannot be ticked: nothing to apply, and the ids stay in one column.
            item->setCheckState(IdColumn, Qt::Unchecked);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
        ++counts[int(row.state)];
    }
    for (auto &[kind, group] : groups)
        group->setText(IdColumn, groupTitle(ResourceKind(kind), group->childCount()));
    m_tree->expandAll();
    m_tree->resizeColumnToContents(IdColumn);
    m_tree->resizeColumnToContents(StateColumn);
    m_status->setText(tr("%1 only left, %2 only right, %3 differ, %4 the same.")
                          .arg(counts[int(BundleCompare::State::OnlyLeft)])
                          .arg(counts[int(BundleCompare::State::OnlyRight)])
                          .arg(counts[int(BundleCompare::State::Differs)])
                          .arg(counts[int(BundleCompare::State::Same)]) +
                      (m_left->bundle->notes + m_right->bundle->notes).join(u' '));
    m_apply->setEnabled(counts[0] + counts[1] + counts[2] > 0);
    m_apply->setText(m_right->isFolder() ? tr("&Write to the Folder…") : tr("&Apply to the Right…"));
}

void CompareWindow::showDiff()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const QString key = item ? item->data(IdColumn, kKeyRole).toString() : QString();
    if (!m_compare || key.isEmpty()) {
        m_diff->clear();
        return;
    }
    for (const BundleCompare::Row &row : m_compare->rows()) {
        if (BundleCompare::resourceKey(row.kind, row.id) == key)
            m_diff->setPlainText(CompareText::describe(row));
    }
}

QSet<QString> CompareWindow::chosen() const
{
    QSet<QString> keys;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->flags().testFlag(Qt::ItemIsUserCheckable) && (*it)->checkState(IdColumn) == Qt::Checked)
            keys.insert((*it)->data(IdColumn, kKeyRole).toString());
    }
    return keys;
}

void CompareWindow::applyToRight()
{
    if (!m_compare)
        return;
    const QSet<QString> keys = chosen();
    if (keys.isEmpty()) {
        m_status->setText(tr("Check the resources to apply first."));
        return;
    }
    const Bundle desired = m_compare->desired(keys);
    PlanOptions options;
    options.prune = true; // exactly the checked deletions: everything else is in `desired` as it is
    options.createPaused = m_createPaused->isChecked() && !m_right->isFolder();
    if (m_right->isFolder()) {
        QSet<QString> all; // a folder holds references, not values: nothing to resolve
        for (const BundleEntry &e : desired.entries)
            for (const SecretRef &ref : e.secrets)
                all.insert(ref.name);
        return openApplyDialog(BundlePlanner::plan(desired, *m_right->bundle, options, all), desired);
    }
    const Plan draft = BundlePlanner::plan(desired, *m_right->bundle, options, {});
    const int generation = m_generation;
    resolveSecrets(draft.missingSecrets, [this, desired, options, generation](const QHash<QString, QString> &values) {
        if (generation != m_generation || !m_right->bundle) { // compared again meanwhile: another plan
            m_status->setText(tr("The sides were read again while the secrets were asked for: apply again."));
            return;
        }
        const QSet<QString> known(values.keyBegin(), values.keyEnd());
        openApplyDialog(BundlePlanner::plan(desired, *m_right->bundle, options, known), desired, values);
    });
}

} // namespace wsc

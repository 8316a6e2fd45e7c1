#pragma once

#include "models/store/WorkspaceStore.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace wsc {

// Unsaved editors on disk, one file per editor in a directory per profile, so that a crash loses
// nothing typed. Drafts never hold secrets: editors strip them before handing a draft over.
class DraftStore {
public:
    struct Draft {
        ResourceKind kind = ResourceKind::DataModel;
        QString id; // the resource's id; for a new one, what its form had
        bool isNew = false;
        QByteArray resource; // the form's value as the API's JSON
        QString key;         // as written; filled in by all()
    };

    // An empty directory disables the store (no profile yet).
    explicit DraftStore(QString directory = {});
    // Where the drafts of a profile live (under the application's data directory).
    static QString directoryFor(const QString &profile);

    const QString &directory() const { return m_directory; }
    // `key` names one editor for the life of the process.
    bool write(const QString &key, const Draft &draft) const;
    void remove(const QString &key) const;
    // Every readable draft, oldest first; a damaged file is skipped.
    std::vector<Draft> all() const;
    void clear() const;

private:
    QString pathOf(const QString &key) const;

    QString m_directory;
};

} // namespace wsc

#pragma once

#include "models/domain/bundle/Bundle.h"

#include <QCoreApplication>
#include <QMap>

#include <set>

namespace wsc {

// A workspace as files (the "workspace as code" folder):
//   manifest.json                 {"format": "warehouse-sync-console-bundle", "format_version": 1,
//                                  "source_profile": NAME}
//   connections/<id>.json
//   data-models/<id>.json         without config.sql_query, which is data-models/<id>.sql
//   field-transformations/<id>.json
//   pipelines/<id>.json
// Canonical JSON (canonicalJson), secret fields as {"secret": "NAME"}; no time anywhere, so that exporting
// an unchanged workspace twice gives the same bytes.
class BundleFolder {
    Q_DECLARE_TR_FUNCTIONS(wsc::BundleFolder)

public:
    static constexpr int kFormatVersion = 1;

    // The files of a bundle, by path relative to the folder. Secret names already in `previous` (the
    // folder's current content) for the same field are kept; new ones get a default name made unique.
    static QMap<QString, QByteArray> files(const Bundle &bundle, const Bundle *previous = nullptr);

    // Reads a folder: every problem, each naming its file (and field), so that one pass shows them all.
    // Secrets are references; their values are put in by the one who applies.
    static Result<Bundle, QStringList> read(const QString &directory);
    // Writes `bundle` into `directory` (created if need be) through temporary files, so that an interrupted
    // export leaves no half-written file. With `mirror`, the resource files of the folder that the bundle
    // does not hold are removed (a whole-workspace export); without, they stay (an export of a selection).
    // Returns an error sentence, or an empty string.
    static QString write(const QString &directory, const Bundle &bundle, bool mirror);

    // Whether `directory` holds a bundle manifest.
    static bool isBundle(const QString &directory);

    // Reads one resource file's content (its .sql, when a data model, given separately): for read(), and
    // for a bundle that is not on disk. Errors are prefixed with `file`.
    static Result<BundleEntry, QStringList> readEntry(ResourceKind kind, const QString &file,
                                                      const QByteArray &json,
                                                      const std::optional<QByteArray> &sql);
};

} // namespace wsc

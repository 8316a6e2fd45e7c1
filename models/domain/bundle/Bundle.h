#pragma once

#include "models/domain/Connection.h"
#include "models/domain/DataModel.h"
#include "models/domain/FieldTransformation.h"
#include "models/domain/Pipeline.h"
#include "models/domain/ResourceKind.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace wsc {

// A secret field of a resource in a bundle: where it is ("config.password") and the name it is resolved by
// (an environment variable for wsctl, a keychain entry or a question in the console). Its value is never
// part of a bundle.
struct SecretRef {
    QString path;
    QString name;
    friend bool operator==(const SecretRef &, const SecretRef &) = default;
};

// One resource of a workspace as code: the writable fields in the API's canonical form (what the codec
// sends: aliases and numbers-as-strings read the tolerant way and written the one way), without the fields
// the server fills in (Snowflake's aws_iam_user_arn and aws_external_id) and without its secrets, which
// are listed by reference instead. A data model's SQL is its body's config.sql_query.
struct BundleEntry {
    ResourceKind kind = ResourceKind::Connection;
    QString id;
    QJsonObject body;
    std::vector<SecretRef> secrets;

    QString name() const { return body.value(QStringLiteral("name")).toString(); }
    friend bool operator==(const BundleEntry &, const BundleEntry &) = default;
};

// The resources of a workspace (or of the part of it a folder holds), each kind in dependency order.
struct Bundle {
    QString sourceProfile;
    std::vector<BundleEntry> entries;
    // What the bundle knowingly leaves out, for the user (a service without a field-transformations
    // endpoint); never part of a folder.
    QStringList notes;
    // False when the service could not list them: references to them are then the service's to check.
    bool fieldTransformationsListed = true;

    const BundleEntry *find(ResourceKind kind, const QString &id) const;
    // Keeps the entries sorted by kind (dependency order) and id: plans, files and tests read in one order.
    void sort();
};

// The kinds in dependency order: a resource only refers to kinds before it.
inline constexpr std::array<ResourceKind, 4> kBundleKinds = {
    ResourceKind::Connection, ResourceKind::DataModel, ResourceKind::FieldTransformation,
    ResourceKind::Pipeline};

// The bundle forms of resources as the server holds them. Secret references get the default names;
// BundleFolder keeps the names a folder already gives them.
class BundleCodec {
    Q_DECLARE_TR_FUNCTIONS(wsc::BundleCodec)

public:
    static BundleEntry entryOf(const Connection &connection);
    static BundleEntry entryOf(const DataModel &model);
    static BundleEntry entryOf(const FieldTransformation &transformation);
    static BundleEntry entryOf(const Pipeline &pipeline);

    // A body read from a file, made canonical through the resource's codec (so that `on-demand` and
    // `on_demand`, 5439 and "5439" are one value) and checked with the editors' validation. Secrets are
    // taken as given (a placeholder when they are not known yet). Errors name the field.
    static Result<BundleEntry, QStringList> canonical(ResourceKind kind, const QJsonObject &body,
                                                      std::vector<SecretRef> secrets);
    // The local validation of the editors on an entry: errors first, then warnings, each "field: message".
    struct Findings {
        QStringList errors;
        QStringList warnings;
    };
    static Findings validate(const BundleEntry &entry, bool create);
    // Whether `with` is `without` plus members the codec does not know only (a newer API's fields): the
    // two read as the same resource once their unknown members are set aside.
    static bool differsInUnknownOnly(ResourceKind kind, const QJsonObject &without, const QJsonObject &with);
    // The pipeline an entry is, or nothing for another kind (references and states are read from it).
    static std::optional<Pipeline> pipelineOf(const BundleEntry &entry);

    // SNOWFLAKE_PROD_PASSWORD for connection snowflake-prod's config.password: the id and the field's
    // last segment, upper case, every other character an underscore; never starting with a digit.
    static QString defaultSecretName(const QString &id, const QString &path);
    static bool isValidSecretName(QStringView name);

    // The value at a dotted path of an object, and the object with a value put there.
    static QJsonValue valueAt(const QJsonObject &object, const QString &path);
    static void putAt(QJsonObject &object, const QString &path, const QJsonValue &value);
    static void removeAt(QJsonObject &object, const QString &path);

    // The kind's folder in a bundle ("data-models") and its name in messages ("data model").
    static QString folderName(ResourceKind kind);
    static QString displayName(ResourceKind kind);
    static std::optional<ResourceKind> kindFromFolder(QStringView folder);
};

// JSON as bundles write it: keys sorted, two-space indent, one trailing newline; the same value gives the
// same bytes.
QByteArray canonicalJson(const QJsonObject &object);

} // namespace wsc

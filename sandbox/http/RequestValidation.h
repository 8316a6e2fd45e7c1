#pragma once

#include <QJsonObject>
#include <QStringList>

namespace wsc::sandbox {

// The shape and value checks of POST/PUT bodies (spec §6.7, §7.3, §8.6, §11.3), one message per problem,
// producing the canonical stored form. References to other resources are the service's business.
struct ValidationResult {
    QJsonObject canonical;
    QStringList errors;
    bool ok() const { return errors.isEmpty(); }
};

namespace RequestValidation {

inline const QString kMask = QStringLiteral("************");

// `stored` is the connection being replaced (PUT), whose secrets a masked value keeps; null for POST.
ValidationResult connection(const QJsonObject &body, const QJsonObject *stored);
ValidationResult dataModel(const QJsonObject &body);
ValidationResult fieldTransformation(const QJsonObject &body);
ValidationResult pipeline(const QJsonObject &body);

bool isSlug(const QString &id);
// The secret config fields of a provider (Appendix B).
QStringList secretFields(const QString &provider);

} // namespace RequestValidation

} // namespace wsc::sandbox

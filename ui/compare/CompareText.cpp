#include "ui/compare/CompareText.h"

#include "models/domain/TextDiff.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace wsc::CompareText {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wsc::CompareText", text);
}

const QString kSql = u"config.sql_query"_s;

QString entryText(const BundleEntry &e)
{
    QJsonObject body = e.body;
    for (const SecretRef &ref : e.secrets)
        BundleCodec::putAt(body, ref.path, QJsonObject{{u"secret"_s, ref.name}});
    BundleCodec::removeAt(body, kSql);
    QString out = QString::fromUtf8(canonicalJson(body));
    const QJsonValue sql = BundleCodec::valueAt(e.body, kSql);
    if (sql.isString())
        out += u'\n' + tr("SQL:") + u'\n' + sql.toString() + u'\n';
    return out;
}

QString secretsText(const BundleEntry &e)
{
    QString out;
    for (const SecretRef &ref : e.secrets)
        out += tr("%1: secret %2. Its value cannot be compared (the API masks it); it is sent with any "
                  "change of this resource.")
                   .arg(ref.path, ref.name) +
               u'\n';
    return out;
}

} // namespace

QString badge(BundleCompare::State state)
{
    switch (state) {
    case BundleCompare::State::OnlyLeft: return u"◀ "_s + BundleCompare::stateName(state);
    case BundleCompare::State::OnlyRight: return u"▶ "_s + BundleCompare::stateName(state);
    case BundleCompare::State::Differs: return u"≠ "_s + BundleCompare::stateName(state);
    case BundleCompare::State::Same: return u"= "_s + BundleCompare::stateName(state);
    }
    return {};
}

QString describe(const BundleCompare::Row &row)
{
    const QString title = BundleCodec::displayName(row.kind) + u' ' + row.id;
    switch (row.state) {
    case BundleCompare::State::OnlyLeft:
        return tr("The %1 is only on the left: applying creates it on the right.").arg(title) + u"\n\n"_s +
               entryText(*row.left);
    case BundleCompare::State::OnlyRight:
        return tr("The %1 is only on the right: applying with it checked deletes it there.").arg(title) +
               u"\n\n"_s + entryText(*row.right);
    case BundleCompare::State::Same:
        return tr("The %1 is the same on both sides (secrets cannot be compared).").arg(title) + u"\n\n"_s +
               secretsText(*row.left) + entryText(*row.left);
    case BundleCompare::State::Differs: break;
    }
    QString out = tr("The %1 differs. Right → left:").arg(title) + u"\n\n"_s;
    for (const JsonChange &c : row.changes) {
        if (c.path == kSql) {
            out += tr("%1 (- right, + left):").arg(c.path) + u'\n';
            out += lineDiffText(lineDiff(c.before.toString(), c.after.toString())) + u'\n';
            continue;
        }
        out += c.path + u":  "_s +
               (c.before.isUndefined() ? tr("(not set)") : jsonValueText(c.before)) + u"  →  "_s +
               jsonValueText(c.after) + u'\n';
    }
    return out + u'\n' + secretsText(*row.left);
}

} // namespace wsc::CompareText

#include "models/domain/JsonReader_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace wsc::detail {

namespace {

// Depth of the deepest array/object, strings skipped; stops counting past `limit`. Strings are jumped over
// with memchr: most bytes of an API answer are inside strings.
int nestingDepth(QByteArrayView bytes, int limit)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    int depth = 0;
    int deepest = 0;
    while (p < end) {
        const char c = *p++;
        if (c == '"') {
            for (;;) {
                const char *quote = static_cast<const char *>(std::memchr(p, '"', std::size_t(end - p)));
                if (!quote)
                    return deepest; // unterminated: the parser reports it
                const char *backslashes = quote;
                while (backslashes > p && backslashes[-1] == '\\')
                    --backslashes;
                p = quote + 1;
                if (((quote - backslashes) & 1) == 0)
                    break; // not escaped: the string ends here
            }
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

} // namespace

Result<Json> parseJson(QByteArrayView bytes, int maxDepth)
{
    if (bytes.trimmed().isEmpty())
        return DecodeError{QString(), JsonCodec::tr("The response body is empty.")};
    if (nestingDepth(bytes, maxDepth) > maxDepth)
        return DecodeError{QString(),
                           JsonCodec::tr("The JSON is nested more than %1 levels deep.").arg(maxDepth)};
    Json parsed = Json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) {
        // Parse again with exceptions on, only to get the position and reason for the message.
        try {
            [[maybe_unused]] const Json reparsed = Json::parse(bytes.begin(), bytes.end());
        } catch (const Json::exception &e) {
            // The parser's text quotes the last token it read ("last read: '…'"), which can be a password
            // from an input file or a secret a server echoed: only the position and the reason are kept.
            QString what = QString::fromUtf8(e.what());
            if (const qsizetype quoted = what.indexOf(u"; last read:"); quoted >= 0)
                what.truncate(quoted);
            if (what.startsWith(u"[json.exception."))
                what = what.mid(what.indexOf(u']') + 1).trimmed();
            return DecodeError{QString(), JsonCodec::tr("Malformed JSON: %1").arg(what)};
        }
        return DecodeError{QString(), JsonCodec::tr("Malformed JSON.")};
    }
    return parsed;
}

QString jsonTypeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null: return JsonCodec::tr("null");
    case Json::value_t::object: return JsonCodec::tr("an object");
    case Json::value_t::array: return JsonCodec::tr("an array");
    case Json::value_t::string: return JsonCodec::tr("a string");
    case Json::value_t::boolean: return JsonCodec::tr("a boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return JsonCodec::tr("a number");
    case Json::value_t::binary:
    case Json::value_t::discarded: break;
    }
    return JsonCodec::tr("an unexpected value");
}

QString notAnArrayMessage(const Json &value)
{
    return JsonCodec::tr("expected an array, got %1").arg(jsonTypeName(value));
}

DecodeError unexpectedException(const std::exception &e, const QString &path)
{
    return DecodeError{path, JsonCodec::tr("Unreadable value: %1").arg(QString::fromUtf8(e.what()))};
}

QString toQString(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

QString JsonPath::toString() const
{
    QString text = parent ? parent->toString() : QString();
    if (!key.empty()) {
        if (!text.isEmpty())
            text += u'.';
        text += QString::fromUtf8(key.data(), qsizetype(key.size()));
    } else if (index >= 0) {
        text += u'[' + QString::number(index) + u']';
    }
    return text;
}

ObjectReader::ObjectReader(const Json &object, const JsonPath &path, std::optional<DecodeError> &error,
                           RawFields *raw)
    : m_object(object)
    , m_path(path)
    , m_error(error)
    , m_raw(raw)
{
    if (m_object.is_object())
        m_cursor = m_object.cbegin();
    else if (!m_error)
        m_error = DecodeError{m_path.toString(),
                              JsonCodec::tr("expected an object, got %1").arg(jsonTypeName(m_object))};
}

void ObjectReader::fail(std::string_view key, const QString &message)
{
    fail(key, DecodeError{childPath(key).toString(), message});
}

void ObjectReader::fail(std::string_view key, DecodeError problem)
{
    if (m_raw && m_rawCount < m_rawKeys.size() && find(key)) {
        // Kept as it came and noted; the resource is read on.
        m_raw->push_back(std::move(problem));
        m_rawKeys[m_rawCount++] = key;
        return;
    }
    if (!m_error)
        m_error = std::move(problem);
}

const Json *ObjectReader::find(std::string_view key) const
{
    if (!m_object.is_object())
        return nullptr;
    if (m_lastValue && key == m_lastKey)
        return m_lastValue; // asked again (a peek, then the read)
    // Members are kept sorted by key: the one after the last found is tried first, and a key between the
    // two (or before the first member, or after the last) is not there.
    const bool afterLast = !m_lastValue || m_lastKey < key;
    if (m_cursor == m_object.cend()) {
        if (afterLast)
            return nullptr;
    } else if (const std::string_view next = m_cursor.key(); key == next) {
        return remember(m_cursor++);
    } else if (afterLast && key < next) {
        return nullptr;
    }
    const auto it = m_object.find(key);
    return it == m_object.cend() ? nullptr : remember(it);
}

const Json *ObjectReader::remember(Json::const_iterator it) const
{
    m_lastKey = it.key();
    m_lastValue = &*it;
    m_cursor = std::next(it);
    return m_lastValue;
}

const Json *ObjectReader::take(std::string_view key)
{
    if (m_readCount < m_read.size())
        m_read[m_readCount++] = key;
    const Json *value = find(key);
    if (value)
        ++m_found;
    return value;
}

bool ObjectReader::has(std::string_view key) const
{
    const Json *value = find(key);
    return value && !value->is_null();
}

void ObjectReader::skip(std::string_view key)
{
    take(key);
}

std::optional<QString> ObjectReader::optionalString(std::string_view key)
{
    const Json *value = take(key);
    if (!value || value->is_null())
        return std::nullopt;
    switch (value->type()) {
    case Json::value_t::string: return toQString(value->get_ref<const std::string &>());
    case Json::value_t::number_integer: return QString::number(value->get<qint64>());
    case Json::value_t::number_unsigned: return QString::number(value->get<quint64>());
    case Json::value_t::number_float: return toQString(value->dump());
    default:
        fail(key, JsonCodec::tr("expected a string, got %1").arg(jsonTypeName(*value)));
        return std::nullopt;
    }
}

QString ObjectReader::string(std::string_view key)
{
    return optionalString(key).value_or(QString());
}

std::optional<qint64> ObjectReader::optionalInt(std::string_view key)
{
    const Json *value = take(key);
    if (!value || value->is_null())
        return std::nullopt;
    const QString outOfRange = JsonCodec::tr("the number is out of range");
    switch (value->type()) {
    case Json::value_t::number_integer: return value->get<qint64>();
    case Json::value_t::number_unsigned: {
        const auto u = value->get<quint64>();
        if (u > quint64(std::numeric_limits<qint64>::max())) {
            fail(key, outOfRange);
            return std::nullopt;
        }
        return qint64(u);
    }
    case Json::value_t::number_float: {
        const double d = value->get<double>();
        // 2^63 is exactly representable; anything at or above it does not fit.
        if (!std::isfinite(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0) {
            fail(key, outOfRange);
            return std::nullopt;
        }
        if (d != std::trunc(d)) {
            fail(key, JsonCodec::tr("expected a whole number, got %1").arg(toQString(value->dump())));
            return std::nullopt;
        }
        return qint64(d);
    }
    case Json::value_t::string: {
        const QString text = toQString(value->get_ref<const std::string &>()).trimmed();
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok) {
            fail(key, JsonCodec::tr("expected a whole number, got \"%1\"").arg(text.left(40)));
            return std::nullopt;
        }
        return n;
    }
    default:
        fail(key, JsonCodec::tr("expected a number, got %1").arg(jsonTypeName(*value)));
        return std::nullopt;
    }
}

qint64 ObjectReader::integer(std::string_view key, qint64 fallback)
{
    return optionalInt(key).value_or(fallback);
}

std::optional<bool> ObjectReader::optionalBool(std::string_view key)
{
    const Json *value = take(key);
    if (!value || value->is_null())
        return std::nullopt;
    if (value->is_boolean())
        return value->get<bool>();
    if (value->is_string()) {
        const auto &s = value->get_ref<const std::string &>();
        if (s == "true")
            return true;
        if (s == "false")
            return false;
    }
    fail(key, JsonCodec::tr("expected true or false, got %1").arg(jsonTypeName(*value)));
    return std::nullopt;
}

Timestamp ObjectReader::timestamp(std::string_view key)
{
    const Json *value = take(key);
    if (!value || value->is_null())
        return {};
    if (!value->is_string()) {
        fail(key, JsonCodec::tr("expected a timestamp string, got %1").arg(jsonTypeName(*value)));
        return {};
    }
    // An unparseable timestamp is kept as text (Timestamp::isInvalid) rather than failing the resource.
    return Timestamp::parse(toQString(value->get_ref<const std::string &>()));
}

ApiMessages readMessages(const Json &value, const JsonPath &path, std::optional<DecodeError> &error)
{
    ApiMessages messages;
    auto readOne = [&](const Json &item, const JsonPath &itemPath) {
        if (item.is_string()) {
            messages.push_back({toQString(item.get_ref<const std::string &>()), {}});
            return;
        }
        ObjectReader reader(item, itemPath, error);
        ApiMessage message;
        message.message = reader.string("message");
        message.code = reader.string("code");
        if (!reader.failed())
            messages.push_back(std::move(message));
    };
    if (value.is_null())
        return messages;
    if (value.is_array()) {
        for (std::size_t i = 0; i < value.size() && !error; ++i)
            readOne(value[i], JsonPath{&path, {}, qsizetype(i)});
    } else if (value.is_object()) {
        readOne(value, path); // a single error object instead of an array
    } else if (!error) {
        error = DecodeError{path.toString(),
                            JsonCodec::tr("expected an array of messages, got %1").arg(jsonTypeName(value))};
    }
    return messages;
}

ApiMessages ObjectReader::messages(std::string_view key)
{
    const Json *value = take(key);
    if (!value)
        return {};
    std::optional<DecodeError> problem;
    ApiMessages messages = readMessages(*value, childPath(key), problem);
    if (problem) {
        fail(key, std::move(*problem));
        return {};
    }
    return messages;
}

const Json *ObjectReader::object(std::string_view key)
{
    const Json *value = take(key);
    if (!value || value->is_null())
        return nullptr;
    if (!value->is_object()) {
        fail(key, JsonCodec::tr("expected an object, got %1").arg(jsonTypeName(*value)));
        return nullptr;
    }
    return value;
}

const Json *ObjectReader::array(std::string_view key)
{
    const Json *value = take(key);
    if (!value || value->is_null())
        return nullptr;
    if (!value->is_array()) {
        fail(key, JsonCodec::tr("expected an array, got %1").arg(jsonTypeName(*value)));
        return nullptr;
    }
    return value;
}

UnknownFields ObjectReader::unknownFields() const
{
    QByteArray raw;
    if (m_rawCount > 0) {
        Json kept = Json::object();
        for (std::size_t i = 0; i < m_rawCount; ++i) {
            if (const Json *value = find(m_rawKeys[i]))
                kept[std::string(m_rawKeys[i])] = *value;
        }
        const std::string text = kept.dump();
        raw = QByteArray(text.data(), qsizetype(text.size()));
    }
    // The common case: every member was read (each key is read once).
    if (!m_object.is_object() || m_found >= m_object.size())
        return raw.isEmpty() ? UnknownFields() : UnknownFields({}, raw);
    Json unknown; // stays null (no allocation) while every member was read
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (std::find(m_read.begin(), m_read.begin() + qsizetype(m_readCount), it.key()) ==
            m_read.begin() + qsizetype(m_readCount))
            unknown[it.key()] = it.value();
    }
    if (unknown.is_null())
        return raw.isEmpty() ? UnknownFields() : UnknownFields({}, raw);
    const std::string text = unknown.dump();
    return UnknownFields(QByteArray(text.data(), qsizetype(text.size())), raw);
}

void mergeUnknown(OrderedJson &object, const UnknownFields &unknown)
{
    if (unknown.isEmpty())
        return;
    // A secret field the console does not know still comes back masked: it is never sent as a value.
    auto isMask = [](const OrderedJson &v) {
        return v.is_string() && v.get_ref<const std::string &>() == "************";
    };
    if (!unknown.json().isEmpty()) {
        const OrderedJson extra =
            OrderedJson::parse(unknown.json().begin(), unknown.json().end(), nullptr, false);
        if (extra.is_object()) {
            for (auto it = extra.begin(); it != extra.end(); ++it) {
                if (!isMask(it.value()) && !object.contains(it.key()))
                    object[it.key()] = it.value();
            }
        }
    }
    if (!unknown.raw().isEmpty()) {
        const OrderedJson raw = OrderedJson::parse(unknown.raw().begin(), unknown.raw().end(), nullptr, false);
        if (raw.is_object()) {
            // Unless the user gave the field a value since (the form writes what was typed).
            auto isBlank = [](const OrderedJson &v) {
                return v.is_null() || (v.is_string() && v.get_ref<const std::string &>().empty()) ||
                       (v.is_object() && v.empty());
            };
            // Read-only members are the server's: one it sent oddly is not sent back (§5.9).
            static const std::array<std::string_view, 6> readOnly = {
                "status", "errors", "created_on", "created_by", "last_modified_on", "last_modified_by"};
            for (auto it = raw.begin(); it != raw.end(); ++it) {
                if (std::find(readOnly.begin(), readOnly.end(), it.key()) != readOnly.end())
                    continue;
                if (isMask(it.value()) || (object.contains(it.key()) && !isBlank(object[it.key()])))
                    continue;
                object[it.key()] = it.value();
            }
        }
    }
}

std::optional<DecodeError> missingId(const QString &id, const JsonPath &itemPath)
{
    if (!id.trimmed().isEmpty())
        return std::nullopt;
    return DecodeError{JsonPath{&itemPath, "id"}.toString(), JsonCodec::tr("the id is missing or unreadable")};
}

void readCreated(ObjectReader &r, AuditInfo &audit)
{
    audit.createdBy = r.string("created_by");
    audit.createdOn = r.timestamp("created_on");
}

void readModified(ObjectReader &r, AuditInfo &audit)
{
    audit.lastModifiedBy = r.string("last_modified_by");
    audit.lastModifiedOn = r.timestamp("last_modified_on");
}

AuditInfo readAudit(ObjectReader &r)
{
    AuditInfo audit;
    readCreated(r, audit);
    readModified(r, audit);
    return audit;
}

QByteArray toBytes(const OrderedJson &json)
{
    const std::string text = json.dump();
    return QByteArray(text.data(), qsizetype(text.size()));
}

void putIfSet(OrderedJson &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object[key] = toStd(value);
}

void putSecret(OrderedJson &object, const char *key, const Secret &secret)
{
    // A masked secret is the server's placeholder, not a value: it is never sent (spec §5.6).
    if (secret.hasValue())
        object[key] = toStd(secret.value());
}

} // namespace wsc::detail

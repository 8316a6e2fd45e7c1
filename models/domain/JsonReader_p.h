#pragma once

// Internal to the codecs: the only place that includes nlohmann/json besides the codec sources.

#include "models/domain/JsonCodec.h"

#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <vector>

namespace wsc::detail {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

// Where a value sits in the document. Made into text only when a problem is reported, so that decoding
// thousands of valid items allocates no path strings.
struct JsonPath {
    const JsonPath *parent = nullptr;
    std::string_view key; // a member name, or empty for an array item
    qsizetype index = -1;
    QString toString() const;
};

// Parses a whole body without exceptions; refuses bodies nested deeper than maxDepth.
Result<Json> parseJson(QByteArrayView bytes, int maxDepth);

QString jsonTypeName(const Json &value);
QString notAnArrayMessage(const Json &value);
DecodeError unexpectedException(const std::exception &e, const QString &path = QString());
QString toQString(const std::string &utf8);
std::string toStd(const QString &text);

// Reads the members of one JSON object with tolerant conversions, remembering which members were read, so
// that the rest can be kept as unknown fields. A member that cannot be read either fails the whole read
// (`error`, the first problem with its path) or, for a lenient reader (`raw` given: the resources), is kept
// raw and noted in `raw`, so that one odd field never drops a resource.
class ObjectReader {
public:
    // `error` is shared by a reader and its children: the first problem anywhere wins.
    ObjectReader(const Json &object, const JsonPath &path, std::optional<DecodeError> &error,
                 RawFields *raw = nullptr);
    // It keeps a reference to the object: a temporary would dangle once the constructor returns.
    ObjectReader(Json &&object, const JsonPath &path, std::optional<DecodeError> &error,
                 RawFields *raw = nullptr) = delete;
    // Where a lenient reader notes the fields it kept raw (nullptr: strict), for readers of nested objects.
    RawFields *raw() const { return m_raw; }

    bool failed() const { return m_error.has_value(); }
    // The path of a member, for readers of nested objects (valid while this reader lives).
    JsonPath childPath(std::string_view key) const { return JsonPath{&m_path, key}; }
    void fail(std::string_view key, const QString &message);
    // The same for a problem found further down (its own path), e.g. inside an errors array.
    void fail(std::string_view key, DecodeError problem);

    // Present and not null.
    bool has(std::string_view key) const;
    // Marks a member as read without converting it (read-only fields the type does not store).
    void skip(std::string_view key);

    // Strings accept numbers (rendered as text); null and absent give an empty string / nullopt.
    QString string(std::string_view key);
    std::optional<QString> optionalString(std::string_view key);
    // Integers accept numeric strings and integral floats within range.
    std::optional<qint64> optionalInt(std::string_view key);
    qint64 integer(std::string_view key, qint64 fallback = 0);
    std::optional<bool> optionalBool(std::string_view key);
    Timestamp timestamp(std::string_view key);
    ApiMessages messages(std::string_view key);
    // The member as an object; nullptr if null or absent (an error if of another type).
    const Json *object(std::string_view key);
    const Json *array(std::string_view key);

    template <typename E>
    EnumValue<E> enumValue(std::string_view key)
    {
        // Strings are matched as they are in the document; only other types go through optionalString.
        const Json *value = peek(key);
        if (value && value->is_string()) {
            take(key);
            return EnumValue<E>::fromWire(std::string_view(value->get_ref<const std::string &>()));
        }
        const auto text = optionalString(key);
        return text ? EnumValue<E>::fromWire(QStringView(*text)) : EnumValue<E>();
    }

    // The members that no call above read, and those kept raw.
    UnknownFields unknownFields() const;

private:
    const Json *find(std::string_view key) const;
    const Json *remember(Json::const_iterator it) const;
    const Json *peek(std::string_view key) const { return find(key); }
    // Finds a member and remembers that it was read.
    const Json *take(std::string_view key);

    const Json &m_object;
    JsonPath m_path;
    std::optional<DecodeError> &m_error;
    RawFields *m_raw = nullptr;
    std::array<std::string_view, 48> m_rawKeys{};
    std::size_t m_rawCount = 0;
    // Keys read so far: a fixed array, no allocation per object (objects here have few members).
    std::array<std::string_view, 48> m_read{};
    std::size_t m_readCount = 0;
    std::size_t m_found = 0; // members read that exist: when all are, there is nothing unknown
    // The member after the last one found, and that one: a reader that asks for members in the document's
    // (sorted) order finds each, or knows it is absent, without a search.
    mutable Json::const_iterator m_cursor;
    mutable std::string_view m_lastKey;
    mutable const Json *m_lastValue = nullptr;
};

ApiMessages readMessages(const Json &value, const JsonPath &path, std::optional<DecodeError> &error);

// Writes unknown fields back into an object being encoded, without overriding what the encoder set, and
// the fields kept raw where the encoder left them absent or blank: they go back exactly as they came
// unless the user gave them a value.
void mergeUnknown(OrderedJson &object, const UnknownFields &unknown);

AuditInfo readAudit(ObjectReader &reader);
// Its two halves, for readers that read members in the document's (sorted) order.
void readCreated(ObjectReader &reader, AuditInfo &audit);
void readModified(ObjectReader &reader, AuditInfo &audit);
// An item of a list without an id cannot be kept (nothing could name it): the problem to report, if so.
std::optional<DecodeError> missingId(const QString &id, const JsonPath &itemPath);
QByteArray toBytes(const OrderedJson &json);
void putIfSet(OrderedJson &object, const char *key, const QString &value);
void putSecret(OrderedJson &object, const char *key, const Secret &secret);

template <typename E>
void putIfSet(OrderedJson &object, const char *key, const EnumValue<E> &value)
{
    if (value.isSet())
        object[key] = toStd(value.wire());
}

// Runs `read` on a parsed body that must be a JSON object.
template <typename T, typename ReadFn>
Result<T> decodeObject(QByteArrayView bytes, int maxDepth, ReadFn read)
{
    auto parsed = parseJson(bytes, maxDepth);
    if (!parsed)
        return parsed.error();
    try {
        std::optional<DecodeError> error;
        T value = read(*parsed, JsonPath{}, error);
        if (error)
            return *error;
        return value;
    } catch (const std::exception &e) { // a guard: the readers check types before every access
        return unexpectedException(e);
    }
}

// Runs `read` on every item of a body that must be a JSON array; bad items are reported, not fatal.
template <typename T, typename ReadFn>
Result<DecodedList<T>> decodeArray(QByteArrayView bytes, int maxDepth, ReadFn read)
{
    auto parsed = parseJson(bytes, maxDepth);
    if (!parsed)
        return parsed.error();
    const Json &array = *parsed;
    if (!array.is_array())
        return DecodeError{QString(), notAnArrayMessage(array)};
    DecodedList<T> list;
    list.items.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i) {
        const JsonPath path{nullptr, {}, qsizetype(i)};
        try {
            std::optional<DecodeError> error;
            T value = read(array[i], path, error);
            if (!error)
                error = missingId(value.id, path);
            if (error)
                list.problems.push_back(std::move(*error));
            else
                list.items.push_back(std::move(value));
        } catch (const std::exception &e) {
            list.problems.push_back(unexpectedException(e, path.toString()));
        }
    }
    return list;
}

} // namespace wsc::detail

#pragma once

#include <QByteArray>

namespace wsc {

// The members of a JSON object that the decoder did not recognise, kept as compact JSON text so that a
// round trip (GET, edit, PUT) never drops what a newer server sent, and the members it knows but could not
// read (a `data_plan_version` of "2.1" where a number was expected), kept raw so that they are sent back
// exactly as they came instead of being lost or rewritten. Opaque outside the codecs.
class UnknownFields {
public:
    UnknownFields() = default;
    explicit UnknownFields(QByteArray compactJsonObject, QByteArray rawJsonObject = {})
        : m_json(std::move(compactJsonObject))
        , m_raw(std::move(rawJsonObject))
    {}

    bool isEmpty() const { return m_json.isEmpty() && m_raw.isEmpty(); }
    // A JSON object text, or empty when nothing was unknown.
    const QByteArray &json() const { return m_json; }
    // A JSON object text of the known members kept as they came (they replace what the encoder writes).
    const QByteArray &raw() const { return m_raw; }

    friend bool operator==(const UnknownFields &, const UnknownFields &) = default;

private:
    QByteArray m_json;
    QByteArray m_raw;
};

} // namespace wsc

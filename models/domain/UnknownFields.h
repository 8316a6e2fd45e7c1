#pragma once

#include <QByteArray>

namespace wsc {

// The members of a JSON object that the decoder did not recognise, kept as compact JSON text so that a
// round trip (GET, edit, PUT) never drops what a newer server sent. Opaque outside the codecs.
class UnknownFields {
public:
    UnknownFields() = default;
    explicit UnknownFields(QByteArray compactJsonObject)
        : m_json(std::move(compactJsonObject))
    {}

    bool isEmpty() const { return m_json.isEmpty(); }
    // A JSON object text, or empty when nothing was unknown.
    const QByteArray &json() const { return m_json; }

    friend bool operator==(const UnknownFields &, const UnknownFields &) = default;

private:
    QByteArray m_json;
};

} // namespace wsc

#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace wsc {

// A problem found while reading JSON: where (a path such as "schedule.start" or "[3].config.port") and what.
struct DecodeError {
    QString path;
    QString message;

    // "schedule.start: expected a string, got an object" (or just the message when the path is empty).
    QString toString() const { return path.isEmpty() ? message : path + u": " + message; }
    friend bool operator==(const DecodeError &, const DecodeError &) = default;
};

// A value or an error; errors are values in this code base, never exceptions across layers.
template <typename T, typename E = DecodeError>
class Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(E error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

} // namespace wsc

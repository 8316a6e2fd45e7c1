#pragma once

#include <QString>

namespace wsc {

// A secret config value (warehouse password, service-account key). The server returns secrets masked as
// "************"; a Secret remembers that it is masked instead of holding the mask as if it were a value,
// so the mask can never be sent back. Deliberately has no QDebug operator.
class Secret {
public:
    static constexpr QStringView kMask = u"************";

    Secret() = default;
    static Secret fromValue(QString value)
    {
        Secret s;
        s.m_kind = Kind::Value;
        s.m_value = std::move(value);
        return s;
    }
    static Secret masked()
    {
        Secret s;
        s.m_kind = Kind::Masked;
        return s;
    }
    // How the decoder reads a wire value: the mask becomes masked(), anything else a value.
    static Secret fromWire(const QString &wire) { return wire == kMask ? masked() : fromValue(wire); }

    bool isMasked() const { return m_kind == Kind::Masked; }
    bool hasValue() const { return m_kind == Kind::Value; }
    // The real value; empty unless hasValue().
    const QString &value() const { return m_value; }

    friend bool operator==(const Secret &, const Secret &) = default;

private:
    enum class Kind { Absent, Masked, Value };
    Kind m_kind = Kind::Absent;
    QString m_value;
};

} // namespace wsc

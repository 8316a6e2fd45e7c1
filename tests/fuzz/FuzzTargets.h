#pragma once

// The fuzz targets, shared by the libFuzzer executables (scripts/fuzz, built with clang) and by
// tst_fuzz_regressions, which replays every input kept in tests/data/fuzz in the normal test suite.
// Each target feeds the bytes to one decoder (or the SQL checker, or the time parsers) and checks what
// must hold for any input: no crash, no exception, and for what decodes, that it encodes to JSON that
// decodes again to the same value.

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace wsc::fuzz {

enum class Target {
    Connection,
    Connections,
    DataModel,
    DataModels,
    FieldTransformation,
    FieldTransformations,
    Pipeline,
    Pipelines,
    Run,
    RunPage,
    Report,
    Trigger,
    Token,
    ErrorBody,
    Sql,
    TimeAndDelay,
};

// Names as the executables and tests/data/fuzz/<name>/ spell them.
QStringList targetNames();
bool targetFromName(const QString &name, Target *target);

// Runs one input; a broken property is reported with qFatal (which libFuzzer records as a crash).
void run(Target target, QByteArrayView data);

} // namespace wsc::fuzz

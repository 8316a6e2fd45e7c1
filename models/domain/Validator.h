#pragma once

#include "models/domain/Connection.h"
#include "models/domain/DataModel.h"
#include "models/domain/FieldTransformation.h"
#include "models/domain/Pipeline.h"

#include <QCoreApplication>

#include <vector>

namespace wsc {

// One finding of local validation, attached to a field by its JSON path ("sync_mode.iterator_field",
// "config.password", "mappings[2].source"), so that a form can show it next to the field.
struct ValidationIssue {
    enum class Severity { Error, Warning };
    enum class Code {
        Invalid,       // a rule of the spec is broken
        Required,      // a required field is empty
        SecretReentry, // a masked secret must be typed again before saving
    };
    QString field;
    QString message;
    Severity severity = Severity::Error;
    Code code = Code::Invalid;
    int line = 0; // for SQL: 1-based position in the query; 0 otherwise
    int column = 0;

    bool isError() const { return severity == Severity::Error; }
};
using ValidationIssues = std::vector<ValidationIssue>;

// Local validation before a save, with the rules the service applies (spec §5, §6.7, §7.3, §8.6, §11.2),
// so that most mistakes are shown next to their field without a round trip. References to other
// resources are checked by the server, not here.
class Validator {
    Q_DECLARE_TR_FUNCTIONS(wsc::Validator)

public:
    enum class Mode {
        Create,  // POST: every secret must be given
        Replace, // PUT: a masked secret must be typed again (the console never sends the mask)
    };

    static ValidationIssues validate(const Connection &connection, Mode mode);
    static ValidationIssues validate(const DataModel &model);
    static ValidationIssues validate(const FieldTransformation &transformation);
    static ValidationIssues validate(const Pipeline &pipeline);

    // Letters, digits, '_' and '-', 1 to 255 characters (spec §5.1).
    static bool isSlug(QStringView id);
    static bool hasErrors(const ValidationIssues &issues);
    // The issues for one field (exact path).
    static ValidationIssues forField(const ValidationIssues &issues, QStringView field);
};

} // namespace wsc

#pragma once

#include "models/domain/bundle/BundleCompare.h"

namespace wsc::CompareText {

// What the compare window says of one resource: its state on the two sides and, when it differs, each
// changed field (right → left), a data model's SQL as a line diff, and its secrets as references only.
QString describe(const BundleCompare::Row &row);
// A row's badge: a symbol and a word, so that the state is never told by colour alone.
QString badge(BundleCompare::State state);

} // namespace wsc::CompareText

#pragma once

#include <QList>
#include <QStringList>

namespace Ferry::StoreSchema {

// Migration N (1-based) is migrations().at(N - 1); PRAGMA user_version records the last one
// applied. Never edit a released migration: append a new one.
const QList<QStringList> &migrations();

} // namespace Ferry::StoreSchema

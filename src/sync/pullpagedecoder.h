#pragma once

#include "localsyncstore.h"
#include "syncwire.h"

#include <QByteArray>

namespace verrijkt {

// Decodes a pull answer as decodePullAnswer does (same checks, same errors, same values), with
// simdjson instead of Qt's JSON classes: Qt's parser and the QJsonObject tree it builds were most
// of the fetch thread's work in a large pull. With `prepare` set, each change is handed to it with
// a view of its fields and PulledChange::fields stays empty; without, `fields` is filled.
// Runs on the engine's fetch thread; one simdjson parser per thread is kept for the next page.
Decoded<PullAnswer> decodePullPage(const QByteArray &body, const LocalSyncStore::RowPreparer &prepare = {});

} // namespace verrijkt

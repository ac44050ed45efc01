#pragma once

// A minimal ZIP reader for tests: lists and inflates the entries of an .xlsx (stored or deflated),
// so exports are checked without external tools.
#include <QByteArray>
#include <QMap>
#include <QString>

namespace verrijkt::testing {

// Entry name -> uncompressed bytes; empty map if the file is not a readable ZIP archive.
QMap<QString, QByteArray> readZipEntries(const QByteArray &zip);

} // namespace verrijkt::testing

#include "zipentries.h"

#include <QtEndian>
#include <zlib.h>

namespace verrijkt::testing {

namespace {

quint32 u32(const QByteArray &d, qsizetype at)
{
    return at + 4 <= d.size() ? qFromLittleEndian<quint32>(d.constData() + at) : 0;
}
quint16 u16(const QByteArray &d, qsizetype at)
{
    return at + 2 <= d.size() ? qFromLittleEndian<quint16>(d.constData() + at) : 0;
}

QByteArray inflateRaw(const char *data, qsizetype size, qsizetype expected)
{
    QByteArray out(expected, Qt::Uninitialized);
    z_stream s{};
    if (inflateInit2(&s, -MAX_WBITS) != Z_OK)
        return {};
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    s.avail_in = uInt(size);
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(expected);
    const int rc = inflate(&s, Z_FINISH);
    inflateEnd(&s);
    return rc == Z_STREAM_END ? out : QByteArray();
}

} // namespace

QMap<QString, QByteArray> readZipEntries(const QByteArray &zip)
{
    QMap<QString, QByteArray> entries;
    // End of central directory: the last 0x06054b50 signature.
    const qsizetype eocd = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (eocd < 0)
        return entries;
    const int count = u16(zip, eocd + 10);
    qsizetype at = u32(zip, eocd + 16);
    for (int i = 0; i < count; ++i) {
        if (u32(zip, at) != 0x02014b50)
            return {};
        const int method = u16(zip, at + 10);
        const qsizetype compressed = u32(zip, at + 20);
        const qsizetype size = u32(zip, at + 24);
        const int nameLength = u16(zip, at + 28), extraLength = u16(zip, at + 30),
                  commentLength = u16(zip, at + 32);
        const qsizetype local = u32(zip, at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + nameLength + extraLength + commentLength;
        if (u32(zip, local) != 0x04034b50)
            return {};
        const qsizetype data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        if (data + compressed > zip.size())
            return {};
        if (method == 0)
            entries.insert(name, zip.mid(data, compressed));
        else if (method == 8)
            entries.insert(name, inflateRaw(zip.constData() + data, compressed, size));
        else
            return {};
    }
    return entries;
}

} // namespace verrijkt::testing

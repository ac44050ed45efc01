#include "httpmessage.h"

namespace verrijkt::synctesting {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

// Decodes a chunked body starting at `from`; returns the index after the final CRLF, -1 if more
// bytes are needed, -2 if the coding is broken.
qsizetype decodeChunked(const QByteArray &buf, qsizetype from, QByteArray *body)
{
    qsizetype pos = from;
    for (;;) {
        const qsizetype eol = buf.indexOf("\r\n", pos);
        if (eol < 0)
            return -1;
        QByteArray sizeText = buf.mid(pos, eol - pos);
        if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
            sizeText.truncate(semi);
        bool ok = false;
        const qsizetype size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return -2;
        pos = eol + 2;
        if (size == 0) {
            // Trailer lines (ignored) end with an empty line.
            for (;;) {
                const qsizetype end = buf.indexOf("\r\n", pos);
                if (end < 0)
                    return -1;
                const bool empty = end == pos;
                pos = end + 2;
                if (empty)
                    return pos;
            }
        }
        if (buf.size() < pos + size + 2)
            return -1;
        body->append(buf.constData() + pos, size);
        pos += size + 2;
    }
}

} // namespace

QByteArray HttpMessage::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

bool HttpMessage::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void HttpMessage::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({name, value});
}

void HttpMessage::removeHeader(const QByteArray &name)
{
    headers.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray HttpMessage::method() const
{
    return startLine.left(startLine.indexOf(' '));
}

QByteArray HttpMessage::target() const
{
    const QList<QByteArray> parts = startLine.split(' ');
    return parts.size() >= 2 ? parts.at(1) : QByteArray();
}

int HttpMessage::status() const
{
    if (!startLine.startsWith("HTTP/"))
        return 0;
    const QList<QByteArray> parts = startLine.split(' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

QByteArray HttpMessage::serialize() const
{
    QByteArray out = startLine + "\r\n";
    for (const auto &h : headers) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0 ||
            h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            continue;
        out += h.first + ": " + h.second + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    out += body;
    return out;
}

std::optional<HttpMessage> HttpMessageReader::next()
{
    return parse(false);
}

std::optional<HttpMessage> HttpMessageReader::finish()
{
    return parse(true);
}

std::optional<HttpMessage> HttpMessageReader::parse(bool atEof)
{
    if (failed())
        return std::nullopt;
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > kMaxHeaderBytes)
            m_error = QStringLiteral("header block larger than %1 bytes").arg(kMaxHeaderBytes);
        return std::nullopt;
    }
    HttpMessage msg;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    msg.startLine = lines.first().trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            m_error = QStringLiteral("malformed header line '%1'").arg(QString::fromLatin1(line.left(60)));
            return std::nullopt;
        }
        msg.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const qsizetype bodyStart = headerEnd + 4;
    qsizetype consumed = 0;
    if (msg.header("Transfer-Encoding").toLower().contains("chunked")) {
        consumed = decodeChunked(m_buffer, bodyStart, &msg.body);
        if (consumed == -2) {
            m_error = QStringLiteral("broken chunked body");
            return std::nullopt;
        }
        if (consumed < 0)
            return std::nullopt;
    } else if (msg.hasHeader("Content-Length")) {
        bool ok = false;
        const qsizetype length = msg.header("Content-Length").toLongLong(&ok);
        if (!ok || length < 0) {
            m_error = QStringLiteral("bad Content-Length '%1'")
                          .arg(QString::fromLatin1(msg.header("Content-Length")));
            return std::nullopt;
        }
        if (m_buffer.size() < bodyStart + length)
            return std::nullopt;
        msg.body = m_buffer.mid(bodyStart, length);
        consumed = bodyStart + length;
    } else if (m_kind == Kind::Request || msg.status() == 204 || msg.status() == 304 ||
               (msg.status() >= 100 && msg.status() < 200)) {
        consumed = bodyStart; // no body
    } else {
        if (!atEof)
            return std::nullopt; // the close delimits this response
        msg.body = m_buffer.mid(bodyStart);
        consumed = m_buffer.size();
    }
    m_buffer.remove(0, consumed);
    return msg;
}

} // namespace verrijkt::synctesting

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace verrijkt::synctesting {

// One HTTP/1.1 request or response as the fault proxy sees it: start line, headers in order, body.
// Just enough HTTP to forward what QNetworkAccessManager and the Qt HTTP server exchange.
struct HttpMessage
{
    QByteArray startLine; // "POST /api/sync/push HTTP/1.1" or "HTTP/1.1 200 OK"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
    bool hasHeader(const QByteArray &name) const;
    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    void setHeader(const QByteArray &name, const QByteArray &value); // replaces every earlier one
    void removeHeader(const QByteArray &name);

    QByteArray method() const; // requests
    QByteArray target() const; // requests: "/api/sync/pull?cursor=0..."
    int status() const;        // responses; 0 if the start line is not a status line

    // The wire form with a Content-Length that fits the body (any transfer coding removed).
    QByteArray serialize() const;
};

// Reads messages from a byte stream incrementally (Content-Length and chunked bodies; a response
// without either ends when the connection closes).
class HttpMessageReader
{
public:
    enum class Kind { Request, Response };
    explicit HttpMessageReader(Kind kind) : m_kind(kind) {}

    void feed(const QByteArray &bytes) { m_buffer += bytes; }
    // The next complete message, removed from the buffer; nullopt if more bytes are needed or the
    // stream is broken (then error() says why).
    std::optional<HttpMessage> next();
    // At end of stream: a response delimited by the close, or nullopt if what is buffered is not a
    // complete message (a truncated answer).
    std::optional<HttpMessage> finish();

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool isEmpty() const { return m_buffer.isEmpty(); }

private:
    std::optional<HttpMessage> parse(bool atEof);

    Kind m_kind;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace verrijkt::synctesting

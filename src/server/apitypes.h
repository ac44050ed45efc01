#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace verrijkt::server {

// An HTTP request as the API sees it, independent of the HTTP library (the Qt HTTP server API
// changes between Qt versions; only httpfrontend.cpp knows it).
struct ApiRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower case
    QByteArray body;
    QString remoteAddress;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
};

struct ApiResponse
{
    ApiResponse() = default;
    ApiResponse(int status, QJsonObject body, QList<QPair<QByteArray, QByteArray>> headers = {})
        : status(status), body(std::move(body)), headers(std::move(headers))
    {
    }

    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // A body already serialised as JSON (a pull page is written straight from the stored JSON
    // texts: parsing and re-serialising them was most of the server's pull cost). Wins over
    // `body` when not empty.
    QByteArray rawJson;

    // The body as an object, whichever form it has (tests, logging).
    QJsonObject json() const { return rawJson.isEmpty() ? body : QJsonDocument::fromJson(rawJson).object(); }
};

} // namespace verrijkt::server

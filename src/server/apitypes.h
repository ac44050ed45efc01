#pragma once

#include <QByteArray>
#include <QHash>
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
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

} // namespace verrijkt::server

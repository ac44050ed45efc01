#pragma once

#include <QJsonObject>
#include <QString>

namespace verrijkt::server {

// A refused request as the services report it: HTTP status, error code (wire::error), a message
// naming the problem, the offending field, and for 429 the seconds until a retry may succeed.
struct ApiError
{
    ApiError() = default;
    ApiError(int status_, QString code_, QString message_, QString field_ = {})
        : status(status_), code(std::move(code_)), message(std::move(message_)), field(std::move(field_))
    {
    }

    int status = 400;
    QString code;
    QString message;
    QString field;
    int retryAfterSeconds = 0;
    QJsonObject extra; // additional members of the error body (e.g. min_protocol)

    QJsonObject toJson() const
    {
        QJsonObject o = extra;
        o.insert(QStringLiteral("error"), code);
        o.insert(QStringLiteral("message"), message);
        if (!field.isEmpty())
            o.insert(QStringLiteral("field"), field);
        return o;
    }
};

} // namespace verrijkt::server

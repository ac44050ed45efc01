#include "editorfields.h"

#include "shell/fieldlabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace verrijkt::editorfields {

std::optional<QDate> parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    for (const char *format : {"d-M-yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd"}) {
        const QDate d = QDate::fromString(t, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

std::optional<double> parseNumber(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = t.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QString formatNumber(double value)
{
    return QLocale().toString(value, 'g', 6);
}

ValidationError dateFormatError(const QString &field, const QString &text)
{
    return ValidationError{field, QStringLiteral("regional.date.format"), {{QStringLiteral("value"), text}}};
}

ValidationError numberFormatError(const QString &field, const QString &text)
{
    return ValidationError{
        field, QStringLiteral("regional.number.format"), {{QStringLiteral("value"), text}}};
}

QString message(const ValidationError &error)
{
    const QString value = error.params.value(QStringLiteral("value")).toString();
    if (error.key == QLatin1String("regional.date.format"))
        return QCoreApplication::translate("RegionalEditor",
                                           "\"%1\" is not a date: write day-month-year, e.g. 1-9-2026.")
            .arg(value);
    if (error.key == QLatin1String("regional.number.format"))
        return QCoreApplication::translate("RegionalEditor", "\"%1\" is not a number.").arg(value);
    if (error.key == QLatin1String("regional.tier.unknown"))
        return QCoreApplication::translate("RegionalEditor", "Choose a tier: not yet, 2 hours or 6 hours.");
    if (error.key == QLatin1String("regional.library_status.unknown"))
        return QCoreApplication::translate("RegionalEditor", "Choose a status.");
    if (error.key == QLatin1String("regional.officer.required"))
        return QCoreApplication::translate("RegionalEditor", "Choose the bridge officer.");
    return error.message(fieldlabels::uiLanguage());
}

QVariantMap toFieldMessages(const ValidationErrors &errors)
{
    QVariantMap out;
    for (const ValidationError &e : errors) {
        if (!out.contains(e.field))
            out.insert(e.field, message(e));
    }
    return out;
}

} // namespace verrijkt::editorfields

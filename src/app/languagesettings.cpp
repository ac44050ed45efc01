#include "languagesettings.h"

#include <QCoreApplication>
#include <QLocale>

namespace verrijkt {

LanguageSettings::LanguageSettings(QQmlEngine *engine, QObject *parent) : QObject(parent), m_engine(engine)
{
    setLanguage(QStringLiteral("nl"));
}

void LanguageSettings::setLanguage(const QString &language)
{
    const QString lang = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    if (lang == m_language)
        return;
    // The locale first: installing a translator sends LanguageChange at once, and whoever
    // re-reads its texts then must already format numbers and dates the new way.
    QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QLocale::English : QLocale::Dutch,
                                lang == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::Netherlands));
    QCoreApplication::removeTranslator(&m_translator);
    // Translations are compiled into the binary (resources/i18n/verrijkt_<lang>.qm).
    if (m_translator.load(QStringLiteral(":/i18n/verrijkt_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(&m_translator);
    m_language = lang;
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
}

} // namespace verrijkt

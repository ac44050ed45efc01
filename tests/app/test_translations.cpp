// Dutch is the default UI language and the source strings are English: every string must have a
// finished Dutch translation, and the English file must exist for the plural forms.
#include <QDomDocument>
#include <QFile>
#include <QTranslator>
#include <catch2/catch.hpp>

namespace {

QDomDocument load(const QString &name)
{
    QFile file(QStringLiteral(VERRIJKT_I18N_DIR "/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QDomDocument doc;
    REQUIRE(doc.setContent(&file));
    return doc;
}

} // namespace

TEST_CASE("Every user-visible string has a finished Dutch translation")
{
    const QDomDocument doc = load(QStringLiteral("verrijkt_nl.ts"));
    CHECK(doc.documentElement().attribute(QStringLiteral("language")).startsWith(QStringLiteral("nl")));
    const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
    REQUIRE(messages.count() > 50);
    QStringList missing;
    for (int i = 0; i < messages.count(); ++i) {
        const QDomElement message = messages.at(i).toElement();
        const QString source = message.firstChildElement(QStringLiteral("source")).text();
        const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
        const QString type = translation.attribute(QStringLiteral("type"));
        QString text = translation.text();
        if (message.attribute(QStringLiteral("numerus")) == QLatin1String("yes"))
            text = translation.firstChildElement(QStringLiteral("numerusform")).text();
        if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
            text.trimmed().isEmpty())
            missing << source;
        // Placeholders survive translation.
        for (const QString &placeholder :
             {QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%n")}) {
            if (source.contains(placeholder) && !text.contains(placeholder))
                missing << source + QStringLiteral(" (lost ") + placeholder + QLatin1Char(')');
        }
    }
    INFO(missing.join(QLatin1Char('\n')).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("The compiled translations are in the app's resources")
{
    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral(":/i18n/verrijkt_nl.qm")));
    CHECK(dutch.translate("SessionEditor", "Correction saved.") == QStringLiteral("Correctie opgeslagen."));
    QTranslator english;
    CHECK(english.load(QStringLiteral(":/i18n/verrijkt_en.qm")));
}

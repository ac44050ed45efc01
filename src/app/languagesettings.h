#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>

class QCoreApplication;

namespace verrijkt {

// The UI language: Dutch by default, English switchable at run time. Installs the translator for
// the chosen language and asks the QML engine to re-evaluate every qsTr() binding.
class LanguageSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    explicit LanguageSettings(QQmlEngine *engine, QObject *parent = nullptr);

    QString language() const { return m_language; } // "nl" or "en"
    void setLanguage(const QString &language);

signals:
    void languageChanged();

private:
    QQmlEngine *m_engine;
    QTranslator m_translator;
    QString m_language;
};

} // namespace verrijkt

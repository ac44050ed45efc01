#pragma once

#include "planningstore.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QThread>
#include <QUrl>

namespace verrijkt {

// The yearly report (docs/planning.md, "The yearly report") exported from the app: PDF, XLSX or a
// folder of CSV files for a chosen school year, into a chosen folder (a new name, never over an
// existing file) or to a file picked in a save dialog. Built exactly as `verrijkt-cli report`
// builds it (report/storedreport: a closed year shows its locked figures). The work runs on its own
// thread with its own connection to the device database, so the screen stays responsive.
class ReportExporter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::PlanningStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(int schoolYear READ schoolYear WRITE setSchoolYear NOTIFY settingsChanged)
    Q_PROPERTY(QStringList yearLabels READ yearLabels CONSTANT)
    Q_PROPERTY(int firstYear READ firstYear CONSTANT)
    Q_PROPERTY(QString format READ format WRITE setFormat NOTIFY settingsChanged)
    Q_PROPERTY(QUrl folder READ folder WRITE setFolder NOTIFY settingsChanged)
    Q_PROPERTY(QString suggestedName READ suggestedName NOTIFY settingsChanged)
    // Whether the chosen school year is closed (its report shows the locked figures), in words.
    Q_PROPERTY(QString yearStatus READ yearStatus NOTIFY yearStatusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY finished)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY finished)
    Q_PROPERTY(QUrl written READ written NOTIFY finished)

public:
    explicit ReportExporter(QObject *parent = nullptr);
    ~ReportExporter() override;

    PlanningStore *store() const { return m_store; }
    void setStore(PlanningStore *store);
    int schoolYear() const { return m_year; }
    void setSchoolYear(int startYear);
    QStringList yearLabels() const;
    int firstYear() const { return kFirstRolloutYear.startYear(); }
    QString format() const { return m_format; }
    void setFormat(const QString &format);
    QUrl folder() const { return m_folder; }
    void setFolder(const QUrl &folder);
    // "jaarverslag-2026-2027.pdf" (for csv: the folder name "jaarverslag-2026-2027-csv").
    QString suggestedName() const;
    QString yearStatus() const { return m_yearStatus; }
    // Reads the chosen year's closing again (after a close or reopen elsewhere on this device).
    Q_INVOKABLE void refreshYearStatus();

    bool busy() const { return m_thread != nullptr; }
    QString message() const { return m_message; }
    bool succeeded() const { return m_succeeded; }
    QUrl written() const { return m_written; }

    // Writes into `folder` under a name not yet taken; false when one is already running.
    Q_INVOKABLE bool exportToFolder();
    // Writes to this file (a save dialog's choice; for csv a folder); overwrites what is there.
    Q_INVOKABLE bool exportTo(const QUrl &target);

signals:
    void storeChanged();
    void settingsChanged();
    void busyChanged();
    void yearStatusChanged();
    void finished(bool ok);

private:
    bool start(const QString &path);
    QString freePath() const;

    QPointer<PlanningStore> m_store;
    int m_year;
    QString m_format = QStringLiteral("pdf");
    QUrl m_folder;
    QThread *m_thread = nullptr;
    QString m_message;
    bool m_succeeded = false;
    QUrl m_written;
    QString m_yearStatus;
};

} // namespace verrijkt

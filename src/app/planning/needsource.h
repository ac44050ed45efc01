#pragma once

#include "core/planner/needindicator.h"
#include "planningstore.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

namespace verrijkt {

// Where the planning screens take the need indicator from (docs/planning.md, "The need
// indicator"): a CSV file vestiging,need that the team imports, or the SYNTHETIC indicator of
// syntheticNeed() for trying the planner, which is labelled as made up wherever it is used.
// A file is read and checked in full; with any rejected line it is not used at all.
class NeedSource : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::PlanningStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(bool synthetic READ synthetic WRITE setSynthetic NOTIFY changed)
    Q_PROPERTY(int seed READ seed WRITE setSeed NOTIFY changed)
    Q_PROPERTY(QUrl file READ file WRITE setFile NOTIFY changed)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    // What is in use, in words ("Synthetic need indicator (seed 42): ..."; "need.csv: 329 schools").
    Q_PROPERTY(QString description READ description NOTIFY changed)
    // Why the file cannot be used (line, field and rule of the first rejections); empty when fine.
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    explicit NeedSource(QObject *parent = nullptr);

    PlanningStore *store() const { return m_store; }
    void setStore(PlanningStore *store);
    bool synthetic() const { return m_synthetic; }
    void setSynthetic(bool synthetic);
    int seed() const { return m_seed; }
    void setSeed(int seed);
    QUrl file() const { return m_file; }
    void setFile(const QUrl &file);

    bool ready() const { return m_ready; }
    QString description() const;
    QString error() const { return m_error; }
    // The indicator in use: empty unless ready().
    const NeedIndicator &need() const { return m_need; }

    // Reads the file again (after it was edited).
    Q_INVOKABLE void refresh();

signals:
    void storeChanged();
    void changed();

private:
    void load();

    QPointer<PlanningStore> m_store;
    bool m_synthetic = true;
    int m_seed = 42;
    QUrl m_file;
    bool m_ready = false;
    QString m_error;
    NeedIndicator m_need;
    int m_fileRecords = 0;
};

} // namespace verrijkt

#include "needsource.h"

#include "core/csv.h"
#include "core/planner/plannermessages.h"
#include "shell/fieldlabels.h"

#include <QFile>
#include <QFileInfo>

namespace verrijkt {

namespace {
constexpr int kRejectionsShown = 5;
}

NeedSource::NeedSource(QObject *parent) : QObject(parent) {}

void NeedSource::setStore(PlanningStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &PlanningStore::dataChanged, this, &NeedSource::load);
    emit storeChanged();
    load();
}

void NeedSource::setSynthetic(bool synthetic)
{
    if (synthetic == m_synthetic)
        return;
    m_synthetic = synthetic;
    load();
}

void NeedSource::setSeed(int seed)
{
    if (seed == m_seed)
        return;
    m_seed = seed;
    load();
}

void NeedSource::setFile(const QUrl &file)
{
    if (file == m_file)
        return;
    m_file = file;
    load();
}

void NeedSource::refresh()
{
    load();
}

QString NeedSource::description() const
{
    if (m_synthetic)
        return tr("Synthetic need indicator (seed %1): made-up numbers from 0 to 20 for trying the planner. "
                  "They say nothing about any real school.")
            .arg(m_seed);
    if (!m_ready)
        return tr("No need indicator file read yet.");
    return tr("Need indicator from %1: %2 schools.")
        .arg(QFileInfo(m_file.toLocalFile()).fileName())
        .arg(m_fileRecords);
}

void NeedSource::load()
{
    m_need.clear();
    m_error.clear();
    m_ready = false;
    m_fileRecords = 0;
    const QList<SchoolLocation> schools = m_store ? m_store->data().schools : QList<SchoolLocation>();
    if (m_synthetic) {
        m_need = syntheticNeed(schools, quint64(m_seed));
        m_ready = !schools.isEmpty();
    } else if (m_file.isEmpty()) {
        m_error = tr("Choose a CSV file with the columns vestiging and need.");
    } else {
        QFile f(m_file.isLocalFile() ? m_file.toLocalFile() : m_file.toString());
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = tr("%1 cannot be read: %2").arg(f.fileName(), f.errorString());
        } else {
            const Language language = fieldlabels::uiLanguage();
            const NeedParse parse = parseNeedIndicator(
                parseCsv(f.readAll()), m_store ? m_store->data().schoolCodes() : QSet<QString>());
            if (parse.malformed()) {
                m_error = parse.errorText(language);
            } else if (!parse.rejections.isEmpty()) {
                QStringList lines;
                for (const NeedRejection &r : parse.rejections.mid(0, kRejectionsShown))
                    lines << r.reason(language);
                if (parse.rejections.size() > kRejectionsShown)
                    lines << tr("... and %1 more.").arg(parse.rejections.size() - kRejectionsShown);
                m_error = tr("%1 line(s) rejected; the file is not used:").arg(parse.rejections.size()) +
                          QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
            } else {
                m_need = parse.need;
                m_fileRecords = parse.records;
                m_ready = true;
            }
        }
    }
    emit changed();
}

} // namespace verrijkt

#include "schoolfiltermodel.h"

#include "schoollistmodel.h"

namespace verrijkt {

SchoolFilterModel::SchoolFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &SchoolFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &SchoolFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &SchoolFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &SchoolFilterModel::countChanged);
}

QString SchoolFilterModel::foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Hyphens and apostrophes separate words in names ("Sint-Jozef", "'t Schathoes").
        out.append(c.isLetterOrNumber() ? c.toLower() : QLatin1Char(' '));
    }
    return out;
}

void SchoolFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    applyFilters();
}

void SchoolFilterModel::setMunicipalityCode(const QString &code)
{
    if (code == m_municipalityCode)
        return;
    m_municipalityCode = code;
    applyFilters();
}

void SchoolFilterModel::setSchoolType(const QString &typeKey)
{
    if (typeKey == m_schoolType)
        return;
    m_schoolType = typeKey;
    applyFilters();
}

void SchoolFilterModel::setTier(const QString &tierKey)
{
    if (tierKey == m_tier)
        return;
    m_tier = tierKey;
    applyFilters();
}

void SchoolFilterModel::applyFilters()
{
    invalidateFilter();
    emit filtersChanged();
    emit countChanged();
}

QString SchoolFilterModel::vestigingAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return data(index(row, 0), SchoolListModel::VestigingRole).toString();
}

bool SchoolFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    auto role = [&](int r) { return i.data(r).toString(); };
    if (!m_municipalityCode.isEmpty() && role(SchoolListModel::MunicipalityCodeRole) != m_municipalityCode)
        return false;
    if (!m_schoolType.isEmpty() && role(SchoolListModel::SchoolTypeRole) != m_schoolType)
        return false;
    if (!m_tier.isEmpty() && role(SchoolListModel::TierRole) != m_tier)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        foldForSearch(role(SchoolListModel::NameRole) + QLatin1Char(' ') + role(SchoolListModel::CityRole) +
                      QLatin1Char(' ') + role(SchoolListModel::VestigingRole));
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace verrijkt

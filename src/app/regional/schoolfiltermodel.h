#pragma once

#include <QQmlEngine>
#include <QSortFilterProxyModel>

namespace verrijkt {

// Search and filters over the school register (a SchoolListModel as source): free text over name,
// city and vestiging code (every word must match, case- and accent-insensitive), municipality,
// school type and Tijd voor Toekomst tier. Empty filters let everything through.
class SchoolFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filtersChanged)
    Q_PROPERTY(QString municipalityCode READ municipalityCode WRITE setMunicipalityCode NOTIFY filtersChanged)
    Q_PROPERTY(QString schoolType READ schoolType WRITE setSchoolType NOTIFY filtersChanged)
    Q_PROPERTY(QString tier READ tier WRITE setTier NOTIFY filtersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit SchoolFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    QString municipalityCode() const { return m_municipalityCode; }
    void setMunicipalityCode(const QString &code);
    QString schoolType() const { return m_schoolType; }
    void setSchoolType(const QString &typeKey);
    QString tier() const { return m_tier; }
    void setTier(const QString &tierKey);
    int count() const { return rowCount(); }

    // The vestiging code at a row of this model ("" when out of range): lets the list open a school.
    Q_INVOKABLE QString vestigingAt(int row) const;

    // Lower-case, accents removed: "Sint-Jozefschool Ter Apel" and "sint jozef" meet halfway.
    static QString foldForSearch(const QString &text);

signals:
    void filtersChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void applyFilters();

    QString m_searchText;
    QStringList m_words; // folded search words
    QString m_municipalityCode;
    QString m_schoolType;
    QString m_tier;
};

} // namespace verrijkt

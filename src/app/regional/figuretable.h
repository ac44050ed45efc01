#pragma once

#include <QAbstractTableModel>
#include <QQmlEngine>
#include <QStringList>

namespace verrijkt {

// The numbers behind one dashboard chart: column 0 holds the row labels, the other columns
// numbers. Charts map columns to series (Qt Charts' model mappers read Qt::DisplayRole, which is
// the plain number); the table view shows the `text` role, the number formatted for the user's
// locale in the column's unit. Chart and table read the same model, so they cannot disagree.
class FigureTable : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by DashboardModel")
    Q_PROPERTY(QStringList rowLabels READ rowLabels NOTIFY contentChanged)
    Q_PROPERTY(QStringList columnTitles READ columnTitles NOTIFY contentChanged)
    Q_PROPERTY(int rows READ rows NOTIFY contentChanged)
    Q_PROPERTY(int columns READ columns NOTIFY contentChanged)
    // Bumped on every new content, so QML bindings over text() re-evaluate.
    Q_PROPERTY(int revision READ revision NOTIFY contentChanged)

public:
    enum class Unit { Label, Count, Fte, ThousandPupilHours, Percent, MillionEuro };
    struct Column
    {
        QString title;
        Unit unit = Unit::Count;
    };
    enum Role { TextRole = Qt::UserRole + 1, ValueRole, IsLabelRole };

    explicit FigureTable(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the content; each row is {label, number, number, ...} matching `columns`.
    void setContent(const QList<Column> &columns, const QList<QVariantList> &rows);

    QStringList rowLabels() const;
    QStringList columnTitles() const;
    int rows() const { return int(m_rows.size()); }
    int columns() const { return int(m_columns.size()); }
    int revision() const { return m_revision; }
    // The cell as the table shows it (row labels as they are, numbers formatted).
    Q_INVOKABLE QString text(int row, int column) const;
    Q_INVOKABLE double value(int row, int column) const;
    // The largest number in columns [first, last], for a chart's axis (0 when empty).
    Q_INVOKABLE double maximum(int firstColumn, int lastColumn) const;

    static QString format(double value, Unit unit);

signals:
    void contentChanged();

private:
    QList<Column> m_columns;
    QList<QVariantList> m_rows;
    int m_revision = 0;
};

} // namespace verrijkt

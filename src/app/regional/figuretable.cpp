#include "figuretable.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace verrijkt {

FigureTable::FigureTable(QObject *parent) : QAbstractTableModel(parent) {}

int FigureTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FigureTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant FigureTable::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &cell = m_rows.at(index.row()).value(index.column());
    const Unit unit = m_columns.at(index.column()).unit;
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole:
        return cell;
    case TextRole:
        return unit == Unit::Label ? cell.toString() : format(cell.toDouble(), unit);
    case IsLabelRole:
        return unit == Unit::Label;
    case Qt::TextAlignmentRole:
        return unit == Unit::Label ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                   : int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant FigureTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size() ? QVariant(m_columns.at(section).title)
                                                          : QVariant();
    return section >= 0 && section < m_rows.size() ? m_rows.at(section).value(0) : QVariant();
}

QHash<int, QByteArray> FigureTable::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {TextRole, "text"}, {ValueRole, "value"}, {IsLabelRole, "isLabel"}};
}

void FigureTable::setContent(const QList<Column> &columns, const QList<QVariantList> &rows)
{
    if (columns.size() == m_columns.size() && rows.size() == m_rows.size()) {
        // Same shape (a new snapshot or year): update in place so charts animate instead of rebuilding.
        m_columns = columns;
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_columns.size()) - 1));
        emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    } else {
        beginResetModel();
        m_columns = columns;
        m_rows = rows;
        endResetModel();
    }
    ++m_revision;
    emit contentChanged();
}

QString FigureTable::text(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns.size())
        return {};
    return data(index(row, column), TextRole).toString();
}

QStringList FigureTable::rowLabels() const
{
    QStringList labels;
    for (const QVariantList &row : m_rows)
        labels.append(row.value(0).toString());
    return labels;
}

QStringList FigureTable::columnTitles() const
{
    QStringList titles;
    for (const Column &c : m_columns)
        titles.append(c.title);
    return titles;
}

double FigureTable::value(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns.size())
        return 0;
    return m_rows.at(row).value(column).toDouble();
}

double FigureTable::maximum(int firstColumn, int lastColumn) const
{
    double max = 0;
    for (const QVariantList &row : m_rows) {
        for (int c = std::max(firstColumn, 1); c <= lastColumn && c < m_columns.size(); ++c)
            max = std::max(max, row.value(c).toDouble());
    }
    return max;
}

QString FigureTable::format(double value, Unit unit)
{
    const QLocale locale;
    switch (unit) {
    case Unit::Label:
        return {};
    case Unit::Count:
        return locale.toString(qRound64(value));
    case Unit::Fte:
        return locale.toString(value, 'f', 1);
    case Unit::ThousandPupilHours:
        return locale.toString(value, 'f', 1);
    case Unit::Percent:
        return locale.toString(value, 'f', 1) + QStringLiteral(" %");
    case Unit::MillionEuro:
        //: An amount in millions of euros, e.g. "€ 36,00 mln" in Dutch.
        return QCoreApplication::translate("FigureTable", "€%1M").arg(locale.toString(value, 'f', 2));
    }
    return {};
}

} // namespace verrijkt

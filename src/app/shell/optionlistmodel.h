#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

namespace verrijkt {

// The choices of one structured field as a list (key + label in the UI language), so forms offer
// buttons instead of free text: activity domains, and the family-contact fields.
class OptionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    // "domain", "initiator", "form", "topic", "support", "referral"
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(int count READ count NOTIFY kindChanged)

public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole };
    Q_ENUM(Role)

    explicit OptionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    int count() const { return int(m_keys.size()); }

    Q_INVOKABLE QString labelFor(const QString &key) const;
    Q_INVOKABLE int indexOf(const QString &key) const { return int(m_keys.indexOf(key)); }

    // The label of a key of any kind (empty for an unknown kind or key).
    static QString label(const QString &kind, const QString &key);
    static QStringList keys(const QString &kind);

signals:
    void kindChanged();

private:
    QString m_kind;
    QStringList m_keys;
};

} // namespace verrijkt

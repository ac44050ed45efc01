#pragma once

#include <QObject>

namespace verrijkt {

// Emits changed() when the application's translator changes (QEvent::LanguageChange on qApp), so
// models whose rows hold translated labels or formatted dates can tell their views to re-read.
class LanguageWatch : public QObject
{
    Q_OBJECT
public:
    explicit LanguageWatch(QObject *parent = nullptr);

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace verrijkt

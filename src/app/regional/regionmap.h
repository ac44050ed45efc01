#pragma once

#include "mapscene.h"
#include "municipalityshapes.h"
#include "schoollistmodel.h"

#include <QPointer>
#include <QQmlEngine>
#include <QQuickPaintedItem>
#include <optional>

namespace verrijkt {

// The region map, drawn by the app itself (no tiles exist offline): the municipality shapes and
// every active school location as a dot coloured by a programme's status. Hit-testing and
// keyboard selection run in C++ (MapScene); QML only forwards taps and keys.
class RegionMap : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(verrijkt::SchoolListModel *schools READ schools WRITE setSchools NOTIFY schoolsChanged)
    Q_PROPERTY(QString shapesFile READ shapesFile WRITE setShapesFile NOTIFY shapesChanged)
    Q_PROPERTY(bool shapesLoaded READ shapesLoaded NOTIFY shapesChanged)
    Q_PROPERTY(QString shapesError READ shapesError NOTIFY shapesChanged)
    Q_PROPERTY(Colouring colouring READ colouring WRITE setColouring NOTIFY colouringChanged)
    Q_PROPERTY(QString municipalityCode READ municipalityCode WRITE setMunicipalityCode NOTIFY
                   municipalityCodeChanged)
    Q_PROPERTY(QString selectedVestiging READ selectedVestiging WRITE setSelectedVestiging NOTIFY
                   selectedVestigingChanged)
    Q_PROPERTY(QVariantList legend READ legend NOTIFY sceneChanged)
    Q_PROPERTY(int visibleSchools READ visibleSchools NOTIFY sceneChanged)

public:
    enum Colouring { ByTier, ByBridgeOfficer, ByLibrary };
    Q_ENUM(Colouring)

    explicit RegionMap(QQuickItem *parent = nullptr);

    void paint(QPainter *painter) override;

    SchoolListModel *schools() const { return m_schools; }
    void setSchools(SchoolListModel *schools);
    QString shapesFile() const { return m_shapesFile; }
    void setShapesFile(const QString &path);
    bool shapesLoaded() const { return m_shapes.has_value(); }
    QString shapesError() const { return m_shapesError; }
    Colouring colouring() const { return m_colouring; }
    void setColouring(Colouring colouring);
    QString municipalityCode() const { return m_municipalityCode; }
    void setMunicipalityCode(const QString &code);
    QString selectedVestiging() const { return m_selected; }
    void setSelectedVestiging(const QString &vestiging);
    QVariantList legend() const;
    int visibleSchools() const { return int(m_scene.dots().size()); }

    // The school under an item position ("" when none): taps open it.
    Q_INVOKABLE QString schoolAt(qreal x, qreal y) const;
    Q_INVOKABLE QString municipalityAt(qreal x, qreal y) const;
    // Keyboard: moves the selection to the next (+1) or previous (-1) visible school, west to east.
    Q_INVOKABLE void selectNext(int step);
    // Moves the selection to the nearest visible school in a direction (dx, dy in -1..1).
    Q_INVOKABLE void selectTowards(int dx, int dy);

    const MapScene &scene() const { return m_scene; }

signals:
    void schoolsChanged();
    void shapesChanged();
    void colouringChanged();
    void municipalityCodeChanged();
    void selectedVestigingChanged();
    void sceneChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    void rebuild();

    QPointer<SchoolListModel> m_schools;
    QString m_shapesFile;
    std::optional<MunicipalityShapes> m_shapes;
    QString m_shapesError;
    Colouring m_colouring = ByTier;
    QString m_municipalityCode;
    QString m_selected;
    MapScene m_scene;
};

} // namespace verrijkt

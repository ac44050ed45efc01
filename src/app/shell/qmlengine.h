#pragma once

#include <QUrl>

class QQmlEngine;

namespace verrijkt {

// Prepares an engine to load the app's views: main() and every test that builds an engine call it.
//
// qt_add_qml_module (Qt 6.4, default RESOURCE_PREFIX "/") puts module Verrijkt at qrc:/Verrijkt/ and
// Verrijkt.Models at qrc:/Verrijkt/Models/. Main.qml sees its module's QML types through the implicit
// import of its own directory, but a view in a subfolder (shell/, coordinator/, ...) resolves
// `import Verrijkt` through the engine's import paths. Qt 6.4 searches qrc:/qt-project.org/imports and
// the installed QML folder, not qrc:/ (":/qt/qml" is a default only from Qt 6.5), so without qrc:/
// the import found just the plugin's C++ registrations and none of the qmldir's QML types
// ("ChoiceChips is not a type", a Theme singleton that was undefined).
void prepareQmlEngine(QQmlEngine &engine);

// The application window (module Verrijkt).
QUrl mainWindowUrl();

} // namespace verrijkt

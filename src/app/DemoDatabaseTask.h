#pragma once

#include "engine/DemoGenerator.h"

#include <QString>

class QWidget;

namespace attain::ui {

/// Generates a demo database on a worker thread behind a modal progress dialog with Cancel.
/// Returns true when the database was created; shows the reason and returns false otherwise.
bool createDemoDatabaseWithProgress(QWidget *parent, const QString &path, const engine::demo::Spec &spec,
                                    bool overwrite);

/// The demo spec the app uses: default size, dated today.
[[nodiscard]] engine::demo::Spec defaultDemoSpec();

} // namespace attain::ui

#pragma once

#include <QString>

class QWidget;

namespace attain::ui {

/// Opens `path` once on a worker thread, behind a progress dialog that appears only when this
/// takes a while: migrating an older file and building its dashboard facts takes about 20 s on
/// millions of deals, and must not freeze the window. The file is closed again; the caller then
/// opens it on its own thread, which is quick. False with `error` set when it cannot be opened.
bool prepareDatabase(QWidget *parent, const QString &path, QString *error);

} // namespace attain::ui

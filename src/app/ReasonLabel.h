#pragma once

#include <QLabel>
#include <QString>

namespace attain::ui {

/// Shows why a wizard page cannot be left yet, or hides the label when nothing is wrong. The
/// sentence itself carries the message; the colour only draws the eye to it.
inline void showReason(QLabel *label, const QString &reason)
{
    label->setText(reason);
    label->setVisible(!reason.isEmpty());
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
}

} // namespace attain::ui

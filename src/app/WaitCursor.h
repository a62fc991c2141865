#pragma once

#include <QApplication>

namespace attain::ui {

/// Shows the wait cursor for a scope; release() ends it early (before a dialog opens). Exactly
/// one restore per set, even when an exception leaves the scope.
class WaitCursor final
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { release(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;

    void release()
    {
        if (m_active)
            QApplication::restoreOverrideCursor();
        m_active = false;
    }

private:
    bool m_active = true;
};

} // namespace attain::ui

#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;

namespace attain::ui {

/// The path from the company to the scope shown: "Company › 华东 East › 王伟". Every crumb but
/// the last is a flat button that goes back to it (reachable with Tab; Alt+Left goes back one
/// step, handled by the page).
class ScopeBreadcrumb final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeBreadcrumb)

public:
    explicit ScopeBreadcrumb(QWidget *parent = nullptr);

    void setCrumbs(const QStringList &names);
    [[nodiscard]] const QStringList &crumbs() const { return m_names; }
    /// The path as one line of text, "Company › East › Wang".
    [[nodiscard]] QString text() const;
    /// The crumbs' buttons, in order: new buttons join the window's focus chain at its end,
    /// so the page puts them where they are shown.
    [[nodiscard]] const QList<QWidget *> &buttons() const { return m_buttons; }

Q_SIGNALS:
    /// The user chose crumb `index` (0 = the company).
    void crumbActivated(int index);

private:
    QStringList m_names;
    QList<QWidget *> m_buttons;
    QHBoxLayout *m_layout;
};

} // namespace attain::ui

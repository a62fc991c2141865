#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace attain::ui {

class ActionItemsModel;
class ReviewBriefingWidget;

/// The right side of the reviews page, laid out: the review's header and buttons, its agenda,
/// the briefing, the items carried over from earlier reviews, this review's action items with
/// their buttons, and the notes and decisions. ReviewsPage fills it and reacts to it.
class ReviewDetailWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDetailWidget)

public:
    ReviewDetailWidget(ActionItemsModel *items, ActionItemsModel *carried, QWidget *parent = nullptr);

    QLabel *title;
    QLabel *subtitle;
    QLabel *agenda;
    QPushButton *markHeldButton;
    QPushButton *scheduleNextButton;
    QPushButton *deleteReviewButton;
    ReviewBriefingWidget *briefing;
    QLabel *carriedTitle;
    QTableView *carriedView;
    QPushButton *closeCarriedButton;
    QLabel *itemsTitle;
    QTableView *itemsView;
    QPushButton *addItemButton;
    QPushButton *closeItemButton;
    QPushButton *deleteItemButton;
    QPlainTextEdit *notesEdit;
    QPlainTextEdit *decisionsEdit;
    QLabel *emptyLabel; ///< shown instead of everything else when no review is selected

    /// Sizes both item tables to their rows (the page scrolls, not the tables).
    void fitTables();
    /// Shows the review's parts, or only the empty label.
    void setReviewShown(bool shown);

private:
    QWidget *m_content;
    QWidget *m_scroll = nullptr;
};

} // namespace attain::ui

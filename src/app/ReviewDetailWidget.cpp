#include "app/ReviewDetailWidget.h"

#include "app/ActionItemDelegate.h"
#include "app/ActionItemsModel.h"
#include "app/ReviewBriefingWidget.h"
#include "app/TableViewCsv.h"
#include "app/ViewHelpers.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace attain::ui {

namespace {

QTableView *itemTable(ActionItemsModel *model, QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    attachCsvExport(view, name == QLatin1String("carriedItemsView") ? QStringLiteral("carried-action-items")
                                                                     : QStringLiteral("action-items"));
    view->setModel(model);
    view->setItemDelegate(new ActionItemDelegate(view));
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setWordWrap(false);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionItemsModel::TextColumn, QHeaderView::Stretch);
    return view;
}

void fit(QTableView *view)
{
    const int rows = std::max(view->model()->rowCount(), 1);
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height()
        + rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth());
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    makeTitle(label, 1.1);
    return label;
}

} // namespace

ReviewDetailWidget::ReviewDetailWidget(ActionItemsModel *items, ActionItemsModel *carried, QWidget *parent)
    : QWidget(parent)
    , title(new QLabel(this))
    , subtitle(new QLabel(this))
    , agenda(new QLabel(this))
    , markHeldButton(new QPushButton(tr("&Mark as Held"), this))
    , scheduleNextButton(new QPushButton(tr("Schedule &Next"), this))
    , deleteReviewButton(new QPushButton(tr("Delete Review"), this))
    , briefing(new ReviewBriefingWidget(this))
    , carriedTitle(sectionTitle(this))
    , carriedView(itemTable(carried, this, QStringLiteral("carriedItemsView")))
    , closeCarriedButton(new QPushButton(tr("Mark &Done"), this))
    , itemsTitle(sectionTitle(this))
    , itemsView(itemTable(items, this, QStringLiteral("actionItemsView")))
    , addItemButton(new QPushButton(tr("&Add Item"), this))
    , closeItemButton(new QPushButton(tr("&Close Item"), this))
    , deleteItemButton(new QPushButton(tr("De&lete Item"), this))
    , notesEdit(new QPlainTextEdit(this))
    , decisionsEdit(new QPlainTextEdit(this))
    , emptyLabel(new QLabel(
          tr("Select a review on the left, or schedule one with Reviews ▸ New Review… (Ctrl+Shift+R)."), this))
    , m_content(new QWidget(this))
{
    title->setObjectName(QStringLiteral("reviewTitleLabel"));
    subtitle->setObjectName(QStringLiteral("reviewSubtitleLabel"));
    markHeldButton->setObjectName(QStringLiteral("markHeldButton"));
    scheduleNextButton->setObjectName(QStringLiteral("scheduleNextButton"));
    addItemButton->setObjectName(QStringLiteral("addItemButton"));
    closeItemButton->setObjectName(QStringLiteral("closeItemButton"));
    deleteItemButton->setObjectName(QStringLiteral("deleteItemButton"));
    closeCarriedButton->setObjectName(QStringLiteral("closeCarriedButton"));
    carriedTitle->setObjectName(QStringLiteral("carriedTitleLabel"));
    notesEdit->setObjectName(QStringLiteral("notesEdit"));
    decisionsEdit->setObjectName(QStringLiteral("decisionsEdit"));
    makeTitle(title, 1.4);
    title->setWordWrap(true);
    subtitle->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    agenda->setWordWrap(true);
    agenda->setTextFormat(Qt::PlainText);
    emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLabel->setWordWrap(true);
    for (QPlainTextEdit *edit : { notesEdit, decisionsEdit }) {
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    }
    notesEdit->setPlaceholderText(tr("What was discussed"));
    decisionsEdit->setPlaceholderText(tr("What was decided"));
    notesEdit->setAccessibleName(tr("Notes"));
    decisionsEdit->setAccessibleName(tr("Decisions"));

    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(markHeldButton, 0, Qt::AlignTop);
    header->addWidget(scheduleNextButton, 0, Qt::AlignTop);
    header->addWidget(deleteReviewButton, 0, Qt::AlignTop);

    auto *carriedButtons = new QHBoxLayout;
    carriedButtons->addWidget(carriedTitle, 1);
    carriedButtons->addWidget(closeCarriedButton);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(itemsTitle, 1);
    itemButtons->addWidget(addItemButton);
    itemButtons->addWidget(closeItemButton);
    itemButtons->addWidget(deleteItemButton);

    auto *texts = new QGridLayout;
    auto *notesLabel = new QLabel(tr("N&otes"), this);
    auto *decisionsLabel = new QLabel(tr("D&ecisions"), this);
    notesLabel->setBuddy(notesEdit);
    decisionsLabel->setBuddy(decisionsEdit);
    makeTitle(notesLabel, 1.1);
    makeTitle(decisionsLabel, 1.1);
    texts->addWidget(notesLabel, 0, 0);
    texts->addWidget(decisionsLabel, 0, 1);
    texts->addWidget(notesEdit, 1, 0);
    texts->addWidget(decisionsEdit, 1, 1);

    auto *content = new QVBoxLayout(m_content);
    content->addLayout(header);
    content->addWidget(subtitle);
    content->addWidget(agenda);
    content->addWidget(briefing);
    content->addSpacing(6);
    content->addLayout(carriedButtons);
    content->addWidget(carriedView);
    content->addSpacing(6);
    content->addLayout(itemButtons);
    content->addWidget(itemsView);
    content->addSpacing(6);
    content->addLayout(texts);
    content->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // everything wraps or shrinks
    scroll->setObjectName(QStringLiteral("reviewScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    m_scroll = scroll;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    layout->addWidget(emptyLabel);

    setTabOrder(markHeldButton, scheduleNextButton);
    setTabOrder(scheduleNextButton, deleteReviewButton);
    setTabOrder(deleteReviewButton, carriedView);
    setTabOrder(carriedView, closeCarriedButton);
    setTabOrder(closeCarriedButton, itemsView);
    setTabOrder(itemsView, addItemButton);
    setTabOrder(addItemButton, closeItemButton);
    setTabOrder(closeItemButton, deleteItemButton);
    setTabOrder(deleteItemButton, notesEdit);
    setTabOrder(notesEdit, decisionsEdit);
    fitTables();
    setReviewShown(false);
}

void ReviewDetailWidget::fitTables()
{
    fit(carriedView);
    fit(itemsView);
}

void ReviewDetailWidget::setReviewShown(bool shown)
{
    m_scroll->setVisible(shown);
    emptyLabel->setVisible(!shown);
}

} // namespace attain::ui

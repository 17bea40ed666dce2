#include "carddelegate.h"

#include "boardcolumnmodel.h"
#include "boardfilter.h"
#include "clock.h"
#include "palette.h"
#include "playbook/playbook.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
constexpr int kMargin = 4;
constexpr int kPadding = 8;
} // namespace

CardDelegate::CardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.lineSpacing();
    return {200, 4 * line + 2 * kPadding + 2 * kMargin + 6};
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const auto *model = qobject_cast<const BoardColumnModel *>(index.model());
    if (!model) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const Deal &deal = model->dealAt(index.row());
    const QPalette &pal = option.palette;
    const QDate today = Clock::current().now().toLocalTime().date();
    const QLocale locale;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : Palette::cardBorder(pal),
                         selected ? 2.0 : 1.0));
    painter->setBrush(Palette::card(pal));
    painter->drawRoundedRect(card, 6, 6);
    if (focused) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1.0, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 5, 5);
    }

    const QRect inner = card.toRect().adjusted(kPadding, kPadding - 2, -kPadding, -kPadding);
    const int line = option.fontMetrics.lineSpacing() + 1;
    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(small);

    // Line 1: company, and the BANT+ band badge on the right (outline only when unscored).
    const Playbook &pb = model->playbook();
    const QString bandKey = BoardFilter::bandKey(deal, pb);
    QString bandText = tr("—", "no BANT+ score");
    for (const BantBand &b : pb.bantBands())
        if (b.key == bandKey)
            bandText = b.name.text().toUpper();
    const int badgeWidth = smallMetrics.horizontalAdvance(bandText) + 12;
    const QRect badge(inner.right() - badgeWidth, inner.top() + 1, badgeWidth, line - 2);
    const QColor bandColor = Palette::band(bandKey, pal);
    painter->setPen(QPen(bandColor, 1.0));
    painter->setBrush(bandKey.isEmpty() ? QBrush(Qt::NoBrush) : QBrush(bandColor));
    painter->drawRoundedRect(badge, 4, 4);
    painter->setFont(small);
    painter->setPen(bandKey.isEmpty() ? bandColor : pal.color(QPalette::Base));
    painter->drawText(badge, Qt::AlignCenter, bandText);

    QRect row(inner.left(), inner.top(), inner.width() - badgeWidth - 6, line);
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(deal.companyName, Qt::ElideRight, row.width()));

    // Line 2: the deal's title.
    row = QRect(inner.left(), inner.top() + line, inner.width(), line);
    painter->setFont(option.font);
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(deal.title, Qt::ElideRight, row.width()));

    // Line 3: MRR; days in stage on the right, marked when the deal rots; a passed close date.
    row = QRect(inner.left(), inner.top() + 2 * line, inner.width(), line);
    const QString mrrText = tr("%1/mo").arg(deal.mrr.format(locale, Money::Cents::WhenNeeded));
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, mrrText);
    const int afterMrr = option.fontMetrics.horizontalAdvance(mrrText) + 8;
    const qint64 days = deal.stageEnteredAt.toLocalTime().date().daysTo(today);
    const bool rotting = BoardFilter::isRotting(deal, pb, today);
    const QString daysText = tr("%Ln d", "days in stage", static_cast<int>(days));
    painter->setFont(small);
    painter->setPen(rotting ? Palette::rotting(pal) : pal.color(QPalette::PlaceholderText));
    painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, daysText);
    if (rotting) {
        // The rotting mark: a filled dot before the days (no font has to carry a glyph).
        const int dot = smallMetrics.height() / 2;
        const int x = row.right() - smallMetrics.horizontalAdvance(daysText) - dot - 4;
        painter->setBrush(Palette::rotting(pal));
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QRect(x, row.center().y() - dot / 2, dot, dot));
    }
    if (deal.expectedClose.isValid() && deal.expectedClose < today && pb.stage(deal.stage) &&
        pb.stage(deal.stage)->isOpen()) {
        painter->setPen(Palette::overdue(pal));
        painter->setFont(small);
        // Between the MRR and the days (and their mark), elided rather than overlapping.
        const int daysWidth = smallMetrics.horizontalAdvance(daysText) + smallMetrics.height();
        const QRect space = row.adjusted(afterMrr, 0, -daysWidth, 0);
        const QString close = tr("close %1").arg(locale.toString(deal.expectedClose, u"d MMM"_s));
        painter->drawText(space, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(close, Qt::ElideRight, space.width()));
    }

    // Line 4: the next step and its due date, red when overdue.
    row = QRect(inner.left(), inner.top() + 3 * line, inner.width(), line);
    if (!deal.nextStep.isEmpty()) {
        const bool overdue = BoardFilter::isOverdue(deal, today);
        QString text = u"☐ "_s + deal.nextStep;
        if (deal.nextStepDue.isValid())
            text += u" · "_s + locale.toString(deal.nextStepDue, u"d MMM"_s);
        painter->setPen(overdue ? Palette::overdue(pal) : pal.color(QPalette::Text));
        painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(text, Qt::ElideMiddle, row.width()));
    }
    painter->restore();
}

} // namespace dealboard

#include "quotelinesmodel.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dealboard {

QuoteLinesModel::QuoteLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void QuoteLinesModel::setLines(const QList<QuoteLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
    Q_EMIT linesChanged();
}

void QuoteLinesModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void QuoteLinesModel::appendLine(const QuoteLine &line)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_lines.append(line);
    endInsertRows();
    Q_EMIT linesChanged();
}

void QuoteLinesModel::removeLine(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    Q_EMIT linesChanged();
}

int QuoteLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int QuoteLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<qint64> QuoteLinesModel::parseQuantity(const QString &text)
{
    bool ok = false;
    const QString t = text.trimmed();
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    if (!ok || !(v > 0) || v > 1e9)
        return std::nullopt;
    const double milli = v * QuoteLine::kQuantityScale;
    if (std::abs(milli - std::round(milli)) > 1e-6)
        return std::nullopt; // more than three decimals
    return static_cast<qint64>(std::llround(milli));
}

QString QuoteLinesModel::formatQuantity(qint64 quantityMilli)
{
    const QLocale locale;
    QString text = locale.toString(double(quantityMilli) / QuoteLine::kQuantityScale, 'f', 3);
    // "2,500" → "2,5", "3,000" → "3": only the decimals the user typed.
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(locale.decimalPoint()))
        text.chop(locale.decimalPoint().size());
    return text;
}

QVariant QuoteLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QuoteLine &line = m_lines.at(index.row());
    const auto vatText = [&] { return QLocale().toString(line.vatBp / 100.0, 'g', 4) + u" %"_s; };
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Description:
            return line.description;
        case Quantity:
            return formatQuantity(line.quantityMilli);
        case Unit:
            return line.productId && m_unitOf ? m_unitOf(line.productId) : QString();
        case UnitPrice:
            return role == Qt::EditRole ? line.unitPrice.format(QLocale(), Money::Cents::Always)
                                        : line.unitPrice.format();
        case Vat:
            return role == Qt::EditRole ? QLocale().toString(line.vatBp / 100.0, 'g', 4)
                                        : vatText();
        case Amount: {
            const Result<Money> amount = line.amount();
            return amount ? amount->format() : tr("overflow");
        }
        default:
            return {};
        }
    }
    if (role == Qt::CheckStateRole && index.column() == Monthly)
        return line.isRecurring() ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && index.column() != Description && index.column() != Unit &&
        index.column() != Monthly)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Monthly)
            return line.isRecurring() ? tr("Charged every month (counts in the MRR)")
                                      : tr("Charged once (setup, onboarding): never discounted");
        if (index.column() == Description && line.productId == 0)
            return tr("Free line (not from the catalogue)");
    }
    if (role == Qt::AccessibleTextRole)
        return data(index, Qt::DisplayRole);
    return {};
}

bool QuoteLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || m_readOnly || !(flags(index) & Qt::ItemIsEnabled))
        return false;
    QuoteLine &line = m_lines[index.row()];
    if (role == Qt::CheckStateRole && index.column() == Monthly) {
        line.billing = value.toInt() == Qt::Checked ? Billing::Monthly : Billing::OneTime;
    } else if (role != Qt::EditRole) {
        return false;
    } else {
        const QString text = value.toString().trimmed();
        switch (index.column()) {
        case Description:
            if (text.isEmpty())
                return false;
            line.description = text;
            break;
        case Quantity: {
            const std::optional<qint64> q = parseQuantity(text);
            if (!q)
                return false;
            line.quantityMilli = *q;
            break;
        }
        case UnitPrice: {
            const Result<Money> price = Money::parse(text, QLocale(), line.unitPrice.currency());
            if (!price || price->cents() < 0)
                return false;
            line.unitPrice = *price;
            break;
        }
        case Vat: {
            bool ok = false;
            QString t = text;
            t.remove(u'%');
            double v = QLocale().toDouble(t.trimmed(), &ok);
            if (!ok)
                v = QLocale::c().toDouble(t.trimmed(), &ok);
            if (!ok || v < 0 || v > 100)
                return false;
            line.vatBp = static_cast<int>(std::lround(v * 100));
            break;
        }
        default:
            return false;
        }
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT linesChanged();
    return true;
}

Qt::ItemFlags QuoteLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly)
        return f;
    switch (index.column()) {
    case Description:
    case Quantity:
    case UnitPrice:
    case Vat:
        return f | Qt::ItemIsEditable;
    case Monthly:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f;
    }
}

QVariant QuoteLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Description:
        return tr("Description");
    case Quantity:
        return tr("Quantity");
    case Unit:
        return tr("Unit");
    case UnitPrice:
        return tr("Unit price HT");
    case Monthly:
        return tr("Monthly");
    case Vat:
        return tr("VAT");
    case Amount:
        return tr("Amount HT");
    default:
        return {};
    }
}

} // namespace dealboard

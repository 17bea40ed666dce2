#pragma once

#include "model/quote.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace dealboard {

// The lines of the quote being edited, as a table the user edits in place: description,
// quantity, unit, unit price, billing (a check box: monthly), VAT rate and the line's amount.
// Quantities and prices are parsed in the app's locale ("2,5" in French); what does not parse
// is refused by setData (the cell keeps its value).
class QuoteLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Description,
        Quantity,
        Unit,
        UnitPrice,
        Monthly,
        Vat,
        Amount,
        ColumnCount
    };

    explicit QuoteLinesModel(QObject *parent = nullptr);

    // What the Unit column shows for a catalogue product (the quote's language may change).
    using UnitOf = std::function<QString(qint64 productId)>;
    void setUnitOf(UnitOf unitOf) { m_unitOf = std::move(unitOf); }
    void setLines(const QList<QuoteLine> &lines);
    const QList<QuoteLine> &lines() const { return m_lines; }
    void setReadOnly(bool readOnly);
    void appendLine(const QuoteLine &line);
    void removeLine(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "2,5" → 2500 thousandths in the app's locale; none when it is not a positive number
    // with at most three decimals.
    static std::optional<qint64> parseQuantity(const QString &text);
    static QString formatQuantity(qint64 quantityMilli);

Q_SIGNALS:
    void linesChanged();

private:
    QList<QuoteLine> m_lines;
    UnitOf m_unitOf;
    bool m_readOnly = false;
};

} // namespace dealboard

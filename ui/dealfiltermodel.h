#pragma once

#include <QSortFilterProxyModel>

namespace dealboard {

// Filters the deal table by free text (title, company, contact, next step) and by stage.
class DealFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DealFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStage(const QString &stageKey); // empty: every stage
    QString text() const { return m_text; }
    QString stage() const { return m_stage; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_stage;
};

} // namespace dealboard

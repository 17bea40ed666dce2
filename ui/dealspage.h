#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QStackedWidget;
class QTableView;

namespace dealboard {

class DealFilterModel;
class DealTableModel;

// The Deals section: every deal in a sortable table, a search field and a stage filter.
class DealsPage : public QWidget
{
    Q_OBJECT

public:
    explicit DealsPage(DealTableModel *model, QWidget *parent = nullptr);

    DealFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    void focusSearch();
    // Rebuilds the stage choices after the model was loaded with a playbook.
    void refresh();
    // Columns, sort order and filters, kept between sessions.
    void restoreSettings(const QSettings &settings);
    void saveSettings(QSettings &settings) const;

private:
    void updateCount();

    DealTableModel *m_model;
    DealFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_stage;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_empty;
};

} // namespace dealboard

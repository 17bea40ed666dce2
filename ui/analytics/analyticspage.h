#pragma once

#include "analyticsrunner.h"

#include <QWidget>

class QLabel;
class QTimer;
class QVBoxLayout;

namespace dealboard {

class Database;
class PeriodSelector;

// A screen of figures over a period: the period bar on top, the content below, recomputed
// when the data changes (at once when shown, else the next time it is shown).
class AnalyticsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AnalyticsPage(const QString &settingsGroup, QWidget *parent = nullptr);
    ~AnalyticsPage() override;

    void setDatabase(Database *db);
    // The data changed (a move, an edit, an undo): recompute.
    void markStale();
    PeriodSelector *periodSelector() const { return m_period; }
    // Recomputes now if anything changed since the last time, and waits for the result (tests,
    // and before a grab).
    void recomputeNow();
    bool isComputing() const { return m_runner->isBusy(); }

protected:
    virtual void recompute() = 0;
    void showEvent(QShowEvent *event) override;
    Database *database() const { return m_db; }
    QVBoxLayout *content() const { return m_content; }
    // Runs `job` off the GUI thread (on its own read-only connection); what it returns is
    // applied here. Results of an older job overtaken by a newer one are dropped.
    void submit(AnalyticsRunner::Job job);
    // A problem reading the data, shown above the content (empty: none).
    void setProblem(const QString &message);
    // Widgets placed on the period bar, after the selector.
    void addToBar(QWidget *widget);

private:
    void start();

    QString m_group;
    Database *m_db = nullptr;
    PeriodSelector *m_period;
    QLabel *m_problem;
    QVBoxLayout *m_content;
    QTimer *m_timer;
    AnalyticsRunner *m_runner;
    bool m_stale = true;
};

} // namespace dealboard

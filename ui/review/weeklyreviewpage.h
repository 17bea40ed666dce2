#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;
class QUndoStack;

namespace dealboard {

class AtRiskModel;
class Database;
class TimeSplitBars;

// The weekly ritual (§8.2): a week's deals at risk, wins and losses, new pipeline, objections
// met, the time split against the target (§1.1), and the priorities written for the week.
// Recomputed when the data change (at once when shown, else the next time it is shown).
class WeeklyReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit WeeklyReviewPage(QUndoStack *undoStack, QWidget *parent = nullptr);
    ~WeeklyReviewPage() override;

    // Saves a pending priorities edit into the previous database first.
    void setDatabase(Database *db);
    void markStale();
    void recomputeNow();
    QDate week() const { return m_week; }
    void setWeek(const QDate &day); // any day of the week
    AtRiskModel *atRiskModel() const { return m_model; }
    // Saves the priorities being typed now rather than after the pause.
    void savePriorities();

Q_SIGNALS:
    void openDealRequested(qint64 id);
    void monthlyReviewRequested();
    void quarterlyReviewRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void recompute();
    void showPriorities(const QDate &week, const QString &text);

    QUndoStack *m_undoStack;
    Database *m_db = nullptr;
    QDate m_week;
    bool m_stale = true;
    QLabel *m_weekLabel;
    QLabel *m_problem;
    QLabel *m_atRiskTitle;
    AtRiskModel *m_model;
    QTableView *m_atRisk;
    QLabel *m_wins;
    QLabel *m_losses;
    QLabel *m_newPipeline;
    QLabel *m_objections;
    QLabel *m_timeTitle;
    TimeSplitBars *m_timeSplit;
    QPlainTextEdit *m_priorities;
    QString m_savedPriorities; // as stored for m_week
    QTimer *m_pause;
    QTimer *m_recompute;
};

} // namespace dealboard

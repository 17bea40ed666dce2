#pragma once

#include <QDialog>

#include <optional>

namespace dealboard {

// Asked when there is no database yet: start with sample data, or empty.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Cancel,
        SampleData,
        Empty
    };

    static Choice ask(QWidget *parent, const QString &databasePath);
    // Test hook: the next ask() returns this at once.
    static void setTestAnswer(Choice choice);

    FirstRunDialog(const QString &databasePath, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::Cancel;
};

} // namespace dealboard

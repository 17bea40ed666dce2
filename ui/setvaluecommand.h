#pragma once

#include "messagebox.h"
#include "result.h"

#include <QUndoCommand>

#include <functional>
#include <utility>

namespace dealboard {

// An edit that replaces one stored value by another (settings, a template, a note): redo saves
// `after`, undo saves `before`, through the same function. A failed save is said and makes the
// command obsolete, so that push() drops it; `notify` shows the value that was saved.
template<typename T>
class SetValueCommand : public QUndoCommand
{
public:
    using Save = std::function<Status(const T &)>;
    using Notify = std::function<void(const T &)>;

    SetValueCommand(Save save, T before, T after, QString failureTitle, Notify notify,
                    const QString &text)
        : QUndoCommand(text)
        , m_save(std::move(save))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_failureTitle(std::move(failureTitle))
        , m_notify(std::move(notify))
    {}

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const T &value)
    {
        if (Status s = m_save(value); !s) {
            MessageBox::critical(nullptr, m_failureTitle, s.errorMessage());
            setObsolete(true);
            return;
        }
        if (m_notify)
            m_notify(value);
    }

    Save m_save;
    T m_before;
    T m_after;
    QString m_failureTitle;
    Notify m_notify;
};

} // namespace dealboard

#include "filedialog.h"

#include <QFileDialog>

#include <optional>

namespace dealboard {

namespace {
std::optional<QString> s_next;

std::optional<QString> takeNext()
{
    std::optional<QString> next = s_next;
    s_next.reset();
    return next;
}
} // namespace

QString FileDialog::openFileName(QWidget *parent, const QString &title, const QString &dir,
                                 const QString &filter)
{
    if (const auto next = takeNext())
        return *next;
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &title, const QString &dir,
                                 const QString &filter)
{
    if (const auto next = takeNext())
        return *next;
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_next = fileName;
}

} // namespace dealboard

#pragma once

#include <QWidget>

namespace dealboard {

// A section that is not built yet: says what it will do, shows no fake data.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &promise, QWidget *parent = nullptr);
};

} // namespace dealboard

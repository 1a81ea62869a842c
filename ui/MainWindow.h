#pragma once

#include <QMainWindow>

namespace dws::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace dws::ui

// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QDialog>

namespace Ui {
class AboutDialog;
}

namespace tiescope {

class Dataset;

// Names the program, the open dataset and every source it draws on (ui/aboutdialog.ui).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(const Dataset *data, QWidget *parent = nullptr);
    ~AboutDialog() override;

    [[nodiscard]] QString datasetText() const;
    [[nodiscard]] QString sourcesText() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace tiescope

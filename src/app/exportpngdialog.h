// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QDialog>
#include <QSize>

#include "render/exportoptions.h"

namespace Ui {
class ExportPngDialog;
}

namespace tiescope {

// Asks where and how to export a PNG: the view or the whole graph, size or scale,
// background, legend and caption (form in ui/exportpngdialog.ui).
class ExportPngDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportPngDialog)

public:
    enum class Region { View, Whole };

    // Sizes of the two regions at scale 1, in pixels.
    ExportPngDialog(QSize viewSize, QSize wholeSize, const QString &suggestedPath, QWidget *parent = nullptr);
    ~ExportPngDialog() override;

    [[nodiscard]] QString path() const;
    void setPath(const QString &path);
    [[nodiscard]] Region region() const;
    void setRegion(Region region);
    [[nodiscard]] QSize imageSize() const;
    void setImageSize(QSize size);
    [[nodiscard]] bool transparent() const;
    void setTransparent(bool transparent);
    [[nodiscard]] bool legend() const;
    [[nodiscard]] bool caption() const;

    void accept() override;

private:
    void updateSize();
    void browse();

    std::unique_ptr<Ui::ExportPngDialog> m_ui;
    QSize m_viewSize;
    QSize m_wholeSize;
};

} // namespace tiescope

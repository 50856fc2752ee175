// SPDX-License-Identifier: MIT
#pragma once

#include <QCheckBox>

namespace tiescope {

// A check box whose label shortens with an ellipsis when its column is narrower than the text,
// instead of widening the column past its dock (where the text and its neighbours were cut off
// at the edge); a trailing "(count)" is kept. text() stays whole; the tooltip shows it when it is
// shortened.
class ElidingCheckBox final : public QCheckBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidingCheckBox)

public:
    explicit ElidingCheckBox(const QString &text, QWidget *parent = nullptr);

    [[nodiscard]] QSize minimumSizeHint() const override;
    // The label as it is drawn at the current width.
    [[nodiscard]] QString shownText() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] int textWidth() const;
};

} // namespace tiescope

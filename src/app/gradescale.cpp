// SPDX-License-Identifier: MIT
#include "app/gradescale.h"

#include <QComboBox>

namespace tiescope {

namespace {

const char *const ReliabilityText[] = {"A – completely reliable",  "B – usually reliable", "C – fairly reliable",
                                       "D – not usually reliable", "E – unreliable",       "F – reliability unknown"};
const char *const CredibilityText[] = {"1 – confirmed", "2 – probably true", "3 – possibly true",
                                       "4 – doubtful",  "5 – improbable",    "6 – truth unknown"};

} // namespace

QString GradeScale::reliability(int step)
{
    return QString::fromUtf8(ReliabilityText[step]);
}

QString GradeScale::credibility(int step)
{
    return QString::fromUtf8(CredibilityText[step]);
}

void GradeScale::addReliabilities(QComboBox &box)
{
    for (int step = 0; step < Steps; ++step)
        box.addItem(reliability(step), QString(QChar(u'A' + step)));
}

void GradeScale::addCredibilities(QComboBox &box)
{
    for (int step = 0; step < Steps; ++step)
        box.addItem(credibility(step), step + 1);
}

} // namespace tiescope

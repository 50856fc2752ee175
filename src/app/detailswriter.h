// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QTextCharFormat>
#include <QTextCursor>

#include "model/strongid.h"

class QTextDocument;

namespace tiescope {

class Dataset;
class GraphView;
struct Citation;
struct Source;
struct Tie;

// Writes the evidence for an entity or a tie into a text document. Every piece of data text
// goes in through QTextCursor::insertText, which never interprets markup, so a note holding
// "<b>" or "<img src=…>" shows exactly those characters and loads nothing. Ties and entities
// become "tie:N" / "entity:N" anchors; a source's address and its archived copy's become
// links only when they are http or https.
class DetailsWriter final
{
public:
    DetailsWriter(QTextDocument &document, const GraphView &view);

    void writeEntity(EntityId entity);
    void writeTie(TieId tie);
    void writeNote(const QString &note); // a muted paragraph: a hint, a count

private:
    void heading(const QString &text, int level);
    void paragraph(const QString &text, const QTextCharFormat &format);
    void field(const QString &label, const QString &value);
    void link(const QString &text, const QString &href);
    void tieEntry(TieId tie);
    void citations(const std::vector<Citation> &citations);
    void archive(const Source &source); // its retrieved date and archived copy
    void blockAfter(int indent);

    QTextCursor m_cursor;
    const Dataset &m_data;
    const GraphView &m_view;
    QTextCharFormat m_plain;
    QTextCharFormat m_muted;
    QTextCharFormat m_bold;
};

} // namespace tiescope

// SPDX-License-Identifier: MIT
#include "app/detailswriter.h"

#include <map>

#include <QStringList>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextDocument>
#include <QUrl>

#include "analytics/corroboration.h"
#include "app/safetextbrowser.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/tiestyle.h"
#include "render/tietext.h"

namespace tiescope {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

QString gradeMeaning(const Grade &grade)
{
    static const char *const reliability[] = {"completely reliable", "usually reliable", "fairly reliable",
                                              "not usually reliable", "unreliable", "reliability unknown"};
    static const char *const credibility[] = {"confirmed", "probably true", "possibly true",
                                              "doubtful", "improbable", "truth unknown"};
    const int r = std::clamp(grade.reliability() - 'A', 0, 5);
    const int c = std::clamp(grade.credibility() - 1, 0, 5);
    return QStringLiteral("%1 (%2 source, %3)")
        .arg(qs(grade.toString()), QString::fromLatin1(reliability[r]), QString::fromLatin1(credibility[c]));
}

} // namespace

DetailsWriter::DetailsWriter(QTextDocument &document, const GraphView &view)
    : m_cursor(&document), m_data(view.graph().dataset()), m_view(view)
{
    document.clear();
    m_cursor = QTextCursor(&document);
    m_muted.setForeground(QColor(0x5f, 0x6b, 0x73));
    m_bold.setFontWeight(QFont::Bold);
}

void DetailsWriter::blockAfter(int indent)
{
    QTextBlockFormat format;
    format.setIndent(indent);
    format.setTopMargin(indent == 0 ? 6 : 2);
    if (m_cursor.position() == 0 && m_cursor.block().text().isEmpty())
        m_cursor.setBlockFormat(format);
    else
        m_cursor.insertBlock(format);
}

void DetailsWriter::heading(const QString &text, int level)
{
    QTextBlockFormat format;
    format.setTopMargin(level == 1 ? 0 : 12);
    format.setBottomMargin(2);
    if (m_cursor.position() == 0 && m_cursor.block().text().isEmpty())
        m_cursor.setBlockFormat(format);
    else
        m_cursor.insertBlock(format);
    QTextCharFormat chars = m_bold;
    chars.setFontPointSize(level == 1 ? 15 : level == 2 ? 12 : 10.5);
    m_cursor.insertText(text, chars);
}

void DetailsWriter::paragraph(const QString &text, const QTextCharFormat &format)
{
    if (text.isEmpty())
        return;
    blockAfter(0);
    m_cursor.insertText(text, format);
}

void DetailsWriter::field(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    blockAfter(0);
    m_cursor.insertText(label + QStringLiteral(": "), m_muted);
    m_cursor.insertText(value, m_plain);
}

void DetailsWriter::link(const QString &text, const QString &href)
{
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(href);
    format.setForeground(QColor(0x0b, 0x57, 0xa4));
    format.setFontUnderline(true);
    m_cursor.insertText(text, format);
    m_cursor.setCharFormat(m_plain);
}

void DetailsWriter::writeNote(const QString &note)
{
    blockAfter(0);
    m_cursor.insertText(note, m_muted);
}

void DetailsWriter::citations(const std::vector<Citation> &list)
{
    if (list.empty()) {
        blockAfter(2);
        m_cursor.insertText(QStringLiteral("No citation."), m_muted);
        return;
    }
    for (const Citation &citation : list) {
        const Source &source = m_data.source(citation.source);
        blockAfter(2);
        m_cursor.insertText(QStringLiteral("Source: "), m_muted);
        const QUrl url(qs(source.url), QUrl::StrictMode);
        if (!source.url.empty() && SafeTextBrowser::isWebUrl(url))
            link(qs(source.title), url.toString());
        else
            m_cursor.insertText(qs(source.title), m_bold);
        QStringList by;
        for (const std::string *part : {&source.author, &source.publisher}) {
            if (!part->empty())
                by << qs(*part);
        }
        if (source.date)
            by << qs(source.date->toString());
        if (!source.kind.empty())
            by << qs(source.kind);
        if (!by.isEmpty())
            m_cursor.insertText(QStringLiteral(" — ") + by.join(QStringLiteral(", ")), m_plain);
        if (source.retrieved || !source.archiveUrl.empty())
            archive(source);
        blockAfter(3);
        if (!citation.locator.empty()) {
            m_cursor.insertText(QStringLiteral("Where: "), m_muted);
            m_cursor.insertText(qs(citation.locator) + QStringLiteral("   "), m_plain);
        }
        m_cursor.insertText(QStringLiteral("Grade: "), m_muted);
        m_cursor.insertText(gradeMeaning(citation.grade), m_plain);
        if (!citation.quote.empty()) {
            blockAfter(3);
            m_cursor.insertText(QStringLiteral("Quote: "), m_muted);
            m_cursor.insertText(QStringLiteral("“") + qs(citation.quote) + QStringLiteral("”"), m_plain);
        }
    }
}

void DetailsWriter::archive(const Source &source)
{
    blockAfter(3);
    if (source.retrieved) {
        m_cursor.insertText(QStringLiteral("Retrieved: "), m_muted);
        m_cursor.insertText(qs(source.retrieved->toString()) + QStringLiteral("   "), m_plain);
    }
    if (source.archiveUrl.empty())
        return;
    // Like the source's own address: a link only when it is a plain web address, else text.
    m_cursor.insertText(QStringLiteral("Archived: "), m_muted);
    const QUrl url(qs(source.archiveUrl), QUrl::StrictMode);
    if (SafeTextBrowser::isWebUrl(url))
        link(url.toString(), url.toString());
    else
        m_cursor.insertText(qs(source.archiveUrl), m_plain);
}

void DetailsWriter::tieEntry(TieId id)
{
    const Tie &tie = m_data.tie(id);
    const bool shown = m_view.isVisible(id);
    blockAfter(1);
    const QString title = TieText::ends(m_data, tie) + QStringLiteral(" · ") + qs(m_data.relation(tie.relation).label);
    if (shown)
        link(title, QStringLiteral("tie:%1").arg(id.value()));
    else
        m_cursor.insertText(title + QStringLiteral("  (hidden by the filter)"), m_muted);
    blockAfter(2);
    m_cursor.insertText(TieText::dates(tie) + QStringLiteral(" · ") + TieStyle::statusLabel(tie.status).toLower(), m_muted);
    if (!tie.note.empty()) {
        blockAfter(2);
        m_cursor.insertText(qs(tie.note), m_plain);
    }
    citations(tie.citations);
}

void DetailsWriter::writeEntity(EntityId id)
{
    const Entity &entity = m_data.entity(id);
    heading(qs(entity.name), 1);
    QStringList facts{qs(m_data.kind(entity.kind).label)};
    if (!entity.country.empty())
        facts << QStringLiteral("Country: ") + qs(entity.country);
    paragraph(facts.join(QStringLiteral(" · ")), m_muted);
    QStringList aliases;
    for (const std::string &alias : entity.aliases)
        aliases << qs(alias);
    field(QStringLiteral("Also known as"), aliases.join(QStringLiteral("; ")));
    paragraph(qs(entity.description), m_plain);
    if (!entity.citations.empty()) {
        heading(QStringLiteral("Sources for this entity"), 3);
        citations(entity.citations);
    }

    // Ties grouped by domain, in the dataset's domain order.
    std::map<std::uint32_t, std::vector<TieId>> byDomain;
    std::size_t total = 0;
    std::size_t shown = 0;
    for (const TieGraph::Incidence &inc : m_view.graph().incidences(id)) {
        byDomain[m_data.tie(inc.tie).domain.value()].push_back(inc.tie);
        ++total;
        if (m_view.isVisible(inc.tie))
            ++shown;
    }
    heading(QStringLiteral("Ties: %1 shown of %2").arg(shown).arg(total), 2);
    for (const auto &[domainIndex, ties] : byDomain) {
        const Domain &domain = m_data.domain(DomainId(domainIndex));
        heading(qs(domain.label) + QStringLiteral(" (%1)").arg(ties.size()), 3);
        QTextCharFormat swatch = m_bold;
        swatch.setForeground(TieStyle::domainColour(domain));
        m_cursor.movePosition(QTextCursor::StartOfBlock);
        m_cursor.insertText(QStringLiteral("■ "), swatch);
        m_cursor.movePosition(QTextCursor::EndOfBlock);
        for (const TieId tie : ties)
            tieEntry(tie);
    }
}

void DetailsWriter::writeTie(TieId id)
{
    const Tie &tie = m_data.tie(id);
    const RelationType &relation = m_data.relation(tie.relation);
    heading(QString(), 1);
    QTextCharFormat big = m_bold;
    big.setFontPointSize(15);
    m_cursor.setCharFormat(big);
    link(qs(m_data.entity(tie.from).name), QStringLiteral("entity:%1").arg(tie.from.value()));
    m_cursor.insertText(relation.directed ? QStringLiteral(" → ") : QStringLiteral(" — "), big);
    link(qs(m_data.entity(tie.to).name), QStringLiteral("entity:%1").arg(tie.to.value()));
    paragraph(qs(relation.label) + QStringLiteral(" · ") + qs(m_data.domain(tie.domain).label) + QStringLiteral(" · ") +
                  TieText::dates(tie) + QStringLiteral(" · ") + TieStyle::statusLabel(tie.status).toLower(),
              m_muted);
    paragraph(qs(relation.description), m_muted);
    field(QStringLiteral("Strength"), QString::number(m_data.strengthOf(tie), 'f', 2));
    const std::size_t publishers = Corroboration::publisherCount(m_data, tie);
    // A tie with one publisher behind all its citations is marked so the analyst weighs it as such.
    if (publishers >= 2)
        field(QStringLiteral("Sources"), QStringLiteral("corroborated by %1 independent publishers").arg(publishers));
    else if (publishers == 1)
        field(QStringLiteral("Sources"), QStringLiteral("single source"));
    if (!m_view.isVisible(id))
        paragraph(QStringLiteral("Hidden by the current filter."), m_muted);
    if (!tie.note.empty()) {
        heading(QStringLiteral("Note"), 3);
        paragraph(qs(tie.note), m_plain);
    }
    heading(QStringLiteral("Citations (%1)").arg(tie.citations.size()), 3);
    citations(tie.citations);
}

} // namespace tiescope

// SPDX-License-Identifier: MIT
#include "manpage.h"

#include <sstream>

#include "commandregistry.h"

namespace tiescope::cli {

namespace {

// A block of help text as troff: its lines filled into paragraphs (troff joins input lines),
// blank lines as paragraph breaks; a line that starts with a space breaks before it, as in
// the help's own lists.
void paragraphs(std::ostringstream &out, std::string_view text)
{
    std::istringstream in{std::string(text)};
    for (std::string line; std::getline(in, line);) {
        if (line.empty())
            out << ".PP\n";
        else
            out << ManPage::escape(line) << '\n';
    }
}

// A synopsis wrapped for a terminal's help, as one line that troff fills.
std::string oneLine(std::string_view text)
{
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == '\n' || c == ' ') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

void option(std::ostringstream &out, const OptionSpec &spec)
{
    out << ".TP\n\\fB";
    if (!spec.shortName.empty())
        out << ManPage::escape(spec.shortName) << "\\fR, \\fB";
    out << ManPage::escape(spec.name) << "\\fR";
    if (!spec.valueName.empty())
        out << " \\fI" << ManPage::escape(spec.valueName) << "\\fR";
    if (spec.repeatable)
        out << "...";
    out << '\n' << ManPage::escape(spec.help) << '\n';
}

} // namespace

std::string ManPage::escape(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 8);
    for (const char c : text) {
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
    }
    if (!out.empty() && (out.front() == '.' || out.front() == '\''))
        out.insert(0, "\\&");
    return out;
}

std::string ManPage::render(const CommandRegistry &registry, std::string_view version, std::string_view databaseHelp)
{
    std::ostringstream out;
    out << ".\\\" Written by tiescope-cli --man from the commands themselves; do not edit.\n"
        << ".TH TIESCOPE\\-CLI 1 \"\" \"TieScope " << escape(version) << "\" \"User Commands\"\n"
        << ".SH NAME\ntiescope\\-cli \\- inspect, validate, build, edit, analyse and export TieScope stores\n"
        << ".SH SYNOPSIS\n\\fBtiescope\\-cli\\fR [\\fB\\-\\-db\\fR \\fIPATH\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n"
        << ".br\n\\fBtiescope\\-cli\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR\n"
        << ".SH DESCRIPTION\nThe headless side of TieScope, the geopolitical dependency explorer: every command "
           "works on a TieScope store (a SQLite file) or a dataset folder, the bundled Serbia\\-Russia store "
           "by default.\n.PP\n";
    paragraphs(out, databaseHelp);
    out << ".SH COMMANDS\n";
    for (const auto &command : registry.commands()) {
        out << ".SS " << escape(command->name()) << '\n'
            << "\\fBtiescope\\-cli " << escape(command->name()) << "\\fR " << escape(oneLine(command->synopsis()))
            << "\n.PP\n"
            << escape(command->summary()) << "\n";
        if (!command->details().empty()) {
            out << ".PP\n";
            paragraphs(out, command->details());
        }
        if (!command->options().empty()) {
            out << ".PP\nOptions:\n.RS\n";
            for (const OptionSpec &spec : command->options())
                option(out, spec);
            out << ".RE\n";
        }
    }
    out << ".SH GLOBAL OPTIONS\n";
    option(out, {"--db", "PATH", "the TieScope database (or dataset folder) to use"});
    option(out, {"--help", "", "show the help (of a command, after its name) and exit", false, "-h"});
    option(out, {"--version", "", "show the version and exit"});
    option(out, {"--man", "", "print this manual page (troff) and exit"});
    out << ".SH EXIT STATUS\n0 success, 1 bad input or failed validation, 2 bad command line.\n"
        << ".SH SEE ALSO\n\\fBtiescope\\fR(1), the documentation in /usr/share/doc/tiescope or docs/ of the "
           "source tree.\n";
    return out.str();
}

} // namespace tiescope::cli

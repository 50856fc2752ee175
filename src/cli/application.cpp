// SPDX-License-Identifier: MIT
#include "application.h"

#include <exception>
#include <ostream>

#include "argumentparser.h"
#include "databaselocator.h"
#include "exitcode.h"
#include "manpage.h"
#include "model/inputerror.h"
#include "usageerror.h"

namespace tiescope::cli {

namespace {

constexpr const char *Program = "tiescope-cli";

OptionSpec helpOption()
{
    return OptionSpec{"--help", "", "show this help and exit", false, "-h"};
}

OptionSpec dbOption()
{
    return OptionSpec{"--db", "PATH", "the TieScope database (or dataset folder) to use; default: the bundled one"};
}

} // namespace

Application::Application(CommandRegistry registry, std::ostream &out, std::ostream &err)
    : m_registry(std::move(registry)), m_out(out), m_err(err)
{
}

int Application::run(int argc, const char *const *argv)
{
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i)
        args.emplace_back(argv[i]);
    return run(argc > 0 ? argv[0] : Program, args);
}

int Application::run(const std::string &executable, const std::vector<std::string> &args)
{
    try {
        return dispatch(executable, args);
    } catch (const UsageError &error) {
        m_err << Program << ": " << error.what() << '\n';
        return ExitUsage;
    } catch (const InputError &error) {
        m_err << Program << ": " << error.what() << '\n';
        return ExitFailure;
    } catch (const std::exception &error) {
        m_err << Program << ": error: " << error.what() << '\n';
        return ExitFailure;
    }
}

int Application::dispatch(const std::string &executable, const std::vector<std::string> &args)
{
    const ArgumentParser global(Program,
                                {dbOption(),
                                 helpOption(),
                                 {"--version", "", "show the version and exit"},
                                 {"--man", "", "print the manual page (troff) and exit"}},
                                0);
    const Arguments globals = global.parse(args, true);
    if (globals.has("--help")) {
        m_out << globalHelp();
        return ExitOk;
    }
    if (globals.has("--man")) {
        // Not DatabaseLocator::explanation(): the installed page must not name the build tree.
        m_out << ManPage::render(m_registry, TIESCOPE_VERSION,
                                 "Without --db, the bundled Serbia-Russia store is used: "
                                 "share/tiescope/serbia-russia.db under the installation prefix (in a build tree, "
                                 "the build's own data/serbia-russia.db).");
        return ExitOk;
    }
    if (globals.has("--version")) {
        m_out << Program << ' ' << TIESCOPE_VERSION << '\n';
        return ExitOk;
    }
    if (globals.positionals().empty())
        throw UsageError("no command given (see 'tiescope-cli --help')");
    const std::string &name = globals.positionals().front();
    const Command *command = m_registry.find(name);
    if (!command)
        throw UsageError("unknown command '" + name + "' (see 'tiescope-cli --help')");

    std::vector<OptionSpec> options = command->options();
    options.push_back(dbOption());
    options.push_back(helpOption());
    const ArgumentParser parser(name, std::move(options), command->maxPositionals());
    const std::vector<std::string> rest(globals.positionals().begin() + 1, globals.positionals().end());
    Arguments arguments;
    try {
        arguments = parser.parse(rest);
    } catch (const UsageError &error) {
        throw UsageError(std::string(error.what()) + " (see 'tiescope-cli " + name + " --help')");
    }
    if (arguments.has("--help")) {
        m_out << commandHelp(*command);
        return ExitOk;
    }
    if (globals.has("--db") && arguments.has("--db"))
        throw UsageError("--db given both before and after the command");
    CommandContext context{m_out, m_err, Program, {}, executable};
    context.databasePath = arguments.value("--db").value_or(globals.value("--db").value_or(""));
    if (context.databasePath.empty() && (arguments.has("--db") || globals.has("--db")))
        throw UsageError("--db needs a non-empty PATH");
    return command->run(arguments, context);
}

std::string Application::globalHelp() const
{
    std::string text = "Usage: tiescope-cli [--db PATH] COMMAND [OPTIONS]\n\n"
                       "Headless TieScope: inspect, validate, build and export the tie database.\n\n"
                       "Commands:\n";
    std::size_t width = 0;
    for (const auto &command : m_registry.commands())
        width = std::max(width, command->name().size());
    for (const auto &command : m_registry.commands())
        text += "  " + command->name() + std::string(width - command->name().size() + 2, ' ') + command->summary() + "\n";
    text += "\nGlobal options:\n"
            "  --db PATH   the TieScope database (or dataset folder) to use\n"
            "  -h, --help  show this help and exit\n"
            "  --version   show the version and exit\n"
            "  --man       print the manual page (troff) and exit\n\n" +
            DatabaseLocator::explanation() +
            "\nExit codes: 0 success, 1 bad input or failed validation, 2 bad command line.\n"
            "Run 'tiescope-cli COMMAND --help' for a command's options.\n";
    return text;
}

std::string Application::commandHelp(const Command &command) const
{
    std::vector<OptionSpec> options = command.options();
    options.push_back(dbOption());
    options.push_back(helpOption());
    const ArgumentParser parser(command.name(), options, command.maxPositionals());
    std::string text = "Usage: tiescope-cli " + command.name() + " " + command.synopsis() + "\n\n" + command.summary() +
                       "\n\n" + parser.optionsHelp();
    const std::string details = command.details();
    if (!details.empty())
        text += "\n" + details;
    return text;
}

} // namespace tiescope::cli

// SPDX-License-Identifier: MIT
#include "argumentparser.h"

#include <algorithm>

#include "usageerror.h"

namespace tiescope::cli {

ArgumentParser::ArgumentParser(std::string context, std::vector<OptionSpec> options, std::size_t maxPositionals)
    : m_context(std::move(context)), m_options(std::move(options)), m_maxPositionals(maxPositionals)
{
}

const OptionSpec *ArgumentParser::find(const std::string &name) const
{
    const auto it = std::find_if(m_options.begin(), m_options.end(), [&name](const OptionSpec &option) {
        return option.name == name || (!option.shortName.empty() && option.shortName == name);
    });
    return it == m_options.end() ? nullptr : &*it;
}

Arguments ArgumentParser::parse(const std::vector<std::string> &args, bool stopAtPositional) const
{
    Arguments result;
    const auto addPositional = [&](const std::string &value) {
        if (result.positionals().size() >= m_maxPositionals && !stopAtPositional)
            throw UsageError(m_context + ": unexpected argument '" + value + "'");
        result.addPositional(value);
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg == "--") {
            for (++i; i < args.size(); ++i)
                addPositional(args[i]);
            break;
        }
        if (arg.size() < 2 || arg[0] != '-') {
            if (stopAtPositional) {
                for (; i < args.size(); ++i)
                    result.addPositional(args[i]);
                break;
            }
            addPositional(arg);
            continue;
        }
        const auto equals = arg.find('=');
        const std::string name = arg.substr(0, equals);
        const OptionSpec *option = find(name);
        if (!option)
            throw UsageError(m_context + ": unknown option '" + name + "'");
        if (option->valueName.empty()) {
            if (equals != std::string::npos)
                throw UsageError(m_context + ": option '" + option->name + "' takes no value");
            result.add(option->name, {});
            continue;
        }
        std::string value;
        if (equals != std::string::npos) {
            value = arg.substr(equals + 1);
        } else {
            if (i + 1 >= args.size())
                throw UsageError(m_context + ": option '" + option->name + "' needs a value " + option->valueName);
            value = args[++i];
        }
        if (!option->repeatable && result.has(option->name))
            throw UsageError(m_context + ": option '" + option->name + "' given more than once");
        result.add(option->name, std::move(value));
    }
    return result;
}

std::string ArgumentParser::optionsHelp() const
{
    std::vector<std::string> heads;
    std::size_t width = 0;
    for (const OptionSpec &option : m_options) {
        std::string head = option.shortName.empty() ? "    " : option.shortName + ", ";
        head += option.name;
        if (!option.valueName.empty())
            head += " " + option.valueName;
        if (option.repeatable)
            head += "...";
        width = std::max(width, head.size());
        heads.push_back(std::move(head));
    }
    std::string text = "Options:\n";
    for (std::size_t i = 0; i < m_options.size(); ++i)
        text += "  " + heads[i] + std::string(width - heads[i].size() + 2, ' ') + m_options[i].help + "\n";
    return text;
}

} // namespace tiescope::cli

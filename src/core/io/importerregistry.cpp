// SPDX-License-Identifier: MIT
#include "io/importerregistry.h"

#include "io/datasetfolderimporter.h"
#include "io/importsource.h"
#include "io/storeimporter.h"
#include "model/inputerror.h"

namespace tiescope {

namespace {

// Why no importer took the input, in the words a person needs to fix it.
std::string unreadable(const ImportSource &source, const std::vector<std::unique_ptr<Importer>> &importers)
{
    if (!source.exists())
        return "no such file";
    std::string formats;
    for (const auto &importer : importers)
        formats += (formats.empty() ? "" : ", ") + importer->name();
    if (source.isDirectory())
        return "is a directory TieScope cannot read (formats: " + formats + ")";
    if (!source.isFile())
        return "is not a regular file";
    return "is not in a format TieScope can read (formats: " + formats + ")";
}

} // namespace

const ImporterRegistry &ImporterRegistry::builtIn()
{
    static const ImporterRegistry registry = [] {
        ImporterRegistry r;
        r.add(std::make_unique<DatasetFolderImporter>());
        r.add(std::make_unique<StoreImporter>());
        r.setFallback(std::make_unique<StoreImporter>());
        return r;
    }();
    return registry;
}

void ImporterRegistry::add(std::unique_ptr<Importer> importer)
{
    m_importers.push_back(std::move(importer));
}

const Importer *ImporterRegistry::find(const ImportSource &source) const
{
    for (const auto &importer : m_importers) {
        if (importer->canRead(source))
            return importer.get();
    }
    return nullptr;
}

ImportResult ImporterRegistry::read(const std::filesystem::path &path, const LoadControl &control) const
{
    const ImportSource source(path);
    if (const Importer *importer = find(source))
        return importer->read(source, control);
    if (m_fallback)
        return m_fallback->read(source, control);
    ImportResult result;
    result.problems.push_back(Problem{path.string(), {}, unreadable(source, m_importers)});
    return result;
}

Dataset ImporterRegistry::load(const std::filesystem::path &path, const LoadControl &control,
                               std::string_view more) const
{
    ImportResult result = read(path, control);
    if (result.ok())
        return std::move(result.dataset);
    const Problem &first = result.problems.front();
    std::string problem = first.record.empty() ? first.message : first.record + ": " + first.message;
    if (result.problems.size() > 1)
        problem += " (and " + std::to_string(result.problems.size() - 1) + " more problems" + std::string(more) + ")";
    throw InputError(first.file, problem);
}

} // namespace tiescope

// SPDX-License-Identifier: MIT
#include "io/datasetfolderimporter.h"

#include "io/datasetreader.h"
#include "io/foldermembersource.h"
#include "io/importsource.h"
#include "store/loadcancelled.h"

namespace tiescope {

bool DatasetFolderImporter::canRead(const ImportSource &source) const
{
    return source.isDirectory() && DatasetReader::isDatasetFolder(source.path());
}

ImportResult DatasetFolderImporter::read(const ImportSource &source, const LoadControl &control) const
{
    ImportResult result = DatasetReader::read(FolderMemberSource(source.path()));
    if (control.cancel && control.cancel->load())
        throw LoadCancelled();
    if (control.progress)
        control.progress(1.0);
    return result;
}

} // namespace tiescope

// SPDX-License-Identifier: MIT
#pragma once

// A store of tests/fixtures/datasets/small, opened for editing, for the change-set tests.
// Entities: serbia, russia, nis, gazprom-neft, mig-29, nato, eu; sources: src, other;
// gpn-owns-nis has two citations, every other tie one.
#include <string>

#include <gtest/gtest.h>

#include "io/datasetreader.h"
#include "store/store.h"
#include "tempdir.h"

namespace tiescope::fixtures {

class EditFixture
{
public:
    EditFixture() : m_path(m_dir.file("edit.db"))
    {
        DatasetReader::Result result = DatasetReader::read(TIESCOPE_FIXTURES_DIR "/datasets/small");
        if (!result.ok())
            throw std::runtime_error(result.problems.front().toString());
        Store::open(m_path, Store::Mode::Create).write(result.dataset);
        m_store = std::make_unique<Store>(Store::open(m_path, Store::Mode::ReadWrite));
    }

    [[nodiscard]] const std::string &path() const { return m_path; }
    [[nodiscard]] Store &store() { return *m_store; }
    [[nodiscard]] const TempDir &dir() const { return m_dir; }

    ApplyResult apply(const ChangeSet &changeSet) { return m_store->apply(changeSet, "tester"); }

    // The problems of a change-set that must fail, one line each.
    std::string problemsOf(const ChangeSet &changeSet)
    {
        const ApplyResult result = apply(changeSet);
        EXPECT_FALSE(result.ok()) << "applied although it should fail: " << changeSet.label();
        std::string lines;
        for (const Problem &problem : result.problems) {
            EXPECT_EQ(problem.file, m_path);
            lines += problem.toString() + "\n";
        }
        return lines;
    }

private:
    TempDir m_dir;
    std::string m_path;
    std::unique_ptr<Store> m_store;
};

inline nlohmann::ordered_json citationOf(const char *source, const char *reliability, int credibility)
{
    return {{"source", source}, {"locator", "Section"}, {"reliability", reliability}, {"credibility", credibility}};
}

inline nlohmann::ordered_json newTie(const char *key, const char *from, const char *to)
{
    nlohmann::ordered_json tie = {{"id", key},          {"from", from},   {"to", to},
                                  {"domain", "energy"}, {"relation", "owns"}, {"start", "2010"},
                                  {"end", nullptr},     {"status", "confirmed"}};
    tie["citations"] = nlohmann::ordered_json::array({citationOf("src", "B", 2)});
    return tie;
}

} // namespace tiescope::fixtures

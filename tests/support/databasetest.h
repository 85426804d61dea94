#pragma once

// A test on a Minuta file of its own (`t`), with the check every refused write must pass.

#include "testdatabase.h"

#include <gtest/gtest.h>

namespace minuta::test {

class DatabaseTest : public ::testing::Test
{
protected:
    // Runs `write` and expects core to refuse it, naming `field` and saying why, with the file
    // exactly as it was.
    template<typename Write> void expectRefused(Write write, const QString &field)
    {
        const QString before = fingerprint(t.db());
        const auto result = write();
        ASSERT_FALSE(result.ok()) << "expected a refusal on " << field.toStdString();
        EXPECT_EQ(result.error().field(), field) << result.error().message().toStdString();
        EXPECT_FALSE(result.error().message().isEmpty());
        EXPECT_EQ(fingerprint(t.db()), before) << "a refused write changed the file";
    }

    TestDatabase t;
};

} // namespace minuta::test

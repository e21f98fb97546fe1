// SPDX-License-Identifier: MIT
// An SQLite VFS that wraps the default one and makes every n-th xWrite or xSync fail, as a full
// disk or a failing device would. Registered as the default VFS while a FaultInjection exists, so
// ProjectStore's own connections go through it.
#pragma once

#include <atomic>

namespace Crossread::Test {

class FaultInjection final
{
public:
    enum class Error { DiskFull, IoError };

    FaultInjection();
    ~FaultInjection();
    FaultInjection(const FaultInjection&) = delete;
    FaultInjection& operator=(const FaultInjection&) = delete;

    /// From now on every `n`-th write or sync (counted together) fails with `error`; 0 turns it off.
    void failEvery(int n, Error error);
    void off() { failEvery(0, Error::DiskFull); }
    /// While paused nothing fails and nothing is counted, so the n-th call keeps its place.
    void setPaused(bool paused);
    /// How many calls were made to fail since the last failEvery().
    int injected() const;
};

} // namespace Crossread::Test

// SPDX-License-Identifier: MIT
#include "faultvfs.h"

#include <sqlite3.h>

#include <cstring>

namespace Crossread::Test {

namespace {

struct State
{
    sqlite3_vfs* real = nullptr;
    sqlite3_vfs vfs{};
    sqlite3_io_methods methods{};
    bool methodsReady = false;
    std::atomic_int every{0};
    std::atomic_int calls{0};
    std::atomic_int injected{0};
    std::atomic_int code{SQLITE_FULL};
    std::atomic_bool paused{false};
};

State& state()
{
    static State s;
    return s;
}

// Our file object; the real VFS's file object follows it in the same allocation.
struct FaultFile
{
    sqlite3_file base;
};

sqlite3_file* real(sqlite3_file* f)
{
    return reinterpret_cast<sqlite3_file*>(reinterpret_cast<FaultFile*>(f) + 1);
}

bool shouldFail()
{
    State& s = state();
    const int n = s.every.load();
    if (n <= 0 || s.paused || ++s.calls % n != 0)
        return false;
    ++s.injected;
    return true;
}

int xClose(sqlite3_file* f) { return real(f)->pMethods->xClose(real(f)); }
int xRead(sqlite3_file* f, void* b, int n, sqlite3_int64 o) { return real(f)->pMethods->xRead(real(f), b, n, o); }
int xWrite(sqlite3_file* f, const void* b, int n, sqlite3_int64 o)
{
    if (shouldFail())
        return state().code == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    return real(f)->pMethods->xWrite(real(f), b, n, o);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); }
int xSync(sqlite3_file* f, int flags)
{
    if (shouldFail())
        return state().code == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_FSYNC;
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size) { return real(f)->pMethods->xFileSize(real(f), size); }
int xLock(sqlite3_file* f, int l) { return real(f)->pMethods->xLock(real(f), l); }
int xUnlock(sqlite3_file* f, int l) { return real(f)->pMethods->xUnlock(real(f), l); }
int xCheckReservedLock(sqlite3_file* f, int* out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int xFileControl(sqlite3_file* f, int op, void* arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); }
int xSectorSize(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
int xDeviceCharacteristics(sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** p)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, p);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), offset, n, flags); }
void xShmBarrier(sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); }
int xShmUnmap(sqlite3_file* f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }
int xFetch(sqlite3_file* f, sqlite3_int64 o, int n, void** p) { return real(f)->pMethods->xFetch(real(f), o, n, p); }
int xUnfetch(sqlite3_file* f, sqlite3_int64 o, void* p) { return real(f)->pMethods->xUnfetch(real(f), o, p); }

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags)
{
    State& s = state();
    f->pMethods = nullptr;
    const int rc = s.real->xOpen(s.real, name, real(f), flags, outFlags);
    if (rc != SQLITE_OK || !real(f)->pMethods)
        return rc;
    if (!s.methodsReady) {
        // The same version as the real methods, so SQLite only calls what the real file supports.
        s.methods = sqlite3_io_methods{real(f)->pMethods->iVersion, xClose, xRead, xWrite, xTruncate, xSync, xFileSize,
                                       xLock, xUnlock, xCheckReservedLock, xFileControl, xSectorSize,
                                       xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch};
        s.methodsReady = true;
    }
    f->pMethods = &s.methods;
    return SQLITE_OK;
}

} // namespace

FaultInjection::FaultInjection()
{
    State& s = state();
    if (!s.real) {
        s.real = sqlite3_vfs_find(nullptr);
        s.vfs = *s.real; // the real functions read mxPathname and pAppData from the struct they get
        s.vfs.zName = "crossread-faults";
        s.vfs.szOsFile = int(sizeof(FaultFile)) + s.real->szOsFile;
        s.vfs.pNext = nullptr;
        s.vfs.xOpen = xOpen;
    }
    s.every = 0;
    sqlite3_vfs_register(&s.vfs, 1);
}

FaultInjection::~FaultInjection()
{
    State& s = state();
    s.every = 0;
    // Connections opened through it keep working: its functions stay, only the default changes back.
    sqlite3_vfs_register(s.real, 1);
}

void FaultInjection::failEvery(int n, Error error)
{
    State& s = state();
    s.code = error == Error::DiskFull ? SQLITE_FULL : SQLITE_IOERR;
    s.calls = 0;
    s.injected = 0;
    s.paused = false;
    s.every = n;
}

void FaultInjection::setPaused(bool paused)
{
    state().paused = paused;
}

int FaultInjection::injected() const
{
    return state().injected;
}

} // namespace Crossread::Test

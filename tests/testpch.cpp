// SPDX-License-Identifier: MIT
// The translation unit that builds the test executables' shared precompiled header
// (crossread_share_test_pch in tests/CMakeLists.txt). It has nothing of its own.

# Sources of the demo project (core/demo). Paths relative to core/.
target_sources(crossread_core PRIVATE demo/demoproject.cpp demo/demoproject.h)

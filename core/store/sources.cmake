# Sources of the project store (core/store). Paths relative to core/.
target_sources(crossread_core PRIVATE store/types.h store/projectstore.h)

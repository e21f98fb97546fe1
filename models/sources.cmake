# Sources of crossread_models. Paths relative to models/.
target_sources(crossread_models PRIVATE)

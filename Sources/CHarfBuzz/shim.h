#ifndef HOMEPROGRAM_CHARFBUZZ_SHIM_H
#define HOMEPROGRAM_CHARFBUZZ_SHIM_H
// HarfBuzz's font subsetter (Debian libharfbuzz-dev: hb-subset.h, libharfbuzz-subset).
#include <harfbuzz/hb.h>
#include <harfbuzz/hb-subset.h>
#endif

#ifndef HOMEPROGRAM_CHARFBUZZ_SHIM_H
#define HOMEPROGRAM_CHARFBUZZ_SHIM_H
// HarfBuzz: its font subsetter (hb-subset.h, libharfbuzz-subset) and OpenType tables (hb-ot.h).
#include <harfbuzz/hb.h>
#include <harfbuzz/hb-subset.h>
#include <harfbuzz/hb-ot.h>
#endif

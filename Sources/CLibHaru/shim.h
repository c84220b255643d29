#ifndef HOMEPROGRAM_CLIBHARU_SHIM_H
#define HOMEPROGRAM_CLIBHARU_SHIM_H
#include <hpdf.h>
#endif

#ifndef HOMEPROGRAM_CLIBHARU_SHIM_H
#define HOMEPROGRAM_CLIBHARU_SHIM_H
// libharu's public API only. With HPDF_SHARED, hpdf.h declares every handle (HPDF_Doc,
// HPDF_Page, HPDF_Font, …) as an opaque pointer and includes none of libharu's internal headers,
// so Swift cannot reach into libharu's structures; what the public API cannot do is done in C by
// the CHaruShim target. libdeflate compresses page contents, fonts and figures; ISA-L's igzip the
// object streams of a tagged PDF.
#define HPDF_SHARED
#include <hpdf.h>
#include <libdeflate.h>
#include <isa-l/igzip_lib.h>
#endif

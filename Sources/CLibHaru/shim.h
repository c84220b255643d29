#ifndef HOMEPROGRAM_CLIBHARU_SHIM_H
#define HOMEPROGRAM_CLIBHARU_SHIM_H
#include <hpdf.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <hpdf_encoder.h>
#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <hpdf_pages.h>
#include <libdeflate.h>
#include <string.h>

// What libharu 2.3.0 cannot do through its public API, done with the internal functions its
// development package installs (hpdf_objects.h, hpdf_streams.h, hpdf_pages.h): objects written
// from bytes this program prepared and compressed itself (with libdeflate), and PNG checking.

// libharu 2.3.0's libpng error handler returns instead of jumping out, which libpng answers with
// abort(): a damaged PNG would end the process. So every PNG is first decoded here, completely,
// with an error handler that does jump out, and only a PNG libpng reads without error reaches
// libharu.

static void homeprogram_png_error(png_structp png, png_const_charp message) {
  char *buffer = (char *)png_get_error_ptr(png);
  if (buffer) {
    strncpy(buffer, message ? message : "unknown error", 199);
    buffer[199] = 0;
  }
  png_longjmp(png, 1);
}

static void homeprogram_png_warning(png_structp png, png_const_charp message) {
  (void)png;
  (void)message;
}

/// Decodes the whole PNG at `path` and throws the pixels away. Returns 1 when libpng reads it
/// without error, else 0 with the reason in `message` (at least 200 bytes). Images wider or taller
/// than `max_side` pixels are refused before their pixels are read.
static inline int homeprogram_png_check(const char *path, char *message, unsigned max_side) {
  message[0] = 0;
  FILE *file = fopen(path, "rb");
  if (!file) {
    strncpy(message, "cannot open the file", 199);
    return 0;
  }
  png_structp png =
      png_create_read_struct(PNG_LIBPNG_VER_STRING, message, homeprogram_png_error, homeprogram_png_warning);
  png_infop info = png ? png_create_info_struct(png) : NULL;
  if (!png || !info) {
    png_destroy_read_struct(png ? &png : NULL, NULL, NULL);
    fclose(file);
    strncpy(message, "out of memory", 199);
    return 0;
  }
  png_bytep volatile row = NULL;
  if (setjmp(png_jmpbuf(png))) {
    free(row);
    png_destroy_read_struct(&png, &info, NULL);
    fclose(file);
    return 0;
  }
  png_init_io(png, file);
  png_set_user_limits(png, max_side, max_side);
  png_read_info(png, info);
  int passes = png_set_interlace_handling(png);
  png_read_update_info(png, info);
  png_uint_32 height = png_get_image_height(png, info);
  row = (png_bytep)malloc(png_get_rowbytes(png, info));
  if (!row) png_error(png, "out of memory");
  for (int pass = 0; pass < passes; pass++) {
    for (png_uint_32 y = 0; y < height; y++) png_read_row(png, row, NULL);
  }
  png_read_end(png, NULL);
  free(row);
  png_destroy_read_struct(&png, &info, NULL);
  fclose(file);
  return 1;
}

/// Writes the stream filter of a stream this program compressed itself (libharu writes /Filter
/// only for streams it compresses).
static HPDF_STATUS homeprogram_write_flate_filter(HPDF_Dict dict, HPDF_Stream stream) {
  (void)dict;
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

/// A new stream object holding `size` bytes already compressed in the zlib format, written with
/// /Filter /FlateDecode and not compressed again. NULL after libharu reported an error.
static inline HPDF_Dict homeprogram_new_flate_stream(HPDF_Doc pdf, const HPDF_BYTE *bytes, HPDF_UINT size) {
  HPDF_Dict dict = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
  if (!dict) return NULL;
  if (HPDF_Stream_Write(dict->stream, bytes, size) != HPDF_OK) return NULL;
  dict->filter = HPDF_STREAM_FILTER_NONE;
  dict->write_fn = homeprogram_write_flate_filter;
  return dict;
}

/// The document information dictionary (libharu makes it with the document, for /Producer).
static inline HPDF_Dict homeprogram_info(HPDF_Doc pdf) {
  return HPDF_HasDoc(pdf) ? pdf->info : NULL;
}

/// Sets `dict`'s `key` to the text string `text` (printable ASCII; written as a literal).
static inline HPDF_STATUS homeprogram_set_ascii_text(HPDF_Dict dict, const char *key, const char *text) {
  HPDF_String value = HPDF_String_New(dict->mmgr, text, NULL);
  if (!value) return HPDF_Error_GetCode(dict->error);
  return HPDF_Dict_Add(dict, key, value);
}

/// Sets `dict`'s `key` to the text string of `size` UTF-16BE bytes starting with the byte order
/// mark (PDF 7.9.2.2), written in hex. libharu's own route converts through its UTF-8 encoder,
/// whose 64 K-entry tables cost more to build than the rest of a small document.
static inline HPDF_STATUS homeprogram_set_utf16_text(
    HPDF_Dict dict, const char *key, const HPDF_BYTE *bytes, HPDF_UINT size) {
  HPDF_Binary value = HPDF_Binary_New(dict->mmgr, (HPDF_BYTE *)bytes, size);
  if (!value) return HPDF_Error_GetCode(dict->error);
  return HPDF_Dict_Add(dict, key, value);
}

/// A new form XObject of `width` × `height` points whose contents are `size` bytes of operators
/// already compressed in the zlib format. NULL after libharu reported an error.
static inline HPDF_Dict homeprogram_new_form(
    HPDF_Doc pdf, const HPDF_BYTE *bytes, HPDF_UINT size, HPDF_REAL width, HPDF_REAL height) {
  HPDF_Dict form = homeprogram_new_flate_stream(pdf, bytes, size);
  if (!form) return NULL;
  form->header.obj_class |= HPDF_OSUBCLASS_XOBJECT;
  HPDF_STATUS ret = HPDF_Dict_AddName(form, "Subtype", "Form");
  HPDF_Array box = HPDF_Array_New(pdf->mmgr);
  if (!box) return NULL;
  ret += HPDF_Array_AddNumber(box, 0);
  ret += HPDF_Array_AddNumber(box, 0);
  ret += HPDF_Array_AddReal(box, width);
  ret += HPDF_Array_AddReal(box, height);
  ret += HPDF_Dict_Add(form, "BBox", box);
  return ret == HPDF_OK ? form : NULL;
}

/// Everything a Type 0 font over an embedded TrueType subset needs, prepared once per subset
/// (`EmbeddedFont`): the streams are zlib-compressed already.
typedef struct {
  const char *base_font;
  const HPDF_BYTE *font_file;
  HPDF_UINT font_file_size;
  HPDF_UINT length1;
  const HPDF_BYTE *cid_to_gid;
  HPDF_UINT cid_to_gid_size;
  const HPDF_BYTE *to_unicode;
  HPDF_UINT to_unicode_size;
  /// The character codes (Unicode, 2 bytes each with Identity-H) and their widths, ascending.
  const HPDF_UINT16 *codes;
  const HPDF_INT32 *widths;
  HPDF_UINT count;
  HPDF_INT32 ascent, descent, cap_height, x_height, italic_angle, flags, stem_v;
  HPDF_INT32 bbox[4];
} homeprogram_cid_font;

/// Adds a Type 0 font (Identity-H) whose CIDFontType2 descendant embeds `f`'s TrueType subset,
/// with its /W widths, /CIDToGIDMap and /ToUnicode, as objects of `pdf`. libharu would parse the
/// subset, rebuild it, build 64 K-entry tables and compress it again for every document; here
/// the prepared bytes are written as they are. Returns the font (a dictionary to register on pages
/// like any libharu font), or NULL after libharu reported an error.
static inline HPDF_Font homeprogram_add_cid_font(HPDF_Doc pdf, const homeprogram_cid_font *f) {
  if (!HPDF_HasDoc(pdf) || !f || !f->base_font) return NULL;
  HPDF_MMgr mmgr = pdf->mmgr;
  HPDF_Xref xref = pdf->xref;
  HPDF_Dict font_file = homeprogram_new_flate_stream(pdf, f->font_file, f->font_file_size);
  HPDF_Dict cid_to_gid = homeprogram_new_flate_stream(pdf, f->cid_to_gid, f->cid_to_gid_size);
  HPDF_Dict to_unicode = homeprogram_new_flate_stream(pdf, f->to_unicode, f->to_unicode_size);
  if (!font_file || !cid_to_gid || !to_unicode) return NULL;
  HPDF_STATUS ret = HPDF_Dict_AddNumber(font_file, "Length1", (HPDF_INT32)f->length1);

  HPDF_Dict descriptor = HPDF_Dict_New(mmgr);
  if (!descriptor || HPDF_Xref_Add(xref, descriptor) != HPDF_OK) return NULL;
  ret += HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor");
  ret += HPDF_Dict_AddName(descriptor, "FontName", f->base_font);
  ret += HPDF_Dict_AddNumber(descriptor, "Flags", f->flags);
  HPDF_Array bbox = HPDF_Array_New(mmgr);
  if (!bbox) return NULL;
  for (int k = 0; k < 4; k++) ret += HPDF_Array_AddNumber(bbox, f->bbox[k]);
  ret += HPDF_Dict_Add(descriptor, "FontBBox", bbox);
  ret += HPDF_Dict_AddNumber(descriptor, "ItalicAngle", f->italic_angle);
  ret += HPDF_Dict_AddNumber(descriptor, "Ascent", f->ascent);
  ret += HPDF_Dict_AddNumber(descriptor, "Descent", f->descent);
  ret += HPDF_Dict_AddNumber(descriptor, "CapHeight", f->cap_height);
  ret += HPDF_Dict_AddNumber(descriptor, "XHeight", f->x_height);
  ret += HPDF_Dict_AddNumber(descriptor, "StemV", f->stem_v);
  ret += HPDF_Dict_Add(descriptor, "FontFile2", font_file);

  HPDF_Dict cid_font = HPDF_Dict_New(mmgr);
  if (!cid_font || HPDF_Xref_Add(xref, cid_font) != HPDF_OK) return NULL;
  ret += HPDF_Dict_AddName(cid_font, "Type", "Font");
  ret += HPDF_Dict_AddName(cid_font, "Subtype", "CIDFontType2");
  ret += HPDF_Dict_AddName(cid_font, "BaseFont", f->base_font);
  HPDF_Dict system_info = HPDF_Dict_New(mmgr);
  if (!system_info) return NULL;
  ret += HPDF_Dict_Add(system_info, "Registry", HPDF_String_New(mmgr, "Adobe", NULL));
  ret += HPDF_Dict_Add(system_info, "Ordering", HPDF_String_New(mmgr, "Identity", NULL));
  ret += HPDF_Dict_AddNumber(system_info, "Supplement", 0);
  ret += HPDF_Dict_Add(cid_font, "CIDSystemInfo", system_info);
  ret += HPDF_Dict_Add(cid_font, "FontDescriptor", descriptor);
  ret += HPDF_Dict_Add(cid_font, "CIDToGIDMap", cid_to_gid);
  // /W as runs of consecutive codes: c [w1 w2 …].
  HPDF_Array widths = HPDF_Array_New(mmgr);
  if (!widths) return NULL;
  HPDF_UINT k = 0;
  while (k < f->count) {
    HPDF_Array run = HPDF_Array_New(mmgr);
    if (!run) return NULL;
    ret += HPDF_Array_AddNumber(widths, f->codes[k]);
    HPDF_UINT start = k;
    do {
      ret += HPDF_Array_AddNumber(run, f->widths[k]);
      k++;
    } while (k < f->count && f->codes[k] == f->codes[k - 1] + 1 && k - start < 500);
    ret += HPDF_Array_Add(widths, run);
  }
  ret += HPDF_Dict_Add(cid_font, "W", widths);

  HPDF_Dict font = HPDF_Dict_New(mmgr);
  if (!font || HPDF_Xref_Add(xref, font) != HPDF_OK) return NULL;
  ret += HPDF_Dict_AddName(font, "Type", "Font");
  ret += HPDF_Dict_AddName(font, "Subtype", "Type0");
  ret += HPDF_Dict_AddName(font, "BaseFont", f->base_font);
  ret += HPDF_Dict_AddName(font, "Encoding", "Identity-H");
  HPDF_Array descendants = HPDF_Array_New(mmgr);
  if (!descendants) return NULL;
  ret += HPDF_Array_Add(descendants, cid_font);
  ret += HPDF_Dict_Add(font, "DescendantFonts", descendants);
  ret += HPDF_Dict_Add(font, "ToUnicode", to_unicode);
  return ret == HPDF_OK ? font : NULL;
}

/// Sets `page`'s contents to `size` bytes of operators already compressed in the zlib format
/// (`PDFCanvas` writes every operator of a page itself and compresses them once, when the page is
/// done), written as they are with /Filter /FlateDecode. Call once per page.
static inline HPDF_STATUS homeprogram_page_set_contents(HPDF_Page page, const HPDF_BYTE *bytes, HPDF_UINT size) {
  if (!HPDF_Page_Validate(page)) return HPDF_INVALID_PAGE;
  HPDF_PageAttr attr = (HPDF_PageAttr)page->attr;
  HPDF_Dict contents = attr->contents;
  if (!attr->stream || !contents || contents->stream != attr->stream || contents->write_fn) return HPDF_INVALID_OBJECT;
  HPDF_MemStream_FreeData(attr->stream);
  HPDF_STATUS status = HPDF_Stream_Write(attr->stream, bytes, size);
  if (status != HPDF_OK) return status;
  contents->filter = HPDF_STREAM_FILTER_NONE;
  contents->write_fn = homeprogram_write_flate_filter;
  return HPDF_OK;
}
#endif

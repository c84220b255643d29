// haru_shim.c: what libharu's public API (hpdf.h) cannot do. See include/haru_shim.h.
//
// The rest of the program sees libharu only through CLibHaru, which includes hpdf.h with
// HPDF_SHARED: every handle is an opaque pointer and no internal header is visible. This file is
// the one place that includes libharu's internal headers (hpdf_objects.h, hpdf_pages.h,
// hpdf_streams.h, installed by libhpdf-dev but not part of its public API).
//
// Checked against libharu 2.3.0 (Debian 12's libhpdf-dev 2.3.0+dfsg-1+b1). Every use of
// libharu internals, and why the public API cannot do it:
//
// Fields of internal structures
//   1. HPDF_Doc_Rec.mmgr, .xref (homeprogram_new_flate_stream, homeprogram_add_cid_font,
//      homeprogram_new_form, homeprogram_set_*_text, homeprogram_new_dict,
//      homeprogram_set_accessible): new objects need the document's allocator
//      and cross-reference table; the public API only creates objects of its own making (a font
//      it parsed, an image it read, a page it writes).
//   2. HPDF_Doc_Rec.info (homeprogram_info): the information dictionary. HPDF_SetInfoAttr would
//      convert non-ASCII text through the UTF-8 encoder (see homeprogram_set_utf16_text).
//   3. HPDF_Dict_Rec.stream, .filter, .write_fn (homeprogram_new_flate_stream,
//      homeprogram_page_set_contents): a stream holding bytes compressed here, written as they are
//      with /Filter /FlateDecode. libharu writes /Filter only for streams it compresses itself
//      (it removes a /Filter key from a stream it does not filter), so the key is written by
//      write_fn.
//   4. HPDF_Obj_Header.obj_class (homeprogram_new_form): marks the form as an XObject, which
//      HPDF_Page_GetXObjectName requires. HPDF_Obj_Header.obj_id (homeprogram_object_number): the
//      number an indirect object is written under (HPDF_OTYPE_INDIRECT set, the number in the low
//      24 bits, as HPDF_Obj_Write writes it), for the structure tree written outside libharu.
//   5. HPDF_Doc_Rec.catalog, .pdf_version (homeprogram_set_accessible, homeprogram_catalog): the
//      catalogue entries of a tagged PDF (/MarkInfo, /Lang, /Metadata, /ViewerPreferences
//      /DisplayDocTitle, /StructTreeRoot), which libharu 2.3 has no setter for, and the 1.7 header
//      PDF/UA-1 is based on (libharu writes the header from pdf_version and raises it only for
//      encryption).
//   6. HPDF_PageAttr_Rec.contents, .stream (homeprogram_page_set_contents): the page's content
//      stream, replaced by the operators PDFCanvas wrote; the public API only appends operators
//      one HPDF_Page_* call at a time.
//
// Internal functions (declared in the internal headers, exported by libhpdf)
//   HPDF_Dict_New, HPDF_DictStream_New, HPDF_Dict_Add, HPDF_Dict_AddName, HPDF_Dict_AddNumber,
//   HPDF_Array_New, HPDF_Array_Add, HPDF_Array_AddNumber, HPDF_Array_AddReal, HPDF_Boolean_New,
//   HPDF_String_New, HPDF_Binary_New, HPDF_Xref_Add, HPDF_Stream_Write, HPDF_Stream_WriteStr,
//   HPDF_MemStream_FreeData: building the objects above;
//   HPDF_Page_Validate: checking a page handle before reaching into it;
//   HPDF_Page_GetLocalFontName, HPDF_Page_GetXObjectName: a font's or XObject's resource name on
//   a page, registering it (the public HPDF_Page_SetFontAndSize writes to libharu's own content
//   stream, which the page no longer uses).
//
// libpng (homeprogram_png_check) is used only through its public API.
#include <hpdf.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "haru_shim.h"

#if !defined(HPDF_MAJOR_VERSION) || !defined(HPDF_MINOR_VERSION) || HPDF_MAJOR_VERSION != 2 || \
    HPDF_MINOR_VERSION != 3
#error "haru_shim.c reaches into libharu's internal structures and was checked against libharu 2.3 only; check every use listed at the top of this file against this libharu version, then allow it here."
#endif

// MARK: - PNG checking

// libharu 2.3.0's libpng error handler returns instead of jumping out, which libpng answers with
// abort(): a damaged PNG would end the process. So every PNG is first decoded here, completely,
// with an error handler that does jump out, and only a PNG libpng reads without error reaches
// libharu.

/// Where the error handler writes libpng's message.
typedef struct {
  char *text;
  size_t size;
} homeprogram_png_message;

static void homeprogram_set_message(homeprogram_png_message *message, const char *text) {
  if (!message || !message->text || message->size == 0) return;
  strncpy(message->text, text ? text : "unknown error", message->size - 1);
  message->text[message->size - 1] = 0;
}

static void homeprogram_png_error(png_structp png, png_const_charp text) {
  homeprogram_set_message((homeprogram_png_message *)png_get_error_ptr(png), text);
  png_longjmp(png, 1);
}

static void homeprogram_png_warning(png_structp png, png_const_charp text) {
  (void)png;
  (void)text;
}

int homeprogram_png_check(const char *path, char *text, size_t text_size, unsigned max_side) {
  homeprogram_png_message message = {text, text_size};
  if (text && text_size > 0) text[0] = 0;
  FILE *file = fopen(path, "rb");
  if (!file) {
    homeprogram_set_message(&message, "cannot open the file");
    return 0;
  }
  png_structp png = png_create_read_struct(
      PNG_LIBPNG_VER_STRING, &message, homeprogram_png_error, homeprogram_png_warning);
  png_infop info = png ? png_create_info_struct(png) : NULL;
  if (!png || !info) {
    png_destroy_read_struct(png ? &png : NULL, NULL, NULL);
    fclose(file);
    homeprogram_set_message(&message, "out of memory");
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

// MARK: - Objects from prepared bytes

/// Writes the stream filter of a stream this program compressed itself (libharu writes /Filter
/// only for streams it compresses).
static HPDF_STATUS homeprogram_write_flate_filter(HPDF_Dict dict, HPDF_Stream stream) {
  (void)dict;
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

/// A new stream object holding `size` bytes already compressed in the zlib format, written with
/// /Filter /FlateDecode and not compressed again. NULL after libharu reported an error.
static HPDF_Dict homeprogram_new_flate_stream(HPDF_Doc pdf, const HPDF_BYTE *bytes, HPDF_UINT size) {
  HPDF_Dict dict = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
  if (!dict) return NULL;
  if (HPDF_Stream_Write(dict->stream, bytes, size) != HPDF_OK) return NULL;
  dict->filter = HPDF_STREAM_FILTER_NONE;
  dict->write_fn = homeprogram_write_flate_filter;
  return dict;
}

void *homeprogram_info(void *doc) {
  HPDF_Doc pdf = (HPDF_Doc)doc;
  return HPDF_HasDoc(pdf) ? pdf->info : NULL;
}

unsigned long homeprogram_set_ascii_text(void *doc, void *dict, const char *key, const char *text) {
  HPDF_Doc pdf = (HPDF_Doc)doc;
  if (!HPDF_HasDoc(pdf) || !dict) return HPDF_INVALID_DOCUMENT;
  HPDF_String value = HPDF_String_New(pdf->mmgr, text, NULL);
  if (!value) return HPDF_GetError(pdf);
  return HPDF_Dict_Add((HPDF_Dict)dict, key, value);
}

unsigned long homeprogram_set_utf16_text(
    void *doc, void *dict, const char *key, const uint8_t *bytes, unsigned size) {
  HPDF_Doc pdf = (HPDF_Doc)doc;
  if (!HPDF_HasDoc(pdf) || !dict) return HPDF_INVALID_DOCUMENT;
  HPDF_Binary value = HPDF_Binary_New(pdf->mmgr, (HPDF_BYTE *)bytes, size);
  if (!value) return HPDF_GetError(pdf);
  return HPDF_Dict_Add((HPDF_Dict)dict, key, value);
}

void *homeprogram_new_form(void *doc, const uint8_t *bytes, unsigned size, float width, float height) {
  HPDF_Doc pdf = (HPDF_Doc)doc;
  if (!HPDF_HasDoc(pdf)) return NULL;
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

void *homeprogram_add_cid_font(void *doc, const homeprogram_cid_font *f) {
  HPDF_Doc pdf = (HPDF_Doc)doc;
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

unsigned long homeprogram_set_name(void *doc, void *dict, const char *key, const char *name) {
  HPDF_Doc pdf = (HPDF_Doc)doc;
  if (!HPDF_HasDoc(pdf) || !dict) return HPDF_INVALID_DOCUMENT;
  return HPDF_Dict_AddName((HPDF_Dict)dict, key, name);
}

void *homeprogram_catalog(void *doc) {
  HPDF_Doc pdf = (HPDF_Doc)doc;
  return HPDF_HasDoc(pdf) ? pdf->catalog : NULL;
}

void *homeprogram_new_dict(void *doc, int indirect) {
  HPDF_Doc pdf = (HPDF_Doc)doc;
  if (!HPDF_HasDoc(pdf)) return NULL;
  HPDF_Dict dict = HPDF_Dict_New(pdf->mmgr);
  if (!dict) return NULL;
  if (indirect && HPDF_Xref_Add(pdf->xref, dict) != HPDF_OK) return NULL;
  return dict;
}

unsigned homeprogram_object_number(void *object) {
  if (!object) return 0;
  HPDF_Obj_Header *header = (HPDF_Obj_Header *)object;
  if (!(header->obj_id & HPDF_OTYPE_INDIRECT)) return 0;
  return header->obj_id & 0x00FFFFFF;
}

unsigned long homeprogram_dict_add(void *doc, void *dict, const char *key, void *object) {
  HPDF_Doc pdf = (HPDF_Doc)doc;
  if (!HPDF_HasDoc(pdf) || !dict || !object) return HPDF_INVALID_DOCUMENT;
  return HPDF_Dict_Add((HPDF_Dict)dict, key, object);
}

unsigned long homeprogram_dict_add_number(void *doc, void *dict, const char *key, int32_t value) {
  HPDF_Doc pdf = (HPDF_Doc)doc;
  if (!HPDF_HasDoc(pdf) || !dict) return HPDF_INVALID_DOCUMENT;
  return HPDF_Dict_AddNumber((HPDF_Dict)dict, key, value);
}

unsigned long homeprogram_set_accessible(
    void *doc, const char *language, const uint8_t *xmp, unsigned xmp_size) {
  HPDF_Doc pdf = (HPDF_Doc)doc;
  if (!HPDF_HasDoc(pdf) || !language || !xmp) return HPDF_INVALID_DOCUMENT;
  HPDF_Dict catalog = (HPDF_Dict)pdf->catalog;
  if (!catalog) return HPDF_INVALID_DOCUMENT;
  pdf->pdf_version = HPDF_VER_17;

  HPDF_Dict mark_info = HPDF_Dict_New(pdf->mmgr);
  if (!mark_info) return HPDF_GetError(pdf);
  HPDF_STATUS ret = HPDF_Dict_Add(mark_info, "Marked", HPDF_Boolean_New(pdf->mmgr, HPDF_TRUE));
  ret += HPDF_Dict_Add(catalog, "MarkInfo", mark_info);

  HPDF_Dict preferences = HPDF_Dict_New(pdf->mmgr);
  if (!preferences) return HPDF_GetError(pdf);
  ret += HPDF_Dict_Add(preferences, "DisplayDocTitle", HPDF_Boolean_New(pdf->mmgr, HPDF_TRUE));
  ret += HPDF_Dict_Add(catalog, "ViewerPreferences", preferences);

  HPDF_String lang = HPDF_String_New(pdf->mmgr, language, NULL);
  if (!lang) return HPDF_GetError(pdf);
  ret += HPDF_Dict_Add(catalog, "Lang", lang);

  // XMP stays uncompressed so that tools reading metadata without a PDF parser find it.
  HPDF_Dict metadata = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
  if (!metadata) return HPDF_GetError(pdf);
  metadata->filter = HPDF_STREAM_FILTER_NONE;
  ret += HPDF_Stream_Write(metadata->stream, xmp, xmp_size);
  ret += HPDF_Dict_AddName(metadata, "Type", "Metadata");
  ret += HPDF_Dict_AddName(metadata, "Subtype", "XML");
  ret += HPDF_Dict_Add(catalog, "Metadata", metadata);
  return ret == HPDF_OK ? HPDF_OK : HPDF_GetError(pdf);
}

// MARK: - Pages

unsigned long homeprogram_page_set_contents(void *handle, const uint8_t *bytes, unsigned size) {
  HPDF_Page page = (HPDF_Page)handle;
  if (!HPDF_Page_Validate(page)) return HPDF_INVALID_PAGE;
  HPDF_PageAttr attr = (HPDF_PageAttr)page->attr;
  HPDF_Dict contents = attr->contents;
  if (!attr->stream || !contents || contents->stream != attr->stream || contents->write_fn) {
    return HPDF_INVALID_OBJECT;
  }
  HPDF_MemStream_FreeData(attr->stream);
  HPDF_STATUS status = HPDF_Stream_Write(attr->stream, bytes, size);
  if (status != HPDF_OK) return status;
  contents->filter = HPDF_STREAM_FILTER_NONE;
  contents->write_fn = homeprogram_write_flate_filter;
  return HPDF_OK;
}

const char *homeprogram_page_font_name(void *page, void *font) {
  return HPDF_Page_GetLocalFontName((HPDF_Page)page, (HPDF_Font)font);
}

const char *homeprogram_page_xobject_name(void *page, void *xobject) {
  return HPDF_Page_GetXObjectName((HPDF_Page)page, (HPDF_XObject)xobject);
}

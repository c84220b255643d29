#ifndef HOMEPROGRAM_HARU_SHIM_H
#define HOMEPROGRAM_HARU_SHIM_H
// What libharu's public API cannot do, done in C (haru_shim.c): objects written from bytes this
// program prepared and compressed itself (page contents, font subsets, figure forms), text
// strings set without libharu's encoders, page resource names, and checking a PNG before libharu
// reads it.
//
// Handles are libharu's own (`HPDF_Doc`, `HPDF_Page`, `HPDF_Dict`, `HPDF_Font`) passed as
// `void *`, the way hpdf.h declares them for code built with HPDF_SHARED (CLibHaru's view), so
// this header needs no libharu header at all. Statuses are libharu's `HPDF_STATUS` codes
// (hpdf_error.h); every libharu error is also reported to the document's error handler.
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Decodes the whole PNG at `path` and throws the pixels away. Returns 1 when libpng reads it
/// without error, else 0 with the reason in `message` (`message_size` bytes, at least 1, always
/// terminated). Images wider or taller than `max_side` pixels are refused before their pixels
/// are read.
int homeprogram_png_check(const char *path, char *message, size_t message_size, unsigned max_side);

/// The document information dictionary of `pdf` (libharu makes it with the document, for
/// /Producer); NULL when `pdf` is not a document.
void *homeprogram_info(void *pdf);

/// Sets `dict`'s `key` to the text string `text` (printable ASCII; written as a literal).
/// `dict` belongs to `pdf`.
unsigned long homeprogram_set_ascii_text(void *pdf, void *dict, const char *key, const char *text);

/// Sets `dict`'s `key` to the text string of `size` UTF-16BE bytes starting with the byte order
/// mark (PDF 7.9.2.2), written in hex. libharu's own route converts through its UTF-8 encoder,
/// whose 64 K-entry tables cost more to build than the rest of a small document.
unsigned long homeprogram_set_utf16_text(
    void *pdf, void *dict, const char *key, const uint8_t *bytes, unsigned size);

/// A new form XObject of `width` × `height` points whose contents are `size` bytes of operators
/// already compressed in the zlib format. NULL after libharu reported an error.
void *homeprogram_new_form(void *pdf, const uint8_t *bytes, unsigned size, float width, float height);

/// Everything a Type 0 font over an embedded TrueType subset needs, prepared once per subset
/// (`EmbeddedFont`): the streams are zlib-compressed already.
typedef struct {
  const char *base_font;
  const uint8_t *font_file;
  unsigned font_file_size;
  unsigned length1;
  const uint8_t *cid_to_gid;
  unsigned cid_to_gid_size;
  const uint8_t *to_unicode;
  unsigned to_unicode_size;
  /// The character codes (Unicode, 2 bytes each with Identity-H) and their widths, ascending.
  const uint16_t *codes;
  const int32_t *widths;
  unsigned count;
  int32_t ascent, descent, cap_height, x_height, italic_angle, flags, stem_v;
  int32_t bbox[4];
} homeprogram_cid_font;

/// Adds a Type 0 font (Identity-H) whose CIDFontType2 descendant embeds `f`'s TrueType subset,
/// with its /W widths, /CIDToGIDMap and /ToUnicode, as objects of `pdf`. libharu would parse the
/// subset, rebuild it, build 64 K-entry tables and compress it again for every document; here
/// the prepared bytes are written as they are. Returns the font (an `HPDF_Font` to register on
/// pages like any libharu font), or NULL after libharu reported an error.
void *homeprogram_add_cid_font(void *pdf, const homeprogram_cid_font *f);

/// Sets `page`'s contents to `size` bytes of operators already compressed in the zlib format
/// (`PDFCanvas` writes every operator of a page itself and compresses them once, when the page is
/// done), written as they are with /Filter /FlateDecode. Call once per page.
unsigned long homeprogram_page_set_contents(void *page, const uint8_t *bytes, unsigned size);

/// The page's resource name (`F1` …) for `font`, adding the font to the page's resources on
/// first use; NULL after libharu reported an error.
const char *homeprogram_page_font_name(void *page, void *font);

/// The page's resource name (`X1` …) for the image or form XObject `xobject`, adding it to the
/// page's resources on first use; NULL after libharu reported an error.
const char *homeprogram_page_xobject_name(void *page, void *xobject);

/// Sets `dict`'s `key` to the name `name` (no `/`; letters, digits and `-_.` only). `dict`
/// belongs to `pdf`.
unsigned long homeprogram_set_name(void *pdf, void *dict, const char *key, const char *name);

/// The structure tree's objects (PDFRenderer's StructureTreeBuilder). The document catalogue; NULL
/// when `pdf` is not a document.
void *homeprogram_catalog(void *pdf);

/// A new, empty dictionary of `pdf`: an indirect object when `indirect` is nonzero (it can then
/// be added to any number of containers, as a reference), else a direct one (added to exactly one
/// container). NULL after libharu reported an error.
void *homeprogram_new_dict(void *pdf, int indirect);

/// The object number libharu gives `object` (a page, an annotation, a dictionary made indirect by
/// homeprogram_new_dict) in the file it writes; 0 for a direct object or NULL.
unsigned homeprogram_object_number(void *object);

/// Sets `dict`'s `key` to `object` (a dictionary of `pdf`; a reference when indirect).
unsigned long homeprogram_dict_add(void *pdf, void *dict, const char *key, void *object);

/// Sets `dict`'s `key` to the integer `value`.
unsigned long homeprogram_dict_add_number(void *pdf, void *dict, const char *key, int32_t value);

/// Makes `pdf` a tagged PDF/UA-1 document at the catalogue level: the PDF 1.7 header,
/// `/MarkInfo << /Marked true >>`, `/ViewerPreferences << /DisplayDocTitle true >>`, `/Lang` set
/// to `language` (a BCP 47 tag, printable ASCII) and `/Metadata`, an uncompressed XMP stream of
/// `xmp_size` bytes (UTF-8) as given. Call once, before saving.
unsigned long homeprogram_set_accessible(
    void *pdf, const char *language, const uint8_t *xmp, unsigned xmp_size);

#ifdef __cplusplus
}
#endif
#endif

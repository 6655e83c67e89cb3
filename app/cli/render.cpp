#include "render.h"

#include <cmath>

#include "blueprint/dates.h"
#include "blueprint/lint.h"

#if BP_HAVE_PICTURE
#include "app/picture/picture.h"
#endif
#if BP_HAVE_RSVG
#include <cairo.h>
#include <librsvg/rsvg.h>
#endif

namespace bp::cli {

#if BP_HAVE_PICTURE
bool pictures_available() { return true; }
#else
bool pictures_available() { return false; }
#endif
#if BP_HAVE_RSVG
bool png_available() { return true; }
#else
bool png_available() { return false; }
#endif

namespace {

[[maybe_unused]] RenderResult failed(std::string zh, std::string en) {
    RenderResult r;
    r.error_zh = std::move(zh);
    r.error_en = std::move(en);
    return r;
}

#if BP_HAVE_RSVG
// The largest PNG we write: a cairo surface holds at most 32767 px a side, and 100 M px is 400 MB.
constexpr double kMaxSide = 32000, kMaxPixels = 100e6;

cairo_status_t append_png(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void to_png(const std::string& svg, RenderResult& r) {
    GError* error = nullptr;
    RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error);
    if (!handle) {
        const std::string why = error ? error->message : "?";
        if (error) g_error_free(error);
        r = failed("librsvg 读不了生成的 SVG：" + why, "librsvg cannot read the SVG made: " + why);
        return;
    }
    double w = 0, h = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(handle, &w, &h) || w <= 0 || h <= 0) w = r.width, h = r.height;
    const double scale = std::min({1.0, kMaxSide / w, kMaxSide / h, std::sqrt(kMaxPixels / (w * h))});
    const int pw = std::max(1, (int)std::floor(w * scale)), ph = std::max(1, (int)std::floor(h * scale));
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pw, ph);
    cairo_t* cr = cairo_create(surface);
    const RsvgRectangle viewport{0, 0, (double)pw, (double)ph};
    const bool drawn = rsvg_handle_render_document(handle, cr, &viewport, &error);
    cairo_destroy(cr);
    std::string png;
    if (drawn && cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS)
        cairo_surface_write_to_png_stream(surface, append_png, &png);
    cairo_surface_destroy(surface);
    g_object_unref(handle);
    if (!drawn || png.empty()) {
        const std::string why = error ? error->message : "cairo";
        if (error) g_error_free(error);
        r = failed("无法生成 PNG：" + why, "cannot make the PNG: " + why);
        return;
    }
    if (scale < 1) {
        const std::string size = std::to_string(pw) + "×" + std::to_string(ph);
        r.note_zh = "图太大，PNG 缩小为 " + size + " 像素（SVG 为原尺寸）";
        r.note_en = "the picture is large: the PNG is scaled down to " + size + " px (the SVG is full size)";
    }
    r.bytes = std::move(png);
    r.width = pw;
    r.height = ph;
}
#endif

}  // namespace

RenderResult render_picture(const Blueprint& doc, const RenderRequest& request) {
#if BP_HAVE_PICTURE
    const std::string font_path = request.font.value_or(BP_PICTURE_FONT);
    std::string why;
    const auto font = picture::Font::from_file(font_path, &why);
    if (!font) return failed("字体 " + font_path + " 不可用：" + why, "font " + font_path + " cannot be used: " + why);
    picture::Request what;
    what.view = request.blueprint_view ? picture::View::Blueprint : picture::View::Circles;
    what.lang = request.lang;
    LintOptions options;
    options.today = today_local();
    const picture::Picture pic = picture::render(doc, lint(doc, options), *font, what);
    RenderResult r;
    r.width = (int)std::ceil(pic.max.x - pic.min.x);
    r.height = (int)std::ceil(pic.max.y - pic.min.y);
    if (!request.png) {
        r.bytes = pic.svg;
        return r;
    }
#if BP_HAVE_RSVG
    to_png(pic.svg, r);
    return r;
#else
    return failed("此版本没有 PNG（构建时缺 librsvg2-dev）", "this build makes no PNG (librsvg2-dev was missing at build time)");
#endif
#else
    (void)doc;
    (void)request;
    return failed("此版本没有图片功能", "this build has no pictures");
#endif
}

}  // namespace bp::cli

#include "picture_export.h"

#include <new>

#include "app/picture/picture.h"
#include "imgui.h"

namespace ui::picture_export {

namespace {

// The canvas's font: the bytes ImGui's atlas was given (the page's derived CJK font).
std::optional<picture::Font> canvas_font(std::string* why) {
    ImFontAtlas* atlas = ImGui::GetCurrentContext() ? ImGui::GetIO().Fonts : nullptr;
    if (!atlas || atlas->ConfigData.empty() || !atlas->ConfigData[0].FontData) {
        *why = "no font";
        return std::nullopt;
    }
    const ImFontConfig& config = atlas->ConfigData[0];
    return picture::Font::from_bytes(std::string(static_cast<const char*>(config.FontData), (size_t)config.FontDataSize), why);
}

}  // namespace

bool available(const Context& ctx) { return ctx.options.view != View::Chain && !ctx.model().circles.empty(); }

void export_picture(const Context& ctx, bool png) {
    if (!available(ctx)) return;
    std::string why;
    const auto font = canvas_font(&why);
    if (!font) {
        ctx.tell(("没有导出图片：" + why).c_str(), ("Picture not exported: " + why).c_str(), true);
        return;
    }
    picture::Request request;
    request.view = ctx.options.view == View::Blueprint ? picture::View::Blueprint : picture::View::Circles;
    request.lang = ctx.lang();
    picture::Picture pic;
    try {
        pic = picture::render(ctx.model(), ctx.findings(), *font, request);
    } catch (const std::bad_alloc&) {  // a huge diagram in the page's memory: say so rather than lose the page
        ctx.tell("图太大，内存不足，没有导出图片", "Picture not exported: the diagram is too large for the memory here", true);
        return;
    }
    const std::string name = ctx.session.base_name() + (request.view == picture::View::Blueprint ? ".blueprint" : ".circles");
    if (!png) {
        ctx.platform.download(name + ".svg", "image/svg+xml", pic.svg);
        return;
    }
    if (!ctx.platform.download_svg_as_png(name + ".png", pic.svg))
        ctx.tell("此处不能生成 PNG，请导出 SVG", "PNG cannot be made here: export the SVG instead", true);
}

}  // namespace ui::picture_export

// The commands that write one file from a blueprint: export (standards JSON, CSV, handoffs CSV,
// Markdown), render (SVG or PNG of a view) and handout (a role card as HTML or Markdown).
#include <ostream>

#include "blueprint/export.h"
#include "blueprint/handout.h"
#include "blueprint/locator.h"
#include "blueprint/text.h"
#include "cli.h"
#include "cli_common.h"
#include "render.h"

namespace bp::cli {
namespace {
enum class ExportFormat { Json, Csv, Handoffs, Markdown };

}  // namespace

int cmd_export(const Options& o, std::ostream& out, std::ostream& err, const Tr& locale_tr) {
    const Tr& tr = locale_tr;  // until the blueprint is read
    if (!o.to) {
        err << "blueprint: " << tr("export 需要 --to standards.json|csv|handoffs.csv|md 或输出文件名",
                                 "export needs --to standards.json|csv|handoffs.csv|md or an output file name")
            << "\n";
        return kUsage;
    }
    const std::string& to = *o.to;
    ExportFormat format;
    std::string output = o.output.value_or("-");
    if (to == "standards.json" || to == "json") format = ExportFormat::Json;
    else if (to == "csv") format = ExportFormat::Csv;
    else if (to == "handoffs.csv" || to == "handoffs") format = ExportFormat::Handoffs;
    else if (to == "md" || to == "markdown") format = ExportFormat::Markdown;
    else {
        if (ends_with(to, ".json")) format = ExportFormat::Json;
        else if (ends_with(to, ".handoffs.csv")) format = ExportFormat::Handoffs;
        else if (ends_with(to, ".csv")) format = ExportFormat::Csv;
        else if (ends_with(to, ".md")) format = ExportFormat::Markdown;
        else {
            err << "blueprint: " << tr("--to 不认识 \"", "--to does not know \"") << to
                << tr("\"：请给 standards.json、csv、handoffs.csv、md，或以 .json/.csv/.md 结尾的文件名",
                      "\": give standards.json, csv, handoffs.csv, md, or a file name ending in .json/.csv/.md")
                << "\n";
            return kUsage;
        }
        if (o.output) {
            err << "blueprint: " << tr("--to 已给出输出文件，不能再用 -o", "--to already names the output file; drop -o") << "\n";
            return kUsage;
        }
        output = to;
    }
    auto doc = load(o.positional[0], err, locale_tr);
    if (!doc) return kFindings;
    const Tr said = speaking(o, locale_tr, *doc);
    const Lang lang = o.lang.value_or(content_lang(*doc));
    std::string bytes;
    switch (format) {
        case ExportFormat::Json: bytes = export_standards_json(*doc); break;
        case ExportFormat::Csv: bytes = export_standards_csv(*doc, lang); break;
        case ExportFormat::Handoffs: bytes = export_handoffs_csv(*doc, lang); break;
        case ExportFormat::Markdown: bytes = export_standards_markdown(*doc, lang); break;
    }
    if (auto f = write_output(output, bytes, out)) return fail(err, said, *f);
    if (output != "-" && format == ExportFormat::Handoffs)
        err << (said.zh() ? "已导出 " + std::to_string(count(*doc).handoffs) + " 条交接到 " + output + "\n"
                          : "exported " + text::counted(count(*doc).handoffs, "handoff") + " to " + output + "\n");
    else if (output != "-")
        err << (said.zh() ? "已导出 " + std::to_string(count(*doc).standards) + " 条标准到 " + output + "\n"
                          : "exported " + text::counted(count(*doc).standards, "standard") + " to " + output + "\n");
    return kOk;
}

int cmd_render(const Options& o, std::ostream& out, std::ostream& err, const Tr& locale_tr) {
    const Tr& tr = locale_tr;  // until the blueprint is read
    const std::string view = o.view.value_or("circle");
    if (view != "circle" && view != "circles" && view != "blueprint") {
        err << "blueprint: " << tr("--view 只接受 circle 或 blueprint，收到 \"", "--view takes circle or blueprint, not \"") << view
            << "\"\n";
        return kUsage;
    }
    if (!o.output) {
        err << "blueprint: " << tr("render 需要 -o OUT.svg 或 -o OUT.png（- 为标准输出的 SVG）",
                                   "render needs -o OUT.svg or -o OUT.png (- for SVG on standard output)") << "\n";
        return kUsage;
    }
    const std::string& output = *o.output;
    const bool png = ends_with(output, ".png");
    if (!png && output != "-" && !ends_with(output, ".svg")) {
        err << "blueprint: " << tr("-o 的扩展名须为 .svg 或 .png", "-o must end in .svg or .png") << "\n";
        return kUsage;
    }
    if (!pictures_available() || (png && !png_available())) {
        err << "blueprint: " << tr(png ? "此版本不能生成 PNG（构建时缺 librsvg2-dev）" : "此版本没有图片功能",
                                   png ? "this build cannot make PNG (librsvg2-dev was missing when it was built)"
                                       : "this build has no pictures") << "\n";
        return kFindings;
    }
    auto doc = load(o.positional[0], err, locale_tr);
    if (!doc) return kFindings;
    const Tr said = speaking(o, locale_tr, *doc);
    RenderRequest request;
    request.blueprint_view = view == "blueprint";
    request.lang = o.lang.value_or(content_lang(*doc));
    request.png = png;
    request.font = o.font;
    const RenderResult r = render_picture(*doc, request);
    if (r.bytes.empty()) return fail(err, said, Failure{r.error_zh, r.error_en});
    if (auto f = write_output(output, r.bytes, out)) return fail(err, said, *f);
    if (!r.note_en.empty()) err << "blueprint: " << (said.zh() ? r.note_zh : r.note_en) << "\n";
    if (output != "-")
        err << (said.zh() ? "已画出 " + output + "（" + std::to_string(r.width) + "×" + std::to_string(r.height) + "）\n"
                          : "drew " + output + " (" + std::to_string(r.width) + "×" + std::to_string(r.height) + ")\n");
    return kOk;
}

// One role's card (handout.h), as printable HTML or Markdown, in the blueprint's language unless --lang.
int cmd_handout(const Options& o, std::ostream& out, std::ostream& err, const Tr& locale_tr) {
    const std::string to = o.to.value_or("");
    if (!o.role || (to != "html" && to != "md" && to != "markdown")) {
        err << "blueprint: " << locale_tr("handout 需要 --role ID 和 --to html|md", "handout needs --role ID and --to html|md")
            << "\n";
        return kUsage;
    }
    auto doc = load(o.positional[0], err, locale_tr);
    if (!doc) return kFindings;
    const Tr said = speaking(o, locale_tr, *doc);
    const Lang lang = o.lang.value_or(content_lang(*doc));
    const auto card = role_card(*doc, RoleId(*o.role), lang);
    if (!card) {
        std::string ids;
        for (const Role& r : doc->roles) ids += (ids.empty() ? "" : ", ") + r.id.value;
        err << "blueprint: " << said("没有 id 为 \"", "no role with the id \"") << *o.role << said("\" 的角色（可用：", "\" (available: ")
            << ids << said("）", ")") << "\n";
        return kFindings;
    }
    const std::string bytes = to == "html" ? role_card_html(*card, lang) : role_card_markdown(*card, lang);
    const std::string output = o.output.value_or("-");
    if (auto f = write_output(output, bytes, out)) return fail(err, said, *f);
    if (output != "-")
        err << (said.zh() ? "已导出“" + card->role + "”的 " + std::to_string(card->moments.size()) + " 个关键时刻到 " + output + "\n"
                          : "exported " + text::counted(card->moments.size(), "moment") + " of " + card->role + " to " + output + "\n");
    return kOk;
}

}  // namespace bp::cli

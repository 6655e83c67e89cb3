// The `blueprint` command-line tool.
// Sections: messages · command line · findings · commands · dispatch. Shared plumbing: cli_common.h;
// export, render and handout: cli_outputs.cpp; the measurement commands: cli_results.cpp.
#include "cli.h"
#include "cli_common.h"

#include <chrono>
#include <filesystem>
#include <ctime>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "blueprint/convert.h"
#include "blueprint/dates.h"
#include "blueprint/edit.h"
#include "blueprint/export.h"
#include "blueprint/json_io.h"
#include "blueprint/lint.h"
#include "blueprint/text.h"
#include "cli_results.h"
#include "samples.h"

#ifndef BP_VERSION
#define BP_VERSION "0.0.0"
#endif

namespace bp::cli {
namespace {

namespace fs = std::filesystem;

// ------------------------------------------------------------------------------------------ messages
void print_help(std::ostream& out, const Tr& tr) {
    out << tr("blueprint — 服务蓝图工具（服务圈、关键因素、服务标准）\n",
              "blueprint — service blueprint tool (service circles, key factors, service standards)\n")
        << tr("\n用法：\n", "\nUsage:\n")
        << "  blueprint validate FILE\n"
        << "  blueprint lint FILE [--format text|json] [--today YYYY-MM-DD] [--max-standards N]\n"
        << "  blueprint convert FILE [-o OUT] [--today YYYY-MM-DD]\n"
        << "  blueprint export FILE --to standards.json|csv|handoffs.csv|md|OUT.json|OUT.csv|OUT.handoffs.csv|OUT.md [-o OUT]\n"
        << "  blueprint render FILE --view circle|blueprint -o OUT.svg|OUT.png [--font FONT]\n"
        << "  blueprint handout FILE --role ID --to html|md [-o OUT]\n"
        << "  blueprint new --sample NAME [-o OUT] [--force]\n"
        << "  blueprint new --list\n";
    print_results_help(out, tr.lang);
    out
        << "  blueprint --help | --version\n"
        << tr("\n命令：\n", "\nCommands:\n")
        << tr("  validate  读取文件并检查；文件无法读取或有“错误”级别的检查结果时退出码为 1\n",
              "  validate  load and lint the file; exit 1 when it cannot be loaded or lint reports an error\n")
        << tr("  lint      列出方法规则的检查结果；有错误或警告时退出码为 1（提示不计）\n",
              "  lint      list the method's findings; exit 1 when there is an error or warning (info does not count)\n")
        << tr("  convert   为没有标准的关键因素生成可度量的标准草案，写出蓝图（-o 省略或为 - 时写到标准输出）\n",
              "  convert   draft a measurable standard for every key factor without one and write the blueprint\n"
              "            (to standard output when -o is omitted or -)\n")
        << tr("  --today        lint：判断复审日期是否已过；convert：草案的复审日期为该日一年后。默认为本机的今天（当地日期）\n",
              "  --today        lint: the day review dates are checked against; convert: drafts are reviewed a year\n"
              "                 after it. Default: today's local date on this machine\n")
        << tr("  export    导出标准文件：--to 可给格式（standards.json、json、csv、handoffs.csv 交接表、md），写到 -o\n"
              "            或标准输出；也可直接给输出文件名，按扩展名 .json/.csv/.handoffs.csv/.md 选格式\n",
              "  export    export the standards: --to takes a format (standards.json, json, csv, handoffs.csv for the\n"
              "            handoff table, md), written to -o or standard output, or an output file name whose\n"
              "            extension (.json/.csv/.handoffs.csv/.md) picks it\n")
        << tr("  render    画出整张图（服务圈视图或蓝图视图），与画布所画相同：-o 的扩展名 .svg/.png 选格式（- 为 SVG\n"
              "            到标准输出）；SVG 内嵌所用字形，中文在任何地方打开都能显示；--font 换字体（默认文泉驿微米黑）\n",
              "  render    draw the whole diagram (the circle view or the blueprint view) as the canvas draws it: the\n"
              "            extension of -o (.svg/.png) picks the format (- writes SVG to standard output); the SVG\n"
              "            embeds the glyphs it uses, so Chinese shows wherever it is opened; --font picks another font\n")
        << tr("  handout   导出一个角色的岗位服务标准卡（可打印的 A4 HTML，或 Markdown），写到 -o 或标准输出\n",
              "  handout   export one role's role card (printable A4 HTML, or Markdown) to -o or standard output\n")
        << tr("  new       写出内置示例（默认 NAME.blueprint.json，不覆盖已有文件，除非 --force）；--list 列出示例\n",
              "  new       write a bundled sample (NAME.blueprint.json unless -o; never overwrites without --force);\n"
              "            --list lists the samples\n")
        << tr("\n选项：\n", "\nOptions:\n")
        << tr("  --lang zh|en   消息、导出的表头和手册的语言；默认跟随蓝图的语言（读取蓝图之前的消息跟随 LANG）\n",
              "  --lang zh|en   language of the messages, the CSV headers and the handbook; by default the\n"
              "                 blueprint's own (messages before a blueprint is read follow LANG)\n")
        << tr("  FILE 为 - 时从标准输入读取。\n", "  FILE - reads standard input.\n")
        << tr("\n退出码：0 正常 · 1 文件有错误或检查结果、读写失败 · 2 命令行用法错误\n",
              "\nExit codes: 0 fine · 1 errors or findings in the input, or a file could not be read/written · "
              "2 wrong command line\n");
}

// -------------------------------------------------------------------------------------- command line
struct UsageError {
    std::string zh, en;
};

std::optional<UsageError> parse(const std::vector<std::string>& args, Options& o) {
    auto value_option = [&](const std::string& name) -> std::optional<std::string>* {
        if (name == "-o" || name == "--output") return &o.output;
        if (name == "--to") return &o.to;
        if (name == "--format") return &o.format;
        if (name == "--sample") return &o.sample;
        if (name == "--today") return &o.today;
        if (name == "--max-standards") return &o.max_standards;
        if (name == "--view") return &o.view;
        if (name == "--font") return &o.font;
        if (name == "--role") return &o.role;
        return nullptr;
    };
    for (size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        std::optional<std::string> inline_value;
        if (arg.rfind("--", 0) == 0) {
            const size_t eq = arg.find('=');
            if (eq != std::string::npos) inline_value = arg.substr(eq + 1), arg = arg.substr(0, eq);
        }
        if (arg == "--help" || arg == "-h") o.help = true;
        else if (arg == "--version" || arg == "-V") o.version = true;
        else if (arg == "--list") o.list = true;
        else if (arg == "--force") o.force = true;
        else if (arg == "--lang" || value_option(arg)) {
            std::string value;
            if (inline_value) value = *inline_value;
            else if (i + 1 < args.size()) value = args[++i];
            else return UsageError{"选项 " + arg + " 缺少取值", "option " + arg + " needs a value"};
            if (arg == "--lang") {
                if (value != "zh" && value != "en")
                    return UsageError{"--lang 只接受 zh 或 en，收到 \"" + value + "\"",
                                      "--lang takes zh or en, not \"" + value + "\""};
                o.lang = value == "zh" ? bp::Lang::Zh : bp::Lang::En;
            } else {
                auto* slot = value_option(arg);
                if (*slot) return UsageError{"选项 " + arg + " 重复", "option " + arg + " given twice"};
                *slot = value;
            }
        } else if (arg.size() > 1 && arg[0] == '-') {
            return UsageError{"未知选项 " + arg, "unknown option " + arg};
        } else if (o.command.empty()) {
            o.command = arg;
        } else {
            o.positional.push_back(arg);
        }
    }
    return std::nullopt;
}

// Which options each command accepts; anything else is a usage error rather than silently ignored.
std::optional<UsageError> check_options(const Options& o) {
    auto reject = [&](bool given, const char* name) -> std::optional<UsageError> {
        if (!given) return std::nullopt;
        return UsageError{std::string("命令 ") + o.command + " 不接受 " + name,
                          std::string("command ") + o.command + " does not take " + name};
    };
    const bool is_lint = o.command == "lint", is_export = o.command == "export", is_new = o.command == "new";
    const bool is_render = o.command == "render", is_handout = o.command == "handout";
    const bool writes = o.command == "convert" || is_export || is_new || is_render || is_handout;
    for (auto e : {reject(o.output && !writes, "-o"), reject(o.to && !is_export && !is_handout, "--to"),
                   reject(o.role && !is_handout, "--role"),
                   reject(o.format && !is_lint, "--format"), reject(o.today && !is_lint && o.command != "convert", "--today"),
                   reject(o.max_standards && !is_lint, "--max-standards"), reject(o.sample && !is_new, "--sample"),
                   reject(o.list && !is_new, "--list"), reject(o.force && !is_new, "--force"),
                   reject(o.view && !is_render, "--view"), reject(o.font && !is_render, "--font")})
        if (e) return e;
    const size_t files = is_new ? 0 : 1;
    if (o.positional.size() < files)
        return UsageError{"命令 " + o.command + " 需要一个文件", "command " + o.command + " needs a FILE"};
    if (o.positional.size() > files)
        return UsageError{"多余的参数 " + o.positional[files], "unexpected argument " + o.positional[files]};
    return std::nullopt;
}

// ------------------------------------------------------------------------------------------ findings
// "服务圈 › 触点 › 关键因素 › st-3": where a finding points, in the names people know.
std::string location(const Blueprint& doc, const Index& index, const ElementId& where) {
    auto at = index.find(where.str());
    if (!at || at->kind != where.kind() || at->path.circle < 0) return where.str();
    const Path& p = at->path;
    std::string out = doc.circles[p.circle].name;
    if (p.touchpoint >= 0) out += " › " + touchpoint_at(doc, p).name;
    if (p.key_factor >= 0) out += " › " + key_factor_at(doc, p).name;
    if (p.standard >= 0) out += " › " + standard_at(doc, p).id.value;
    return out;
}

// Acknowledged findings (intended, kept in the document) are counted apart and never fail a command.
struct Tally {
    int errors = 0, warnings = 0, infos = 0, acknowledged = 0;
    explicit Tally(const std::vector<Finding>& findings) {
        for (const Finding& f : findings) {
            if (f.acknowledged) ++acknowledged;
            else if (f.severity == Severity::Error) ++errors;
            else if (f.severity == Severity::Warning) ++warnings;
            else ++infos;
        }
    }
};

void print_findings_text(std::ostream& out, const Blueprint& doc, const std::vector<Finding>& findings, const Tr& tr) {
    const Index index(doc);
    for (const Finding& f : findings) {
        out << "  " << severity_token(f.severity) << "  " << f.rule
            << (f.acknowledged ? tr("  （已确认）", "  (acknowledged)") : "") << "\n"
            << "      " << location(doc, index, f.element) << " [" << f.element.str() << "]\n"
            << "      " << f.message(tr.lang) << "\n";
        if (f.acknowledged && !f.acknowledgement_note.empty())
            out << "      " << tr("确认说明：", "note: ") << f.acknowledgement_note << "\n";
    }
}

std::string plural(size_t n, const std::string& noun) { return text::counted(n, noun); }

std::string summary(const std::string& path, const Blueprint& doc, const Tally& t, const Tr& tr) {
    const Counts n = count(doc);
    std::ostringstream s;
    if (tr.zh()) {
        s << path << "：服务圈 " << n.circles << " 个，触点 " << n.touchpoints << " 个，关键因素 " << n.key_factors
          << " 个，标准 " << n.standards << " 条；错误 " << t.errors << "，警告 " << t.warnings << "，提示 " << t.infos;
        if (t.acknowledged) s << "，已确认 " << t.acknowledged;
    } else {
        s << path << ": " << plural(n.circles, "circle") << ", " << plural(n.touchpoints, "touchpoint") << ", "
          << plural(n.key_factors, "key factor") << ", " << plural(n.standards, "standard") << "; "
          << plural(t.errors, "error") << ", " << plural(t.warnings, "warning") << ", " << t.infos << " info";
        if (t.acknowledged) s << ", " << t.acknowledged << " acknowledged";
    }
    return s.str();
}

// ------------------------------------------------------------------------------------------ commands
int cmd_validate(const Options& o, std::ostream& out, std::ostream& err, const Tr& locale_tr) {
    const std::string& path = o.positional[0];
    auto doc = load(path, err, locale_tr);
    if (!doc) return kFindings;
    const Tr tr = speaking(o, locale_tr, *doc);
    LintOptions lint_options;
    lint_options.today = today_local();
    const auto findings = lint(*doc, lint_options);
    const Tally tally(findings);
    print_findings_text(out, *doc, findings, tr);
    out << summary(path, *doc, tally, tr) << "\n";
    if (tally.errors > 0) {
        out << tr("无效：有错误级别的检查结果。\n", "invalid: lint reports errors.\n");
        return kFindings;
    }
    out << tr("有效。\n", "valid.\n");
    return kOk;
}

void write_lint_json(std::ostream& out, const std::string& path, const Blueprint* doc,
                     const std::vector<Finding>& findings, const LoadError* error, const Tr& tr) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    auto str = [&](const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
    w.StartObject();
    w.Key("file");
    str(path);
    if (error) {
        w.Key("load_error");
        w.StartObject();
        w.Key("line");
        w.Int(error->line);
        w.Key("column");
        w.Int(error->column);
        w.Key("path");
        str(error->path);
        w.Key("message");
        str(tr.zh() ? error->message_zh : error->message_en);
        w.Key("message_zh");
        str(error->message_zh);
        w.Key("message_en");
        str(error->message_en);
        w.EndObject();
    } else {
        const Tally t(findings);
        const Index index(*doc);
        w.Key("counts");
        w.StartObject();
        w.Key("error");
        w.Int(t.errors);
        w.Key("warning");
        w.Int(t.warnings);
        w.Key("info");
        w.Int(t.infos);
        w.Key("acknowledged");
        w.Int(t.acknowledged);
        w.EndObject();
        w.Key("findings");
        w.StartArray();
        for (const Finding& f : findings) {
            w.StartObject();
            w.Key("rule");
            str(f.rule);
            w.Key("severity");
            str(std::string(severity_token(f.severity)));
            w.Key("element");
            str(f.element.str());
            w.Key("location");
            str(location(*doc, index, f.element));
            w.Key("message");
            str(f.message(tr.lang));
            w.Key("message_zh");
            str(f.message_zh);
            w.Key("message_en");
            str(f.message_en);
            w.Key("acknowledged");
            w.Bool(f.acknowledged);
            if (f.acknowledged) {
                w.Key("note");
                str(f.acknowledgement_note);
            }
            w.EndObject();
        }
        w.EndArray();
    }
    w.EndObject();
    out << buffer.GetString() << "\n";
}

int cmd_lint(const Options& o, std::ostream& out, std::ostream& err, const Tr& locale_tr) {
    const std::string format = o.format.value_or("text");
    if (format != "text" && format != "json") {
        err << "blueprint: " << locale_tr("--format 只接受 text 或 json", "--format takes text or json") << "\n";
        return kUsage;
    }
    LintOptions lint_options;
    lint_options.today = o.today.value_or(today_local());
    if (!valid_date(lint_options.today)) {
        err << "blueprint: " << locale_tr("--today 需要 YYYY-MM-DD 格式的日期", "--today takes a date as YYYY-MM-DD") << "\n";
        return kUsage;
    }
    if (o.max_standards) {
        char* end = nullptr;
        const long cap = std::strtol(o.max_standards->c_str(), &end, 10);
        if (o.max_standards->empty() || *end != '\0' || cap < 1 || cap > 1000) {
            err << "blueprint: " << locale_tr("--max-standards 需要 1 到 1000 的整数", "--max-standards takes a whole number from 1 to 1000")
                << "\n";
            return kUsage;
        }
        lint_options.max_standards_per_touchpoint = static_cast<int>(cap);
    }
    const std::string& path = o.positional[0];
    LoadError error;
    auto doc = load(path, err, locale_tr, &error);
    if (!doc) {
        if (format == "json") write_lint_json(out, path, nullptr, {}, &error, locale_tr);
        return kFindings;
    }
    const Tr tr = speaking(o, locale_tr, *doc);
    const auto findings = lint(*doc, lint_options);
    const Tally tally(findings);
    if (format == "json") {
        write_lint_json(out, path, &*doc, findings, nullptr, tr);
    } else {
        print_findings_text(out, *doc, findings, tr);
        out << summary(path, *doc, tally, tr) << "\n";
    }
    return tally.errors + tally.warnings > 0 ? kFindings : kOk;
}

int cmd_convert(const Options& o, std::ostream& out, std::ostream& err, const Tr& locale_tr) {
    // Every draft is reviewed a year after today (the local date), or after --today for reproducible runs.
    const std::string today = o.today.value_or(today_local());
    if (!valid_date(today)) {
        err << "blueprint: " << locale_tr("--today 需要 YYYY-MM-DD 格式的日期", "--today takes a date as YYYY-MM-DD") << "\n";
        return kUsage;
    }
    auto loaded = load(o.positional[0], err, locale_tr);
    if (!loaded) return kFindings;
    const Tr tr = speaking(o, locale_tr, *loaded);
    const Lang drafts = draft_language(*loaded, tr.lang);  // the blueprint's own language first
    Document doc(std::move(*loaded));
    const size_t before = count(doc.model()).standards;
    if (EditPtr edit = convert_all(doc, drafts, today)) doc.apply(std::move(edit));
    const size_t added = count(doc.model()).standards - before;
    if (auto f = write_output(o.output.value_or("-"), save_blueprint(doc.model()), out)) return fail(err, tr, *f);
    err << (tr.zh() ? "已为 " + std::to_string(added) + " 个关键因素生成标准草案\n"
                  : "drafted standards for " + plural(added, "key factor") + "\n");
    return kOk;
}

int cmd_new(const Options& o, std::ostream& out, std::ostream& err, const Tr& tr) {
    const auto& samples = bundled_samples();
    if (o.list) {
        if (o.sample || o.output) {
            err << "blueprint: " << tr("--list 不能与 --sample 或 -o 同用", "--list takes no --sample or -o") << "\n";
            return kUsage;
        }
        for (const BundledSample& s : samples) {
            LoadResult r = load_blueprint(s.text);
            out << s.name;
            if (r.ok()) out << "\t" << r.blueprint().name;
            out << "\n";
        }
        return kOk;
    }
    auto list_names = [&]() {
        std::string names;
        for (const BundledSample& s : samples) names += (names.empty() ? "" : ", ") + std::string(s.name);
        return names;
    };
    if (!o.sample) {
        err << "blueprint: " << tr("new 需要 --sample NAME（可用：", "new needs --sample NAME (available: ") << list_names()
            << tr("）", ")") << "\n";
        return kUsage;
    }
    std::string name = *o.sample;
    if (ends_with(name, ".blueprint.json")) name.resize(name.size() - std::string(".blueprint.json").size());
    const BundledSample* found = nullptr;
    for (const BundledSample& s : samples)
        if (s.name == name) found = &s;
    if (!found) {
        err << "blueprint: " << tr("没有名为 \"", "no sample named \"") << *o.sample << tr("\" 的示例（可用：", "\" (available: ")
            << list_names() << tr("）", ")") << "\n";
        return kUsage;
    }
    const std::string output = o.output.value_or(name + ".blueprint.json");
    std::error_code ec;
    if (output != "-" && !o.force && fs::exists(output, ec)) {
        err << "blueprint: " << output << tr(" 已存在；用 --force 覆盖", " already exists; use --force to overwrite") << "\n";
        return kFindings;
    }
    if (auto f = write_output(output, std::string(found->text), out)) return fail(err, tr, *f);
    if (output != "-") err << (tr.zh() ? "已写出 " : "wrote ") << output << "\n";
    return kOk;
}

}  // namespace

// ------------------------------------------------------------------------------------------ dispatch
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, Lang default_lang) {
    if (is_results_command(args)) return run_results_command(args, out, err, default_lang);  // cli_results.cpp
    Options o;
    const auto parse_error = parse(args, o);
    const Tr tr{o.lang.value_or(default_lang)};
    auto usage = [&](const UsageError& e) {
        err << "blueprint: " << (tr.zh() ? e.zh : e.en) << "\n"
            << tr("用 blueprint --help 查看用法。\n", "Run blueprint --help for usage.\n");
        return kUsage;
    };
    if (parse_error) return usage(*parse_error);
    if (o.help) {
        print_help(out, tr);
        return kOk;
    }
    if (o.version) {
        out << "blueprint " << BP_VERSION << " (service-blueprint format " << kBlueprintFormatVersion
            << ", service-standards format " << kStandardsFormatVersion << ")\n";
        return kOk;
    }
    if (o.command.empty()) {
        print_help(err, tr);
        return kUsage;
    }
    using Command = int (*)(const Options&, std::ostream&, std::ostream&, const Tr&);
    Command command = nullptr;
    if (o.command == "validate") command = cmd_validate;
    else if (o.command == "lint") command = cmd_lint;
    else if (o.command == "convert") command = cmd_convert;
    else if (o.command == "export") command = cmd_export;
    else if (o.command == "handout") command = cmd_handout;
    else if (o.command == "new") command = cmd_new;
    else if (o.command == "render") command = cmd_render;
    else return usage({"未知命令 " + o.command, "unknown command " + o.command});
    if (auto e = check_options(o)) return usage(*e);
    return command(o, out, err, tr);
}

}  // namespace bp::cli

// blueprint import-results FILE RESULTS… [-o OUT] [--period P] [--site S]
// blueprint remove-results FILE [-o OUT]
// blueprint report FILE [--results R]… [--period P] [--site S] [--circle C | --role R] [--to md|html|csv|json] [-o OUT]
// blueprint instruments FILE --kind checklist|audit|questionnaire [--role R] [--circle C] [--period P]
//                       [--site S] [--to csv|html] [-o OUT]
// Each takes --lang zh|en; FILE - reads standard input; -o omitted or - writes standard output.
#include "cli_results.h"

#include <map>
#include <optional>

#include "blueprint/instruments.h"
#include "blueprint/json_io.h"
#include "blueprint/report.h"
#include "blueprint/results.h"
#include "cli.h"
#include "cli_common.h"

namespace bp::cli {
namespace {

struct Args {
    std::string command;
    std::vector<std::string> files;
    std::map<std::string, std::vector<std::string>> options;  // "--period" → values
    std::optional<Lang> lang;
    std::string error_zh, error_en;
    std::optional<std::string> one(const char* name) const {
        auto it = options.find(name);
        if (it == options.end() || it->second.empty()) return std::nullopt;
        return it->second.back();
    }
};

Args parse(const std::vector<std::string>& args) {
    Args a;
    static const char* kValued[] = {"-o", "--output", "--period", "--site", "--results", "--to", "--kind", "--role", "--circle"};
    for (size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i], value;
        bool has_inline = false;
        if (arg.rfind("--", 0) == 0 && arg.find('=') != std::string::npos) {
            value = arg.substr(arg.find('=') + 1);
            arg = arg.substr(0, arg.find('='));
            has_inline = true;
        }
        bool valued = arg == "--lang";
        for (const char* v : kValued) valued = valued || arg == v;
        if (valued) {
            if (!has_inline) {
                if (i + 1 >= args.size()) {
                    a.error_zh = "选项 " + arg + " 缺少取值";
                    a.error_en = "option " + arg + " needs a value";
                    return a;
                }
                value = args[++i];
            }
            if (arg == "--lang") {
                if (value != "zh" && value != "en") {
                    a.error_zh = "--lang 只接受 zh 或 en";
                    a.error_en = "--lang takes zh or en";
                    return a;
                }
                a.lang = value == "zh" ? Lang::Zh : Lang::En;
            } else {
                a.options[arg == "--output" ? "-o" : arg].push_back(value);
            }
        } else if (arg.size() > 1 && arg[0] == '-') {
            a.error_zh = "未知选项 " + arg;
            a.error_en = "unknown option " + arg;
            return a;
        } else if (a.command.empty()) {
            a.command = arg;
        } else {
            a.files.push_back(arg);
        }
    }
    return a;
}

struct Runner {
    const Args& a;
    std::ostream& out;
    std::ostream& err;
    Lang lang;

    int fail(const std::string& zh, const std::string& en, int code = kFindings) {
        err << "blueprint: " << (is_zh(lang) ? zh : en) << "\n";
        return code;
    }
    int usage(const std::string& zh, const std::string& en) {
        return fail(zh + "\n用 blueprint --help 查看用法。", en + "\nRun blueprint --help for usage.", kUsage);
    }
    int allow(std::initializer_list<const char*> names, size_t files_min, size_t files_max) {
        for (const auto& [name, values] : a.options) {
            bool ok = false;
            for (const char* n : names) ok = ok || name == n;
            if (!ok) return usage("命令 " + a.command + " 不接受 " + name, "command " + a.command + " does not take " + name);
            if (values.size() > 1 && name != "--results")
                return usage("选项 " + name + " 重复", "option " + name + " given twice");
        }
        if (a.files.size() < files_min) return usage("命令 " + a.command + " 需要一个文件", "command " + a.command + " needs a FILE");
        if (a.files.size() > files_max) return usage("多余的参数 " + a.files[files_max], "unexpected argument " + a.files[files_max]);
        return kOk;
    }
    std::optional<Blueprint> load(const std::string& path) {
        std::string bytes;
        if (auto f = read_input(path, bytes)) {
            fail(f->zh, f->en);
            return std::nullopt;
        }
        LoadResult r = load_blueprint(bytes);
        if (!r.ok()) {
            err << path << ": " << r.error().describe(lang) << "\n";
            return std::nullopt;
        }
        if (!a.lang) lang = lang_of_tag(r.blueprint().language);
        return std::move(r.blueprint());
    }
    int write(const std::string& bytes) {
        const std::string path = a.one("-o").value_or("-");
        if (auto f = write_output(path, bytes, out)) return fail(f->zh, f->en);
        if (path == "-") return kOk;
        err << (is_zh(lang) ? "已写出 " : "wrote ") << path << "\n";
        return kOk;
    }
    // Imports each file into doc, in order; false (after saying why) on the first bad one.
    bool import_into(Blueprint& doc, const std::vector<std::string>& paths) {
        ImportOptions options;
        options.period = a.one("--period").value_or("");
        options.site = a.one("--site").value_or("");
        for (const std::string& path : paths) {
            std::string bytes;
            if (auto f = read_input(path, bytes)) {
                fail(f->zh, f->en);
                return false;
            }
            ImportOutcome o = import_results(doc, bytes, options);
            if (!o.ok()) {
                err << path << ": " << o.error.describe(lang) << "\n";
                return false;
            }
            doc.results = std::move(o.results);
            err << path << (is_zh(lang) ? "：导入观测 " : ": imported ") << o.observations
                << (is_zh(lang) ? " 条，汇总 " : " observations, ") << o.aggregates
                << (is_zh(lang) ? " 条，未填写 " : " aggregates; unanswered rows: ") << o.unanswered << "\n";
        }
        return true;
    }

    int import_results_cmd() {
        if (int e = allow({"-o", "--period", "--site"}, 2, 1000)) return e;
        auto doc = load(a.files[0]);
        if (!doc) return kFindings;
        if (!import_into(*doc, std::vector<std::string>(a.files.begin() + 1, a.files.end()))) return kFindings;
        return write(save_blueprint(*doc));
    }
    int remove_results_cmd() {
        if (int e = allow({"-o"}, 1, 1)) return e;
        auto doc = load(a.files[0]);
        if (!doc) return kFindings;
        doc->results.reset();
        return write(save_blueprint(*doc));
    }
    int report_cmd() {
        if (int e = allow({"-o", "--period", "--site", "--results", "--to", "--circle", "--role"}, 1, 1)) return e;
        const std::string to = a.one("--to").value_or("md");
        if (to != "md" && to != "html" && to != "csv" && to != "json")
            return usage("--to 只接受 md、html、csv 或 json", "--to takes md, html, csv or json");
        auto doc = load(a.files[0]);
        if (!doc) return kFindings;
        auto results = a.options.find("--results");
        if (results != a.options.end()) {
            ImportOptions none;
            Blueprint measured = *doc;
            // --period and --site choose the report; the results files must say their own period and site.
            for (const std::string& path : results->second) {
                std::string bytes;
                if (auto f = read_input(path, bytes)) return fail(f->zh, f->en);
                ImportOutcome o = import_results(measured, bytes, none);
                if (!o.ok()) {
                    err << path << ": " << o.error.describe(lang) << "\n";
                    return kFindings;
                }
                measured.results = std::move(o.results);
            }
            doc = std::move(measured);
        }
        ReportOptions ro;
        ro.period = a.one("--period").value_or("");
        ro.site = a.one("--site").value_or("");
        ro.circle = CircleId(a.one("--circle").value_or(""));
        ro.role = RoleId(a.one("--role").value_or(""));
        ro.lang = lang;
        // As instruments --circle / --role: an id the file lacks is a finding about the file.
        if (auto refused = report_scope_refused(*doc, ro)) return fail(refused->zh, refused->en);
        if (!ro.period.empty() && !period_of(ro.period)) return usage("--period 应为 YYYY-MM", "--period takes YYYY-MM");
        if (!ro.period.empty()) ro.period = *period_of(ro.period);
        const Report r = build_report(*doc, ro);
        if (r.period.empty()) return fail("没有测量结果：用 --results 给出结果文件，或先 import-results",
                                          "no results: give a results file with --results, or import-results first");
        return write(to == "md" ? report_markdown(*doc, r, lang) : to == "html" ? report_html(*doc, r, lang)
                     : to == "csv" ? report_csv(r, lang) : report_json(r));
    }
    int instruments_cmd() {
        if (int e = allow({"-o", "--period", "--site", "--kind", "--role", "--circle", "--to"}, 1, 1)) return e;
        const std::string kind = a.one("--kind").value_or("");
        InstrumentOptions io;
        if (kind == "checklist" || kind == "mystery-shopper") io.kind = InstrumentKind::MysteryShopper;
        else if (kind == "audit" || kind == "self-check") io.kind = InstrumentKind::Audit;
        else if (kind == "questionnaire") io.kind = InstrumentKind::Questionnaire;
        else return usage("--kind 只接受 checklist、audit 或 questionnaire", "--kind takes checklist, audit or questionnaire");
        const std::string to = a.one("--to").value_or("csv");
        if (to != "csv" && to != "html") return usage("--to 只接受 csv 或 html", "--to takes csv or html");
        auto doc = load(a.files[0]);
        if (!doc) return kFindings;
        io.lang = lang;
        io.role = RoleId(a.one("--role").value_or(""));
        io.circle = CircleId(a.one("--circle").value_or(""));
        io.period = a.one("--period").value_or("");
        io.site = a.one("--site").value_or("");
        if (!io.period.empty()) {
            if (!period_of(io.period)) return usage("--period 应为 YYYY-MM", "--period takes YYYY-MM");
            io.period = *period_of(io.period);
        }
        bool role_known = io.role.empty(), circle_known = io.circle.empty();
        for (const Role& r : doc->roles) role_known = role_known || r.id == io.role;
        for (const Circle& c : doc->circles) circle_known = circle_known || c.id == io.circle;
        if (!role_known) return fail("--role " + io.role.value + " 不是本蓝图的角色 id", "--role " + io.role.value + " is not a role id of this blueprint");
        if (!circle_known) return fail("--circle " + io.circle.value + " 不是本蓝图的服务圈 id", "--circle " + io.circle.value + " is not a circle id of this blueprint");
        return write(to == "csv" ? instrument_csv(*doc, io) : instrument_html(*doc, io));
    }
};

}  // namespace

bool is_results_command(const std::vector<std::string>& args) {
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang") { ++i; continue; }
        if (!args[i].empty() && args[i][0] == '-') continue;
        return args[i] == "import-results" || args[i] == "remove-results" || args[i] == "report" || args[i] == "instruments";
    }
    return false;
}

int run_results_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, Lang default_lang) {
    const Args a = parse(args);
    Runner r{a, out, err, a.lang.value_or(default_lang)};
    if (!a.error_en.empty()) return r.usage(a.error_zh, a.error_en);
    if (a.command == "import-results") return r.import_results_cmd();
    if (a.command == "remove-results") return r.remove_results_cmd();
    if (a.command == "report") return r.report_cmd();
    return r.instruments_cmd();
}

void print_results_help(std::ostream& out, Lang lang) {
    const bool zh = is_zh(lang);
    out << "  blueprint import-results FILE RESULTS... [-o OUT] [--period YYYY-MM] [--site S]\n"
        << "  blueprint remove-results FILE [-o OUT]\n"
        << "  blueprint report FILE [--results R]... [--period YYYY-MM] [--site S] [--circle ID] [--role ID]\n"
        << "                   [--to md|html|csv|json] [-o OUT]\n"
        << "  blueprint instruments FILE --kind checklist|audit|questionnaire [--role ID] [--circle ID] [--period YYYY-MM]\n"
        << "                        [--site S] [--to csv|html] [-o OUT]\n"
        << (zh ? "  （测量结果：CSV 可为 UTF-8、带 BOM 的 UTF-8 或 GB18030/GBK；JSON 见 service-results.schema.json）\n"
               : "  (results: CSV in UTF-8, UTF-8 with BOM or GB18030/GBK; JSON per service-results.schema.json)\n");
}

}  // namespace bp::cli

// Reading results: CSV records or JSON objects become rows (standard, period, site, answer), each row is
// checked against the standard's scoring (N/A only where allowed, abandoned contacts only on timed
// standards), and the rows are summed into cells that replace the document's cells for the same
// standard, period and site. Sections: rows · CSV · JSON · merge · import.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <map>
#include <unordered_map>

#include "json_rapidjson.h"
#include "results.h"
#include "scoring.h"
#include "text.h"

namespace bp {

namespace {

// ------------------------------------------------------------------------------------------- rows
struct Failure {
    ImportError error;
};

[[noreturn]] void fail(int row, std::string column, std::string zh, std::string en) {
    throw Failure{ImportError{row, std::move(column), Text{std::move(zh), std::move(en)}}};
}

// The fields of one row, as text, and their column names for messages.
enum Col { Standard_, Period_, Date_, Site_, Role_, Staff_, Result_, Value_, Pass_, Rating_, Na_, Comment_, N_, Met_, Sum_, kCols };
const char* const kColumnAliases[kCols] = {
    "standard|standard_id|standard id|标准编号|标准id|标准 id", "period|期间|月份", "date|日期", "site|网点|门店|站点",
    "role|岗位|角色", "staff|员工|人员", "result|结果|答案|answer", "value|数值|测量值", "pass|是否达标|通过",
    "rating|评分|分数", "na|n/a|不适用", "comment|备注|说明", "n|样本数|观测数", "met|达标数", "sum|合计|总和"};

struct Row {
    int number = 0;
    std::string_view field[kCols];
    std::string_view name[kCols];  // the column name as the file has it
};

struct Cell {
    ResultCell c;
};

bool word_in(std::string_view word, std::string_view alternatives) {
    while (!alternatives.empty()) {
        size_t bar = alternatives.find('|');
        if (alternatives.substr(0, bar) == word) return true;
        if (bar == std::string_view::npos) break;
        alternatives.remove_prefix(bar + 1);
    }
    return false;
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z') ch = char(ch - 'A' + 'a');
    return out;
}

// Texts seen before and the index they gave: a year of rows repeats a handful of periods, dates and
// sites, in any order, so each text is parsed once. The keys are copies: a row's fields may be views
// into buffers the readers reuse.
class TextMemo {
public:
    const int* find(std::string_view text) const {
        auto it = map_.find(text);
        return it == map_.end() ? nullptr : &it->second;
    }
    void add(std::string_view text, int index) {
        if (map_.size() < 65536) map_.emplace(kept_.emplace_back(text), index);
    }

private:
    std::deque<std::string> kept_;  // stable addresses for the map's views
    std::unordered_map<std::string_view, int> map_;
};

enum class Answer { None, Value, Pass, Fail, NotApplicable, Abandoned };

Answer answer_word(std::string_view raw, double& number) {
    std::string s = lower_ascii(ascii_digits(text::trim(raw)));
    if (s.empty()) return Answer::None;
    if (word_in(s, "n/a|na|不适用|无此项|-")) return Answer::NotApplicable;
    if (word_in(s, "是|y|yes|pass|passed|ok|达标|合格|通过|✓|√|true")) return Answer::Pass;
    if (word_in(s, "否|n|no|fail|failed|未达标|不合格|不通过|✗|×|false")) return Answer::Fail;
    if (word_in(s, "放弃|abandoned|已放弃")) return Answer::Abandoned;
    char* end = nullptr;
    number = std::strtod(s.c_str(), &end);
    if (end == s.c_str() + s.size() && std::isfinite(number)) return Answer::Value;
    return Answer::None;
}

bool whole_number(std::string_view raw, int64_t& out) {
    raw = text::trim(raw);
    const bool ascii = std::all_of(raw.begin(), raw.end(), [](char c) { return c >= '0' && c <= '9'; });
    const std::string s = ascii ? std::string() : ascii_digits(raw);
    const std::string_view digits = ascii ? raw : std::string_view(s);
    if (digits.empty() || digits.size() > 15) return false;
    out = 0;
    for (char ch : digits) {
        if (ch < '0' || ch > '9') return false;
        out = out * 10 + (ch - '0');
    }
    return true;
}

// -------------------------------------------------------------------------------------------- CSV
// RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. A record's number is the
// line it starts on, as a spreadsheet shows it.
class CsvReader {
public:
    explicit CsvReader(std::string_view text) : s_(text) {}
    // Fields as views into the text, or into the unquoted copies this reader keeps.
    bool next(std::vector<std::string_view>& fields, int& line) {
        fields.clear();
        if (i_ >= s_.size()) return false;
        line = line_;
        while (true) {
            if (i_ < s_.size() && s_[i_] == '"') {
                std::string& copy = unquoted_.emplace_back();
                ++i_;
                while (true) {
                    if (i_ >= s_.size()) fail(line, "", "引号没有闭合", "a quoted field is not closed");
                    char ch = s_[i_++];
                    if (ch == '"') {
                        if (i_ < s_.size() && s_[i_] == '"') { copy += '"'; ++i_; continue; }
                        break;
                    }
                    if (ch == '\n') ++line_;
                    copy += ch;
                }
                fields.push_back(copy);
            } else {
                size_t start = i_;
                while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '\n' && s_[i_] != '\r') ++i_;
                fields.push_back(s_.substr(start, i_ - start));
            }
            if (i_ < s_.size() && s_[i_] == ',') { ++i_; continue; }
            if (i_ < s_.size() && s_[i_] == '\r') ++i_;
            if (i_ < s_.size() && s_[i_] == '\n') ++i_;
            ++line_;
            return true;
        }
    }
    void recycle() {
        if (unquoted_.size() > 4096) unquoted_.clear();  // views of the last record are used before next()
    }

private:
    std::string_view s_;
    size_t i_ = 0;
    int line_ = 1;
    std::deque<std::string> unquoted_;
};

template <class OnRow>
void read_csv(std::string_view text, OnRow&& on_row) {
    CsvReader csv(text);
    std::vector<std::string_view> fields;
    int line = 0;
    if (!csv.next(fields, line)) fail(1, "", "文件是空的：第一行应为列名", "the file is empty: the first row should name the columns");
    int index[kCols];
    std::fill(index, index + kCols, -1);
    std::vector<std::string> header;
    for (size_t k = 0; k < fields.size(); ++k) {
        header.push_back(std::string(text::trim(fields[k])));
        std::string name = lower_ascii(header.back());
        for (int c = 0; c < kCols; ++c)
            if (index[c] < 0 && word_in(name, kColumnAliases[c])) index[c] = int(k);
    }
    if (index[Standard_] < 0)
        fail(1, "", "第一行应有“标准编号”列（standard_id），每行写明它属于哪条标准",
             "the first row should have a standard_id column (标准编号) naming each row's standard");
    if (index[Result_] < 0 && index[Value_] < 0 && index[Pass_] < 0 && index[Rating_] < 0 && index[Na_] < 0 && index[N_] < 0)
        fail(1, "", "第一行应有结果列：结果、数值、是否达标、评分、不适用，或汇总的样本数与达标数",
             "the first row should have an answer column: result, value, pass, rating, na, or counts n and met");
    Row row;
    while (csv.next(fields, line)) {
        if (fields.size() == 1 && text::trim(fields[0]).empty()) continue;  // blank line
        row.number = line;
        for (int c = 0; c < kCols; ++c) {
            row.field[c] = index[c] >= 0 && size_t(index[c]) < fields.size() ? fields[size_t(index[c])] : std::string_view();
            row.name[c] = index[c] >= 0 ? std::string_view(header[size_t(index[c])]) : std::string_view();
        }
        on_row(row);
        csv.recycle();
    }
}

// ------------------------------------------------------------------------------------------- JSON
template <class OnRow>
void read_json(std::string_view text, OnRow&& on_row) {
    rapidjson::Document dom;
    dom.Parse<rapidjson::kParseFullPrecisionFlag | rapidjson::kParseIterativeFlag>(text.data(), text.size());  // no recursion: deep nesting cannot exhaust the stack
    if (dom.HasParseError()) fail(0, "", "不是有效的 JSON", "not valid JSON");
    auto is = [&](const char* key, const char* value) {
        auto it = dom.FindMember(key);
        return it != dom.MemberEnd() && it->value.IsString() && std::string_view(it->value.GetString()) == value;
    };
    if (!dom.IsObject() || !is("format", "service-results"))
        fail(0, "format", "应为 \"service-results\"：这不是测量结果文件", "expected \"service-results\": this is not a results file");
    auto version = dom.FindMember("format_version");
    if (version == dom.MemberEnd() || !version->value.IsInt() || version->value.GetInt() != 1)
        fail(0, "format_version", "应为 1", "expected 1");
    std::vector<std::string> numbers;  // numbers as text, so CSV and JSON rows are read by the same code
    for (const char* list : {"observations", "aggregates"}) {
        auto it = dom.FindMember(list);
        if (it == dom.MemberEnd()) continue;
        if (!it->value.IsArray()) fail(0, list, "应为数组 [ … ]", "expected an array [ … ]");
        int i = 0;
        for (const auto& o : it->value.GetArray()) {
            Row row;
            row.number = ++i;
            if (!o.IsObject()) fail(i, list, "应为对象 { … }", "expected an object { … }");
            numbers.clear();
            numbers.reserve(o.MemberCount());
            for (const auto& m : o.GetObject()) {
                std::string name(m.name.GetString(), m.name.GetStringLength());
                int c = 0;
                while (c < kCols && !word_in(name, kColumnAliases[c])) ++c;
                if (c == kCols) fail(i, name, "未知字段（见 service-results.schema.json）", "unknown field (see service-results.schema.json)");
                row.name[c] = m.name.GetString();
                if (m.value.IsString()) row.field[c] = std::string_view(m.value.GetString(), m.value.GetStringLength());
                else if (m.value.IsBool()) row.field[c] = m.value.GetBool() ? "yes" : "no";
                else if (m.value.IsNull()) row.field[c] = c == Na_ ? "" : "n/a";
                else if (m.value.IsNumber()) {
                    char buf[32];
                    std::snprintf(buf, sizeof buf, "%.17g", m.value.GetDouble());
                    row.field[c] = numbers.emplace_back(buf);
                } else fail(i, name, "应为字符串、数字或 true/false", "expected a string, a number or true/false");
            }
            on_row(row);
        }
    }
}

// ------------------------------------------------------------------------------------------ merge
struct StandardInfo {
    const Standard* standard;
    Scoring scoring;
    int order;  // document order
};

class Merger {
public:
    Merger(const Blueprint& doc, const ImportOptions& options) : options_(options) {
        int order = 0;
        for (const Circle& c : doc.circles)
            for (const Touchpoint& t : c.touchpoints)
                for (const KeyFactor& k : t.key_factors)
                    for (const Standard& s : k.standards)
                        standards_.emplace(std::string_view(s.id.value), StandardInfo{&s, effective_scoring(s), order++});
        if (doc.results) {
            periods_ = doc.results->periods;
            sites_ = doc.results->sites;
        }
        for (size_t i = 0; i < periods_.size(); ++i) period_index_.emplace(periods_[i], int(i));
        for (size_t i = 0; i < sites_.size(); ++i) site_index_.emplace(sites_[i], int(i));
    }

    void add(const Row& r, ImportOutcome& outcome) {
        std::string_view id = text::trim(r.field[Standard_]);
        if (id.empty()) fail(r.number, col(r, Standard_, "standard_id"), "应为标准编号（如 st-wh-slot），此处为空", "expected a standard id (e.g. st-wh-slot), found nothing");
        if (!last_standard_ || last_standard_->first != id) {  // rows mostly come in runs of one standard
            auto found = standards_.find(id);
            if (found == standards_.end())
                fail(r.number, col(r, Standard_, "standard_id"), "“" + std::string(id) + "”不是本蓝图的标准编号",
                     "\"" + std::string(id) + "\" is not the id of a standard of this blueprint");
            last_standard_ = &*found;
        }
        const StandardInfo& info = last_standard_->second;

        const bool counts = !text::trim(r.field[N_]).empty();
        double number = 0;
        Answer a = Answer::None;
        Col answered = Result_;
        for (Col c : {Result_, Value_, Rating_, Pass_, Na_}) {
            std::string_view f = text::trim(r.field[c]);
            if (f.empty()) continue;
            answered = c;
            a = c == Na_ ? (answer_word(f, number) == Answer::Pass || answer_word(f, number) == Answer::NotApplicable
                                ? Answer::NotApplicable : Answer::None)
                         : answer_word(f, number);
            if (c == Na_ && a == Answer::None) continue;  // "否" in the N/A column: answered elsewhere
            if (a == Answer::None)
                fail(r.number, col(r, c, "result"),
                     "应为数字、是/否、不适用或放弃，实际为“" + std::string(f) + "”",
                     "expected a number, yes/no, N/A or abandoned, found \"" + std::string(f) + "\"");
            break;
        }
        if (!counts && a == Answer::None) {
            ++outcome.unanswered;  // a row of the sheet left empty
            return;
        }
        const int period = period_for(r), site = site_for(r);
        ResultCell& cell = cell_for(info.order, period, site);
        if (counts) {
            int64_t n = 0, met = 0;
            if (!whole_number(r.field[N_], n))
                fail(r.number, col(r, N_, "n"), "应为非负整数", "expected a whole number that is not negative");
            if (!whole_number(r.field[Met_], met) || met > n)
                fail(r.number, col(r, Met_, "met"), "应为不大于样本数的非负整数", "expected a whole number from 0 to n");
            double sum = 0;
            if (!text::trim(r.field[Sum_]).empty() && answer_word(r.field[Sum_], sum) != Answer::Value)
                fail(r.number, col(r, Sum_, "sum"), "应为数字", "expected a number");
            cell.n += n;
            cell.met += met;
            cell.sum += sum;
            ++outcome.aggregates;
            return;
        }
        ++outcome.observations;
        const Scoring& sc = info.scoring;
        switch (a) {
            case Answer::NotApplicable:
                if (!sc.na_allowed)
                    fail(r.number, col(r, answered, "result"), "这条标准不允许“不适用”（计分方法未允许）",
                         "N/A is not allowed for this standard (its scoring does not allow it)");
                ++cell.na;
                return;
            case Answer::Abandoned:
                if (!is_timed(*info.standard))
                    fail(r.number, col(r, answered, "result"), "只有计时的标准才有“放弃”", "only a timed standard has abandoned contacts");
                if (sc.abandoned == Abandoned::Fail) ++cell.n;
                return;
            case Answer::Pass: ++cell.n; ++cell.met; return;
            case Answer::Fail: ++cell.n; return;
            case Answer::Value: {
                const Target& t = info.standard->target;
                if (!t.value)
                    fail(r.number, col(r, answered, "result"), "这条标准还没有目标值，只能填是/否",
                         "this standard has no target value yet: answer yes or no");
                if (sc.method == ComplianceMethod::TopBox && (number < t.scale_min || number > t.scale_max))
                    fail(r.number, col(r, answered, "rating"),
                         "评分应在 " + std::to_string(t.scale_min) + "–" + std::to_string(t.scale_max) + " 之间",
                         "expected a rating from " + std::to_string(t.scale_min) + " to " + std::to_string(t.scale_max));
                ++cell.n;
                if (complies(t, number)) ++cell.met;
                cell.sum += number;
                return;
            }
            case Answer::None: return;
        }
    }

    void expect_rows(size_t rows) { added_.reserve(rows); }  // one growth instead of twenty

    Results finish(const Blueprint& doc) {
        Results out;
        // Periods sorted; cells point at the new positions.
        std::vector<int> order(periods_.size());
        for (size_t i = 0; i < order.size(); ++i) order[i] = int(i);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return periods_[size_t(a)] < periods_[size_t(b)]; });
        std::vector<int> new_index(periods_.size());
        for (size_t i = 0; i < order.size(); ++i) {
            new_index[size_t(order[i])] = int(i);
            out.periods.push_back(periods_[size_t(order[i])]);
        }
        out.sites = sites_;
        // The old cells, except where the import gives the same standard, period and site.
        std::unordered_map<std::string_view, const ResultSeries*> old;
        if (doc.results)
            for (const ResultSeries& s : doc.results->series) old.emplace(s.standard.value, &s);
        std::vector<const Standard*> by_order(standards_.size());
        for (const auto& [id, info] : standards_) by_order[size_t(info.order)] = info.standard;
        // Each row added one contribution: sorted by key, those of one standard, period and site are summed.
        std::sort(added_.begin(), added_.end(), [](const Added& a, const Added& b) { return a.key < b.key; });
        size_t next = 0;
        for (size_t k = 0; k < by_order.size(); ++k) {
            ResultSeries series;
            series.standard = by_order[k]->id;
            std::vector<ResultCell> fresh;
            while (next < added_.size() && (added_[next].key >> 32) == k) {
                const Added& a = added_[next++];
                if (fresh.empty() || fresh.back().period != a.cell.period || fresh.back().site != a.cell.site) {
                    fresh.push_back(a.cell);
                    continue;
                }
                ResultCell& c = fresh.back();
                c.n += a.cell.n;
                c.met += a.cell.met;
                c.na += a.cell.na;
                c.sum += a.cell.sum;
            }
            auto o = old.find(by_order[k]->id.value);
            if (o != old.end())
                for (const ResultCell& c : o->second->cells) {
                    const bool replaced = std::binary_search(fresh.begin(), fresh.end(), c, by_period_and_site);
                    if (!replaced) series.cells.push_back(c);
                }
            series.cells.insert(series.cells.end(), fresh.begin(), fresh.end());
            if (series.cells.empty()) continue;
            for (ResultCell& c : series.cells) c.period = new_index[size_t(c.period)];
            std::sort(series.cells.begin(), series.cells.end(), by_period_and_site);
            out.series.push_back(std::move(series));
        }
        return out;
    }

private:
    const ImportOptions& options_;
    std::unordered_map<std::string_view, StandardInfo> standards_;  // views of the document's ids
    const std::pair<const std::string_view, StandardInfo>* last_standard_ = nullptr;
    TextMemo period_memo_, date_memo_, site_memo_;
    std::vector<std::string> periods_, sites_;
    std::unordered_map<std::string, int> period_index_, site_index_;
    struct Added {
        uint64_t key;  // standard, period, site (key())
        ResultCell cell;
    };
    std::vector<Added> added_;  // one per row read
    static bool by_period_and_site(const ResultCell& a, const ResultCell& b) {
        return a.period != b.period ? a.period < b.period : a.site < b.site;
    }

    static uint64_t key(int standard, int period, int site) {
        return (uint64_t(uint32_t(standard)) << 32) | (uint64_t(uint32_t(period) & 0xFFFF) << 16) | (uint32_t(site) & 0xFFFF);
    }
    static std::string col(const Row& r, Col c, const char* fallback) {
        return r.name[c].empty() ? fallback : std::string(r.name[c]);
    }
    int period_for(const Row& r) {
        const std::string_view p = text::trim(r.field[Period_]), d = text::trim(r.field[Date_]);
        const bool from_date = p.empty();
        const std::string_view given = from_date ? d : p;
        if (given.empty()) return parse_period(r, p, d);  // from the options
        TextMemo& memo = from_date ? date_memo_ : period_memo_;
        if (const int* known = memo.find(given)) return *known;
        const int index = parse_period(r, p, d);
        memo.add(given, index);
        return index;
    }
    int parse_period(const Row& r, std::string_view p, std::string_view d) {
        std::optional<std::string> period;
        if (!p.empty()) {
            period = period_of(p);
            if (!period) fail(r.number, col(r, Period_, "period"), "应为期间，如 2026-11 或 2026/11，实际为“" + std::string(p) + "”",
                              "expected a period such as 2026-11 or 2026/11, found \"" + std::string(p) + "\"");
        } else if (!d.empty()) {
            period = period_of(d);
            if (!period) fail(r.number, col(r, Date_, "date"), "应为日期，如 2026-11-03 或 2026/11/3，实际为“" + std::string(d) + "”",
                              "expected a date such as 2026-11-03 or 2026/11/3, found \"" + std::string(d) + "\"");
        } else if (!options_.period.empty() && period_of(options_.period)) {
            period = period_of(options_.period);
        } else {
            fail(r.number, "period", "应写明期间或日期（如 2026-11），此处为空", "expected a period or a date (e.g. 2026-11), found nothing");
        }
        auto it = period_index_.find(*period);
        if (it == period_index_.end()) {
            it = period_index_.emplace(*period, int(periods_.size())).first;
            if (periods_.size() >= 0xFFFF) fail(r.number, "period", "期间过多", "too many periods");
            periods_.push_back(*period);
        }
        return it->second;
    }
    int site_for(const Row& r) {
        const std::string_view given = text::trim(r.field[Site_]);
        if (given.empty()) return find_site(r);  // from the options
        if (const int* known = site_memo_.find(given)) return *known;
        const int index = find_site(r);
        site_memo_.add(given, index);
        return index;
    }
    int find_site(const Row& r) {
        std::string site(text::trim(r.field[Site_]));
        if (site.empty()) site = options_.site;
        if (site.empty()) fail(r.number, col(r, Site_, "site"), "应写明网点，此处为空", "expected a site, found nothing");
        auto it = site_index_.find(site);
        if (it == site_index_.end()) {
            it = site_index_.emplace(site, int(sites_.size())).first;
            if (sites_.size() >= 0xFFFF) fail(r.number, "site", "网点过多", "too many sites");
            sites_.push_back(site);
        }
        return it->second;
    }
    ResultCell& cell_for(int standard, int period, int site) {
        added_.push_back(Added{key(standard, period, site), ResultCell{period, site, 0, 0, 0, 0}});
        return added_.back().cell;
    }
};

}  // namespace

// ----------------------------------------------------------------------------------------- import
ImportOutcome import_results(const Blueprint& doc, std::string_view bytes, const ImportOptions& options) {
    ImportOutcome outcome;
    try {
        // UTF-8 is read where it lies (a year of results is tens of megabytes); GB18030 is converted first.
        std::string_view utf8 = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? bytes.substr(3) : bytes;
        std::optional<std::string> converted;
        if (!text::valid_utf8(utf8)) {
            converted = csv_text_as_utf8(bytes);
            if (!converted) fail(0, "", "无法识别文件编码：应为 UTF-8 或 GB18030/GBK", "the encoding is not UTF-8 or GB18030/GBK");
            utf8 = *converted;
        }
        Merger merger(doc, options);
        merger.expect_rows(size_t(std::count(utf8.begin(), utf8.end(), '\n')) + 1);
        auto on_row = [&](const Row& r) { merger.add(r, outcome); };
        std::string_view text = text::trim(utf8);
        if (!text.empty() && (text[0] == '{' || text[0] == '[')) read_json(utf8, on_row);
        else read_csv(utf8, on_row);
        outcome.results = merger.finish(doc);
    } catch (const Failure& f) {
        outcome.error = f.error;
        outcome.results.reset();
    } catch (const std::bad_alloc&) {
        outcome.error = ImportError{0, "", Text{"内存不足，无法导入", "not enough memory to import"}};
        outcome.results.reset();
    }
    return outcome;
}

}  // namespace bp

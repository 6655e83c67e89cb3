// The standards exports: JSON shape and determinism, CSV quoting and formula neutralisation, Markdown tables.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>
#include <map>
#include <regex>
#include <vector>

#include <rapidjson/document.h>
#include <unistd.h>

#include "blueprint/export.h"

using namespace bp;

namespace {

Standard hard_standard(const std::string& id, const std::string& statement) {
    Standard s;
    s.id = StandardId(id);
    s.statement = statement;
    s.type = StandardType::Hard;
    s.target.metric = "接通前响铃次数";
    s.target.unit = "声";
    s.target.comparator = Comparator::AtMost;
    s.target.value = 3;
    s.target.compliance = 0.95;
    s.measurement.method = Method::SystemLog;
    s.measurement.data_source = "呼叫中心系统";
    s.owner = RoleId("r-hotline");
    s.customer_visible = true;
    s.review_by = "2027-06-30";
    s.agreed_with_staff = true;
    return s;
}

// Two circles; the second touchpoint of the first circle carries a soft standard, an unowned standard
// and a key factor without standards; text fields hold what CSV and Markdown must escape.
Blueprint sample() {
    Blueprint b;
    b.id = BlueprintId("bp-test");
    b.name = "投诉处理";
    b.industry = "售后";
    b.roles = {{RoleId("r-hotline"), "热线坐席", "Hotline agent"}, {RoleId("r-branch"), "分公司责任人", ""}};

    Circle c1;
    c1.id = CircleId("c-1");
    c1.name = "投诉处理服务圈";
    Touchpoint t1;
    t1.id = TouchpointId("tp-1");
    t1.name = "受理投诉";
    t1.role = RoleId("r-hotline");
    t1.channel = Channel::Phone;
    KeyFactor k1;
    k1.id = KeyFactorId("kf-1");
    k1.name = "热线易接通";
    k1.expectation = "一打就有人接";
    k1.element = Pillar::Software;
    k1.dimension = Dimension::Access;
    k1.importance = 5;
    k1.standards.push_back(hard_standard("st-1", "电话铃响三声内接通"));
    t1.key_factors.push_back(k1);

    Touchpoint t2;
    t2.id = TouchpointId("tp-2");
    t2.name = "致歉";
    t2.role = RoleId("r-branch");
    t2.feeling = 1;
    KeyFactor k2;
    k2.id = KeyFactorId("kf-2");
    k2.name = "真诚|致歉";
    k2.expectation = "感到被尊重\n不被敷衍";
    k2.element = Pillar::People;
    k2.bpm = Bpm::Performance;
    k2.dimension = Dimension::Courtesy;
    Standard soft;
    soft.id = StandardId("st-2");
    soft.statement = "=HYPERLINK(\"http://x\",\"点我\")";
    soft.type = StandardType::Soft;
    soft.target.metric = "致歉诚意评分";
    soft.target.unit = "分";
    soft.target.comparator = Comparator::AtLeast;
    soft.target.value = 4.5;
    soft.target.compliance = 0.9;
    soft.target.survey_question = "我们的致歉是否让您感到被尊重？";
    soft.target.scale_min = 1;
    soft.target.scale_max = 5;
    soft.measurement.method = Method::Survey;
    soft.measurement.frequency = Frequency::Monthly;
    soft.owner = RoleId("r-branch");
    k2.standards.push_back(soft);
    Standard unowned = hard_standard("st-3", "-2 分以下立即升级, 并通知\"主管\"");
    unowned.owner = RoleId();
    unowned.review_by.clear();
    unowned.target.value.reset();
    unowned.target.comparator = Comparator::AtLeast;
    k2.standards.push_back(unowned);
    t2.key_factors.push_back(k2);
    KeyFactor k3;
    k3.id = KeyFactorId("kf-3");
    k3.name = "回访";
    t2.key_factors.push_back(k3);
    c1.touchpoints = {t1, t2};

    Circle c2;
    c2.id = CircleId("c-2");
    c2.name = "热线服务圈";
    c2.position = {700, 0};
    Touchpoint t3;
    t3.id = TouchpointId("tp-3");
    t3.name = "@来电";
    KeyFactor k4;
    k4.id = KeyFactorId("kf-4");
    k4.name = "+接通";
    k4.standards.push_back(hard_standard("st-4", "铃响三声内接通"));
    k4.standards.back().target.value = -2;  // odd, but must stay a number in CSV
    t3.key_factors.push_back(k4);
    c2.touchpoints = {t3};

    b.circles = {c1, c2};
    return b;
}

rapidjson::Document parse(const std::string& text) {
    rapidjson::Document d;
    d.Parse(text.data(), text.size());
    REQUIRE_FALSE(d.HasParseError());
    return d;
}

std::string s(const rapidjson::Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

// A strict RFC 4180 reader for the tests: rows of cells, CRLF between rows.
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string cell;
    bool quoted = false, was_quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (quoted) {
            if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') cell += '"', ++i;
            else if (ch == '"') quoted = false;
            else cell += ch;
        } else if (ch == '"') {
            REQUIRE(cell.empty());
            quoted = was_quoted = true;
        } else if (ch == ',') {
            rows.back().push_back(cell), cell.clear(), was_quoted = false;
        } else if (ch == '\r') {
            REQUIRE(i + 1 < text.size());
            REQUIRE(text[i + 1] == '\n');
            ++i;
            rows.back().push_back(cell), cell.clear(), was_quoted = false;
            rows.emplace_back();
        } else {
            REQUIRE(ch != '\n');  // a bare LF outside quotes is not CRLF
            cell += ch;
        }
    }
    REQUIRE_FALSE(quoted);
    (void)was_quoted;
    REQUIRE(cell.empty());
    REQUIRE(rows.back().empty());
    rows.pop_back();
    return rows;
}

}  // namespace

TEST_CASE("standards JSON has the format header and one entry per standard, in document order") {
    const auto d = parse(export_standards_json(sample()));
    CHECK(s(d["format"]) == "service-standards");
    CHECK(d["format_version"].GetInt() == kStandardsFormatVersion);
    CHECK(s(d["blueprint"]["id"]) == "bp-test");
    CHECK(s(d["blueprint"]["name"]) == "投诉处理");
    const auto& list = d["standards"];
    REQUIRE(list.Size() == 4);
    CHECK(s(list[0]["id"]) == "st-1");
    CHECK(s(list[1]["id"]) == "st-2");
    CHECK(s(list[2]["id"]) == "st-3");
    CHECK(s(list[3]["id"]) == "st-4");
}

TEST_CASE("each standard carries target, measurement, owner and its trace") {
    const auto d = parse(export_standards_json(sample()));
    const auto& st = d["standards"][0];
    CHECK(s(st["statement"]) == "电话铃响三声内接通");
    CHECK(s(st["type"]) == "hard");
    CHECK(s(st["target"]["metric"]) == "接通前响铃次数");
    CHECK(s(st["target"]["unit"]) == "声");
    CHECK(s(st["target"]["comparator"]) == "<=");
    CHECK(st["target"]["value"].IsInt());  // integral targets print as integers
    CHECK(st["target"]["value"].GetInt() == 3);
    CHECK(st["target"]["compliance"].GetDouble() == Approx(0.95));
    CHECK(s(st["target"]["aggregation"]) == "per_occurrence");
    CHECK_FALSE(st["target"].HasMember("survey_question"));  // hard standards carry no survey
    CHECK_FALSE(st["target"].HasMember("scale"));
    CHECK(s(st["measurement"]["method"]) == "system_log");
    CHECK(s(st["measurement"]["frequency"]) == "every_occurrence");
    CHECK(s(st["measurement"]["data_source"]) == "呼叫中心系统");
    CHECK(s(st["owner"]["id"]) == "r-hotline");
    CHECK(s(st["owner"]["name"]) == "热线坐席");
    CHECK(s(st["owner"]["name_en"]) == "Hotline agent");
    CHECK(st["customer_visible"].GetBool());
    CHECK(s(st["review_by"]) == "2027-06-30");
    CHECK(st["agreed_with_staff"].GetBool());
    CHECK_FALSE(st["approved"].GetBool());
    CHECK(s(st["circle"]["id"]) == "c-1");
    CHECK(s(st["circle"]["name"]) == "投诉处理服务圈");
    CHECK(s(st["touchpoint"]["id"]) == "tp-1");
    CHECK(st["touchpoint"]["order"].GetInt() == 1);
    CHECK(s(st["touchpoint"]["role"]["name"]) == "热线坐席");
    CHECK(s(st["touchpoint"]["channel"]) == "phone");
    CHECK(s(st["key_factor"]["id"]) == "kf-1");
    CHECK(s(st["key_factor"]["expectation"]) == "一打就有人接");
    CHECK(s(st["key_factor"]["element"]) == "software");
    CHECK(s(st["key_factor"]["bpm"]) == "basic");
    CHECK(s(st["key_factor"]["dimension"]) == "access");
    CHECK(st["key_factor"]["importance"].GetInt() == 5);
}

TEST_CASE("each standard says where its number came from — its touchpoint carries feeling, wait, fail and mitigation") {
    Blueprint b = sample();
    Touchpoint& tp = b.circles[0].touchpoints[0];
    tp.description = "顾客来电投诉";
    tp.feeling = -2;
    tp.duration_minutes = 3.5;
    tp.wait_point = true;
    tp.fail_point = true;
    tp.mitigation = "占线时 5 分钟内回拨";
    Standard& first = tp.key_factors[0].standards[0];
    first.number_source = NumberSource::Customer;
    first.number_basis = "响铃三声内";
    const auto d = parse(export_standards_json(b));
    const auto& st = d["standards"][0];
    CHECK(s(st["number_source"]) == "customer");
    CHECK(s(st["number_basis"]) == "响铃三声内");
    CHECK(s(d["standards"][1]["number_source"]) == "unset");  // typed by hand
    CHECK(s(d["standards"][1]["number_basis"]).empty());
    CHECK(s(st["touchpoint"]["description"]) == "顾客来电投诉");
    CHECK(st["touchpoint"]["feeling"].GetInt() == -2);
    CHECK(st["touchpoint"]["duration_minutes"].GetDouble() == 3.5);
    CHECK(st["touchpoint"]["wait_point"].GetBool());
    CHECK(st["touchpoint"]["fail_point"].GetBool());
    CHECK(s(st["touchpoint"]["mitigation"]) == "占线时 5 分钟内回拨");
    CHECK_FALSE(d["standards"][1]["touchpoint"]["fail_point"].GetBool());

    const auto zh = read_csv(export_standards_csv(b, Lang::Zh).substr(3));
    const auto source_zh = std::find(zh[0].begin(), zh[0].end(), "数字来源");
    const auto basis_zh = std::find(zh[0].begin(), zh[0].end(), "数字依据");
    REQUIRE(source_zh != zh[0].end());
    REQUIRE(basis_zh != zh[0].end());
    CHECK(zh[1][source_zh - zh[0].begin()] == "顾客期望");
    CHECK(zh[1][basis_zh - zh[0].begin()] == "响铃三声内");
    CHECK(zh[2][source_zh - zh[0].begin()].empty());
    const auto en = read_csv(export_standards_csv(b, Lang::En).substr(3));
    const auto source_en = std::find(en[0].begin(), en[0].end(), "Source of the number");
    REQUIRE(source_en != en[0].end());
    CHECK(en[1][source_en - en[0].begin()] == "Customer expectation");

    CHECK(export_standards_markdown(b, Lang::Zh).find("数字来源：顾客期望：“响铃三声内”") != std::string::npos);
    CHECK(export_standards_markdown(b, Lang::En).find("Source of the number: Customer expectation: \"响铃三声内\"") !=
          std::string::npos);
    CHECK(export_standards_markdown(sample(), Lang::Zh).find("数字来源") == std::string::npos);
}

TEST_CASE("soft standards carry survey and scale — unset owner, value and review date are null") {
    const auto d = parse(export_standards_json(sample()));
    const auto& soft = d["standards"][1];
    CHECK(s(soft["type"]) == "soft");
    CHECK(s(soft["target"]["survey_question"]) == "我们的致歉是否让您感到被尊重？");
    CHECK(soft["target"]["scale"]["min"].GetInt() == 1);
    CHECK(soft["target"]["scale"]["max"].GetInt() == 5);
    CHECK(soft["target"]["value"].GetDouble() == Approx(4.5));
    CHECK(soft["touchpoint"]["order"].GetInt() == 2);
    CHECK(s(soft["owner"]["name_en"]).empty());

    const auto& unowned = d["standards"][2];
    CHECK(unowned["owner"].IsNull());
    CHECK(unowned["review_by"].IsNull());
    CHECK(unowned["target"]["value"].IsNull());

    const auto& other = d["standards"][3];
    CHECK(s(other["circle"]["id"]) == "c-2");
    CHECK(other["touchpoint"]["order"].GetInt() == 1);
    CHECK(other["touchpoint"]["role"].IsNull());
    CHECK(other["target"]["value"].GetInt() == -2);
}

TEST_CASE("standards JSON is deterministic, keeps Chinese as UTF-8 and ends with a newline") {
    const Blueprint b = sample();
    const std::string a = export_standards_json(b);
    CHECK(a == export_standards_json(b));
    CHECK(a.back() == '\n');
    CHECK(a.find("电话铃响三声内接通") != std::string::npos);
    CHECK(a.find("\\u") == std::string::npos);
    // Header fields one per line, then one standard per line.
    CHECK(a.rfind("{\n  \"format\": \"service-standards\",\n  \"format_version\": 3,\n  \"blueprint\": {", 0) == 0);
    CHECK(a.find("\n  \"standards\": [\n    {\"id\":\"st-1\",") != std::string::npos);
    CHECK(a.find("},\n    {\"id\":\"st-2\",") != std::string::npos);
    const std::string tail = "\n  ],\n  \"handoffs\": []\n}\n";  // the standards, then (format 2) the handoffs
    CHECK(a.size() - a.rfind(tail) == tail.size());
}

TEST_CASE("numbers that JSON cannot hold are written as null, never as broken text") {
    Blueprint b = sample();
    b.circles[0].touchpoints[0].key_factors[0].standards[0].target.value = std::numeric_limits<double>::infinity();
    b.circles[0].touchpoints[0].key_factors[0].standards[0].target.compliance = std::nan("");
    const auto d = parse(export_standards_json(b));
    CHECK(d["standards"][0]["target"]["value"].IsNull());
    CHECK(d["standards"][0]["target"]["compliance"].IsNull());
}

TEST_CASE("an empty blueprint exports an empty standards list") {
    Blueprint b;
    b.id = BlueprintId("bp-empty");
    b.name = "空";
    const auto d = parse(export_standards_json(b));
    CHECK(d["standards"].IsArray());
    CHECK(d["standards"].Size() == 0);
    const std::string csv = export_standards_csv(b);
    CHECK(read_csv(csv.substr(3)).size() == 1);  // the header only
    CHECK(export_standards_markdown(b).find("# 空") == 0);
}

TEST_CASE("CSV cells that a spreadsheet would run as formulas get a leading apostrophe") {
    CHECK(neutralise_csv_cell("=1+1") == "'=1+1");
    CHECK(neutralise_csv_cell("+86 138") == "'+86 138");
    CHECK(neutralise_csv_cell("-1+cmd") == "'-1+cmd");
    CHECK(neutralise_csv_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(neutralise_csv_cell("\tx") == "'\tx");
    CHECK(neutralise_csv_cell("\rx") == "'\rx");
    // Plain numbers cannot be formulas and stay numbers.
    CHECK(neutralise_csv_cell("-2") == "-2");
    CHECK(neutralise_csv_cell("-0.5") == "-0.5");
    CHECK(neutralise_csv_cell("-") == "'-");
    CHECK(neutralise_csv_cell("-2.") == "'-2.");
    CHECK(neutralise_csv_cell("-2e3") == "'-2e3");
    CHECK(neutralise_csv_cell("电话=3") == "电话=3");
    CHECK(neutralise_csv_cell("") == "");
}

TEST_CASE("CSV quoting follows RFC 4180") {
    CHECK(quote_csv_cell("plain 文本") == "plain 文本");
    CHECK(quote_csv_cell("a,b") == "\"a,b\"");
    CHECK(quote_csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(quote_csv_cell("two\nlines") == "\"two\nlines\"");
    CHECK(quote_csv_cell("cr\r") == "\"cr\r\"");
}

TEST_CASE("CSV export: BOM, CRLF, a header and one row per standard, read back cell by cell") {
    const std::string csv = export_standards_csv(sample(), Lang::Zh);
    REQUIRE(csv.compare(0, 3, "\xEF\xBB\xBF") == 0);
    const auto rows = read_csv(csv.substr(3));
    REQUIRE(rows.size() == 5);
    const auto& header = rows[0];
    for (const auto& r : rows) CHECK(r.size() == header.size());
    auto col = [&](const std::string& name) {
        auto it = std::find(header.begin(), header.end(), name);
        REQUIRE(it != header.end());
        return static_cast<size_t>(it - header.begin());
    };
    CHECK(header[0] == "标准编号");
    CHECK(rows[1][col("标准")] == "电话铃响三声内接通");
    CHECK(rows[1][col("目标值")] == "3");
    CHECK(rows[1][col("达标比例")] == "95%");
    CHECK(rows[1][col("比较")] == "≤");
    CHECK(rows[1][col("负责人")] == "热线坐席");
    CHECK(rows[1][col("测量方法")] == "系统记录");
    CHECK(rows[2][col("标准")] == "'=HYPERLINK(\"http://x\",\"点我\")");
    CHECK(rows[2][col("调查问题")] == "我们的致歉是否让您感到被尊重？");
    CHECK(rows[2][col("量表")] == "1–5");
    CHECK(rows[2][col("顾客期望")] == "感到被尊重\n不被敷衍");
    CHECK(rows[2][col("触点序号")] == "2");
    CHECK(rows[3][col("标准")] == "'-2 分以下立即升级, 并通知\"主管\"");
    CHECK(rows[3][col("负责人")].empty());
    CHECK(rows[3][col("目标值")].empty());
    CHECK(rows[4][col("触点")] == "'@来电");
    CHECK(rows[4][col("关键因素")] == "'+接通");
    CHECK(rows[4][col("目标值")] == "-2");
}

TEST_CASE("CSV export with English headers uses English labels") {
    const auto rows = read_csv(export_standards_csv(sample(), Lang::En).substr(3));
    CHECK(rows[0][0] == "Standard id");
    auto it = std::find(rows[0].begin(), rows[0].end(), "Type");
    REQUIRE(it != rows[0].end());
    CHECK(rows[2][it - rows[0].begin()] == "Soft");
    it = std::find(rows[0].begin(), rows[0].end(), "Owner");
    CHECK(rows[1][it - rows[0].begin()] == "Hotline agent");
    CHECK(rows[2][it - rows[0].begin()] == "分公司责任人");  // no English name: falls back to the name
}

TEST_CASE("Markdown handbook: a section per circle, a table per touchpoint, cells escaped") {
    const std::string md = export_standards_markdown(sample(), Lang::Zh);
    CHECK(md.rfind("# 投诉处理 — 服务标准手册\n", 0) == 0);
    CHECK(md.find("## 1. 服务圈：投诉处理服务圈") != std::string::npos);
    CHECK(md.find("## 2. 服务圈：热线服务圈") != std::string::npos);
    CHECK(md.find("### 1.2 致歉") != std::string::npos);
    CHECK(md.find("| 关键因素 | 顾客期望 | 标准 |") != std::string::npos);
    CHECK(md.find("真诚\\|致歉") != std::string::npos);
    CHECK(md.find("感到被尊重<br>不被敷衍") != std::string::npos);
    CHECK(md.find("（待制定）") != std::string::npos);
    CHECK(md.find("调查问题：我们的致歉是否让您感到被尊重？") != std::string::npos);
    CHECK(md.find("接通前响铃次数 ≤ 3 声") != std::string::npos);
    // Every table row has the same number of unescaped pipes as its header.
    size_t pos = 0;
    int rows = 0;
    while ((pos = md.find("\n|", pos)) != std::string::npos) {
        const size_t end = md.find('\n', pos + 1);
        const std::string line = md.substr(pos + 1, end - pos - 1);
        int pipes = 0;
        for (size_t i = 0; i < line.size(); ++i)
            if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++pipes;
        CHECK(pipes == 11);
        ++rows;
        pos = end;
    }
    CHECK(rows == 3 * 2 + 5);  // three tables (header + rule each) and five rows
}

TEST_CASE("Markdown handbook in English") {
    const std::string md = export_standards_markdown(sample(), Lang::En);
    CHECK(md.rfind("# 投诉处理 — Service standards handbook\n", 0) == 0);
    CHECK(md.find("## 1. Service circle: 投诉处理服务圈") != std::string::npos);
    CHECK(md.find("| Key factor | Customer expectation | Standard |") != std::string::npos);
    CHECK(md.find("(to be written)") != std::string::npos);
    CHECK(md.find("Hotline agent") != std::string::npos);
}

TEST_CASE("standards JSON escapes quotes, backslashes and control characters and reads back the same text") {
    Blueprint b = sample();
    const std::string tricky = std::string("引号\"反斜杠\\换行\n制表\t回车\r控制") + '\x01' + '\x1f' + "/é中 end";
    b.circles[0].touchpoints[0].key_factors[0].standards[0].statement = tricky;
    b.circles[0].name = "\"服务圈\"";
    const std::string text = export_standards_json(b);
    CHECK(text.find("\\u0001") != std::string::npos);
    CHECK(text.find("\\u001F") != std::string::npos);
    const auto d = parse(text);
    CHECK(s(d["standards"][0]["statement"]) == tricky);
    CHECK(s(d["standards"][0]["circle"]["name"]) == "\"服务圈\"");
}

TEST_CASE("standards JSON numbers read back exactly") {
    Blueprint b = sample();
    const double values[] = {0.1 + 0.2, 1e-7, 123456.789, -2.5, 4.5, 1e300, 9.1e15};
    for (double v : values) {
        b.circles[0].touchpoints[0].key_factors[0].standards[0].target.value = v;
        b.circles[0].touchpoints[0].key_factors[0].standards[0].target.compliance = v / 1e301;
        rapidjson::Document d;
        const std::string text = export_standards_json(b);
        d.Parse<rapidjson::kParseFullPrecisionFlag>(text.data(), text.size());
        REQUIRE_FALSE(d.HasParseError());
        CHECK(d["standards"][0]["target"]["value"].GetDouble() == v);
        CHECK(d["standards"][0]["target"]["compliance"].GetDouble() == v / 1e301);
    }
}

// ------------------------------------------------------------------------- Markdown under a renderer
// The handbook is rendered by cmark-gfm (Debian's GFM reference renderer, every GFM extension on) to its
// XML tree; a hostile text must give the same tree as plain text in the same places, and read as typed.
namespace {

// Every text field the handbook shows, set to `text`.
Blueprint with_every_text(std::string text) {
    Blueprint b = sample();
    b.name = b.description = b.industry = text;
    for (Role& r : b.roles) r.name = r.name_en = text;
    for (Circle& c : b.circles) {
        c.name = c.description = text;
        for (Touchpoint& tp : c.touchpoints) {
            tp.name = tp.description = tp.mitigation = text;
            tp.fail_point = true;
            for (KeyFactor& kf : tp.key_factors) {
                kf.name = kf.expectation = text;
                for (Standard& st : kf.standards) {
                    st.statement = st.target.metric = st.target.unit = st.target.survey_question = text;
                    st.measurement.data_source = st.review_by = text;
                }
            }
        }
    }
    return b;
}

// The same text without markup: every ASCII punctuation character replaced by a letter.
std::string plain(std::string text) {
    for (char& ch : text)
        if (ch > 0x20 && ch < 0x7F && !std::isalnum(static_cast<unsigned char>(ch))) ch = 'x';
    return text;
}

std::string render_xml(const std::string& markdown) {
    REQUIRE(std::string(BP_CMARK_GFM) != "");  // scripts/setup.sh installs Debian's cmark-gfm
    static int serial = 0;
    // ctest runs test cases in parallel processes: the process id keeps their files apart.
    const std::string path = std::string(BP_BINARY_DIR) + "/test_export_" + std::to_string(::getpid()) + "_" +
                             std::to_string(++serial) + ".md";
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << markdown;
    }
    const std::string command = std::string(BP_CMARK_GFM) +
                                " -e table -e autolink -e strikethrough -e tagfilter -e tasklist -e footnotes"
                                " -t xml '" + path + "'";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::string xml;
    char buf[4096];
    for (size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) xml.append(buf, n);
    REQUIRE(pclose(pipe) == 0);
    std::remove(path.c_str());
    REQUIRE(xml.find("<document") != std::string::npos);
    return xml;
}

std::string xml_unescape(std::string s) {
    for (auto [from, to] : {std::pair<const char*, const char*>{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""},
                            {"&#39;", "'"}, {"&amp;", "&"}}) {
        for (size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += std::strlen(to))
            s.replace(at, std::strlen(from), to);
    }
    return s;
}

struct Rendered {
    std::map<std::string, int> elements;  // element name → how many
    std::vector<std::string> html;        // literals of raw HTML nodes
    std::string text;                     // the text a reader sees; blocks end in '\n', <br> is '\n'
};

Rendered render(const std::string& markdown) {
    const std::string xml = render_xml(markdown);
    Rendered r;
    static const std::regex token(
        R"(<(text|code|html_inline|html_block)[^>]*>([^<]*)</\1>|<(softbreak|linebreak) />|</(paragraph|heading|table_cell|item)>|<([a-z_]+)[ />])");
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), token); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        if (m[1].matched) {
            ++r.elements[m[1]];
            const std::string literal = xml_unescape(m[2]);
            if (m[1] == "html_inline" || m[1] == "html_block") {
                r.html.push_back(literal);
                if (literal == "<br>") r.text += '\n';
            } else {
                r.text += literal;
            }
        } else if (m[3].matched) {
            ++r.elements[m[3]];
            r.text += ' ';
        } else if (m[4].matched) {
            r.text += '\n';
        } else if (m[5].matched && m[5] != "document") {
            ++r.elements[m[5]];
        }
    }
    return r;
}

int count_of(const Rendered& r, const std::string& element) {
    auto it = r.elements.find(element);
    return it == r.elements.end() ? 0 : it->second;
}

std::string trimmed(std::string s) {
    const size_t first = s.find_first_not_of(" \t\n"), last = s.find_last_not_of(" \t\n");
    return first == std::string::npos ? std::string() : s.substr(first, last - first + 1);
}

std::string one_line(std::string s) {
    std::replace(s.begin(), s.end(), '\n', ' ');
    return trimmed(s);
}

const std::vector<std::string> kHostile = {
    "```\nthe rest of the handbook in a code block",
    "~~~ fence",
    "    indented code",
    "\tindented by a tab",
    "# injected heading",
    "## 9. Service circle: fake",
    "title ##",
    "Setext\n===",
    "Setext\n---",
    "---",
    "***",
    "___",
    "===",
    "- list item",
    "+ list item",
    "* list item",
    "1. ordered",
    "123456789) ordered",
    "> quote",
    "[click](javascript:alert(1))",
    "[click][ref]\n\n[ref]: javascript:alert(1)",
    "[ref]: https://evil.example/ \"title\"",
    "![tracking](https://evil.example/pixel.png)",
    "<https://evil.example/autolink>",
    "javascript:alert(document.cookie)",
    "visit https://evil.example/x or www.evil.example or WWW.evil.example",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<!-- comment -->",
    "<div>\nblock html\n</div>",
    "a | b | c",
    "|---|---|",
    "cell\\|escaped \\ backslash\\",
    "*emphasis* **strong** _under_ __strong__ ~~strike~~ ~one~",
    "`code` ``code``",
    "&lt;b&gt; &amp; &#60; &#x3C; &copy; R&D A & B",
    "[^1] footnote\n\n[^1]: note",
    "- [ ] task",
    "line one\nline two\r\nline three\rline four",
    "trailing hard break  \nnext",
    "trailing backslash\\\nnext",
    "中文 *强调* [链接](http://例子.cn) | 竖线",
};

}  // namespace

TEST_CASE("Markdown: hostile text renders as written, with the structure of plain text, under cmark-gfm") {
    for (const std::string& hostile : kHostile) {
        INFO("text: " << hostile);
        for (Lang lang : {Lang::Zh, Lang::En}) {
            const Rendered bad = render(export_standards_markdown(with_every_text(hostile), lang));
            const Rendered clean = render(export_standards_markdown(with_every_text(plain(hostile)), lang));
            CHECK(bad.elements == clean.elements);
            CHECK(count_of(bad, "table") == 3);
            CHECK(count_of(bad, "heading") == 6);
            for (const char* never : {"link", "image", "html_block", "code", "code_block", "emph", "strong",
                                      "strikethrough", "block_quote", "footnote_reference", "thematic_break"})
                CHECK(count_of(bad, never) == 0);
            for (const std::string& html : bad.html) CHECK(html == "<br>");  // ours: a line break in a cell
            // Headings, list items and paragraphs show the text on one line; cells keep its line breaks.
            std::string normalised = hostile;
            for (size_t at; (at = normalised.find("\r\n")) != std::string::npos;) normalised.erase(at, 1);
            std::replace(normalised.begin(), normalised.end(), '\r', '\n');
            CHECK(bad.text.find(one_line(normalised)) != std::string::npos);
            CHECK(bad.text.find("\n" + trimmed(normalised) + "\n") != std::string::npos);
        }
    }
}

TEST_CASE("Markdown: a handbook with different hostile text in every field keeps every table and heading") {
    Blueprint b = sample();
    size_t next = 0;
    auto pick = [&]() { return kHostile[next++ % kHostile.size()]; };
    b.name = pick(), b.description = pick(), b.industry = pick();
    for (Circle& c : b.circles) {
        c.name = pick(), c.description = pick();
        for (Touchpoint& tp : c.touchpoints)
            for (KeyFactor& kf : tp.key_factors) {
                tp.name = pick(), tp.description = pick();
                kf.name = pick(), kf.expectation = pick();
                for (Standard& st : kf.standards) st.statement = pick(), st.target.survey_question = pick();
            }
    }
    const Rendered r = render(export_standards_markdown(b, Lang::En));
    const Rendered reference = render(export_standards_markdown(sample(), Lang::En));
    for (const char* element : {"table", "table_row", "table_cell", "heading", "list", "item"})
        CHECK(count_of(r, element) == count_of(reference, element));
    CHECK(count_of(reference, "table") == 3);
    for (const char* never : {"link", "image", "html_block", "code", "code_block", "emph", "strikethrough"})
        CHECK(count_of(r, never) == 0);
    CHECK(r.text.find("the rest of the handbook in a code block") != std::string::npos);
}

TEST_CASE("Markdown escapes stay readable: plain prose, numbers and Chinese are written unchanged") {
    Blueprint b = sample();
    b.description = "Reply within 3.5 h (95% of cases), A & B, 中文：好的。e-mail ok; x-y = z";
    const std::string md = export_standards_markdown(b, Lang::En);
    CHECK(md.find("\nReply within 3.5 h (95% of cases), A & B, 中文：好的。e-mail ok; x-y = z\n") != std::string::npos);
}

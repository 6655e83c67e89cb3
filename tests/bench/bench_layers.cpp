#include "bench_layers.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <time.h>

#include "blueprint/chain.h"
#include "blueprint/export.h"
#include "blueprint/json_io.h"
#include "blueprint/layers.h"
#include "blueprint/lint.h"

using namespace bp;

namespace bench {

Blueprint generate_layers(int moments) {
    Blueprint b;
    b.id = BlueprintId("bp-layers");
    b.name = "分层基准蓝图";
    const char* const names[][2] = {{"促销员", "Promoter"}, {"库管", "Storekeeper"}, {"安装工", "Installer"},
                                    {"司机", "Driver"}, {"客服", "Customer service"}};
    for (int r = 0; r < 5; ++r) b.roles.push_back({RoleId("r-" + std::to_string(r)), names[r][0], names[r][1]});
    const int per_circle = 100;
    int made = 0;
    for (int c = 0; made < moments; ++c) {
        Circle circle;
        circle.id = CircleId("c-" + std::to_string(c));
        circle.name = "服务圈 " + std::to_string(c + 1);
        circle.position = {double((c % 10) * 700), double((c / 10) * 700)};
        circle.promise = Promise{"承诺 3 日内完成", *parse_deadline("+3d"), *parse_deadline("当日 09:00")};
        for (int t = 0; t < per_circle && made < moments; ++t, ++made) {
            const std::string id = std::to_string(c) + "-" + std::to_string(t);
            Touchpoint tp;
            tp.id = TouchpointId("tp-" + id);
            tp.name = "环节 " + std::to_string(t + 1);
            tp.role = RoleId("r-" + std::to_string(t % 5));
            tp.feeling = (t % 5) - 2;
            KeyFactor kf;
            kf.id = KeyFactorId("kf-" + id);
            kf.name = "准时交接";
            kf.expectation = "不耽误";
            Standard s;
            s.id = StandardId("st-" + id);
            s.statement = "30 分钟内交给下一环节";
            s.target.metric = "交接用时";
            s.target.unit = "分钟";
            s.target.value = 30;
            s.owner = tp.role;
            s.review_by = "2027-06-30";
            kf.standards.push_back(s);
            tp.key_factors.push_back(kf);
            tp.activities = {
                {ActivityId("a-" + id + "-e"), Layer::PhysicalEvidence, "工单", {}, "", false, false, {}},
                {ActivityId("a-" + id + "-c"), Layer::CustomerAction, "确认", {}, "", false, false, {}},
                {ActivityId("a-" + id + "-f"), Layer::Frontstage, "处理", tp.role, "", t % 9 == 0, t % 11 == 0, {}},
                {ActivityId("a-" + id + "-s"), Layer::Support, "记录", {}, "派工系统", false, false, {}},
            };
            if (t > 0) {  // from the previous moment's frontstage to this one's
                const std::string prev = std::to_string(c) + "-" + std::to_string(t - 1);
                Handoff h;
                h.id = HandoffId("h-" + id + "-n");
                h.from = ActivityId("a-" + prev + "-f");
                h.to = ActivityId("a-" + id + "-f");
                h.items = {{"订单", ItemKind::Information}, {"配件", ItemKind::Goods}};
                h.via = "派工系统";
                h.deadline = *parse_deadline("+30min");
                h.standard = StandardId("st-" + prev);
                circle.handoffs.push_back(h);
            }
            Handoff own;
            own.id = HandoffId("h-" + id + "-s");
            own.from = ActivityId("a-" + id + "-f");
            own.to = ActivityId("a-" + id + "-s");
            own.items = {{"记录", ItemKind::Information}};
            own.deadline = *parse_deadline("+10min");
            own.breaks_chain = false;
            circle.handoffs.push_back(own);
            circle.touchpoints.push_back(std::move(tp));
        }
        // Two handoffs per moment on average: the first moment of each circle has no predecessor.
        Handoff extra;
        extra.id = HandoffId("h-" + std::to_string(c) + "-x");
        extra.from = ActivityId("a-" + std::to_string(c) + "-0-f");
        extra.to = ActivityId("a-" + std::to_string(c) + "-0-e");
        circle.handoffs.push_back(extra);
        b.circles.push_back(std::move(circle));
    }
    return b;
}

namespace {
// Best wall-clock and best CPU time of this thread (what the work costs when the machine is busy).
struct Ms {
    double wall = 1e300, cpu = 1e300;
};
double thread_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
Ms best_ms(int runs, const std::function<void()>& work) {
    Ms best;
    for (int i = 0; i < runs; ++i) {
        const double cpu = thread_cpu_ms();
        const auto start = std::chrono::steady_clock::now();
        work();
        best.wall = std::min(best.wall, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        best.cpu = std::min(best.cpu, thread_cpu_ms() - cpu);
    }
    return best;
}
void line(const char* what, const Ms& t, const std::string& note = "") {
    std::printf("  %-42s %9.1f ms %9.1f ms%s\n", what, t.wall, t.cpu, note.c_str());
}
}  // namespace

int run_layer_bench(int runs, int moments) {
    const Blueprint doc = generate_layers(moments);
    const std::string text = save_blueprint(doc);
    const Counts n = count(doc);
    std::printf("blueprint_bench --layers: best of %d runs (wall clock, and CPU time of the thread)\n", runs);
    std::printf("  document: %zu circles, %zu moments, %zu activities, %zu handoffs, %zu standards, %.1f MB\n",
                n.circles, n.touchpoints, n.activities, n.handoffs, n.standards, text.size() / 1048576.0);
    LoadResult loaded;
    const Ms load = best_ms(runs, [&] { loaded = load_blueprint(text); });
    if (!loaded.ok()) {
        std::printf("  load failed: %s\n", loaded.error().describe(bp::Lang::En).c_str());
        return 1;
    }
    std::string out;
    const Ms save = best_ms(runs, [&] { out = save_blueprint(doc); });
    size_t findings = 0;
    LintOptions o;
    o.today = "2026-01-01";
    const Ms lint_ms = best_ms(runs, [&] { findings = lint(doc, o).size(); });
    size_t over = 0;
    const Ms chain = best_ms(runs, [&] {
        over = 0;
        for (const Circle& c : doc.circles) over += chain_timing(c).over();
    });
    const Ms brk = best_ms(runs, [&] { (void)break_link(doc, {HandoffId("h-0-1-n"), Break::Missing, 0}); });
    const Ms json = best_ms(runs, [&] { out = export_standards_json(doc); });
    const size_t json_bytes = out.size();
    const Ms csv = best_ms(runs, [&] { out = export_handoffs_csv(doc); });
    const Ms md = best_ms(runs, [&] { out = export_standards_markdown(doc); });
    char note[64];
    std::printf("  %-42s %12s %12s\n", "", "wall", "cpu");
    line("load (load_blueprint)", load);
    line("save (save_blueprint)", save);
    std::snprintf(note, sizeof note, "   [%zu findings]", findings);
    line("lint", lint_ms, note);
    std::snprintf(note, sizeof note, "   [%zu circles over their promise]", over);
    line("chain timing, every circle", chain, note);
    line("break one link (99 moments downstream)", brk);
    std::snprintf(note, sizeof note, "   [%.1f MB]", json_bytes / 1048576.0);
    line("export standards JSON (with handoffs)", json, note);
    line("export handoff CSV", csv);
    line("export Markdown (with blueprint tables)", md);
    return 0;
}

}  // namespace bench

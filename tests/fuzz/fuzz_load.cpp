// libFuzzer harness over the whole file path: load → lint → convert → every export → save → reload, which
// must give the same bytes. Any crash, sanitizer report, or broken round trip is a finding.
// Built with -DBP_FUZZ=ON by clang (see scripts/fuzz.sh); seeds are the samples and test fixtures.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "blueprint/convert.h"
#include "blueprint/edit.h"
#include "blueprint/export.h"
#include "blueprint/json_io.h"
#include "blueprint/lint.h"

namespace {

[[noreturn]] void finding(const char* what, const std::string& detail) {
    std::fprintf(stderr, "fuzz finding: %s\n%s\n", what, detail.substr(0, 2000).c_str());
    std::abort();
}

// A refused file must say why in both languages, in a message of readable length.
void check_error(const bp::LoadError& e) {
    if (e.message_en.empty() || e.message_zh.empty()) finding("an error without a message", e.describe(bp::Lang::En));
    if (e.describe(bp::Lang::En).size() > 2000 || e.describe(bp::Lang::Zh).size() > 2000)
        finding("an error message longer than 2000 bytes", e.describe(bp::Lang::En));
    if (e.message_en.rfind("the file could not be read (internal error", 0) == 0) finding("an internal error", e.describe(bp::Lang::En));
}

// What was saved loads again, and saving that gives the same bytes.
void check_round_trip(const bp::Blueprint& doc, const char* stage) {
    std::string saved = bp::save_blueprint(doc);
    bp::LoadResult again = bp::load_blueprint(saved);
    if (!again.ok()) finding(stage, "saved text does not load: " + again.error().describe(bp::Lang::En) + "\n" + saved);
    if (again.migrated_from != 0) finding(stage, "saved text is an old format version");
    std::string resaved = bp::save_blueprint(again.blueprint());
    if (resaved != saved) finding(stage, "save → load → save changed the bytes\n" + saved + "\n----\n" + resaved);
}

void exports(const bp::Blueprint& doc) {
    std::string json = bp::export_standards_json(doc);
    if (json.empty()) finding("export", "empty standards JSON");
    (void)bp::export_standards_csv(doc);
    (void)bp::export_standards_markdown(doc);
    (void)bp::lint(doc);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    bp::LoadResult loaded = bp::load_blueprint(text);
    if (!loaded.ok()) {
        check_error(loaded.error());
        return 0;
    }
    exports(loaded.blueprint());
    check_round_trip(loaded.blueprint(), "load");

    bp::Document doc(loaded.blueprint());
    if (bp::EditPtr edit = bp::convert_all(doc)) doc.apply(std::move(edit));
    exports(doc.model());
    check_round_trip(doc.model(), "convert");
    return 0;
}

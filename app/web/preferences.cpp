#include "preferences.h"

#include <rapidjson/document.h>

namespace web {

std::string preferences_to_json(const ui::ViewOptions& o) {
    auto flag = [](bool b) { return b ? "true" : "false"; };
    std::string s = "{\"lang\":\"";
    s += o.lang == ui::Lang::Zh ? "zh" : "en";
    s += "\",\"view\":\"";
    s += o.view == ui::View::Circles ? "circles" : "blueprint";
    s += "\",\"inspector\":"; s += flag(o.show_inspector);
    s += ",\"standards\":"; s += flag(o.show_standards);
    s += ",\"lint\":"; s += flag(o.show_lint);
    s += ",\"history\":"; s += flag(o.show_history);
    s += "}";
    return s;
}

bool preferences_from_json(const std::string& json, ui::ViewOptions& options) {
    rapidjson::Document d;
    d.Parse(json.c_str(), json.size());
    if (d.HasParseError() || !d.IsObject()) return false;
    auto text = [&](const char* key) -> std::string {
        auto it = d.FindMember(key);
        return it != d.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
    };
    auto flag = [&](const char* key, bool& out) {
        auto it = d.FindMember(key);
        if (it != d.MemberEnd() && it->value.IsBool()) out = it->value.GetBool();
    };
    std::string lang = text("lang"), view = text("view");
    if (lang == "zh") options.lang = ui::Lang::Zh;
    if (lang == "en") options.lang = ui::Lang::En;
    if (view == "circles") options.view = ui::View::Circles;
    if (view == "blueprint") options.view = ui::View::Blueprint;
    flag("inspector", options.show_inspector);
    flag("standards", options.show_standards);
    flag("lint", options.show_lint);
    flag("history", options.show_history);
    return true;
}

bool same_preferences(const ui::ViewOptions& a, const ui::ViewOptions& b) {
    return preferences_to_json(a) == preferences_to_json(b);
}

}  // namespace web

#include "harness.h"

#include <stdexcept>

#include "app/designer/canvas.h"

namespace ui_test {

Harness::Harness(float width, float height) {
    ctx_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.Fonts->AddFontDefault();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // builds the atlas; no texture is uploaded
    io.Fonts->SetTexID((ImTextureID)(intptr_t)1);
    d.platform = &platform;
    draw = [this] { d.frame(); };
    frame();  // a first frame so windows exist and hit testing has a layout
}

Harness::~Harness() {
    ImGui::SetCurrentContext(ctx_);
    ImGui::DestroyContext(ctx_);
}

void Harness::load(bp::Blueprint doc) {
    d.session.open(std::move(doc), "");
    d.selection.clear();
    ui::forget_cameras(d.canvas);
    frames(2);
}

void Harness::frame() {
    ImGui::SetCurrentContext(ctx_);
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    draw();
    ImGui::Render();
}

void Harness::frames(int n) {
    for (int i = 0; i < n; ++i) frame();
}

void Harness::idle(double seconds) {
    ImGui::SetCurrentContext(ctx_);
    ImGui::GetIO().DeltaTime = (float)seconds;
    ImGui::NewFrame();
    draw();
    ImGui::Render();
}

void Harness::set_mods(ImGuiKeyChord mods) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, (mods & ImGuiMod_Ctrl) != 0);
    io.AddKeyEvent(ImGuiMod_Shift, (mods & ImGuiMod_Shift) != 0);
    io.AddKeyEvent(ImGuiMod_Alt, (mods & ImGuiMod_Alt) != 0);
    io.AddKeyEvent(ImGuiMod_Super, (mods & ImGuiMod_Super) != 0);
}

void Harness::move(ImVec2 p) {
    ImGui::SetCurrentContext(ctx_);
    ImGui::GetIO().AddMousePosEvent(p.x, p.y);
    frame();
}

void Harness::click(ImVec2 p, ImGuiKeyChord mods, ImGuiMouseButton button) {
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    set_mods(mods);
    io.AddMousePosEvent(p.x, p.y);
    frame();
    io.AddMouseButtonEvent(button, true);
    frame();
    io.AddMouseButtonEvent(button, false);
    frame();
    set_mods(0);
    frame();
    idle(0.5);  // the next click is a new click, not the second half of a double click
}

void Harness::double_click(ImVec2 p) {
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(p.x, p.y);
    frame();
    for (int i = 0; i < 2; ++i) {
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
        frame();
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        frame();
    }
    frame();
}

void Harness::drag(ImVec2 from, ImVec2 to, int steps, ImGuiMouseButton button, ImGuiKeyChord mods) {
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    set_mods(mods);
    io.AddMousePosEvent(from.x, from.y);
    frame();
    io.AddMouseButtonEvent(button, true);
    frame();
    for (int i = 1; i <= steps; ++i) {
        const float t = (float)i / (float)steps;
        io.AddMousePosEvent(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
        frame();
    }
    io.AddMouseButtonEvent(button, false);
    frame();
    set_mods(0);
    frame();
    idle(0.5);
}

void Harness::wheel(ImVec2 p, float dy, ImGuiKeyChord mods) {
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    set_mods(mods);
    io.AddMousePosEvent(p.x, p.y);
    frame();
    io.AddMouseWheelEvent(0.0f, dy);
    frame();
    set_mods(0);
    frame();
}

void Harness::press(ImGuiKey key, ImGuiKeyChord mods) {
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    set_mods(mods);
    io.AddKeyEvent(key, true);
    frame();
    io.AddKeyEvent(key, false);
    frame();
    set_mods(0);
    frame();
}

void Harness::hold(ImGuiKey key, bool down) {
    ImGui::SetCurrentContext(ctx_);
    ImGui::GetIO().AddKeyEvent(key, down);
    frame();
}

void Harness::type(const std::string& utf8) {
    ImGui::SetCurrentContext(ctx_);
    ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
    frame();
    frame();
}

ImVec2 Harness::screen_of(const std::string& id) {
    ImGui::SetCurrentContext(ctx_);
    auto p = d.screen_position(typed(d, id));
    if (!p) throw std::runtime_error("element not drawn in the current view: " + id);
    return ImVec2((float)p->x, (float)p->y);
}

ImVec2 Harness::world_to_screen(bp::Vec2 w) {
    const bp::Vec2 s = d.camera().world_to_screen(w);
    return ImVec2((float)s.x, (float)s.y);
}

bp::Blueprint sample_blueprint(int circles, int touchpoints, int key_factors) {
    bp::Blueprint b;
    b.id = bp::BlueprintId("bp-test");
    b.name = "测试蓝图";
    b.roles.push_back({bp::RoleId("role-installer"), "安装工", "installer"});
    for (int c = 0; c < circles; ++c) {
        bp::Circle circle;
        circle.id = bp::CircleId("c" + std::to_string(c + 1));
        circle.name = "服务圈 " + std::to_string(c + 1);
        circle.position = {c * 900.0, 0};
        for (int t = 0; t < touchpoints; ++t) {
            bp::Touchpoint tp;
            const std::string tid = circle.id.value + "-tp" + std::to_string(t + 1);
            tp.id = bp::TouchpointId(tid);
            tp.name = "触点 " + std::to_string(t + 1);
            tp.role = bp::RoleId("role-installer");
            tp.feeling = (t % 5) - 2;
            tp.lane = (bp::Lane)(t % 5);
            for (int k = 0; k < key_factors; ++k) {
                bp::KeyFactor kf;
                kf.id = bp::KeyFactorId(tid + "-kf" + std::to_string(k + 1));
                kf.name = "关键因素 " + std::to_string(k + 1);
                tp.key_factors.push_back(kf);
            }
            circle.touchpoints.push_back(tp);
        }
        b.circles.push_back(circle);
    }
    return b;
}

std::string focus_requested(const ui::Designer& d) {
    std::string id;
    for (const ui::Command& c : d.commands.pending())
        if (const auto* focus = std::get_if<ui::command::Focus>(&c)) id = focus->id.str();
    return id;
}

std::vector<std::string> selected(const ui::Designer& d) {
    std::vector<std::string> ids;
    for (const bp::ElementId& id : d.selection.ids) ids.push_back(id.str());
    return ids;
}

bp::ElementId typed(ui::Designer& d, const std::string& id) {
    if (auto found = d.session.doc().locator().resolve(id)) return *found;
    return bp::TouchpointId(id);
}

std::vector<bp::ElementId> typed(ui::Designer& d, const std::vector<std::string>& ids) {
    std::vector<bp::ElementId> out;
    for (const auto& id : ids) out.push_back(typed(d, id));
    return out;
}

}  // namespace ui_test

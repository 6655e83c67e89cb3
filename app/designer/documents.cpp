// The designer's documents: New, Open, the samples and File > Recent replace the open document only after
// asking what becomes of unsaved changes (save / discard / cancel); Save and Save As go through the
// platform, which writes into the document's own file where it can and reports back.
// Sections: replacing the document · the unsaved-changes question · saving.
#include <ctime>

#include "designer.h"
#include "imgui.h"

namespace ui {

// --------------------------------------------------------------------------- replacing the document
void Designer::request_replace(const Replacement& what) {
    if (!unsaved()) {
        replace_now(what);
        return;
    }
    asking_ = what;
}

void Designer::replace_now(const Replacement& what) {
    using Kind = Replacement::Kind;
    remember_current();  // the document being left stays restorable from File > Recent
    switch (what.kind) {
    case Kind::New: new_document(); break;
    case Kind::Open: platform->open_file_picker(); break;
    case Kind::Sample: open_sample(what.sample); break;
    case Kind::Recent: platform->open_recent(what.recent_key); break;
    case Kind::Text:
        if (open_text(what.text, what.filename)) remember_current(&what.text);
        break;
    }
}

// A sample opens as a new document in no file: a fresh id (its autosave and its file are its own) and
// a name that says it is a copy, so that saving it never overwrites the sample or an earlier copy.
void Designer::open_sample(size_t index) {
    if (index >= samples.size()) return;
    const Sample s = samples[index];  // the list may not outlive a reference across open_text
    if (!open_text(s.json, "")) return;
    bp::Blueprint copy = session.model();
    copy.id = Session::new_blueprint_id();
    copy.name += tr(options.lang, "（示例副本）", " (copy of the sample)");
    session.open(std::move(copy), "");
    session.mark_unsaved();
}

// The open document goes into File > Recent as it is now (what is left unsaved stays restorable).
void Designer::remember_current(const std::string* as_text) {
    const bp::Blueprint& m = session.model();
    if (m.circles.empty() && m.name.empty()) return;
    // Not `as_text ? *as_text : save_blueprint(m)`: that would copy the opened text.
    if (as_text) platform->remember_recent(m.id.value, m.name, session.filename(), *as_text, unsaved());
    else platform->remember_recent(m.id.value, m.name, session.filename(), bp::save_blueprint(m), unsaved());
}

// ------------------------------------------------------------------------ the unsaved-changes question
void Designer::draw_unsaved_dialog() {
    const Lang l = options.lang;
    const char* title = tr(l, "未保存的修改###unsaved", "Unsaved changes###unsaved");
    if (asking_ && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings))
        return;
    const std::string& name = session.model().name;
    const std::string question = l == Lang::Zh
        ? "“" + name + "”有尚未保存到文件的修改。\n要先保存吗？不保存的话，修改仍可从“文件 > 最近的文档”找回。"
        : "\"" + name + "\" has changes that are not saved in a file.\nSave them first? If not, they can still be "
          "found under File > Recent.";
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    ImGui::TextUnformatted(question.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    enum { None, Save, Discard, Cancel } choice = None;
    if (ImGui::Button(tr(l, "保存", "Save"))) choice = Save;
    ImGui::SetItemDefaultFocus();
    ImGui::SameLine();
    if (ImGui::Button(tr(l, "不保存", "Don't save"))) choice = Discard;
    ImGui::SameLine();
    if (ImGui::Button(tr(l, "取消", "Cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) choice = Cancel;
    if (!asking_) choice = Cancel;  // the question was withdrawn (e.g. another document arrived)
    if (choice != None) {
        const std::optional<Replacement> what = asking_;
        asking_.reset();
        ImGui::CloseCurrentPopup();
        if (choice == Save && what) {
            after_save_ = what;
            save_document(false);
        } else if (choice == Discard && what) {
            replace_now(*what);
        }
    }
    ImGui::EndPopup();
}

// ------------------------------------------------------------------------------------------- saving
void Designer::save_document(bool choose_file) {
    saving_revision_ = session.doc().revision();
    const std::string filename = session.filename().empty() ? session.base_name() + ".blueprint.json" : session.filename();
    const bool done = platform->save_file(session.model().id.value, filename, bp::save_blueprint(session.model()),
                                          choose_file || session.filename().empty());
    if (done) file_saved(true, filename, "");
}

void Designer::file_saved(bool ok, const std::string& filename, const std::string& error) {
    const Lang l = options.lang;
    if (!ok) {
        after_save_.reset();  // the document stays open: nothing is replaced without its save
        if (!error.empty()) {
            notice = tr(l, "没有保存：", "Not saved: ") + error;
            notice_is_error = true;
        }
        return;
    }
    session.mark_saved_at(saving_revision_, filename);
    remember_current();
    if (after_save_) {  // the question asked to save first: now the replacement it was about
        const Replacement what = *after_save_;
        after_save_.reset();
        replace_now(what);
    }
    // Said after the replacement, which clears the notice of the document it replaced.
    char when[16] = "";
    const std::time_t now = std::time(nullptr);
    if (const std::tm* t = std::localtime(&now)) std::strftime(when, sizeof when, "%H:%M", t);
    notice = l == Lang::Zh ? "已保存到 " + filename + "（" + when + "）" : "Saved to " + filename + " at " + when;
    notice_is_error = false;
}

}  // namespace ui

// The interface language and the one helper every UI string goes through. No ImGui.
#pragma once

namespace ui {

enum class Lang { Zh, En };
// Every UI string is written in both languages at its call site: tr(lang, "保存", "Save").
inline const char* tr(Lang lang, const char* zh, const char* en) { return lang == Lang::Zh ? zh : en; }

}  // namespace ui

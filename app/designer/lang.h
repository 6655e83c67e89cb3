// The interface language (the library's) and the one helper every UI string goes through. No ImGui.
#pragma once

#include "blueprint/lang.h"

namespace ui {

using Lang = bp::Lang;
// Every UI string is written in both languages at its call site: tr(lang, "保存", "Save").
inline const char* tr(Lang lang, const char* zh, const char* en) { return lang == Lang::Zh ? zh : en; }

}  // namespace ui

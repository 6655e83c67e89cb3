// A cereal input archive that reads from an already parsed (and validated) RapidJSON value, so a document is
// parsed once: cereal's own JSONInputArchive would parse the text a second time, through a std::istream.
// Members are found by name; a missing member leaves the target at its default. Anything unexpected throws
// (validation runs first, so that means a bug, which load_blueprint reports rather than crashing on).
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "json_rapidjson.h"

namespace bp::json {

// A string read in place, without copying: for enum tokens, which are looked up and dropped.
struct TokenText {
    std::string_view text;
};

class DomInputArchive : public cereal::InputArchive<DomInputArchive>, public cereal::traits::TextArchive {
public:
    explicit DomInputArchive(const rapidjson::Value& root) : InputArchive(this) { frames_.push_back({&root}); }

    // Is there a member with this name in the current object, and is it not null?
    bool has(const char* name) const {
        const rapidjson::Value* v = member(name);
        return v && !v->IsNull();
    }

    // cereal's hooks (see the free functions below).
    void setNextName(const char* name) { next_name_ = name; }
    void startNode() { frames_.push_back({next()}); }
    void finishNode() { frames_.pop_back(); }

    void loadValue(std::string& s) {
        if (const rapidjson::Value* v = next()) {
            expect(v->IsString());
            s.assign(v->GetString(), v->GetStringLength());
        }
    }
    void loadValue(TokenText& t) {
        if (const rapidjson::Value* v = next()) {
            expect(v->IsString());
            t.text = std::string_view(v->GetString(), v->GetStringLength());
        }
    }
    void loadValue(bool& b) {
        if (const rapidjson::Value* v = next()) {
            expect(v->IsBool());
            b = v->GetBool();
        }
    }
    void loadValue(int& i) {
        if (const rapidjson::Value* v = next()) {
            if (v->IsInt()) {
                i = v->GetInt();
                return;
            }
            // Whole numbers written as 3.0; validation has checked they fit.
            expect(v->IsNumber() && v->GetDouble() >= -2147483648.0 && v->GetDouble() <= 2147483647.0);
            i = static_cast<int>(v->GetDouble());
        }
    }
    void loadValue(double& d) {
        if (const rapidjson::Value* v = next()) {
            expect(v->IsNumber());
            d = v->GetDouble();
        }
    }
    template <class Size>
    void loadSize(Size& size) {
        const Frame& f = frames_.back();
        size = f.value && f.value->IsArray() ? f.value->Size() : 0;
    }

private:
    struct Frame {
        const rapidjson::Value* value;  // nullptr when the member is absent: everything inside keeps defaults
        rapidjson::SizeType next_element = 0;
        rapidjson::SizeType next_member = 0;  // where the next named member most likely is
    };
    std::vector<Frame> frames_;
    const char* next_name_ = nullptr;

    static void expect(bool ok) {
        if (!ok) throw std::logic_error("document changed shape after validation");
    }

    const rapidjson::Value* member(const char* name) const {
        const Frame& f = frames_.back();
        if (!f.value) return nullptr;
        expect(f.value->IsObject());
        rapidjson::SizeType count = f.value->MemberCount();
        auto begin = f.value->MemberBegin();
        for (rapidjson::SizeType tried = 0, i = f.next_member; tried < count; ++tried, i = (i + 1) % count)
            if (std::string_view(begin[i].name.GetString(), begin[i].name.GetStringLength()) == name) {
                const_cast<Frame&>(f).next_member = (i + 1) % count;
                return &begin[i].value;
            }
        return nullptr;
    }

    // The value the next load reads: the named member, or the next array element.
    const rapidjson::Value* next() {
        if (next_name_) {
            const char* name = next_name_;
            next_name_ = nullptr;
            return member(name);
        }
        Frame& f = frames_.back();
        expect(f.value && f.value->IsArray() && f.next_element < f.value->Size());
        return &(*f.value)[f.next_element++];
    }
};

// ---- cereal hooks: names select members, classes and containers enter a node, values load directly.
template <class T>
void prologue(DomInputArchive&, const cereal::NameValuePair<T>&) {}
template <class T>
void epilogue(DomInputArchive&, const cereal::NameValuePair<T>&) {}
template <class T>
void prologue(DomInputArchive&, const cereal::SizeTag<T>&) {}
template <class T>
void epilogue(DomInputArchive&, const cereal::SizeTag<T>&) {}
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void prologue(DomInputArchive&, const T&) {}
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void epilogue(DomInputArchive&, const T&) {}
inline void prologue(DomInputArchive&, const std::string&) {}
inline void epilogue(DomInputArchive&, const std::string&) {}
inline void prologue(DomInputArchive&, const TokenText&) {}
inline void epilogue(DomInputArchive&, const TokenText&) {}
template <class T, cereal::traits::EnableIf<!std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void prologue(DomInputArchive& ar, const T&) { ar.startNode(); }
template <class T, cereal::traits::EnableIf<!std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void epilogue(DomInputArchive& ar, const T&) { ar.finishNode(); }

template <class T>
void CEREAL_LOAD_FUNCTION_NAME(DomInputArchive& ar, cereal::NameValuePair<T>& pair) {
    ar.setNextName(pair.name);
    ar(pair.value);
}
template <class T>
void CEREAL_LOAD_FUNCTION_NAME(DomInputArchive& ar, cereal::SizeTag<T>& tag) { ar.loadSize(tag.size); }
template <class T, cereal::traits::EnableIf<std::is_arithmetic<T>::value> = cereal::traits::sfinae>
void CEREAL_LOAD_FUNCTION_NAME(DomInputArchive& ar, T& value) { ar.loadValue(value); }
inline void CEREAL_LOAD_FUNCTION_NAME(DomInputArchive& ar, std::string& s) { ar.loadValue(s); }
inline void CEREAL_LOAD_FUNCTION_NAME(DomInputArchive& ar, TokenText& t) { ar.loadValue(t); }

}  // namespace bp::json

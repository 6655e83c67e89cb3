// A strict little XML reader for the picture tests: well-formedness (one root, tags nested and closed,
// attributes quoted and not repeated, only the five predefined entities and numeric ones) and the
// elements with their attributes and parent, so tests can compare an SVG's geometry with the scene.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace xml {

struct Element {
    std::string name;
    std::map<std::string, std::string> attrs;
    int parent = -1;  // index into the document's elements
    std::string attr(const std::string& key) const {
        auto it = attrs.find(key);
        return it == attrs.end() ? std::string() : it->second;
    }
    double number(const std::string& key) const { return std::stod(attr(key)); }
};

struct Document {
    std::vector<Element> elements;  // in document order
    std::string error;              // empty when well-formed
};

inline bool name_char(char c) {
    return std::isalnum((unsigned char)c) || c == '-' || c == '_' || c == ':' || c == '.' || (unsigned char)c >= 0x80;
}

inline bool check_entities(const std::string& s, std::string& error) {
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '<') return error = "'<' in text or attribute", false;
        if (s[i] != '&') continue;
        const size_t end = s.find(';', i);
        if (end == std::string::npos) return error = "unterminated entity", false;
        const std::string e = s.substr(i + 1, end - i - 1);
        if (e != "lt" && e != "gt" && e != "amp" && e != "quot" && e != "apos" && (e.empty() || e[0] != '#'))
            return error = "unknown entity &" + e + ";", false;
    }
    return true;
}

inline Document parse(const std::string& s) {
    Document d;
    std::vector<int> open;
    bool root_seen = false;
    size_t i = 0;
    auto fail = [&](const std::string& why) {
        d.error = why + " at byte " + std::to_string(i);
        return d;
    };
    while (i < s.size()) {
        if (s[i] != '<') {
            const size_t next = s.find('<', i);
            const std::string text = s.substr(i, next == std::string::npos ? std::string::npos : next - i);
            if (open.empty() && text.find_first_not_of(" \t\r\n") != std::string::npos) return fail("text outside the root");
            if (!check_entities(text, d.error)) return fail(d.error);
            i = next == std::string::npos ? s.size() : next;
            continue;
        }
        if (s.compare(i, 5, "<?xml") == 0) {
            if (i != 0) return fail("XML declaration not at the start");
            const size_t end = s.find("?>", i);
            if (end == std::string::npos) return fail("unterminated declaration");
            i = end + 2;
            continue;
        }
        if (s.compare(i, 4, "<!--") == 0) {
            const size_t end = s.find("-->", i);
            if (end == std::string::npos) return fail("unterminated comment");
            i = end + 3;
            continue;
        }
        if (s.compare(i, 2, "</") == 0) {
            size_t j = i + 2;
            while (j < s.size() && name_char(s[j])) ++j;
            const std::string name = s.substr(i + 2, j - i - 2);
            if (j >= s.size() || s[j] != '>') return fail("bad end tag");
            if (open.empty() || d.elements[open.back()].name != name) return fail("</" + name + "> closes nothing open");
            open.pop_back();
            i = j + 1;
            continue;
        }
        Element e;
        size_t j = i + 1;
        while (j < s.size() && name_char(s[j])) ++j;
        e.name = s.substr(i + 1, j - i - 1);
        if (e.name.empty()) return fail("empty tag name");
        bool self_closing = false;
        while (true) {
            while (j < s.size() && std::isspace((unsigned char)s[j])) ++j;
            if (j >= s.size()) return fail("unterminated tag");
            if (s[j] == '>') { ++j; break; }
            if (s.compare(j, 2, "/>") == 0) { j += 2; self_closing = true; break; }
            const size_t k = j;
            while (j < s.size() && name_char(s[j])) ++j;
            const std::string key = s.substr(k, j - k);
            if (key.empty() || j + 1 >= s.size() || s[j] != '=' || s[j + 1] != '"') return fail("bad attribute in <" + e.name + ">");
            const size_t end = s.find('"', j + 2);
            if (end == std::string::npos) return fail("unterminated attribute");
            const std::string value = s.substr(j + 2, end - j - 2);
            if (!check_entities(value, d.error)) return fail(d.error);
            if (!e.attrs.emplace(key, value).second) return fail("attribute " + key + " repeated");
            j = end + 1;
            if (j < s.size() && !std::isspace((unsigned char)s[j]) && s[j] != '>' && s[j] != '/') return fail("no space between attributes");
        }
        if (open.empty()) {
            if (root_seen) return fail("a second root element");
            root_seen = true;
        }
        e.parent = open.empty() ? -1 : open.back();
        d.elements.push_back(e);
        if (!self_closing) open.push_back((int)d.elements.size() - 1);
        i = j;
    }
    if (!open.empty()) return fail("<" + d.elements[open.back()].name + "> never closed");
    if (!root_seen) return fail("no root element");
    return d;
}

}  // namespace xml

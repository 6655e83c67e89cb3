// The method words' hover help: complete in both languages, consistent with the labels it explains.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "blueprint/enums.h"
#include "blueprint/method_help.h"
#include "chinese_text.h"

using chinese_text::has_half_width_punctuation;

TEST_CASE("method help: every entry has a unique key, both languages, a source and a known topic") {
    std::set<std::string_view> keys, topics;
    for (const auto& t : bp::help_topics()) topics.insert(t.topic);
    for (const auto& e : bp::method_help()) {
        INFO(e.key);
        CHECK(keys.insert(e.key).second);
        CHECK(topics.count(e.topic) == 1);
        CHECK(!e.word.zh.empty());
        CHECK(!e.word.en.empty());
        CHECK(!e.explanation.zh.empty());
        CHECK(!e.explanation.en.empty());
        CHECK(!e.source.empty());
        CHECK_FALSE(has_half_width_punctuation(e.word.zh));
        CHECK_FALSE(has_half_width_punctuation(e.explanation.zh));
    }
    for (auto topic : topics) {
        INFO(topic);
        int members = 0;
        for (const auto& e : bp::method_help()) members += e.topic == topic;
        CHECK(members >= 2);
    }
}

TEST_CASE("method help: every classification value has its entry, under the label the designer shows") {
    for (const auto& i : bp::enum_table<bp::Pillar>()) {
        CHECK(bp::help_for(i.value).word.zh == i.zh);
        CHECK(bp::help_for(i.value).word.en == i.en);
    }
    for (const auto& i : bp::enum_table<bp::Bpm>()) {
        CHECK(bp::help_for(i.value).word.zh == i.zh);
        CHECK(bp::help_for(i.value).word.en == i.en);
    }
    for (const auto& i : bp::enum_table<bp::Dimension>()) {
        CHECK(bp::help_for(i.value).word.zh == i.zh);
        CHECK(bp::help_for(i.value).word.en == i.en);
    }
    CHECK(bp::help_entry("pitfall.6") != nullptr);
    CHECK(bp::help_entry("no such word") == nullptr);
}

TEST_CASE("method help: the glossary's filter finds words in either language, English without case") {
    auto found = [](std::string_view text) {
        std::vector<std::string_view> keys;
        for (const auto& e : bp::method_help())
            if (bp::help_matches(e, text)) keys.push_back(e.key);
        return keys;
    };
    CHECK(found("误区3") == std::vector<std::string_view>{"pitfall.3"});
    CHECK(found("AVERAGE") == std::vector<std::string_view>{"pitfall.3"});
    CHECK(found("Domino") == std::vector<std::string_view>{"pitfall.6"});
    CHECK(found("").size() == bp::method_help().size());
    CHECK(found("no such word at all").empty());
}

TEST_CASE("the full-width check finds half-width punctuation next to Chinese") {
    CHECK(has_half_width_punctuation("核对,差错"));
    CHECK(has_half_width_punctuation("(满分 5 分)"));
    CHECK_FALSE(has_half_width_punctuation("核对，差错（满分 5 分）"));
    CHECK_FALSE(has_half_width_punctuation("1-5 scale (top box), 90%"));
}

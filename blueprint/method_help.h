// Short explanations of the method's words, in both languages, with the seed passage each comes from:
// the designer shows them as hover help and in the Help menu's glossary; the handbook can cite them.
#pragma once

#include <string_view>
#include <vector>

#include "lang.h"
#include "model.h"

namespace bp {

struct HelpEntry {
    std::string_view key;     // stable, e.g. "pillar", "bpm.basic", "dimension.courtesy", "pitfall.3"
    std::string_view topic;   // the group it is listed under (help_topics)
    Term word;                // the word as the product writes it
    Term explanation;         // one to three sentences a new user can act on
    std::string_view source;  // the seed passage, e.g. "001 5.2.1"
};

// Every entry, grouped by topic in the order a new user meets them.
const std::vector<HelpEntry>& method_help();

// Whether an entry's word or explanation, in either language, contains `text` (ASCII letters compared
// without case); an empty text matches everything.
bool help_matches(const HelpEntry& entry, std::string_view text);

// The entry for a key, or nullptr.
const HelpEntry* help_entry(std::string_view key);

// The entries for the values of the classification enums.
const HelpEntry& help_for(Pillar value);
const HelpEntry& help_for(Bpm value);
const HelpEntry& help_for(Dimension value);

// The topics in order, with their headings.
struct HelpTopic {
    std::string_view topic;
    Term heading;
};
const std::vector<HelpTopic>& help_topics();

}  // namespace bp

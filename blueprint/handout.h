// Role cards (岗位服务标准卡): what one role is trained on, as a handout — its duties, whom it reports and
// escalates to, its moments in the customer's order (what to say, do and never do; the standards it is
// held to with targets and how they are measured; what it receives and passes on; the fail point and its
// recovery) and a self-check list for the monthly self-check (001). Built once as plain data, then
// written as printable HTML (A4, Chinese text) or Markdown.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lang.h"
#include "model.h"
#include "trainer.h"

namespace bp {

struct RoleCard {
    struct CardStandard {
        StandardId id;
        std::string statement;
        std::string kind;      // 语言标准 …; "" when not classified
        std::string measure;   // measure_line
    };
    struct Moment {
        TouchpointId id;
        std::string circle, name, expectation;
        int order = 0;                          // 1-based, in its circle
        std::string served_by;                  // the moment's role when it is another's; "" when the card's
        std::vector<std::string> activities;    // what the card's role does there (its activities)
        // What to say, do and never do: the moment's script, on the card of the role that serves it.
        std::vector<Phrase> phrases;
        std::vector<std::string> steps, never;
        std::vector<CardStandard> standards;
        std::vector<std::string> receives, passes;  // handoff_line
        std::string fail_recovery;              // a fail point's mitigation (and recovery circle); "" otherwise
    };
    std::string blueprint, role;
    std::vector<std::string> duties;
    std::string reports_to, escalates_to;     // role names; "" for none
    std::vector<Moment> moments;
    std::vector<CheckItem> self_check;
};

// The card of `role`, or nullopt when the blueprint has no such role.
std::optional<RoleCard> role_card(const Blueprint& doc, const RoleId& role, Lang lang);

std::string role_card_markdown(const RoleCard& card, Lang lang);
// A whole HTML page that prints on A4 (print CSS, page breaks between moments kept tidy).
std::string role_card_html(const RoleCard& card, Lang lang);

}  // namespace bp

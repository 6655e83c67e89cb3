// What the `blueprint` tool's commands share: the message language, the parsed command line, reading
// and writing files (capped, atomic), loading a blueprint with a message saying where and what.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "blueprint/json_io.h"
#include "blueprint/lang.h"
#include "blueprint/model.h"

namespace bp::cli {

// The message language, and tr("中文", "English") picking the text in it.
struct Tr {
    bp::Lang lang = bp::Lang::En;
    bool zh() const { return lang == bp::Lang::Zh; }
    const char* operator()(const char* chinese, const char* english) const { return zh() ? chinese : english; }
};

// The command line of validate, lint, convert, export, render, handout and new.
struct Options {
    std::string command;
    std::vector<std::string> positional;
    std::optional<std::string> output, to, format, sample, today, max_standards, view, font, role;
    bool list = false, force = false, help = false, version = false;
    std::optional<bp::Lang> lang;
};

// A file that could not be read or written, said in both languages.
struct Failure {
    std::string zh, en;
};

// Reads PATH ("-": standard input) whole, refusing more than kMaxDocumentBytes without reading past it.
std::optional<Failure> read_input(const std::string& path, std::string& text);
// Writes PATH ("-": standard output); a file is replaced atomically, so a failed write leaves it whole.
std::optional<Failure> write_output(const std::string& path, const std::string& bytes, std::ostream& out);
// Says the failure on `err` and returns kFindings.
int fail(std::ostream& err, const Tr& tr, const Failure& f);

// Loads FILE; on failure reports where and what, and returns nullopt.
std::optional<Blueprint> load(const std::string& path, std::ostream& err, const Tr& tr, LoadError* error_out = nullptr);
Lang content_lang(const Blueprint& doc);
// Once a blueprint is read, the CLI speaks its language (a Chinese blueprint gets Chinese messages
// whatever the locale) unless --lang says otherwise; before that, the locale's.
Tr speaking(const Options& o, const Tr& before, const Blueprint& doc);

// Whether `s` ends in `suffix`, ignoring ASCII case (file extensions).
bool ends_with(const std::string& s, const std::string& suffix);

// The commands that write one file from a blueprint (cli_outputs.cpp).
int cmd_export(const Options& o, std::ostream& out, std::ostream& err, const Tr& locale_tr);
int cmd_render(const Options& o, std::ostream& out, std::ostream& err, const Tr& locale_tr);
int cmd_handout(const Options& o, std::ostream& out, std::ostream& err, const Tr& locale_tr);

}  // namespace bp::cli

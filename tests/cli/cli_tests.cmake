# ctest entries for the `blueprint` CLI: exit codes and key output for every sample and for bad input.
# Included from the CLI section of the top-level CMakeLists.txt; needs the `blueprint` target.
set(BP_CLI_WORK "${CMAKE_BINARY_DIR}/cli-test-output")
file(MAKE_DIRECTORY "${BP_CLI_WORK}")
file(WRITE "${BP_CLI_WORK}/truncated.blueprint.json" "{\"format\": \"service-blueprint\", \"format_version\": 2, \"id\": \"x\", \"na")
file(WRITE "${BP_CLI_WORK}/not-json.blueprint.json" "热水器安装\n")

# bp_cli_test(NAME CODE MATCH arg...): run `blueprint arg...` in BP_CLI_WORK, expect exit CODE and
# output matching MATCH ("" for no check).
function(bp_cli_test name code match)
  string(REPLACE ";" "|" joined "$<TARGET_FILE:blueprint>;${ARGN}")
  set(extra "")
  if(NOT match STREQUAL "")
    set(extra "-DMATCH=${match}")
  endif()
  add_test(NAME "cli: ${name}"
    COMMAND "${CMAKE_COMMAND}" "-DARGS=${joined}" "-DCODE=${code}" ${extra} "-DWORKDIR=${BP_CLI_WORK}"
            -P "${CMAKE_SOURCE_DIR}/tests/cli/expect.cmake")
endfunction()

# Usage.
bp_cli_test("help" 0 "Usage:" --help --lang en)
bp_cli_test("help in Chinese" 0 "用法" --help --lang zh)
bp_cli_test("version" 0 "^blueprint [0-9]+\\.[0-9]+\\.[0-9]+" --version)
bp_cli_test("no command is a usage error" 2 "Usage:" --lang en)
bp_cli_test("unknown command" 2 "unknown command frobnicate" frobnicate --lang en)
bp_cli_test("unknown option" 2 "unknown option --bogus" validate x.json --bogus --lang en)
bp_cli_test("bad --lang" 2 "--lang takes zh or en" --lang fr validate x.json)
bp_cli_test("validate without a file" 2 "needs a FILE" validate --lang en)
bp_cli_test("export without --to" 2 "export needs --to" export x.json --lang en)
bp_cli_test("export to an unknown format" 2 "does not know" export x.json --to pdf --lang en)
bp_cli_test("lint with a bad --format" 2 "--format takes text or json" lint x.json --format xml --lang en)
bp_cli_test("option of another command" 2 "does not take --to" validate x.json --to csv --lang en)

# Bad input: a clear message, exit 1.
bp_cli_test("missing file" 1 "no such file" validate no-such.blueprint.json --lang en)
bp_cli_test("missing file in Chinese" 1 "文件不存在" validate no-such.blueprint.json --lang zh)
bp_cli_test("truncated file" 1 "line 1" validate truncated.blueprint.json --lang en)
bp_cli_test("not JSON" 1 "line 1" lint not-json.blueprint.json --lang en)
bp_cli_test("a directory" 1 "not a regular file" export . --to csv --lang en)

# Samples: bundled, listed, written, and every command on each.
bp_cli_test("new --list" 0 "complaint-handling.*front-desk-reception.*water-heater-installation" new --list)
bp_cli_test("new with an unknown sample" 2 "no sample named" new --sample nope --lang en)
file(GLOB bp_cli_samples "${CMAKE_SOURCE_DIR}/assets/samples/*.blueprint.json")
foreach(sample IN LISTS bp_cli_samples)
  get_filename_component(file_name "${sample}" NAME)
  string(REGEX REPLACE "\\.blueprint\\.json$" "" name "${file_name}")
  bp_cli_test("new --sample ${name}" 0 "wrote" new --sample ${name} -o "${name}.new.blueprint.json" --force --lang en)
  set_tests_properties("cli: new --sample ${name}" PROPERTIES FIXTURES_SETUP "cli-new-${name}")
  bp_cli_test("validate the new ${name}" 0 "valid" validate "${name}.new.blueprint.json" --lang en)
  set_tests_properties("cli: validate the new ${name}" PROPERTIES FIXTURES_REQUIRED "cli-new-${name}")
  bp_cli_test("validate ${name}" 0 "valid\\." validate "${sample}" --lang en)
  bp_cli_test("export ${name} json" 0 "\"format\": \"service-standards\"" export "${sample}" --to standards.json)
  bp_cli_test("export ${name} csv by file name" 0 "exported [0-9]+ standard" export "${sample}" --to "${name}.csv" --lang en)
  bp_cli_test("export ${name} md" 0 "exported [0-9]+ standards to ${name}.md" export "${sample}" --to md -o "${name}.md" --lang en)
  bp_cli_test("export ${name} md to stdout" 0 "服务标准手册|Service standards handbook" export "${sample}" --to md)
  bp_cli_test("convert ${name}" 0 "drafted standards for [0-9]+ key factor" convert "${sample}" -o "${name}.converted.blueprint.json" --lang en)
  set_tests_properties("cli: convert ${name}" PROPERTIES FIXTURES_SETUP "cli-convert-${name}")
  bp_cli_test("lint the converted ${name}" 0 "" lint "${name}.converted.blueprint.json" --format json --today 2026-01-01)
  set_tests_properties("cli: lint the converted ${name}" PROPERTIES FIXTURES_REQUIRED "cli-convert-${name}")
endforeach()

# Convert dates every draft: a review a year after --today, or after today's local date without it.
set(bp_cli_dated_sample "${CMAKE_SOURCE_DIR}/assets/samples/front-desk-reception.blueprint.json")  # has key factors to draft
bp_cli_test("convert --today sets the drafts' review date a year on" 0 "\"review_by\": \"2027-03-01\""
  convert "${bp_cli_dated_sample}" --today 2026-03-01 --lang en)
bp_cli_test("convert says where each draft's number came from" 0 "\"number_source\": \"(customer|seed|suggested)\""
  convert "${bp_cli_dated_sample}" --today 2026-03-01 --lang en)
bp_cli_test("convert without --today dates drafts from the local date" 0 "\"review_by\": \"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]\""
  convert "${bp_cli_dated_sample}" --lang en)
bp_cli_test("convert with a bad --today" 2 "--today takes a date as YYYY-MM-DD" convert x.json --today 2026-02-30 --lang en)

# Acknowledged findings: still reported, with their note, counted apart.
set(bp_cli_v3 "${CMAKE_SOURCE_DIR}/tests/fixtures/water_heater.v3-sources.blueprint.json")
bp_cli_test("lint json marks acknowledged findings with their note" 1
  "\"rule\":\"coverage.touchpoint-without-key-factor\",\"severity\":\"warning\",\"element\":\"tp-leaflet\",[^}]*\"acknowledged\":true,\"note\":\"说明书由厂家提供"
  lint "${bp_cli_v3}" --format json --today 2026-01-01 --lang en)
bp_cli_test("lint text counts acknowledged findings apart" 1 "1 acknowledged"
  lint "${bp_cli_v3}" --today 2026-01-01 --lang en)

# Files: failed writes leave what was there whole; standard input has the files' size cap (tests/cli/files.sh).
list(GET bp_cli_samples 0 bp_cli_first_sample)
foreach(case IN ITEMS convert-in-place-on-a-full-disk export-over-a-file-on-a-full-disk write-to-a-full-device
                      standard-input-over-the-cap)
  add_test(NAME "cli: files: ${case}"
    COMMAND sh "${CMAKE_SOURCE_DIR}/tests/cli/files.sh" "${case}" "$<TARGET_FILE:blueprint>"
            "${bp_cli_first_sample}" "${BP_CLI_WORK}")
endforeach()

# Without --lang the CLI speaks the blueprint's language, whatever the locale; --lang still wins.
set(bp_cli_zh_sample "${CMAKE_SOURCE_DIR}/assets/samples/water-heater-installation.blueprint.json")
set(bp_cli_en_sample "${CMAKE_SOURCE_DIR}/assets/samples/hotel-check-in.blueprint.json")
bp_cli_test("a Chinese blueprint is validated in Chinese under an English locale" 0 "有效。" validate "${bp_cli_zh_sample}")
bp_cli_test("an English blueprint is validated in English under a Chinese locale" 0 "valid\\." validate "${bp_cli_en_sample}")
bp_cli_test("convert reports in the blueprint's language" 0 "已为 [0-9]+ 个关键因素生成标准草案" convert "${bp_cli_dated_sample}" -o zh-drafts.blueprint.json)
bp_cli_test("--lang overrides the blueprint's language" 0 "valid\\." validate "${bp_cli_zh_sample}" --lang en)
set_tests_properties("cli: a Chinese blueprint is validated in Chinese under an English locale"
  "cli: convert reports in the blueprint's language" PROPERTIES ENVIRONMENT "LC_ALL=C;LANG=C")
set_tests_properties("cli: an English blueprint is validated in English under a Chinese locale"
  "cli: --lang overrides the blueprint's language" PROPERTIES ENVIRONMENT "LC_ALL=zh_CN.UTF-8;LANG=zh_CN.UTF-8")

# The handoff table: by format name to standard output, or by a file name ending in .handoffs.csv.
bp_cli_test("export the handoff table" 0 "交接编号" export "${bp_cli_zh_sample}" --to handoffs.csv)
bp_cli_test("export the handoff table to a file" 0 "exported [0-9]+ handoffs to wh.handoffs.csv"
  export "${bp_cli_zh_sample}" --to wh.handoffs.csv --lang en)

# Pictures: `render` on every sample, both views, SVG and PNG, checked by xmllint and rsvg-convert
# (tests/cli/pictures.sh); the page's renderer is checked by tests/js/pictures.test.mjs.
if(TARGET picture)
  foreach(sample IN LISTS bp_cli_samples)
    get_filename_component(file_name "${sample}" NAME)
    string(REGEX REPLACE "\\.blueprint\\.json$" "" name "${file_name}")
    add_test(NAME "cli: pictures of ${name}"
      COMMAND sh "${CMAKE_SOURCE_DIR}/tests/cli/pictures.sh" "$<TARGET_FILE:blueprint>" "${sample}" "${BP_CLI_WORK}")
  endforeach()
  bp_cli_test("render to stdout writes SVG" 0 "<svg xmlns=" render "${bp_cli_zh_sample}" -o -)
  bp_cli_test("render with an unknown view" 2 "--view takes circle or blueprint" render x.json --view map -o x.svg --lang en)
  bp_cli_test("render without -o" 2 "render needs -o" render x.json --lang en)
  bp_cli_test("render to another format" 2 "must end in .svg or .png" render x.json -o x.pdf --lang en)
  bp_cli_test("render a missing file" 1 "no such file" render no-such.blueprint.json -o x.svg --lang en)
  bp_cli_test("render with a font that is not one" 1 "cannot be used: not a TrueType" render "${bp_cli_zh_sample}" -o x.svg
    --font "${BP_CLI_WORK}/not-json.blueprint.json" --lang en)
  bp_cli_test("--view belongs to render" 2 "does not take --view" validate x.json --view circle --lang en)
endif()
# Measurement: instruments out, a filled sheet back in, the monthly report (cli_results.cpp).
set(bp_v4 "${CMAKE_SOURCE_DIR}/tests/fixtures/water_heater.v4-results.blueprint.json")
set(bp_filled "${CMAKE_SOURCE_DIR}/tests/fixtures/water_heater.results-filled.csv")  # as Excel saves it: BOM, CRLF
file(WRITE "${BP_CLI_WORK}/bad-row.csv" "standard_id,period,site,result\nst-wh-slot,2026-12,A,8\nst-wh-slot,2026-12,A,soon\n")
bp_cli_test("instruments: audit sheet as CSV" 0 "标准编号,触点,标准,检查要点" instruments "${bp_v4}" --kind audit --role r-installer --period 2026-12 --site 北京朝阳店)
bp_cli_test("instruments: questionnaire as HTML in English" 0 "<title>Customer questionnaire · " instruments "${bp_v4}" --kind questionnaire --circle c-wh-install --to html --lang en)
bp_cli_test("instruments: unknown kind" 2 "--kind takes checklist, audit or questionnaire" instruments "${bp_v4}" --kind poll --lang en)
bp_cli_test("instruments: unknown role" 1 "is not a role id" instruments "${bp_v4}" --kind audit --role r-nobody --lang en)
bp_cli_test("import-results: a filled sheet" 0 "imported 2 observations" import-results "${bp_v4}" "${bp_filled}" -o imported.blueprint.json --lang en)
set_tests_properties("cli: import-results: a filled sheet" PROPERTIES FIXTURES_SETUP "cli-imported")
bp_cli_test("report of the imported results" 0 "st-wh-slot.*50.0 %" report imported.blueprint.json --period 2026-12 --to md --lang en)
set_tests_properties("cli: report of the imported results" PROPERTIES FIXTURES_REQUIRED "cli-imported")
bp_cli_test("import-results: a bad row names row and column" 1 "row 3, column result: expected a number" import-results "${bp_v4}" bad-row.csv --lang en)
# The measurement commands read files as every command does: no such file, a directory, the size cap.
bp_cli_test("import-results: a results file that is not there" 1 "missing.csv: no such file" import-results "${bp_v4}" missing.csv --lang en)
bp_cli_test("import-results: a directory as the results" 1 ": not a regular file" import-results "${bp_v4}" "${CMAKE_SOURCE_DIR}/tests" --lang en)
bp_cli_test("report: a directory as --results" 1 ": not a regular file" report "${bp_v4}" --results "${CMAKE_SOURCE_DIR}/tests" --lang en)
bp_cli_test("report with --results as JSON" 0 "\"format\":\"service-report\"" report "${bp_v4}" --results "${bp_filled}" --period 2026-12 --to json)
bp_cli_test("report as CSV" 0 "period,site,scope,circle,moment,standard_id" report "${bp_v4}" --period 2026-11 --to csv --lang en)
# A report per circle or role: its title says the scope; an id the file lacks is named with those it has.
bp_cli_test("report of one role" 0 "# Monthly service-standards report · .* · Role: Installer.*st-wh-covers"
  report "${bp_v4}" --period 2026-11 --role r-installer --lang en)
bp_cli_test("report of one circle as HTML" 0 "<title>服务标准月度报告 · 服务圈：安装异常处理服务圈</title>"
  report "${bp_v4}" --period 2026-11 --circle c-wh-exception --to html)
bp_cli_test("report of one circle at one site as CSV" 0 "2026-11,北京朝阳店,Circle: 热水器购买与安装服务圈,热水器购买与安装服务圈,门店选购与付款,st-wh-advice,"
  report "${bp_v4}" --period 2026-11 --site 北京朝阳店 --circle c-wh-install --to csv --lang en)
bp_cli_test("report: unknown role" 1 "r-nobody is not a role id of this blueprint \\(available: r-promoter"
  report "${bp_v4}" --role r-nobody --lang en)
bp_cli_test("report: unknown circle" 1 "c-none 不是本蓝图的服务圈 id（可用：c-wh-install" report "${bp_v4}" --circle c-none)
bp_cli_test("report without results" 1 "no results" report "${CMAKE_SOURCE_DIR}/tests/fixtures/water_heater.v3.blueprint.json" --lang en)
bp_cli_test("remove-results" 0 "" remove-results "${bp_v4}" -o removed.blueprint.json)
# Role cards: one role's moments as printable HTML or Markdown; a role that is not there names the ones that are.
bp_cli_test("handout as HTML" 0 "<title>岗位服务标准卡 · 安装工</title>"
  handout "${CMAKE_SOURCE_DIR}/tests/fixtures/water_heater.v4-trainer.blueprint.json" --role r-installer --to html)
bp_cli_test("handout as Markdown to a file" 0 "exported 7 moments of Installer to installer.md"
  handout "${CMAKE_SOURCE_DIR}/tests/fixtures/water_heater.v4-trainer.blueprint.json" --role r-installer --to md
  -o installer.md --lang en)
bp_cli_test("handout for a missing role" 1 "no role with the id \"r-none\" \\(available: r-promoter"
  handout "${CMAKE_SOURCE_DIR}/tests/fixtures/water_heater.v4-trainer.blueprint.json" --role r-none --to md --lang en)
bp_cli_test("handout without --role" 2 "handout needs --role ID and --to html\\|md" handout x.json --to md --lang en)
bp_cli_test("--role is for handout only" 2 "does not take --role" export x.json --to md --role r --lang en)

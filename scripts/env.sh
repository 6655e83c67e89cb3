# Environment shared by the build scripts (sourced, not run).
# Emscripten's JS optimizer needs acorn, which Debian keeps in /usr/share/nodejs.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
export BP_OUTPUT_DIR="${BP_OUTPUT_DIR:-$(pwd)/test-output}"

// Writing a file so that a failure never destroys what was there: the bytes go to a new file beside the
// target, are flushed to disk, and only then renamed over it.
#pragma once

#include <string>
#include <string_view>

namespace bp {

// Writes `bytes` to `path` atomically: afterwards the file holds either all the new bytes or, when false
// is returned, exactly what it held before (a full disk, a read-only folder, a file-size limit). The new
// file keeps the old one's permissions; a symbolic link is followed and its target replaced. A path that
// names a device or pipe (/dev/null, /dev/stdout) is written in place, since it cannot be renamed over.
// On failure *error (when given) says what and why, "cannot write PATH: " and the system's reason in English.
bool write_file_atomically(const std::string& path, std::string_view bytes, std::string* error = nullptr);

}  // namespace bp

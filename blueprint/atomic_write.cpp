// Temp-file-and-rename writes (see atomic_write.h).
#include "atomic_write.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bp {
namespace {

namespace fs = std::filesystem;

bool failed(std::string* error, const std::string& what, int code) {
    if (error) *error = what + ": " + std::strerror(code);
    return false;
}

// Writes all of bytes to fd, through short writes and interruptions.
int write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        bytes.remove_prefix(static_cast<size_t>(n));
    }
    return 0;
}

}  // namespace

bool write_file_atomically(const std::string& path, std::string_view bytes, std::string* error) {
    if (path.empty()) return failed(error, "cannot write a file without a name", ENOENT);
    std::error_code ec;
    // Follow a symbolic link, so the file it points to is replaced and the link stays a link.
    fs::path target = path;
    for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(target, ec)); ++hops) {
        const fs::path next = fs::read_symlink(target, ec);
        if (ec) break;
        target = next.is_absolute() ? next : target.parent_path() / next;
    }
    struct stat old{};
    const bool exists = ::stat(target.c_str(), &old) == 0;
    if (exists && S_ISDIR(old.st_mode)) return failed(error, "cannot write " + path, EISDIR);
    if (exists && !S_ISREG(old.st_mode)) {  // a device or a pipe: nothing to protect, nothing to rename
        const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) return failed(error, "cannot write " + path, errno);
        const int code = write_all(fd, bytes);
        const int closed = ::close(fd) == 0 ? 0 : errno;
        if (code || closed) return failed(error, "cannot write " + path, code ? code : closed);
        return true;
    }

    // A fresh name beside the target (same file system, so the rename is atomic), created exclusively.
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const std::string stem = (folder / ("." + target.filename().string())).string();
    std::string temporary;
    int fd = -1;
    for (unsigned attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temporary = stem + "." + std::to_string(::getpid()) + "-" + std::to_string(attempt) + ".tmp";
        fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST) return failed(error, "cannot write " + path, errno);
    }
    if (fd < 0) return failed(error, "cannot write " + path, EEXIST);
    int code = write_all(fd, bytes);
    if (!code && exists && ::fchmod(fd, old.st_mode & 07777) != 0) code = errno;
    if (!code && ::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) code = errno;
    if (::close(fd) != 0 && !code) code = errno;
    if (!code && std::rename(temporary.c_str(), target.c_str()) != 0) code = errno;
    if (code) {
        ::unlink(temporary.c_str());
        return failed(error, "cannot write " + path, code);
    }
    // Make the rename itself durable; a folder that cannot be synced is not an error.
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

}  // namespace bp

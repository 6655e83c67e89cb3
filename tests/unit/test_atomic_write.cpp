// write_file_atomically: a failed write (full disk, file-size limit, missing folder) leaves the old file whole.
#include <catch2/catch.hpp>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "blueprint/atomic_write.h"

using namespace bp;
namespace fs = std::filesystem;

namespace {

fs::path fresh_folder(const std::string& name) {
    const fs::path folder = fs::path(BP_BINARY_DIR) / "test-atomic-write" / name;
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

size_t entries(const fs::path& folder) {
    size_t n = 0;
    for (auto it = fs::directory_iterator(folder); it != fs::directory_iterator(); ++it) ++n;
    return n;
}

}  // namespace

TEST_CASE("an atomic write creates or replaces the file and leaves nothing beside it") {
    const fs::path folder = fresh_folder("replace");
    const std::string path = (folder / "doc.json").string();
    std::string error;
    REQUIRE(write_file_atomically(path, "first", &error));
    CHECK(read(path) == "first");
    ::chmod(path.c_str(), 0640);
    REQUIRE(write_file_atomically(path, "second, longer", &error));
    CHECK(read(path) == "second, longer");
    struct stat st{};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);  // the replacement keeps the old file's permissions
    CHECK(entries(folder) == 1);
}

TEST_CASE("an atomic write that runs out of room leaves the existing file intact") {
    const fs::path folder = fresh_folder("full");
    const std::string path = (folder / "doc.json").string();
    const std::string old(3000, 'o');
    REQUIRE(write_file_atomically(path, old));
    // In a child process: a 1 KiB file-size limit makes every longer write fail, as on a full disk.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{1024, 1024};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        std::string error;
        const bool ok = write_file_atomically(path, std::string(100000, 'n'), &error);
        ::_exit(ok ? 0 : error.find("File too large") != std::string::npos ? 3 : 4);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 3);  // refused, with the system's reason
    CHECK(read(path) == old);
    CHECK(entries(folder) == 1);  // the partial temporary file is gone
}

TEST_CASE("an atomic write reports a missing folder and a device that is full") {
    std::string error;
    CHECK_FALSE(write_file_atomically(std::string(BP_BINARY_DIR) + "/no/such/folder/x.json", "x", &error));
    CHECK(error.find("No such file or directory") != std::string::npos);
    error.clear();
    CHECK_FALSE(write_file_atomically("/dev/full", "x", &error));  // a device is written in place
    CHECK(error.find("No space left on device") != std::string::npos);
    CHECK(write_file_atomically("/dev/null", "x", &error));
    struct stat st{};
    REQUIRE(::stat("/dev/null", &st) == 0);
    CHECK(S_ISCHR(st.st_mode));  // still the device, not a file renamed over it
    const fs::path folder = fresh_folder("folder");
    CHECK_FALSE(write_file_atomically(folder.string(), "x", &error));
    CHECK(fs::is_directory(folder));
}

TEST_CASE("an atomic write through a symbolic link replaces the file it points to") {
    const fs::path folder = fresh_folder("link");
    fs::create_directories(folder / "real");
    const fs::path target = folder / "real" / "doc.json";
    REQUIRE(write_file_atomically(target.string(), "old"));
    fs::create_symlink(fs::path("real") / "doc.json", folder / "link.json");
    REQUIRE(write_file_atomically((folder / "link.json").string(), "new"));
    CHECK(fs::is_symlink(folder / "link.json"));
    CHECK(read(target) == "new");
    CHECK(entries(folder / "real") == 1);
}

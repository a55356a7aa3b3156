#pragma once

// An exclusive advisory lock (flock) on a file, held while the object lives
// and released by the kernel when the process dies (internal to geo/store).
// flock locks are independent of SQLite's own fcntl locks on the same file.

#include <string>

namespace geo::store {

class FileLock {
 public:
  // Tries to take the lock without waiting; locked() tells whether it worked.
  explicit FileLock(const std::string& path);
  FileLock() = default;
  FileLock(FileLock&& other) noexcept;
  FileLock& operator=(FileLock&& other) noexcept;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  ~FileLock();

  bool locked() const { return fd_ >= 0; }
  void release();

 private:
  int fd_ = -1;
};

}  // namespace geo::store

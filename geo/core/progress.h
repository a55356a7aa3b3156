#pragma once

// Progress reporting and cancellation for long work on worker threads.
// The worker calls `report(fraction)` now and then and stops with
// ErrorCode::kCancelled when `cancelled()` turns true. Thread safe.

#include <atomic>
#include <string>

namespace geo::core {

class Progress {
 public:
  void report(double fraction) { fraction_.store(fraction, std::memory_order_relaxed); }
  double fraction() const { return fraction_.load(std::memory_order_relaxed); }
  void cancel() { cancelled_.store(true, std::memory_order_relaxed); }
  bool cancelled() const { return cancelled_.load(std::memory_order_relaxed); }

 private:
  std::atomic<double> fraction_{0.0};
  std::atomic<bool> cancelled_{false};
};

}  // namespace geo::core

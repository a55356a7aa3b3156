// Helper process for tests/geo/store/project_crash_test.cpp.
//   store_crash_writer save-loop PROJECT  saves the next generations until killed,
//                                         printing "saved g" after each save
//   store_crash_writer hold PROJECT       opens the project, prints "open rw" or
//                                         "open ro", then waits until killed

#include <unistd.h>

#include <cstdio>
#include <string>

#include "crash_generation.h"

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  const std::string mode = argv[1];
  auto project = geo::store::Project::open(argv[2]);
  if (!project) {
    std::fprintf(stderr, "%s\n", project.error().toString().c_str());
    return 1;
  }
  if (mode == "hold") {
    std::printf("open %s\n", project->readOnly() ? "ro" : "rw");
    std::fflush(stdout);
    for (;;) pause();
  }
  // Continue from the generation in the file, so generations only grow.
  for (int g = crash_test::generationOf(project->content()).value_or(0) + 1;; ++g) {
    crash_test::applyGeneration(*project, g);
    if (auto ok = project->save(); !ok) {
      std::fprintf(stderr, "%s\n", ok.error().toString().c_str());
      return 1;
    }
    std::printf("saved %d\n", g);
    std::fflush(stdout);
  }
}

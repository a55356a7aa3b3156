// Helper process for tests/geo/store/comment_crash_test.cpp.
//   comment_writer PROJECT TEXT   opens the project, appends a comment with
//                                 TEXT, prints "appended <id>" and waits to
//                                 be killed (it never saves or closes)

#include <unistd.h>

#include <cstdio>
#include <string>

#include "geo/store/project.h"

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  auto project = geo::store::Project::open(argv[1], {.allow_read_only = false});
  if (!project) {
    std::fprintf(stderr, "%s\n", project.error().toString().c_str());
    return 1;
  }
  auto id = project->appendComment(geo::store::Comment{.text = argv[2],
                                                       .topic = "Other",
                                                       .language = "en",
                                                       .point = geo::core::Vec2{-72.68, 41.76},
                                                       .point_crs = "EPSG:4326"});
  if (!id) {
    std::fprintf(stderr, "%s\n", id.error().toString().c_str());
    return 1;
  }
  std::printf("appended %lld\n", static_cast<long long>(*id));
  std::fflush(stdout);
  for (;;) pause();
}

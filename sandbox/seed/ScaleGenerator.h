#pragma once

#include <QDateTime>

namespace wsc::sandbox {

class Service;
class Storage;

// Fills a workspace for benchmarks: `pipelines` pipelines, as many data models and a tenth as many
// connections, and `runs` finished runs spread over them (half of them on the first pipeline, the worst case
// for paging).
class ScaleGenerator {
public:
    static void generate(Service &service, Storage &storage, int pipelines, int runs, const QDateTime &now);
};

} // namespace wsc::sandbox

#pragma once

#include <QDateTime>
#include <QString>

namespace wsc::sandbox {

class Service;
class Warehouse;

// The workspace a newcomer sees: warehouses of all four providers with users, orders and support tickets,
// data models over them, pipelines of every schedule type and both pipeline types, one of them faulted,
// and a run history, so that the console opens onto something alive.
class DemoWorkspace {
public:
    // Writes crm.sqlite (users), sales.sqlite (orders) and support.sqlite (tickets) into `dir`, with
    // updated_at over the 90 days before `now` and rows dated up to 60 days after it, which "arrive" as the
    // clock passes them.
    static bool writeTables(const QString &dir, const QDateTime &now, QString *error);
    static void seed(Service &service, const Warehouse &warehouse, const QDateTime &now);
};

} // namespace wsc::sandbox

#pragma once

namespace dwsemu {

class DwsStore;

// A believable project: clusters in every interesting state, some with tasks that keep
// moving for a while, manual snapshots, versions below and above 1.5.0.
void seedDemoProject(DwsStore& store);

// A large generated fleet for benchmarks: available clusters and snapshots spread over them.
void seedFleet(DwsStore& store, int clusters, int snapshots);

} // namespace dwsemu

#pragma once

namespace dwsemu {

class DwsStore;

// The network the demo project's clusters are in; new clusters may join it too.
inline constexpr char demoVpcId[] = "219ab8a0-1272-4049-a383-8ad0b770fa11";
inline constexpr char demoSubnetId[] = "d23ef2e9-8b90-49b3-bc4a-fd7d6bea6bec";
inline constexpr char demoSecurityGroupId[] = "12e3c23a-8710-4b75-95e4-5c8d7f68ef3c";

// A believable project: clusters in every interesting state, some with tasks that keep
// moving for a while, manual snapshots, versions below and above 1.5.0.
void seedDemoProject(DwsStore& store);

// A large generated fleet for benchmarks: available clusters and snapshots spread over them.
void seedFleet(DwsStore& store, int clusters, int snapshots);

} // namespace dwsemu

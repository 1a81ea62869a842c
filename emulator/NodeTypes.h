#pragma once

#include <string>
#include <vector>

namespace dwsemu {

struct NodeTypeDetail
{
    std::string type; // "vCPU", "mem", "LOCAL_DISK", "SSD"
    std::string value;
    std::string unit; // empty: no unit
};

struct NodeTypeSpec
{
    std::string specName;
    std::string id;
    std::vector<NodeTypeDetail> detail;
    std::vector<std::string> soldOutZones; // DWS.5200 when created there
    double diskGbPerNode = 0;              // drives believable snapshot sizes
};

// The node types the emulator sells: the reference's two, the quick-start's dws.d1.xlarge,
// the create sample's dws.d1.xlarge.ultrahigh and a few more believable ones.
const std::vector<NodeTypeSpec>& nodeTypes();
const NodeTypeSpec* findNodeType(const std::string& specName);

} // namespace dwsemu

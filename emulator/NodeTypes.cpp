#include "NodeTypes.h"

namespace dwsemu {

namespace {

NodeTypeSpec spec(std::string name, std::string id, int cpus, int memoryGb, const char* diskType,
                  int diskGb, std::vector<std::string> soldOut = {})
{
    NodeTypeSpec result;
    result.specName = std::move(name);
    result.id = std::move(id);
    result.detail = {{"vCPU", std::to_string(cpus), ""},
                     {diskType, std::to_string(diskGb), "GB"},
                     {"mem", std::to_string(memoryGb), "GB"}};
    result.soldOutZones = std::move(soldOut);
    result.diskGbPerNode = diskGb;
    return result;
}

} // namespace

const std::vector<NodeTypeSpec>& nodeTypes()
{
    static const std::vector<NodeTypeSpec> types = {
        spec("dws.d2.xlarge", "ebe532d6-665f-40e6-a4d4-3c51545b6a67", 4, 32, "LOCAL_DISK", 1675),
        spec("dws.m1.xlarge.ultrahigh", "ebe532d6-665f-40e6-a4d4-3c51545b4f71", 4, 32, "SSD", 512),
        spec("dws.d1.xlarge", "5ddb1071-c5d7-40e0-a874-8a032e81a697", 4, 32, "LOCAL_DISK", 3600),
        spec("dws.d1.xlarge.ultrahigh", "5ddb1071-c5d7-40e0-a874-8a032e81b5c2", 4, 32, "SSD", 640),
        spec("dws.d2.2xlarge", "ebe532d6-665f-40e6-a4d4-3c51545b7c10", 8, 64, "LOCAL_DISK", 3350),
        spec("dws.d2.4xlarge", "ebe532d6-665f-40e6-a4d4-3c51545b8d21", 16, 128, "LOCAL_DISK", 6700),
        spec("dws.d2.8xlarge", "ebe532d6-665f-40e6-a4d4-3c51545b9e32", 32, 256, "LOCAL_DISK", 13400,
             {"cn-north-1a"}),
        spec("dws.m3.2xlarge.ultrahigh", "3f1c2a7e-8b4d-4e21-9c6a-52d8e0b1a4f3", 8, 64, "SSD",
             1000),
    };
    return types;
}

const NodeTypeSpec* findNodeType(const std::string& specName)
{
    for (const auto& type : nodeTypes()) {
        if (type.specName == specName)
            return &type;
    }
    return nullptr;
}

} // namespace dwsemu

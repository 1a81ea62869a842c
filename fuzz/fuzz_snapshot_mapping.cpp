// Snapshot list, snapshot detail, created-snapshot-id and node-type mapping must accept or
// reject any body cleanly: a Result either way, never a crash, hang or undefined behaviour.
#include "FuzzSupport.h"
#include "dws/JsonMapping.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    dws::fuzz::silenceLogging();
    const QByteArray body = dws::fuzz::bytesOf(data, size);
    (void)dws::parseSnapshotList(body);
    (void)dws::parseSnapshotDetail(body);
    (void)dws::parseCreatedSnapshotId(body);
    (void)dws::parseNodeTypes(body);
    return 0;
}

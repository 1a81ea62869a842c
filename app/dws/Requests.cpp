#include "dws/Requests.h"

namespace dws {

ResizeRequest ResizeRequest::resizeTo(const QString& nodeType, int numberOfNode)
{
    ResizeRequest request;
    request.kind = Kind::Resize;
    request.nodeType = nodeType;
    request.numberOfNode = numberOfNode;
    return request;
}

ResizeRequest ResizeRequest::scaleOut(int count)
{
    ResizeRequest request;
    request.kind = Kind::ScaleOut;
    request.count = count;
    return request;
}

} // namespace dws

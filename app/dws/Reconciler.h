#pragma once

#include "api/ApiError.h"
#include "api/CallHandle.h"
#include "api/Result.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace dws {

// What a create (cluster, snapshot, restore) returns: the new resource's id, and whether the
// answer was lost and the id was found afterwards by listing and matching the unique name.
struct CreatedResource
{
    QString id;
    bool reconciled = false;

    bool operator==(const CreatedResource&) const = default;
};

// A create whose answer was lost might or might not have happened; POSTs are never re-sent.
// True for the failures after which the server may have carried the create out: no answer,
// a timeout, a dropped connection, a 5xx, or an answer that could not be read.
bool createOutcomeIsUnknown(const api::ApiError& error);

// The error reported when reconciliation found nothing: the original error, saying that the
// resource was not created.
api::ApiError notCreatedError(api::ApiError original);
// True for an error made by notCreatedError(): reconciliation showed nothing was created.
bool wasNotCreated(const api::ApiError& error);

} // namespace dws

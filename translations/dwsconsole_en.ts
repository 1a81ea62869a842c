<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>dws::ActionRules</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cluster first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a snapshot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is still being created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task is running on the cluster (%1); wait until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task is running on the cluster; wait until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster failed to be created; it can only be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is frozen; it can only be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is unavailable; restart it or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s status (%1) does not allow this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s status does not allow this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an available snapshot can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only manual snapshots can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot is still being created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 supports scale-out only; changing the node type needs 1.5.0 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ActivityLog</name>
    <message>
        <source>%1: %2</source>
        <comment>error code: message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ClusterStatus</name>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen by the authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ClusterTableModel</name>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <comment>task and its percent done</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ErrorCatalogue</name>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API gateway error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: its certificate was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to process safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent: plain http is allowed only to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last operation on the cluster failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection, the endpoint addresses and the proxy settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection and try again; the operation may still have been carried out — refresh to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint address and this computer&apos;s date and time. If your organisation uses its own certificate authority, set its CA file in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, contact customer service with the request ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the request, for example to one enterprise project, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do. If you cancelled a change, refresh to see whether it was carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name, password and account name, or the access key and secret key, and the IAM endpoint in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// endpoint in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator to grant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the cluster&apos;s events; if the problem persists, contact customer service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the request as the message describes; sending it again unchanged will fail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again; if it keeps failing, check the credentials in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator for the permission this operation needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the resource still exists: refresh the list, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy user name and password in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the operation in progress to finish, refresh, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily unavailable; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if the error persists, contact customer service with the request ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the request and the endpoint addresses in the connection settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh and try again; if the error persists, contact customer service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was rejected by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to process the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the parameter as described in its parameter description, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later, or contact customer service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is empty; request parameters are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the request parameters, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is busy with another operation or is faulty, so this operation cannot be performed now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if the error persists, contact customer service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource does not exist, or you have no permission to access it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the resource exists and that you have permission to access it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact customer service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account may have been frozen because its balance is insufficient; renew or top up to unfreeze it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance does not exist or has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify an existing instance, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot quota has been reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for a larger quota or delete snapshots you no longer need, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify a different object, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current user has no permission for this operation. Check the account&apos;s permissions in IAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account&apos;s permissions in IAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster does not exist or has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the cluster and its status, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster quota has been reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for a larger quota or delete clusters you no longer need, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too weak. Enter a stronger password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password that meets the complexity rules described for the password parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password other than the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password has been used before and cannot be reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password you have not used before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you chose the right backup file, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you chose the right cluster, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup file exists for the selected point in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new instance&apos;s volume must not be smaller than the old instance&apos;s volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the change the error message asks for, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid instance name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an instance name that meets the rules of the instance name parameter, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid database type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a database type that meets the rules of the database parameter, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid database version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a database version that meets the rules of the database parameter, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datastore field is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid datastore, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database type or version is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a supported database type and version, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected flavor is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a valid flavor, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid database root password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid VPC ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an ID that meets the rules of the vpc_id parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid subnet ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an ID that meets the rules of the subnet_id parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid security group ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an ID that meets the rules of the security group ID parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid retention period for automated backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid number of days to keep automated backups, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid automated backup period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid automated backup period, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid start time for automated backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid start time for automated backups, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPC does not exist or does not belong to this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify a valid VPC, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet does not exist or does not belong to the VPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify a valid subnet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security group does not exist or does not belong to the VPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify a valid security group, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid availability zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify a valid availability zone, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The availability zone is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current tenant is not allowed to perform this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure you are signed in to the tenant that owns the cluster, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is busy with another operation or a node in it is faulty, so this operation cannot be performed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number of instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid number of instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid extended parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter extended parameters that meet the rules described for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cluster with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a different cluster name, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid availability zone value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid availability zone value, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid affinity value between instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid affinity value, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid instance parameter group ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid instance parameter group ID, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid flavor ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid flavor ID, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster name contains invalid characters or has an invalid length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a cluster name that meets the rules of the cluster name parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid database user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name that meets the rules of the database user name parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An integer value has an invalid length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an integer value that meets the requirements, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid volume type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid volume type, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid volume tag type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid volume tag type, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Specific field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid Specific value, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid disk parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter valid disk parameters, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flavor does not match the XML configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter valid flavor information, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk type does not match the XML configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid disk type, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup period is outside the allowed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a backup period within the allowed range, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup retention period is outside the allowed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a retention period within the allowed range, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database user is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume configuration in the XML file is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure a valid volume value, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances of the same type do not have the same flavor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a consistent flavor, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances of the same type do not have the same disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter consistent disks, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid instance flavor information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid instance flavor, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number of disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid number of disks, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region or availability zone does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify a valid region and availability zone, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid EIP binding type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid EIP binding type, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid instance type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid instance type, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid cluster mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid cluster mode, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances of the same type have different parameter groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the correct parameter group, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file ID does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid backup file ID, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid cluster administrator password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an administrator password that meets the rules of the administrator password parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator password must not equal the user name or the user name reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an administrator password that meets the rules in the error message, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid snapshot ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a snapshot ID that meets the rules of the snapshot ID parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected flavor is sold out. Choose another availability zone or region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a cluster of another flavor, or choose another availability zone or region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s database version does not support this feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the request parameters match the cluster version; correct them if they do not, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the cluster failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First check the account&apos;s remaining quota. If it is larger than the resources requested, contact customer service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling out the cluster failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First check the account&apos;s remaining node quota. If it is larger than the number of nodes requested, contact customer service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting the cluster failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the cluster failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First check the account&apos;s remaining quota. If it is larger than the quota requested, contact customer service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API does not exist or has not been published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the DWS endpoint address, the region and the project ID in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect IAM authentication information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again; if it keeps failing, check the user name, password and account name, or the access key and secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM user is not authorized to access this API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator to grant the user the DWS permissions it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect app authentication information: the signature is wrong or its date is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the access key and secret key, and make sure this computer&apos;s clock is correct (within 15 minutes of the real time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has expired and must be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to obtain a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the API gateway&apos;s throttling limit has been reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment, then try again; refresh less often if this keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API gateway rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint and credentials in the connection settings and try again; if the error persists, contact customer service with the error code and request ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has received the first part of the request and has not rejected it; the client should send the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is switching to a newer protocol, for example a newer HTTP version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to create a resource succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has been accepted but its processing is not complete yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The information is non-authoritative; the request succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request succeeded and the response has no body. Also returned for OPTIONS requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server processed the request successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server processed part of a GET request successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource is available at several locations; the response lists them for the client to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource has moved permanently to a new URI, given in the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource has moved temporarily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is to be fetched from another address with GET or POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource has not been modified, so no resource is returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource must be accessed through a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This HTTP status code is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is invalid. Correct the request instead of retrying it unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication information the client provided is incorrect or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved for future use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server understood the request but refuses to carry it out because access is denied. Correct the request instead of retrying it unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource does not exist. Correct the request instead of retrying it unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource does not support the request&apos;s method. Correct the request instead of retrying it unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot produce a response matching what the client asked to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like 401, but the client must authenticate with the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server timed out waiting for the request. The client may send the same request again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the current state, for example the resource already exists or a conflicting update is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested resource no longer exists; it has been deleted permanently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses a request that has no Content-Length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A precondition the client set in the request was not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than the server can process. The server may close the connection, or send Retry-After if the condition is temporary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request URI is longer than the server can process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot process the request&apos;s media format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range the client asked for is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot meet the request&apos;s Expect header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is well-formed but contains semantic errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has exceeded its request rate limit, or the server is receiving more requests than it can handle. Wait for the time given in the Retry-After header before retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was reached but could not process the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support the requested function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway or proxy received an invalid response from the server behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested service is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be completed in the given time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support the HTTP version of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent: some values break the service&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the values named here, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::Freshness</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, last updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::MaintainWindow</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::NodeTypeTableModel</name>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>disk type and size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ParameterGroupStatus</name>
    <message>
        <source>In sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::PublicBindType</name>
    <message>
        <source>Assign automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an existing EIP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::Services</name>
    <message>
        <source>An id is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::SnapshotStatus</name>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::SnapshotTableModel</name>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::SubStatus</name>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redistributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redistribution failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbalanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts of a compound sub-status, e.g. &quot;Node fault, Read-only&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::TaskStatus</name>
    <message>
        <source>Unfreezing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuring MRS connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting MRS connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order pending payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::Transition</name>
    <message>
        <source>the last operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 is no longer listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1: status %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1: sub-status %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1: %2 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1: %2 at %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1: %2 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1: %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 is no longer listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::Validation</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must be %1 to %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may contain only letters, digits, hyphens (-) and underscores (_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must be %1 to %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must start with a lowercase letter or an underscore (_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name may contain only lowercase letters, digits and underscores (_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved word of the database and cannot be a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 3 of: lowercase letters, uppercase letters, digits, special characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only letters, digits and the special characters %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the user name or the user name reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a common, easily guessed password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be %1 to %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may contain only letters, digits and the special characters %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must contain at least three of: lowercase letters, uppercase letters, digits and special characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the user name or the user name reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too easy to guess. Choose a stronger one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of nodes must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cluster of %1 nodes cannot have %2 CNs: add nodes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of CNs must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an ID of the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the cluster gets a public IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the EIP to bind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone %1 does not offer DWS clusters. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of snapshots to keep cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a node type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster would have %1 nodes; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::cli</name>
    <message>
        <source>Set DWS_PASSWORD, or pipe it in with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set DWS_SK, or pipe it in with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account through DWS_USERNAME, DWS_PASSWORD and DWS_DOMAIN; dwsctl obtains the token itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set DWS_ADMIN_PASSWORD, or pipe it in with --admin-password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set DWS_NEW_PASSWORD, or type it when asked (or pipe it in on standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not accepted: a secret given as an argument is visible to every user of this machine in the process list and stays in the shell history. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not take a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dwsctl: --password-stdin was given but standard input holds no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;dwsctl --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;. %1 knows: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;dwsctl %1 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dwsctl [global options] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a positive number of seconds, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes or removes something and standard input is not a terminal to confirm it on; add --yes to go ahead without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given: set %1 or provide it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission needed (IAM): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dwsctl [global options] RESOURCE COMMAND [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Huawei Cloud Data Warehouse Service (DWS) clusters and snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (before or after the command words):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials come from the environment, never from arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 the service answered with an error, 2 usage or validation error (nothing sent), 3 network or TLS failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binding failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 nodes (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2-%3 (GMT+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM endpoint that issues tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DWS endpoint of the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project every call is made in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region such as cn-north-1: derives both endpoints and the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project name, looked up through IAM when no id is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also trust the certificate authorities in this PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print an aligned table (default) or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log every request to standard error (secrets redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give up on a request after this many seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the password (or secret key) from the first line of standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show help and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects an http:// or https:// URL with a host, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region expects a region name such as cn-north-1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project-id must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output expects table or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang expects en or zh_CN, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout expects a whole number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IAM endpoint: give --iam-endpoint or --region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DWS endpoint: give --dws-endpoint or --region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project: give --project-id, --project or --region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no project named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a cluster, keeping its last N manual snapshots (0 keeps none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many of the newest manual snapshots to keep (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 is being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart cluster %1? It is unavailable while it restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 is restarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale a cluster out by N nodes (--add), or change it to N nodes of a node type (--node-type and --nodes, cluster version 1.5.0 or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale out: the number of nodes to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resize: the node type to change to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resize: the number of nodes to change to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --add N, or --node-type T together with --nodes N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nodes needs --node-type as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 is growing from %2 to %3 nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for the cluster&apos;s administrator, read from DWS_NEW_PASSWORD or standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the administrator password of cluster %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator password of cluster %1 has been reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until a cluster is available with no task running (or deleted), printing progress as it changes. Ends with status 1 if the running operation fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state to wait for (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give up after this many seconds in all (default 3600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds between two looks at the cluster (default 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until expects available or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dwsctl: the operation on cluster %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dwsctl: gave up waiting for cluster %1 after %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the request and print it (password masked) without sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: the request follows every rule; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subnet of the VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability zone, e.g. cn-north-4a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database port, 8000 to 30000 (default 8000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the cluster gets a public address (default not_use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the elastic IP to bind, with --public-ip bind_existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enterprise project (default 0, the default project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--public-ip expects auto_assign, not_use or bind_existing, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--eip-id needs --public-ip bind_existing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a cluster and print its id. The administrator password comes from DWS_ADMIN_PASSWORD or standard input (--admin-password-stdin), never from an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 64 characters: a letter first, then letters, digits, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node type from &quot;node-types list&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of nodes, 3 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database administrator, 6 to 64 lowercase letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the administrator password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinator nodes, 2 to min(5, nodes - 1) (default 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing required options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a snapshot to a new cluster of the same node type and size, and print the new cluster&apos;s id. Network options default to the source cluster&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the new cluster (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required: the name of the new cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a manual snapshot of a cluster and print the snapshot&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster to snapshot (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 64 characters, unique; a letter first (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a manual snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot %1? It cannot be restored afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 is being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the node types the region offers, with vCPUs, memory and storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the projects the account can use; a project&apos;s name is its region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every cluster of the project with its status, task and progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything known about one cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every snapshot of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything known about one snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s answer was lost; the new resource was found by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dwsctl: no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dwsctl: the request breaks these rules; nothing was sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IAM user, its password and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an access key and secret key (signed requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster administrator passwords for create and reset-password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DWS_AK is set but the secret key is missing: set DWS_SK or use --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials: set DWS_USERNAME, DWS_PASSWORD and DWS_DOMAIN, or DWS_AK and DWS_SK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete credentials: %1 not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cluster %1? Only its newest %2 manual snapshots are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New administrator password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster %1 was not created: the cluster list, read afterwards, holds no cluster of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the cluster %1 was created is unknown: the answer was lost and the cluster list could not be read to check. Run &quot;dwsctl clusters list&quot; before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %1 was not created: the snapshot list, read afterwards, holds no snapshot of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the snapshot %1 was created is unknown: the answer was lost and the snapshot list could not be read to check. Run &quot;dwsctl snapshots list&quot; before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::AdministratorPage</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database administrator account of the new cluster. The password is sent once and never stored by DWS Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 to 64 characters: lowercase letters, digits and _, not a SQL keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password rules:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::BusyIndicator</name>
    <message>
        <source>Sending the request…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::ClusterBasicsPage</name>
    <message>
        <source>%1 GB memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB %2 disk per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the available node types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node types could not be loaded: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node types are offered in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a node type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the cluster and choose its size. The node type and the number of nodes decide capacity and price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 64 characters: letters, digits, - and _, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;odes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 to 32 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coordinator nodes (CN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 5, and fewer than the number of nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::ClusterDetailPane</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node type ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elastic IP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private JDBC URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public JDBC URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection addresses yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maintenance window is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parameter group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::CommandLine</name>
    <message>
        <source>Desktop console for Huawei Cloud Data Warehouse Service (DWS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in emulator with simulated demo data and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; once the first data has arrived, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::ConnectionDialog</name>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DWS endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (&amp;domain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key ID (AK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret access key (SK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1 endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 endpoint is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 endpoint must use https (plain http is allowed only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 endpoint must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In to DWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this profile and its remembered secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved profile, or type a name to save a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account the IAM user belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this the password or secret key is kept only in memory and asked for again next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In and List Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to list projects, or type an ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account (domain) name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificates file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but IAM lists no projects for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Choose a project and connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::CreateClusterWizard</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator nodes (CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a cluster takes about 10 to 15 minutes. Its progress is shown in the clusters table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::CreateSnapshotDialog</name>
    <message>
        <source>Create Snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual snapshot of the whole cluster %1. The cluster stays available, but no other operation can run until it is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 64 characters: letters, digits, - and _, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::DeleteClusterDialog</name>
    <message>
        <source>Delete Cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting cluster %1 deletes its nodes, every database in it and its data, its endpoints and, unless bound to another resource, its public IP. Automated snapshots are deleted; manual snapshots are deleted too except the most recent ones you keep below. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a &amp;Snapshot First…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this dialog and opens Create Snapshot, so you can delete after it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the last manual snapshots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the most recent manual snapshots to keep; 0 keeps none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the cluster name &amp;%1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::DeleteSnapshotDialog</name>
    <message>
        <source>Delete Snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the manual snapshot %1? A cluster can no longer be restored from it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 is of type %2. Only manual snapshots can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::DemoMode</name>
    <message>
        <source>The demo emulator could not listen on a loopback port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::DetailFormatting</name>
    <message>
        <source>%1 %2–%3 GMT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::DetailSection</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::EnterpriseProjectPage</name>
    <message>
        <source>Enterprise project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise projects group cloud resources for permissions and billing. Leave the field empty to use the default project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise &amp;project ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the default project (0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::ErrorPanel</name>
    <message>
        <source>The request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster was not created: the cluster list, read after the answer was lost, holds no cluster of that name. You can send the request again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot was not created: the snapshot list, read after the answer was lost, holds no snapshot of that name. You can send the request again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the cluster was created is unknown: the answer was lost and the cluster list could not be read to check. Refresh the cluster list before sending the request again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the snapshot was created is unknown: the answer was lost and the snapshot list could not be read to check. Refresh the snapshot list before sending the request again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::HeaderSettings</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::MainWindow</name>
    <message>
        <source>About DWS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;DWS Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for Huawei Cloud Data Warehouse Service (DWS): clusters and snapshots at a glance, live progress, and every DWS v1.0 operation through validated forms.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter clusters by name, ID or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter snapshots by name, ID, cluster or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter node types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DWS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: the data comes from the built-in emulator, not from a cloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing the last known data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cluster or snapshot to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DWS Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::NetworkPage</name>
    <message>
        <source>Assign automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind existing EIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the cluster lives and how clients reach it. The ids are those of the VPC console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the source cluster. Change them to restore into another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VPC ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subnet ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security &amp;group ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. cn-north-4a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source cluster&apos;s zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8000 to 30000; 8000 when in doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublic IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind an existing EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;EIP ID:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::OperationActions</name>
    <message>
        <source>%1 — not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore to New Cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resi&amp;ze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create S&amp;napshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload clusters, snapshots and node types now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected snapshot to a new cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add nodes to the selected cluster or change its node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the administrator password of the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a manual snapshot of the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected manual snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::OperationLauncher</name>
    <message>
        <source>Stopped waiting for the answer to &quot;%1&quot;. The request may still take effect; the lists are refreshed to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the request for cluster %1 was lost, but the cluster list shows the cluster: it was created and is being set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 is being created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::PasswordRules</name>
    <message>
        <source>Both entries match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::Region</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Beijing4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets a new password for the administrator %1. Connections that use the old password fail from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password rules:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::ResizeDialog</name>
    <message>
        <source>Choose another node type or node count than the cluster has now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize Cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add nodes (scale out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange node type and size (resize)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the node type needs cluster version 1.5.0 or later; this cluster runs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes to &amp;add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nodes after the change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the change: %1, %2 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1, %2 nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::RestartClusterDialog</name>
    <message>
        <source>Restart Cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart cluster %1? Every client connection drops and running queries and transactions are cancelled. The cluster is unavailable until the restart ends, usually a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::RestoreNamePage</name>
    <message>
        <source>the same as the source cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the cluster the snapshot is restored into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore always creates a new cluster; the source cluster is not changed. The new cluster has the source cluster&apos;s node type and size: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 64 characters: letters, digits, - and _, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::RestoreWizard</name>
    <message>
        <source>The source cluster&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cluster name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node type and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot is restored into a new cluster; this takes a while. Its progress is shown in the clusters table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::SecretStore</name>
    <message>
        <source>No saved secret was found in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available; the secret is kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::SnapshotDetailPane</name>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dws::ui::SummaryPage</name>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body (password masked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be sent. Nothing is sent before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

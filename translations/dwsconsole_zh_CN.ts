<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>dws::ActionRules</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Select a cluster first.</source>
        <translation>请先选择集群。</translation>
    </message>
    <message>
        <source>Select a snapshot first.</source>
        <translation>请先选择快照。</translation>
    </message>
    <message>
        <source>The cluster is still being created.</source>
        <translation>集群正在创建中。</translation>
    </message>
    <message>
        <source>A task is running on the cluster (%1); wait until it ends.</source>
        <translation>集群正在执行任务（%1），请等待任务结束。</translation>
    </message>
    <message>
        <source>A task is running on the cluster; wait until it ends.</source>
        <translation>集群正在执行任务，请等待任务结束。</translation>
    </message>
    <message>
        <source>The cluster failed to be created; it can only be deleted.</source>
        <translation>集群创建失败，只能删除。</translation>
    </message>
    <message>
        <source>The cluster is frozen; it can only be deleted.</source>
        <translation>集群已冻结，只能删除。</translation>
    </message>
    <message>
        <source>The cluster is unavailable; restart it or delete it.</source>
        <translation>集群不可用，请重启或删除集群。</translation>
    </message>
    <message>
        <source>The cluster&apos;s status (%1) does not allow this operation.</source>
        <translation>集群当前状态（%1）不允许此操作。</translation>
    </message>
    <message>
        <source>The cluster&apos;s status does not allow this operation.</source>
        <translation>集群当前状态不允许此操作。</translation>
    </message>
    <message>
        <source>Only an available snapshot can be restored.</source>
        <translation>只能恢复状态为可用的快照。</translation>
    </message>
    <message>
        <source>Only manual snapshots can be deleted.</source>
        <translation>只能删除手动快照。</translation>
    </message>
    <message>
        <source>The snapshot is still being created.</source>
        <translation>快照正在创建中。</translation>
    </message>
    <message>
        <source>Version %1 supports scale-out only; changing the node type needs 1.5.0 or later.</source>
        <translation>版本 %1 仅支持扩容节点；变更节点类型需要 1.5.0 及以上版本。</translation>
    </message>
</context>
<context>
    <name>dws::ActivityLog</name>
    <message>
        <source>%1: %2</source>
        <comment>error code: message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>dws::ClusterStatus</name>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Creation failed</source>
        <translation>创建失败</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Frozen by the authorities</source>
        <translation>公安冻结</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>运行中</translation>
    </message>
</context>
<context>
    <name>dws::ClusterTableModel</name>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <comment>task and its percent done</comment>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sub-status</source>
        <translation>子状态</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>节点规格</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>dws::ErrorCatalogue</name>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>无法识别的响应</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Insecure connection refused</source>
        <translation>已拒绝不安全的连接</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>资源不存在</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>Account restricted</source>
        <translation>账户受限</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>请求过于频繁</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>请求失败</translation>
    </message>
    <message>
        <source>API gateway error</source>
        <translation>API网关错误</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>操作冲突</translation>
    </message>
    <message>
        <source>Operation failed</source>
        <translation>操作失败</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>无法连接到服务器。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未在规定时间内响应。</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established: its certificate was not accepted.</source>
        <translation>无法与服务器建立安全连接：服务器证书未通过校验。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>无法解析服务器的响应。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large to process safely.</source>
        <translation>服务器的响应过大，无法安全处理。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>The request was not sent: plain http is allowed only to this computer.</source>
        <translation>请求未发送：仅允许对本机使用未加密的http连接。</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>请求失败。</translation>
    </message>
    <message>
        <source>The last operation on the cluster failed.</source>
        <translation>集群的上一个操作失败。</translation>
    </message>
    <message>
        <source>Check your network connection, the endpoint addresses and the proxy settings, then try again.</source>
        <translation>请检查网络连接、终端节点地址和代理设置后重试。</translation>
    </message>
    <message>
        <source>Check your network connection and try again; the operation may still have been carried out — refresh to see.</source>
        <translation>请检查网络连接后重试；该操作可能已经执行，请刷新查看。</translation>
    </message>
    <message>
        <source>Check the endpoint address and this computer&apos;s date and time. If your organisation uses its own certificate authority, set its CA file in the connection settings.</source>
        <translation>请检查终端节点地址以及本机的日期和时间。如果贵单位使用自有的证书颁发机构，请在连接设置中指定其CA证书文件。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, contact customer service with the request ID.</source>
        <translation>请重试；如果问题持续出现，请提供请求ID联系客服。</translation>
    </message>
    <message>
        <source>Narrow the request, for example to one enterprise project, then try again.</source>
        <translation>请缩小查询范围（例如只查询一个企业项目）后重试。</translation>
    </message>
    <message>
        <source>Nothing to do. If you cancelled a change, refresh to see whether it was carried out.</source>
        <translation>无需处理。如果取消的是变更操作，请刷新查看该操作是否已执行。</translation>
    </message>
    <message>
        <source>Check the user name, password and account name, or the access key and secret key, and the IAM endpoint in the connection settings.</source>
        <translation>请检查连接设置中的用户名、密码和账号名，或访问密钥（AK/SK），以及IAM终端节点。</translation>
    </message>
    <message>
        <source>Use an https:// endpoint in the connection settings.</source>
        <translation>请在连接设置中使用https://开头的终端节点。</translation>
    </message>
    <message>
        <source>Ask your administrator to grant %1.</source>
        <translation>请联系管理员授予%1权限。</translation>
    </message>
    <message>
        <source>Check the cluster&apos;s events; if the problem persists, contact customer service.</source>
        <translation>请查看集群事件；如果问题仍然存在，请联系客服。</translation>
    </message>
    <message>
        <source>Correct the request as the message describes; sending it again unchanged will fail again.</source>
        <translation>请根据错误信息修改请求；不修改直接重试仍会失败。</translation>
    </message>
    <message>
        <source>Sign in again; if it keeps failing, check the credentials in the connection settings.</source>
        <translation>请重新登录；如果仍然失败，请检查连接设置中的认证信息。</translation>
    </message>
    <message>
        <source>Ask your administrator for the permission this operation needs.</source>
        <translation>请联系管理员授予此操作所需的权限。</translation>
    </message>
    <message>
        <source>Check that the resource still exists: refresh the list, then try again.</source>
        <translation>请确认资源仍然存在：刷新列表后重试。</translation>
    </message>
    <message>
        <source>Check the proxy user name and password in the connection settings.</source>
        <translation>请检查连接设置中的代理用户名和密码。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>请重试。</translation>
    </message>
    <message>
        <source>Wait for the operation in progress to finish, refresh, then try again.</source>
        <translation>请等待正在进行的操作完成，刷新后重试。</translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translation>请稍候再试。</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable; try again in a few minutes.</source>
        <translation>服务暂时不可用，请几分钟后重试。</translation>
    </message>
    <message>
        <source>Try again later; if the error persists, contact customer service with the request ID.</source>
        <translation>请稍后重试；如果仍然失败，请提供请求ID联系客服。</translation>
    </message>
    <message>
        <source>Check the request and the endpoint addresses in the connection settings, then try again.</source>
        <translation>请检查请求以及连接设置中的终端节点地址后重试。</translation>
    </message>
    <message>
        <source>Refresh and try again; if the error persists, contact customer service.</source>
        <translation>请刷新后重试；如果仍然失败，请联系客服。</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status.</source>
        <translation>服务器返回了意外的状态码。</translation>
    </message>
    <message>
        <source>The request was rejected by the server.</source>
        <translation>请求被服务器拒绝。</translation>
    </message>
    <message>
        <source>The server failed to process the request.</source>
        <translation>服务器处理请求失败。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>服务器消息：%1</translation>
    </message>
    <message>
        <source>Error code: %1.</source>
        <translation>错误码：%1。</translation>
    </message>
    <message>
        <source>HTTP status: %1.</source>
        <translation>HTTP状态码：%1。</translation>
    </message>
    <message>
        <source>Request ID: %1.</source>
        <translation>请求ID：%1。</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Invalid parameter.</source>
        <translation>参数错误！</translation>
    </message>
    <message>
        <source>Correct the parameter as described in its parameter description, then try again.</source>
        <translation>请参考对应参数说明填写正确的参数后重试。</translation>
    </message>
    <message>
        <source>Server error.</source>
        <translation>服务器错误。</translation>
    </message>
    <message>
        <source>Try again later, or contact customer service.</source>
        <translation>请联系客服或者稍后重试。</translation>
    </message>
    <message>
        <source>The request is empty; request parameters are required.</source>
        <translation>请求为空，请输入请求参数。</translation>
    </message>
    <message>
        <source>Enter the request parameters, then try again.</source>
        <translation>请输入请求参数后重试。</translation>
    </message>
    <message>
        <source>The instance is busy with another operation or is faulty, so this operation cannot be performed now. Try again later.</source>
        <translation>该实例正在进行其它操作或该实例故障，无法执行该操作，请稍后重试。</translation>
    </message>
    <message>
        <source>Try again later; if the error persists, contact customer service.</source>
        <translation>请稍后重试，如果仍提示该错误，请联系客服进行处理。</translation>
    </message>
    <message>
        <source>The resource does not exist, or you have no permission to access it.</source>
        <translation>访问资源不存在，或者无访问权限。</translation>
    </message>
    <message>
        <source>Check that the resource exists and that you have permission to access it, then try again.</source>
        <translation>请确认访问资源和访问权限后重试。</translation>
    </message>
    <message>
        <source>The account is restricted.</source>
        <translation>帐户受限。</translation>
    </message>
    <message>
        <source>Contact customer service.</source>
        <translation>请联系客服。</translation>
    </message>
    <message>
        <source>The account is frozen.</source>
        <translation>帐户冻结。</translation>
    </message>
    <message>
        <source>The account may have been frozen because its balance is insufficient; renew or top up to unfreeze it, then try again.</source>
        <translation>账户可能因余额不足被冻结，请通过续费进行解冻后再重试。</translation>
    </message>
    <message>
        <source>The instance does not exist or has been deleted.</source>
        <translation>实例不存在或已删除。</translation>
    </message>
    <message>
        <source>Specify an existing instance, then try again.</source>
        <translation>请输入正确的实例后重试。</translation>
    </message>
    <message>
        <source>The snapshot quota has been reached.</source>
        <translation>快照数量达到配额！</translation>
    </message>
    <message>
        <source>Apply for a larger quota or delete snapshots you no longer need, then try again.</source>
        <translation>请申请扩大配额或者删除不必要的快照实例后再重试。</translation>
    </message>
    <message>
        <source>The object already exists.</source>
        <translation>对象已存在！</translation>
    </message>
    <message>
        <source>Specify a different object, then try again.</source>
        <translation>请输入正确的对象后重试。</translation>
    </message>
    <message>
        <source>The current user has no permission for this operation. Check the account&apos;s permissions in IAM.</source>
        <translation>当前用户没有操作权限，请通过IAM检查账户权限！</translation>
    </message>
    <message>
        <source>Check the account&apos;s permissions in IAM.</source>
        <translation>请通过IAM检查账户权限。</translation>
    </message>
    <message>
        <source>The cluster does not exist or has been deleted.</source>
        <translation>集群不存在或已删除。</translation>
    </message>
    <message>
        <source>Check the cluster and its status, then try again.</source>
        <translation>请确认集群和集群状态后重试。</translation>
    </message>
    <message>
        <source>The cluster quota has been reached.</source>
        <translation>实例数量达到配额。</translation>
    </message>
    <message>
        <source>Apply for a larger quota or delete clusters you no longer need, then try again.</source>
        <translation>请申请扩大配额或者删除不必要的集群实例后再重试。</translation>
    </message>
    <message>
        <source>This password is too weak. Enter a stronger password.</source>
        <translation>这是一个弱密码，请输入一个强度大一些的密码！</translation>
    </message>
    <message>
        <source>Enter a password that meets the complexity rules described for the password parameter.</source>
        <translation>请参考对应的密码参数说明，输入符合密码复杂度要求的密码。</translation>
    </message>
    <message>
        <source>Invalid input parameter.</source>
        <translation>输入参数不合法。</translation>
    </message>
    <message>
        <source>The new password must differ from the current password.</source>
        <translation>新密码不能与当前使用密码相同。</translation>
    </message>
    <message>
        <source>Enter a password other than the current one.</source>
        <translation>请输入非当前密码。</translation>
    </message>
    <message>
        <source>The password has been used before and cannot be reused.</source>
        <translation>密码不能重复使用。</translation>
    </message>
    <message>
        <source>Enter a password you have not used before.</source>
        <translation>请输入非历史密码。</translation>
    </message>
    <message>
        <source>The backup file does not exist.</source>
        <translation>备份文件不存在。</translation>
    </message>
    <message>
        <source>Check that you chose the right backup file, then try again.</source>
        <translation>请检查并确保正确的备份文件后重试。</translation>
    </message>
    <message>
        <source>The cluster does not exist.</source>
        <translation>集群不存在！</translation>
    </message>
    <message>
        <source>Check that you chose the right cluster, then try again.</source>
        <translation>请检查并确保正确的集群后重试。</translation>
    </message>
    <message>
        <source>No backup file exists for the selected point in time.</source>
        <translation>时间点对应的备份文件不存在。</translation>
    </message>
    <message>
        <source>The new instance&apos;s volume must not be smaller than the old instance&apos;s volume.</source>
        <translation>新实例卷大小不得小于旧实例卷大小。</translation>
    </message>
    <message>
        <source>Make the change the error message asks for, then try again.</source>
        <translation>请按系统错误提示信息提示修改后重试。</translation>
    </message>
    <message>
        <source>Invalid instance name.</source>
        <translation>实例名非法。</translation>
    </message>
    <message>
        <source>Enter an instance name that meets the rules of the instance name parameter, then try again.</source>
        <translation>请参考对应实例名的参数说明输入符合要求的实例名后重试。</translation>
    </message>
    <message>
        <source>Invalid database type.</source>
        <translation>数据库类型非法。</translation>
    </message>
    <message>
        <source>Enter a database type that meets the rules of the database parameter, then try again.</source>
        <translation>请参考对应数据库的参数说明输入符合要求的数据库类型后重试。</translation>
    </message>
    <message>
        <source>Invalid database version.</source>
        <translation>数据库版本非法。</translation>
    </message>
    <message>
        <source>Enter a database version that meets the rules of the database parameter, then try again.</source>
        <translation>请参考对应数据库的参数说明输入符合要求的数据库版本后重试。</translation>
    </message>
    <message>
        <source>The datastore field is empty.</source>
        <translation>datastore字段为空。</translation>
    </message>
    <message>
        <source>Enter a valid datastore, then try again.</source>
        <translation>请根据实际情况输入正确的datastore后重试。</translation>
    </message>
    <message>
        <source>The database type or version is not supported.</source>
        <translation>不支持的数据库类型或版本。</translation>
    </message>
    <message>
        <source>Enter a supported database type and version, then try again.</source>
        <translation>请参考对应数据库的参数说明输入符合要求的数据库类型和版本后重试。</translation>
    </message>
    <message>
        <source>The selected flavor is invalid.</source>
        <translation>所选规格非法。</translation>
    </message>
    <message>
        <source>Select a valid flavor, then try again.</source>
        <translation>请选择正确的规格后重试。</translation>
    </message>
    <message>
        <source>Invalid database root password.</source>
        <translation>数据库root密码非法。</translation>
    </message>
    <message>
        <source>Invalid VPC ID.</source>
        <translation>VPC id非法。</translation>
    </message>
    <message>
        <source>Enter an ID that meets the rules of the vpc_id parameter.</source>
        <translation>请参考vpc_id的参数说明，输入符合要求的ID。</translation>
    </message>
    <message>
        <source>Invalid subnet ID.</source>
        <translation>子网id非法。</translation>
    </message>
    <message>
        <source>Enter an ID that meets the rules of the subnet_id parameter.</source>
        <translation>请参考subnet_id的参数说明，输入符合要求的ID。</translation>
    </message>
    <message>
        <source>Invalid security group ID.</source>
        <translation>安全组id非法。</translation>
    </message>
    <message>
        <source>Enter an ID that meets the rules of the security group ID parameter.</source>
        <translation>请参考安全组id的参数说明，输入符合要求的ID。</translation>
    </message>
    <message>
        <source>Invalid retention period for automated backups.</source>
        <translation>自动备份保留天数无效。</translation>
    </message>
    <message>
        <source>Enter a valid number of days to keep automated backups, then try again.</source>
        <translation>请输入符合要求的自动备份保留天数后重试。</translation>
    </message>
    <message>
        <source>Invalid automated backup period.</source>
        <translation>自动备份周期无效。</translation>
    </message>
    <message>
        <source>Enter a valid automated backup period, then try again.</source>
        <translation>请输入符合要求的自动备份周期后重试。</translation>
    </message>
    <message>
        <source>Invalid start time for automated backups.</source>
        <translation>自动备份开始时间非法。</translation>
    </message>
    <message>
        <source>Enter a valid start time for automated backups, then try again.</source>
        <translation>请输入符合要求的自动备份开始时间后重试。</translation>
    </message>
    <message>
        <source>The VPC does not exist or does not belong to this user.</source>
        <translation>VPC不存在，或不属于该用户。</translation>
    </message>
    <message>
        <source>Specify a valid VPC, then try again.</source>
        <translation>请输入正确的VPC后重试。</translation>
    </message>
    <message>
        <source>The subnet does not exist or does not belong to the VPC.</source>
        <translation>子网不存在，或不属于该VPC。</translation>
    </message>
    <message>
        <source>Specify a valid subnet, then try again.</source>
        <translation>请输入正确的子网后重试。</translation>
    </message>
    <message>
        <source>The security group does not exist or does not belong to the VPC.</source>
        <translation>安全组不存在，或不属于该VPC。</translation>
    </message>
    <message>
        <source>Specify a valid security group, then try again.</source>
        <translation>请输入正确的安全组后重试。</translation>
    </message>
    <message>
        <source>Invalid availability zone.</source>
        <translation>Availability Zone非法。</translation>
    </message>
    <message>
        <source>Specify a valid availability zone, then try again.</source>
        <translation>请输入正确的Availability Zone后重试。</translation>
    </message>
    <message>
        <source>The availability zone is not valid.</source>
        <translation>无效的Availability Zone。</translation>
    </message>
    <message>
        <source>The current tenant is not allowed to perform this operation.</source>
        <translation>当前租户不允许操作！</translation>
    </message>
    <message>
        <source>Make sure you are signed in to the tenant that owns the cluster, then try again.</source>
        <translation>请确保当前租户与集群所属租户一致后重试。</translation>
    </message>
    <message>
        <source>The cluster is busy with another operation or a node in it is faulty, so this operation cannot be performed.</source>
        <translation>该集群正在进行其它操作或集群内部的节点故障，无法执行该操作！</translation>
    </message>
    <message>
        <source>Invalid number of instances.</source>
        <translation>实例个数不合法！</translation>
    </message>
    <message>
        <source>Enter a valid number of instances.</source>
        <translation>请输入合法的实例个数。</translation>
    </message>
    <message>
        <source>Invalid extended parameter.</source>
        <translation>扩展参数不合法！</translation>
    </message>
    <message>
        <source>Enter extended parameters that meet the rules described for them.</source>
        <translation>请参考对应的扩展参数说明，输入符合要求的扩展参数。</translation>
    </message>
    <message>
        <source>A cluster with this name already exists.</source>
        <translation>集群名已经存在。</translation>
    </message>
    <message>
        <source>Enter a different cluster name, then try again.</source>
        <translation>请确保输入正确的集群名后重试。</translation>
    </message>
    <message>
        <source>Invalid availability zone value.</source>
        <translation>可用区取值非法。</translation>
    </message>
    <message>
        <source>Enter a valid availability zone value, then try again.</source>
        <translation>请输入正确的可用区后重试。</translation>
    </message>
    <message>
        <source>Invalid affinity value between instances.</source>
        <translation>实例之间的亲和性取值非法。</translation>
    </message>
    <message>
        <source>Enter a valid affinity value, then try again.</source>
        <translation>请输入正确的亲和性值后重试。</translation>
    </message>
    <message>
        <source>Invalid instance parameter group ID.</source>
        <translation>实例参数组的ID取值非法。</translation>
    </message>
    <message>
        <source>Enter a valid instance parameter group ID, then try again.</source>
        <translation>请输入正确的实例参数组ID后重试。</translation>
    </message>
    <message>
        <source>Invalid flavor ID.</source>
        <translation>所选规格ID取值非法。</translation>
    </message>
    <message>
        <source>Enter a valid flavor ID, then try again.</source>
        <translation>请输入正确的规格ID后重试。</translation>
    </message>
    <message>
        <source>The cluster name contains invalid characters or has an invalid length.</source>
        <translation>集群名称含非法字符或长度不合法。</translation>
    </message>
    <message>
        <source>Enter a cluster name that meets the rules of the cluster name parameter.</source>
        <translation>请参考集群名的参数说明，输入符合要求的集群名称。</translation>
    </message>
    <message>
        <source>Invalid database user name.</source>
        <translation>数据库用户名非法。</translation>
    </message>
    <message>
        <source>Enter a user name that meets the rules of the database user name parameter.</source>
        <translation>请参考数据库用户名的参数说明，输入符合要求的数据库用户名。</translation>
    </message>
    <message>
        <source>An integer value has an invalid length.</source>
        <translation>Integer类型长度违规。</translation>
    </message>
    <message>
        <source>Enter an integer value that meets the requirements, then try again.</source>
        <translation>请输入符合要求的Integer类型后重试。</translation>
    </message>
    <message>
        <source>Invalid volume type.</source>
        <translation>Volume类型违规。</translation>
    </message>
    <message>
        <source>Enter a valid volume type, then try again.</source>
        <translation>请输入符合要求的Volume类型后重试。</translation>
    </message>
    <message>
        <source>Invalid volume tag type.</source>
        <translation>Volume标签类型违规。</translation>
    </message>
    <message>
        <source>Enter a valid volume tag type, then try again.</source>
        <translation>请输入符合要求的Volume标签类型后重试。</translation>
    </message>
    <message>
        <source>Invalid Specific field.</source>
        <translation>Specific字段无效。</translation>
    </message>
    <message>
        <source>Enter a valid Specific value, then try again.</source>
        <translation>请输入正确的Specific值后重试。</translation>
    </message>
    <message>
        <source>Invalid disk parameter.</source>
        <translation>硬盘参数非法。</translation>
    </message>
    <message>
        <source>Enter valid disk parameters, then try again.</source>
        <translation>请输入正确的硬盘参数后重试。</translation>
    </message>
    <message>
        <source>The flavor does not match the XML configuration.</source>
        <translation>规格信息与xml配置不匹配。</translation>
    </message>
    <message>
        <source>Enter valid flavor information, then try again.</source>
        <translation>请输入正确的规格信息后重试。</translation>
    </message>
    <message>
        <source>The disk type does not match the XML configuration.</source>
        <translation>磁盘类型与xml配置不匹配。</translation>
    </message>
    <message>
        <source>Enter a valid disk type, then try again.</source>
        <translation>请输入正确的磁盘类型后重试。</translation>
    </message>
    <message>
        <source>The backup period is outside the allowed range.</source>
        <translation>备份周期不在允许范围内。</translation>
    </message>
    <message>
        <source>Enter a backup period within the allowed range, then try again.</source>
        <translation>请输入符合要求的备份周期后重试。</translation>
    </message>
    <message>
        <source>The backup retention period is outside the allowed range.</source>
        <translation>备份保留天数不在允许范围内。</translation>
    </message>
    <message>
        <source>Enter a retention period within the allowed range, then try again.</source>
        <translation>请输入符合要求的备份保留天数后重试。</translation>
    </message>
    <message>
        <source>The database user is not allowed.</source>
        <translation>数据库用户不在允许范围内。</translation>
    </message>
    <message>
        <source>The volume configuration in the XML file is wrong.</source>
        <translation>XML文件中Volume配置有误。</translation>
    </message>
    <message>
        <source>Configure a valid volume value, then try again.</source>
        <translation>请配置正确的Volume值后重试。</translation>
    </message>
    <message>
        <source>Instances of the same type do not have the same flavor.</source>
        <translation>同一实例类型不满足规格一致性。</translation>
    </message>
    <message>
        <source>Enter a consistent flavor, then try again.</source>
        <translation>请输入正确的规格后重试。</translation>
    </message>
    <message>
        <source>Instances of the same type do not have the same disks.</source>
        <translation>同一实例类型不满足磁盘一致性。</translation>
    </message>
    <message>
        <source>Enter consistent disks, then try again.</source>
        <translation>请输入正确的磁盘后重试。</translation>
    </message>
    <message>
        <source>Invalid instance flavor information.</source>
        <translation>实例规格信息不合法。</translation>
    </message>
    <message>
        <source>Enter a valid instance flavor, then try again.</source>
        <translation>请输入符合要求的实例规格后重试。</translation>
    </message>
    <message>
        <source>Invalid number of disks.</source>
        <translation>磁盘个数不合法。</translation>
    </message>
    <message>
        <source>Enter a valid number of disks, then try again.</source>
        <translation>请输入符合要求的磁盘个数后重试。</translation>
    </message>
    <message>
        <source>The region or availability zone does not exist.</source>
        <translation>Region或Availability Zone不存在。</translation>
    </message>
    <message>
        <source>Specify a valid region and availability zone, then try again.</source>
        <translation>请输入正确的Region和Availability Zone后重试。</translation>
    </message>
    <message>
        <source>Invalid EIP binding type.</source>
        <translation>EIP绑定类型不合法。</translation>
    </message>
    <message>
        <source>Enter a valid EIP binding type, then try again.</source>
        <translation>请输入正确的EIP绑定类型后重试。</translation>
    </message>
    <message>
        <source>Invalid instance type.</source>
        <translation>实例类型非法！</translation>
    </message>
    <message>
        <source>Enter a valid instance type, then try again.</source>
        <translation>请输入符合要求的实例类型后重试。</translation>
    </message>
    <message>
        <source>Invalid cluster mode.</source>
        <translation>集群模式非法！</translation>
    </message>
    <message>
        <source>Enter a valid cluster mode, then try again.</source>
        <translation>请输入符合要求的集群模式后重试。</translation>
    </message>
    <message>
        <source>Instances of the same type have different parameter groups.</source>
        <translation>同类型实例参数组不一致！</translation>
    </message>
    <message>
        <source>Enter the correct parameter group, then try again.</source>
        <translation>请输入正确的参数组后重试。</translation>
    </message>
    <message>
        <source>The backup file ID does not exist.</source>
        <translation>备份文件ID不存在！</translation>
    </message>
    <message>
        <source>Enter a valid backup file ID, then try again.</source>
        <translation>请输入正确的备份文件ID后重试。</translation>
    </message>
    <message>
        <source>Invalid cluster administrator password.</source>
        <translation>集群管理员密码非法。</translation>
    </message>
    <message>
        <source>Enter an administrator password that meets the rules of the administrator password parameter.</source>
        <translation>请参考集群管理员密码参数说明，输入符合要求的集群管理员密码。</translation>
    </message>
    <message>
        <source>The administrator password must not equal the user name or the user name reversed.</source>
        <translation>管理员密码不能与用户名或倒序的用户名相同。</translation>
    </message>
    <message>
        <source>Enter an administrator password that meets the rules in the error message, then try again.</source>
        <translation>请根据错误信息提示输入符合要求的管理员密码后重试。</translation>
    </message>
    <message>
        <source>Invalid snapshot ID.</source>
        <translation>快照ID不合法。</translation>
    </message>
    <message>
        <source>Enter a snapshot ID that meets the rules of the snapshot ID parameter.</source>
        <translation>请参考快照ID的参数说明，输入符合要求的快照ID。</translation>
    </message>
    <message>
        <source>The selected flavor is sold out. Choose another availability zone or region.</source>
        <translation>当前规格已售罄，请切换其他可用区或区域。</translation>
    </message>
    <message>
        <source>Create a cluster of another flavor, or choose another availability zone or region.</source>
        <translation>请创建其他规格集群或切换其他可用区或区域。</translation>
    </message>
    <message>
        <source>The cluster&apos;s database version does not support this feature.</source>
        <translation>数据库版本不支持该功能。</translation>
    </message>
    <message>
        <source>Make sure the request parameters match the cluster version; correct them if they do not, then try again.</source>
        <translation>请确保接口参数与集群版本匹配，若不匹配，请将参数修改正确后再重试。</translation>
    </message>
    <message>
        <source>Creating the cluster failed.</source>
        <translation>集群创建失败。</translation>
    </message>
    <message>
        <source>First check the account&apos;s remaining quota. If it is larger than the resources requested, contact customer service.</source>
        <translation>请先查看账户的剩余配额，若剩余配额大于用户申请的资源，则请联系客服进行处理。</translation>
    </message>
    <message>
        <source>Scaling out the cluster failed.</source>
        <translation>集群扩容失败。</translation>
    </message>
    <message>
        <source>First check the account&apos;s remaining node quota. If it is larger than the number of nodes requested, contact customer service.</source>
        <translation>请先查看账户的节点数剩余配额，若节点数剩余配额大于请求扩容的节点数，则请联系客服进行处理。</translation>
    </message>
    <message>
        <source>Restarting the cluster failed.</source>
        <translation>集群重启失败。</translation>
    </message>
    <message>
        <source>Restoring the cluster failed.</source>
        <translation>集群恢复失败。</translation>
    </message>
    <message>
        <source>First check the account&apos;s remaining quota. If it is larger than the quota requested, contact customer service.</source>
        <translation>请先查看账户的剩余配额，若剩余配额大于请求的额度，则请联系客服进行处理。</translation>
    </message>
    <message>
        <source>The request could not be processed.</source>
        <translation>请求处理失败。</translation>
    </message>
    <message>
        <source>The API does not exist or has not been published.</source>
        <translation>API不存在或未发布。</translation>
    </message>
    <message>
        <source>Check the DWS endpoint address, the region and the project ID in the connection settings.</source>
        <translation>请检查连接设置中的DWS终端节点地址、区域和项目ID。</translation>
    </message>
    <message>
        <source>Incorrect IAM authentication information.</source>
        <translation>IAM认证信息错误。</translation>
    </message>
    <message>
        <source>Sign in again; if it keeps failing, check the user name, password and account name, or the access key and secret key.</source>
        <translation>请重新登录；如果仍然失败，请检查用户名、密码和账号名，或访问密钥（AK/SK）。</translation>
    </message>
    <message>
        <source>The IAM user is not authorized to access this API.</source>
        <translation>IAM用户无权访问此API。</translation>
    </message>
    <message>
        <source>Ask your administrator to grant the user the DWS permissions it needs.</source>
        <translation>请联系管理员为该用户授予所需的DWS权限。</translation>
    </message>
    <message>
        <source>Incorrect app authentication information: the signature is wrong or its date is out of range.</source>
        <translation>应用认证信息错误：签名不正确或签名时间超出允许范围。</translation>
    </message>
    <message>
        <source>Check the access key and secret key, and make sure this computer&apos;s clock is correct (within 15 minutes of the real time).</source>
        <translation>请检查访问密钥（AK/SK），并确认本机时钟准确（与标准时间相差不超过15分钟）。</translation>
    </message>
    <message>
        <source>The token has expired and must be renewed.</source>
        <translation>Token已过期，需要更新。</translation>
    </message>
    <message>
        <source>Sign in again to obtain a new token.</source>
        <translation>请重新登录以获取新的Token。</translation>
    </message>
    <message>
        <source>Too many requests: the API gateway&apos;s throttling limit has been reached.</source>
        <translation>请求过于频繁，已达到API网关的流控阈值。</translation>
    </message>
    <message>
        <source>Wait a moment, then try again; refresh less often if this keeps happening.</source>
        <translation>请稍候再试；如果频繁出现，请降低刷新频率。</translation>
    </message>
    <message>
        <source>The API gateway rejected the request.</source>
        <translation>API网关拒绝了该请求。</translation>
    </message>
    <message>
        <source>Check the endpoint and credentials in the connection settings and try again; if the error persists, contact customer service with the error code and request ID.</source>
        <translation>请检查连接设置中的终端节点和认证信息后重试；如果仍然失败，请提供错误码和请求ID联系客服。</translation>
    </message>
    <message>
        <source>The server has received the first part of the request and has not rejected it; the client should send the rest.</source>
        <translation>继续请求。这个临时响应用来通知客户端，它的部分请求已经被服务器接收，且仍未被拒绝。</translation>
    </message>
    <message>
        <source>The server is switching to a newer protocol, for example a newer HTTP version.</source>
        <translation>切换协议。只能切换到更高级的协议。例如，切换到HTTP的新版本协议。</translation>
    </message>
    <message>
        <source>The request succeeded.</source>
        <translation>请求成功。</translation>
    </message>
    <message>
        <source>The request to create a resource succeeded.</source>
        <translation>创建类的请求完全成功。</translation>
    </message>
    <message>
        <source>The request has been accepted but its processing is not complete yet.</source>
        <translation>已经接受请求，但未处理完成。</translation>
    </message>
    <message>
        <source>The information is non-authoritative; the request succeeded.</source>
        <translation>非授权信息，请求成功。</translation>
    </message>
    <message>
        <source>The request succeeded and the response has no body. Also returned for OPTIONS requests.</source>
        <translation>请求完全成功，同时HTTP响应不包含响应体。在响应OPTIONS方法的HTTP请求时返回此状态码。</translation>
    </message>
    <message>
        <source>The server processed the request successfully.</source>
        <translation>重置内容，服务器处理成功。</translation>
    </message>
    <message>
        <source>The server processed part of a GET request successfully.</source>
        <translation>服务器成功处理了部分GET请求。</translation>
    </message>
    <message>
        <source>The requested resource is available at several locations; the response lists them for the client to choose from.</source>
        <translation>多种选择。请求的资源可包括多个位置，相应可返回一个资源特征与地址的列表用于用户终端（例如：浏览器）选择。</translation>
    </message>
    <message>
        <source>The requested resource has moved permanently to a new URI, given in the response.</source>
        <translation>永久移动，请求的资源已被永久的移动到新的URI，返回信息会包括新的URI。</translation>
    </message>
    <message>
        <source>The requested resource has moved temporarily.</source>
        <translation>资源被临时移动。</translation>
    </message>
    <message>
        <source>The resource is to be fetched from another address with GET or POST.</source>
        <translation>查看其它地址。使用GET和POST请求查看。</translation>
    </message>
    <message>
        <source>The requested resource has not been modified, so no resource is returned.</source>
        <translation>所请求的资源未修改，服务器返回此状态码时，不会返回任何资源。</translation>
    </message>
    <message>
        <source>The requested resource must be accessed through a proxy.</source>
        <translation>所请求的资源必须通过代理访问。</translation>
    </message>
    <message>
        <source>This HTTP status code is no longer used.</source>
        <translation>已经被废弃的HTTP状态码。</translation>
    </message>
    <message>
        <source>The request is invalid. Correct the request instead of retrying it unchanged.</source>
        <translation>非法请求。建议直接修改该请求，不要重试该请求。</translation>
    </message>
    <message>
        <source>The authentication information the client provided is incorrect or invalid.</source>
        <translation>在客户端提供认证信息后，返回该状态码，表明服务端指出客户端所提供的认证信息不正确或非法。</translation>
    </message>
    <message>
        <source>Reserved for future use.</source>
        <translation>保留请求。</translation>
    </message>
    <message>
        <source>The server understood the request but refuses to carry it out because access is denied. Correct the request instead of retrying it unchanged.</source>
        <translation>请求被拒绝访问。返回该状态码，表明请求能够到达服务端，且服务端能够理解用户请求，但是拒绝做更多的事情，因为该请求被设置为拒绝访问，建议直接修改该请求，不要重试该请求。</translation>
    </message>
    <message>
        <source>The requested resource does not exist. Correct the request instead of retrying it unchanged.</source>
        <translation>所请求的资源不存在。建议直接修改该请求，不要重试该请求。</translation>
    </message>
    <message>
        <source>The resource does not support the request&apos;s method. Correct the request instead of retrying it unchanged.</source>
        <translation>请求中带有该资源不支持的方法。建议直接修改该请求，不要重试该请求。</translation>
    </message>
    <message>
        <source>The server cannot produce a response matching what the client asked to accept.</source>
        <translation>服务器无法根据客户端请求的内容特性完成请求。</translation>
    </message>
    <message>
        <source>Like 401, but the client must authenticate with the proxy.</source>
        <translation>请求要求代理的身份认证，与401类似，但请求者应当使用代理进行授权。</translation>
    </message>
    <message>
        <source>The server timed out waiting for the request. The client may send the same request again at any time.</source>
        <translation>服务器等候请求时发生超时。客户端可以随时再次提交该请求而无需进行任何更改。</translation>
    </message>
    <message>
        <source>The request conflicts with the current state, for example the resource already exists or a conflicting update is in progress.</source>
        <translation>服务器在完成请求时发生冲突。返回该状态码，表明客户端尝试创建的资源已经存在，或者由于冲突请求的更新操作不能被完成。</translation>
    </message>
    <message>
        <source>The requested resource no longer exists; it has been deleted permanently.</source>
        <translation>客户端请求的资源已经不存在。返回该状态码，表明请求的资源已被永久删除。</translation>
    </message>
    <message>
        <source>The server refuses a request that has no Content-Length.</source>
        <translation>服务器无法处理客户端发送的不带Content-Length的请求信息。</translation>
    </message>
    <message>
        <source>A precondition the client set in the request was not met.</source>
        <translation>未满足前提条件，服务器未满足请求者在请求中设置的其中一个前提条件。</translation>
    </message>
    <message>
        <source>The request body is larger than the server can process. The server may close the connection, or send Retry-After if the condition is temporary.</source>
        <translation>由于请求的实体过大，服务器无法处理，因此拒绝请求。为防止客户端的连续请求，服务器可能会关闭连接。如果只是服务器暂时无法处理，则会包含一个Retry-After的响应信息。</translation>
    </message>
    <message>
        <source>The request URI is longer than the server can process.</source>
        <translation>请求的URI过长（URI通常为网址），服务器无法处理。</translation>
    </message>
    <message>
        <source>The server cannot process the request&apos;s media format.</source>
        <translation>服务器无法处理请求附带的媒体格式。</translation>
    </message>
    <message>
        <source>The range the client asked for is invalid.</source>
        <translation>客户端请求的范围无效。</translation>
    </message>
    <message>
        <source>The server cannot meet the request&apos;s Expect header.</source>
        <translation>服务器无法满足Expect的请求头信息。</translation>
    </message>
    <message>
        <source>The request is well-formed but contains semantic errors.</source>
        <translation>请求格式正确，但是由于含有语义错误，无法响应。</translation>
    </message>
    <message>
        <source>The client has exceeded its request rate limit, or the server is receiving more requests than it can handle. Wait for the time given in the Retry-After header before retrying.</source>
        <translation>表明请求超出了客户端访问频率的限制或者服务端接收到多于它能处理的请求。建议客户端读取相应的Retry-After首部，然后等待该首部指出的时间后再重试。</translation>
    </message>
    <message>
        <source>The server was reached but could not process the request.</source>
        <translation>表明服务端能被请求访问到，但是不能理解用户的请求。</translation>
    </message>
    <message>
        <source>The server does not support the requested function.</source>
        <translation>服务器不支持请求的功能，无法完成请求。</translation>
    </message>
    <message>
        <source>A gateway or proxy received an invalid response from the server behind it.</source>
        <translation>充当网关或代理的服务器，从远端服务器接收到了一个无效的响应。</translation>
    </message>
    <message>
        <source>The requested service is unavailable.</source>
        <translation>被请求的服务不可用。</translation>
    </message>
    <message>
        <source>The request could not be completed in the given time.</source>
        <translation>请求在给定的时间内无法完成。客户端仅在为请求指定超时（Timeout）参数时会得到该响应。</translation>
    </message>
    <message>
        <source>The server does not support the HTTP version of the request.</source>
        <translation>服务器不支持请求的HTTP协议的版本，无法完成处理。</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>输入有误</translation>
    </message>
    <message>
        <source>The request was not sent: some values break the service&apos;s rules.</source>
        <translation>请求未发送：部分取值不符合服务的规则。</translation>
    </message>
    <message>
        <source>Correct the values named here, then try again.</source>
        <translation>请更正此处列出的取值后重试。</translation>
    </message>
</context>
<context>
    <name>dws::Freshness</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Never updated</source>
        <translation>尚未更新</translation>
    </message>
    <message>
        <source>Offline, last updated %1</source>
        <translation>离线（%1更新）</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1更新</translation>
    </message>
</context>
<context>
    <name>dws::MaintainWindow</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
<context>
    <name>dws::NodeTypeTableModel</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Local disk</source>
        <translation>本地盘</translation>
    </message>
    <message>
        <source>SSD</source>
        <translation>SSD</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>disk type and size</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>节点规格</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
</context>
<context>
    <name>dws::ParameterGroupStatus</name>
    <message>
        <source>In sync</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>应用中</translation>
    </message>
    <message>
        <source>Restart required</source>
        <translation>需重启生效</translation>
    </message>
    <message>
        <source>Apply failed</source>
        <translation>应用失败</translation>
    </message>
</context>
<context>
    <name>dws::PublicBindType</name>
    <message>
        <source>Assign automatically</source>
        <translation>自动绑定</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>暂未使用</translation>
    </message>
    <message>
        <source>Use an existing EIP</source>
        <translation>使用已有</translation>
    </message>
</context>
<context>
    <name>dws::Services</name>
    <message>
        <source>An id is required.</source>
        <translation>ID 不能为空。</translation>
    </message>
    <message>
        <source>This is not a valid id.</source>
        <translation>ID 格式不正确。</translation>
    </message>
</context>
<context>
    <name>dws::SnapshotStatus</name>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>不可用</translation>
    </message>
</context>
<context>
    <name>dws::SnapshotTableModel</name>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>Cluster ID: %1</source>
        <translation>集群 ID：%1</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Automated</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>dws::SubStatus</name>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Redistributing</source>
        <translation>重分布中</translation>
    </message>
    <message>
        <source>Redistribution failed</source>
        <translation>重分布失败</translation>
    </message>
    <message>
        <source>Unbalanced</source>
        <translation>非均衡</translation>
    </message>
    <message>
        <source>Node fault</source>
        <translation>节点故障</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts of a compound sub-status, e.g. &quot;Node fault, Read-only&quot;</extracomment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>dws::TaskStatus</name>
    <message>
        <source>Unfreezing</source>
        <translation>解冻中</translation>
    </message>
    <message>
        <source>Freezing</source>
        <translation>冻结中</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <source>Taking snapshot</source>
        <translation>快照中</translation>
    </message>
    <message>
        <source>Scaling out</source>
        <translation>扩容中</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>重启中</translation>
    </message>
    <message>
        <source>Applying security settings</source>
        <translation>安全设置配置中</translation>
    </message>
    <message>
        <source>Configuring MRS connection</source>
        <translation>MRS连接配置中</translation>
    </message>
    <message>
        <source>Deleting MRS connection</source>
        <translation>删除MRS连接中</translation>
    </message>
    <message>
        <source>Restart failed</source>
        <translation>重启失败</translation>
    </message>
    <message>
        <source>Resize failed</source>
        <translation>扩容失败</translation>
    </message>
    <message>
        <source>Repairing</source>
        <translation>修复中</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Order pending payment</source>
        <translation>订单待支付</translation>
    </message>
</context>
<context>
    <name>dws::Transition</name>
    <message>
        <source>the last operation</source>
        <translation>上一次操作</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cluster %1 appeared</source>
        <translation>发现集群 %1</translation>
    </message>
    <message>
        <source>Cluster %1 is no longer listed</source>
        <translation>集群 %1 已不在列表中</translation>
    </message>
    <message>
        <source>Cluster %1: status %2 → %3</source>
        <translation>集群 %1：状态 %2 → %3</translation>
    </message>
    <message>
        <source>Cluster %1: sub-status %2 → %3</source>
        <translation>集群 %1：子状态 %2 → %3</translation>
    </message>
    <message>
        <source>Cluster %1: %2 started</source>
        <translation>集群 %1：%2已开始</translation>
    </message>
    <message>
        <source>Cluster %1: %2 at %3%</source>
        <translation>集群 %1：%2进度 %3%</translation>
    </message>
    <message>
        <source>Cluster %1: %2 finished</source>
        <translation>集群 %1：%2已完成</translation>
    </message>
    <message>
        <source>Cluster %1: %2 failed</source>
        <translation>集群 %1：%2失败</translation>
    </message>
    <message>
        <source>Snapshot %1 appeared</source>
        <translation>发现快照 %1</translation>
    </message>
    <message>
        <source>Snapshot %1 started</source>
        <translation>快照 %1 开始创建</translation>
    </message>
    <message>
        <source>Snapshot %1 finished</source>
        <translation>快照 %1 创建完成</translation>
    </message>
    <message>
        <source>Snapshot %1 failed</source>
        <translation>快照 %1 创建失败</translation>
    </message>
    <message>
        <source>Snapshot %1 is no longer listed</source>
        <translation>快照 %1 已不在列表中</translation>
    </message>
</context>
<context>
    <name>dws::Validation</name>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The name must be %1 to %2 characters long.</source>
        <translation>名称长度须为%1~%2个字符。</translation>
    </message>
    <message>
        <source>The name must start with a letter.</source>
        <translation>名称必须以字母开头。</translation>
    </message>
    <message>
        <source>The name may contain only letters, digits, hyphens (-) and underscores (_).</source>
        <translation>名称只能包含字母、数字、中划线（-）和下划线（_）。</translation>
    </message>
    <message>
        <source>Enter the administrator user name.</source>
        <translation>请输入管理员用户名。</translation>
    </message>
    <message>
        <source>The user name must be %1 to %2 characters long.</source>
        <translation>用户名长度须为%1~%2个字符。</translation>
    </message>
    <message>
        <source>The user name must start with a lowercase letter or an underscore (_).</source>
        <translation>用户名必须以小写字母或下划线（_）开头。</translation>
    </message>
    <message>
        <source>The user name may contain only lowercase letters, digits and underscores (_).</source>
        <translation>用户名只能包含小写字母、数字和下划线（_）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved word of the database and cannot be a user name.</source>
        <translation>“%1”是数据库关键字，不能用作用户名。</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>长度为%1~%2个字符</translation>
    </message>
    <message>
        <source>At least 3 of: lowercase letters, uppercase letters, digits, special characters</source>
        <translation>至少包含小写字母、大写字母、数字、特殊字符中的3种</translation>
    </message>
    <message>
        <source>Only letters, digits and the special characters %1</source>
        <translation>只包含字母、数字和特殊字符%1</translation>
    </message>
    <message>
        <source>Not the user name or the user name reversed</source>
        <translation>不能与用户名或倒序的用户名相同</translation>
    </message>
    <message>
        <source>Not a common, easily guessed password</source>
        <translation>不能为弱密码</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The password must be %1 to %2 characters long.</source>
        <translation>密码长度须为%1~%2个字符。</translation>
    </message>
    <message>
        <source>The password may contain only letters, digits and the special characters %1.</source>
        <translation>密码只能包含字母、数字和特殊字符%1。</translation>
    </message>
    <message>
        <source>The password must contain at least three of: lowercase letters, uppercase letters, digits and special characters.</source>
        <translation>密码至少包含小写字母、大写字母、数字、特殊字符中的3种。</translation>
    </message>
    <message>
        <source>The password must not be the user name or the user name reversed.</source>
        <translation>密码不能与用户名或倒序的用户名相同。</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Choose a stronger one.</source>
        <translation>该密码为弱密码，请使用更复杂的密码。</translation>
    </message>
    <message>
        <source>The port must be between %1 and %2.</source>
        <translation>端口取值范围为%1~%2。</translation>
    </message>
    <message>
        <source>The number of nodes must be between %1 and %2.</source>
        <translation>节点数量取值范围为%1~%2。</translation>
    </message>
    <message>
        <source>A cluster of %1 nodes cannot have %2 CNs: add nodes first.</source>
        <translation>%1个节点的集群无法部署%2个CN，请先增加节点数量。</translation>
    </message>
    <message>
        <source>The number of CNs must be between %1 and %2.</source>
        <translation>CN数量取值范围为%1~%2。</translation>
    </message>
    <message>
        <source>This ID is required.</source>
        <translation>请输入ID。</translation>
    </message>
    <message>
        <source>Enter an ID of the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (hexadecimal digits).</source>
        <translation>请输入格式为xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx的ID（十六进制数字）。</translation>
    </message>
    <message>
        <source>Choose how the cluster gets a public IP.</source>
        <translation>请选择弹性IP绑定类型。</translation>
    </message>
    <message>
        <source>Choose the EIP to bind.</source>
        <translation>请选择要绑定的弹性IP。</translation>
    </message>
    <message>
        <source>Availability zone %1 does not offer DWS clusters. Choose another.</source>
        <translation>可用区%1不支持创建DWS集群，请选择其他可用区。</translation>
    </message>
    <message>
        <source>The number of snapshots to keep cannot be negative.</source>
        <translation>保留的快照数量不能为负数。</translation>
    </message>
    <message>
        <source>Choose a node type.</source>
        <translation>请选择节点类型。</translation>
    </message>
    <message>
        <source>Add at least one node.</source>
        <translation>请至少增加1个节点。</translation>
    </message>
    <message>
        <source>The cluster would have %1 nodes; at most %2 are allowed.</source>
        <translation>扩容后集群将有%1个节点，最多允许%2个。</translation>
    </message>
</context>
<context>
    <name>dws::cli</name>
    <message>
        <source>Set DWS_PASSWORD, or pipe it in with --password-stdin.</source>
        <translation>请设置 DWS_PASSWORD，或通过 --password-stdin 从标准输入传入。</translation>
    </message>
    <message>
        <source>Set DWS_SK, or pipe it in with --password-stdin.</source>
        <translation>请设置 DWS_SK，或通过 --password-stdin 从标准输入传入。</translation>
    </message>
    <message>
        <source>Give the account through DWS_USERNAME, DWS_PASSWORD and DWS_DOMAIN; dwsctl obtains the token itself.</source>
        <translation>请通过 DWS_USERNAME、DWS_PASSWORD 和 DWS_DOMAIN 提供账号，dwsctl 会自行获取 Token。</translation>
    </message>
    <message>
        <source>Set DWS_ADMIN_PASSWORD, or pipe it in with --admin-password-stdin.</source>
        <translation>请设置 DWS_ADMIN_PASSWORD，或通过 --admin-password-stdin 从标准输入传入。</translation>
    </message>
    <message>
        <source>Set DWS_NEW_PASSWORD, or type it when asked (or pipe it in on standard input).</source>
        <translation>请设置 DWS_NEW_PASSWORD，或在提示时输入（也可从标准输入传入）。</translation>
    </message>
    <message>
        <source>--%1 is not accepted: a secret given as an argument is visible to every user of this machine in the process list and stays in the shell history. %2</source>
        <translation>不接受 --%1：作为参数传入的密码或密钥会在进程列表中被本机所有用户看到，并留在 Shell 历史记录中。%2</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>--%1 does not take a value.</source>
        <translation>--%1 不接受取值。</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 需要一个取值（%2）。</translation>
    </message>
    <message>
        <source>dwsctl: --password-stdin was given but standard input holds no password.</source>
        <translation>dwsctl：指定了 --password-stdin，但标准输入中没有密码。</translation>
    </message>
    <message>
        <source>Try &quot;dwsctl --help&quot;.</source>
        <translation>请尝试 &quot;dwsctl --help&quot;。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are: %2.</source>
        <translation>未知命令 &quot;%1&quot;。可用命令：%2。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;. %1 knows: %3.</source>
        <translation>未知命令 &quot;%1 %2&quot;。%1 支持：%3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation>&quot;%1&quot; 后需要指定命令：%2。</translation>
    </message>
    <message>
        <source>Try &quot;dwsctl %1 --help&quot;.</source>
        <translation>请尝试 &quot;dwsctl %1 --help&quot;。</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 需要参数 %2。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <source>Usage: dwsctl [global options] %1</source>
        <translation>用法：dwsctl [全局选项] %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 需要一个整数，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>--%1 expects a positive number of seconds, not &quot;%2&quot;.</source>
        <translation>--%1 需要一个正的秒数，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1 changes or removes something and standard input is not a terminal to confirm it on; add --yes to go ahead without asking.</source>
        <translation>%1 会修改或删除资源，而标准输入不是可供确认的终端；如需不经确认直接执行，请加上 --yes。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation>已取消，未发送任何请求。</translation>
    </message>
    <message>
        <source>No password given: set %1 or provide it on standard input.</source>
        <translation>未提供密码：请设置 %1 或从标准输入提供。</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>服务端消息：%1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理建议：%1</translation>
    </message>
    <message>
        <source>Permission needed (IAM): %1</source>
        <translation>所需权限（IAM）：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Usage: dwsctl [global options] RESOURCE COMMAND [arguments]</source>
        <translation>用法：dwsctl [全局选项] 资源 命令 [参数]</translation>
    </message>
    <message>
        <source>Manage Huawei Cloud Data Warehouse Service (DWS) clusters and snapshots.</source>
        <translation>管理华为云数据仓库服务（DWS）的集群和快照。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options (before or after the command words):</source>
        <translation>全局选项（可放在命令词之前或之后）：</translation>
    </message>
    <message>
        <source>Credentials come from the environment, never from arguments:</source>
        <translation>凭证只从环境变量读取，从不从参数读取：</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 the service answered with an error, 2 usage or validation error (nothing sent), 3 network or TLS failure.</source>
        <translation>退出码：0 成功；1 服务返回错误；2 用法或校验错误（未发送请求）；3 网络或 TLS 故障。</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>是</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>节点规格</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>虚拟私有云</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>binding failed: %1</source>
        <translation>绑定失败：%1</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <source>Private IPs</source>
        <translation>内网 IP</translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation>内网访问地址</translation>
    </message>
    <message>
        <source>Public endpoint</source>
        <translation>公网访问地址</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>扩容</translation>
    </message>
    <message>
        <source>%1 to %2 nodes (%3)</source>
        <translation>%1 个节点扩至 %2 个（%3）</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>运维时间窗</translation>
    </message>
    <message>
        <source>%1 %2-%3 (GMT+0)</source>
        <translation>%1 %2-%3（GMT+0）</translation>
    </message>
    <message>
        <source>Parameter group</source>
        <translation>参数组</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation>企业项目</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>集群 ID</translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation>大小（GB）</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>内存（GB）</translation>
    </message>
    <message>
        <source>Disk (GB)</source>
        <translation>磁盘（GB）</translation>
    </message>
    <message>
        <source>Disk type</source>
        <translation>磁盘类型</translation>
    </message>
    <message>
        <source>IAM endpoint that issues tokens</source>
        <translation>签发 Token 的 IAM 终端节点</translation>
    </message>
    <message>
        <source>DWS endpoint of the region</source>
        <translation>所在区域的 DWS 终端节点</translation>
    </message>
    <message>
        <source>project every call is made in</source>
        <translation>所有调用所在的项目</translation>
    </message>
    <message>
        <source>region such as cn-north-1: derives both endpoints and the project</source>
        <translation>区域，如 cn-north-1：据此得出两个终端节点和项目</translation>
    </message>
    <message>
        <source>project name, looked up through IAM when no id is given</source>
        <translation>项目名称，未给出项目 ID 时通过 IAM 查找</translation>
    </message>
    <message>
        <source>also trust the certificate authorities in this PEM file</source>
        <translation>额外信任此 PEM 文件中的证书颁发机构</translation>
    </message>
    <message>
        <source>print an aligned table (default) or JSON</source>
        <translation>输出对齐的表格（默认）或 JSON</translation>
    </message>
    <message>
        <source>log every request to standard error (secrets redacted)</source>
        <translation>将每个请求记录到标准错误（密码等敏感信息已脱敏）</translation>
    </message>
    <message>
        <source>language of messages and tables</source>
        <translation>消息和表格的语言</translation>
    </message>
    <message>
        <source>give up on a request after this many seconds</source>
        <translation>单个请求超过此秒数即放弃</translation>
    </message>
    <message>
        <source>read the password (or secret key) from the first line of standard input</source>
        <translation>从标准输入的第一行读取密码（或 SK）</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>不再询问确认</translation>
    </message>
    <message>
        <source>show help and exit</source>
        <translation>显示帮助并退出</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>显示版本并退出</translation>
    </message>
    <message>
        <source>--%1 expects an http:// or https:// URL with a host, not &quot;%2&quot;.</source>
        <translation>--%1 需要一个带主机名的 http:// 或 https:// 地址，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>--region expects a region name such as cn-north-1, not &quot;%1&quot;.</source>
        <translation>--region 需要区域名称（如 cn-north-1），而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--project-id must not be empty.</source>
        <translation>--project-id 不能为空。</translation>
    </message>
    <message>
        <source>--output expects table or json, not &quot;%1&quot;.</source>
        <translation>--output 只能是 table 或 json，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--lang expects en or zh_CN, not &quot;%1&quot;.</source>
        <translation>--lang 只能是 en 或 zh_CN，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--timeout expects a whole number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout 需要 1 到 3600 之间的整数秒，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>No IAM endpoint: give --iam-endpoint or --region.</source>
        <translation>缺少 IAM 终端节点：请指定 --iam-endpoint 或 --region。</translation>
    </message>
    <message>
        <source>No DWS endpoint: give --dws-endpoint or --region.</source>
        <translation>缺少 DWS 终端节点：请指定 --dws-endpoint 或 --region。</translation>
    </message>
    <message>
        <source>No project: give --project-id, --project or --region.</source>
        <translation>缺少项目：请指定 --project-id、--project 或 --region。</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>无法读取 CA 文件 %1。</translation>
    </message>
    <message>
        <source>The account has no project named %1.</source>
        <translation>该账号下没有名为 %1 的项目。</translation>
    </message>
    <message>
        <source>Delete a cluster, keeping its last N manual snapshots (0 keeps none).</source>
        <translation>删除集群，保留其最近 N 个手动快照（0 表示不保留）。</translation>
    </message>
    <message>
        <source>how many of the newest manual snapshots to keep (required)</source>
        <translation>保留最近多少个手动快照（必填）</translation>
    </message>
    <message>
        <source>Cluster %1 is being deleted.</source>
        <translation>集群 %1 正在删除。</translation>
    </message>
    <message>
        <source>Restart a cluster.</source>
        <translation>重启集群。</translation>
    </message>
    <message>
        <source>Restart cluster %1? It is unavailable while it restarts.</source>
        <translation>重启集群 %1？重启期间集群不可用。</translation>
    </message>
    <message>
        <source>Cluster %1 is restarting.</source>
        <translation>集群 %1 正在重启。</translation>
    </message>
    <message>
        <source>Scale a cluster out by N nodes (--add), or change it to N nodes of a node type (--node-type and --nodes, cluster version 1.5.0 or later).</source>
        <translation>为集群增加 N 个节点（--add），或将集群调整为指定规格的 N 个节点（--node-type 和 --nodes，需集群版本 1.5.0 及以上）。</translation>
    </message>
    <message>
        <source>scale out: the number of nodes to add</source>
        <translation>扩容：要增加的节点数</translation>
    </message>
    <message>
        <source>resize: the node type to change to</source>
        <translation>调整规格：目标节点规格</translation>
    </message>
    <message>
        <source>resize: the number of nodes to change to</source>
        <translation>调整规格：目标节点数</translation>
    </message>
    <message>
        <source>Give either --add N, or --node-type T together with --nodes N.</source>
        <translation>请指定 --add N，或同时指定 --node-type T 和 --nodes N，二者选其一。</translation>
    </message>
    <message>
        <source>--nodes needs --node-type as well.</source>
        <translation>--nodes 需要同时指定 --node-type。</translation>
    </message>
    <message>
        <source>Cluster %1 is growing from %2 to %3 nodes.</source>
        <translation>集群 %1 正在从 %2 个节点扩容到 %3 个节点。</translation>
    </message>
    <message>
        <source>Set a new password for the cluster&apos;s administrator, read from DWS_NEW_PASSWORD or standard input.</source>
        <translation>为集群管理员设置新密码，新密码从 DWS_NEW_PASSWORD 或标准输入读取。</translation>
    </message>
    <message>
        <source>Reset the administrator password of cluster %1?</source>
        <translation>重置集群 %1 的管理员密码？</translation>
    </message>
    <message>
        <source>The administrator password of cluster %1 has been reset.</source>
        <translation>集群 %1 的管理员密码已重置。</translation>
    </message>
    <message>
        <source>Wait until a cluster is available with no task running (or deleted), printing progress as it changes. Ends with status 1 if the running operation fails.</source>
        <translation>等待集群变为可用且没有任务在运行（或已删除），进度变化时打印出来。正在进行的操作失败时以退出码 1 结束。</translation>
    </message>
    <message>
        <source>the state to wait for (required)</source>
        <translation>要等待的状态（必填）</translation>
    </message>
    <message>
        <source>give up after this many seconds in all (default 3600)</source>
        <translation>总共等待超过此秒数即放弃（默认 3600）</translation>
    </message>
    <message>
        <source>seconds between two looks at the cluster (default 30)</source>
        <translation>两次查询集群之间的间隔秒数（默认 30）</translation>
    </message>
    <message>
        <source>--until expects available or deleted.</source>
        <translation>--until 只能是 available 或 deleted。</translation>
    </message>
    <message>
        <source>Cluster %1 is deleted.</source>
        <translation>集群 %1 已删除。</translation>
    </message>
    <message>
        <source>Cluster %1 is available.</source>
        <translation>集群 %1 已可用。</translation>
    </message>
    <message>
        <source>dwsctl: the operation on cluster %1 failed.</source>
        <translation>dwsctl：集群 %1 上的操作失败。</translation>
    </message>
    <message>
        <source>dwsctl: gave up waiting for cluster %1 after %2 seconds.</source>
        <translation>dwsctl：已等待集群 %1 %2 秒，放弃等待。</translation>
    </message>
    <message>
        <source>check the request and print it (password masked) without sending it</source>
        <translation>只校验并打印请求（密码已隐藏），不发送</translation>
    </message>
    <message>
        <source>Dry run: the request follows every rule; nothing was sent.</source>
        <translation>试运行：请求符合所有规则，未发送任何请求。</translation>
    </message>
    <message>
        <source>the VPC</source>
        <translation>虚拟私有云</translation>
    </message>
    <message>
        <source>the subnet of the VPC</source>
        <translation>虚拟私有云的子网</translation>
    </message>
    <message>
        <source>the security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>availability zone, e.g. cn-north-4a</source>
        <translation>可用区，如 cn-north-4a</translation>
    </message>
    <message>
        <source>database port, 8000 to 30000 (default 8000)</source>
        <translation>数据库端口，8000 到 30000（默认 8000）</translation>
    </message>
    <message>
        <source>whether the cluster gets a public address (default not_use)</source>
        <translation>集群是否使用公网地址（默认 not_use）</translation>
    </message>
    <message>
        <source>the elastic IP to bind, with --public-ip bind_existing</source>
        <translation>要绑定的弹性 IP，与 --public-ip bind_existing 一起使用</translation>
    </message>
    <message>
        <source>enterprise project (default 0, the default project)</source>
        <translation>企业项目（默认 0，即 default 企业项目）</translation>
    </message>
    <message>
        <source>--public-ip expects auto_assign, not_use or bind_existing, not &quot;%1&quot;.</source>
        <translation>--public-ip 只能是 auto_assign、not_use 或 bind_existing，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--eip-id needs --public-ip bind_existing.</source>
        <translation>--eip-id 需要同时指定 --public-ip bind_existing。</translation>
    </message>
    <message>
        <source>Create a cluster and print its id. The administrator password comes from DWS_ADMIN_PASSWORD or standard input (--admin-password-stdin), never from an argument.</source>
        <translation>创建集群并打印其 ID。管理员密码从 DWS_ADMIN_PASSWORD 或标准输入（--admin-password-stdin）读取，从不从参数读取。</translation>
    </message>
    <message>
        <source>4 to 64 characters: a letter first, then letters, digits, - and _</source>
        <translation>4 到 64 个字符：以字母开头，可包含字母、数字、- 和 _</translation>
    </message>
    <message>
        <source>a node type from &quot;node-types list&quot;</source>
        <translation>&quot;node-types list&quot; 列出的节点规格</translation>
    </message>
    <message>
        <source>number of nodes, 3 to 32</source>
        <translation>节点数，3 到 32</translation>
    </message>
    <message>
        <source>database administrator, 6 to 64 lowercase letters, digits and _</source>
        <translation>数据库管理员，6 到 64 个小写字母、数字或 _</translation>
    </message>
    <message>
        <source>read the administrator password from standard input</source>
        <translation>从标准输入读取管理员密码</translation>
    </message>
    <message>
        <source>coordinator nodes, 2 to min(5, nodes - 1) (default 2)</source>
        <translation>CN 节点数，2 到 min(5, 节点数 - 1)（默认 2）</translation>
    </message>
    <message>
        <source>Missing required options: %1.</source>
        <translation>缺少必填选项：%1。</translation>
    </message>
    <message>
        <source>Restore a snapshot to a new cluster of the same node type and size, and print the new cluster&apos;s id. Network options default to the source cluster&apos;s.</source>
        <translation>将快照恢复到规格和节点数相同的新集群，并打印新集群的 ID。网络选项默认与原集群相同。</translation>
    </message>
    <message>
        <source>name of the new cluster (required)</source>
        <translation>新集群的名称（必填）</translation>
    </message>
    <message>
        <source>--name is required: the name of the new cluster.</source>
        <translation>必须指定 --name：新集群的名称。</translation>
    </message>
    <message>
        <source>Take a manual snapshot of a cluster and print the snapshot&apos;s id.</source>
        <translation>为集群创建手动快照，并打印快照 ID。</translation>
    </message>
    <message>
        <source>the cluster to snapshot (required)</source>
        <translation>要创建快照的集群（必填）</translation>
    </message>
    <message>
        <source>4 to 64 characters, unique; a letter first (required)</source>
        <translation>4 到 64 个字符，不可重复，以字母开头（必填）</translation>
    </message>
    <message>
        <source>a description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Delete a manual snapshot.</source>
        <translation>删除手动快照。</translation>
    </message>
    <message>
        <source>Delete snapshot %1? It cannot be restored afterwards.</source>
        <translation>删除快照 %1？删除后将无法再用它恢复。</translation>
    </message>
    <message>
        <source>Snapshot %1 is being deleted.</source>
        <translation>快照 %1 正在删除。</translation>
    </message>
    <message>
        <source>List the node types the region offers, with vCPUs, memory and storage.</source>
        <translation>列出本区域提供的节点规格，包括 vCPU、内存和存储。</translation>
    </message>
    <message>
        <source>List the projects the account can use; a project&apos;s name is its region.</source>
        <translation>列出账号可用的项目；项目名称即其区域。</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>List every cluster of the project with its status, task and progress.</source>
        <translation>列出项目中的所有集群及其状态、任务和进度。</translation>
    </message>
    <message>
        <source>Show everything known about one cluster.</source>
        <translation>显示一个集群的全部信息。</translation>
    </message>
    <message>
        <source>List every snapshot of the project.</source>
        <translation>列出项目中的所有快照。</translation>
    </message>
    <message>
        <source>Show everything known about one snapshot.</source>
        <translation>显示一个快照的全部信息。</translation>
    </message>
    <message>
        <source>The service&apos;s answer was lost; the new resource was found by its name.</source>
        <translation>服务的响应丢失，已按名称找到新建的资源。</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>SK：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>dwsctl: no command given.</source>
        <translation>dwsctl：未指定命令。</translation>
    </message>
    <message>
        <source>dwsctl: the request breaks these rules; nothing was sent:</source>
        <translation>dwsctl：请求不符合以下规则，未发送任何请求：</translation>
    </message>
    <message>
        <source>(HTTP %1)</source>
        <translation>（HTTP %1）</translation>
    </message>
    <message>
        <source>an IAM user, its password and account</source>
        <translation>IAM 用户、其密码及所属账号</translation>
    </message>
    <message>
        <source>an access key and secret key (signed requests)</source>
        <translation>访问密钥 AK 和 SK（请求签名）</translation>
    </message>
    <message>
        <source>cluster administrator passwords for create and reset-password</source>
        <translation>创建集群和重置密码时使用的集群管理员密码</translation>
    </message>
    <message>
        <source>DWS_AK is set but the secret key is missing: set DWS_SK or use --password-stdin.</source>
        <translation>已设置 DWS_AK 但缺少 SK：请设置 DWS_SK 或使用 --password-stdin。</translation>
    </message>
    <message>
        <source>No credentials: set DWS_USERNAME, DWS_PASSWORD and DWS_DOMAIN, or DWS_AK and DWS_SK.</source>
        <translation>缺少凭证：请设置 DWS_USERNAME、DWS_PASSWORD 和 DWS_DOMAIN，或设置 DWS_AK 和 DWS_SK。</translation>
    </message>
    <message>
        <source>Incomplete credentials: %1 not set.</source>
        <translation>凭证不完整：未设置 %1。</translation>
    </message>
    <message>
        <source>Delete cluster %1? Only its newest %2 manual snapshots are kept.</source>
        <translation>删除集群 %1？仅保留其最近 %2 个手动快照。</translation>
    </message>
    <message>
        <source>New administrator password:</source>
        <translation>新的管理员密码：</translation>
    </message>
    <message>
        <source>Administrator password:</source>
        <translation>管理员密码：</translation>
    </message>
    <message>
        <source>The cluster %1 was not created: the cluster list, read afterwards, holds no cluster of that name.</source>
        <translation>集群 %1 未创建：随后查询的集群列表中没有该名称的集群。</translation>
    </message>
    <message>
        <source>Whether the cluster %1 was created is unknown: the answer was lost and the cluster list could not be read to check. Run &quot;dwsctl clusters list&quot; before trying again.</source>
        <translation>无法确定集群 %1 是否已创建：服务的响应丢失，且无法读取集群列表进行核对。请先运行 &quot;dwsctl clusters list&quot; 确认后再重试。</translation>
    </message>
    <message>
        <source>The snapshot %1 was not created: the snapshot list, read afterwards, holds no snapshot of that name.</source>
        <translation>快照 %1 未创建：随后查询的快照列表中没有该名称的快照。</translation>
    </message>
    <message>
        <source>Whether the snapshot %1 was created is unknown: the answer was lost and the snapshot list could not be read to check. Run &quot;dwsctl snapshots list&quot; before trying again.</source>
        <translation>无法确定快照 %1 是否已创建：服务的响应丢失，且无法读取快照列表进行核对。请先运行 &quot;dwsctl snapshots list&quot; 确认后再重试。</translation>
    </message>
</context>
<context>
    <name>dws::ui::AdministratorPage</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The database administrator account of the new cluster. The password is sent once and never stored by DWS Console.</source>
        <translation>新集群的数据库管理员账户。密码仅随请求发送一次，DWS 控制台不会保存。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>6 to 64 characters: lowercase letters, digits and _, not a SQL keyword</source>
        <translation>6～64 个字符：小写字母、数字和下划线，不能是 SQL 关键字</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>Password rules:</source>
        <translation>密码规则：</translation>
    </message>
</context>
<context>
    <name>dws::ui::BusyIndicator</name>
    <message>
        <source>Sending the request…</source>
        <translation>正在发送请求…</translation>
    </message>
</context>
<context>
    <name>dws::ui::ClusterBasicsPage</name>
    <message>
        <source>%1 GB memory</source>
        <translation>内存 %1 GB</translation>
    </message>
    <message>
        <source>%1 GB %2 disk per node</source>
        <translation>每节点 %1 GB %2 磁盘</translation>
    </message>
    <message>
        <source>Loading the available node types…</source>
        <translation>正在加载可用的节点类型…</translation>
    </message>
    <message>
        <source>The node types could not be loaded: %1 %2</source>
        <translation>无法加载节点类型：%1 %2</translation>
    </message>
    <message>
        <source>No node types are offered in this region.</source>
        <translation>该区域没有可用的节点类型。</translation>
    </message>
    <message>
        <source>Choose a node type.</source>
        <translation>请选择节点类型。</translation>
    </message>
    <message>
        <source>Cluster basics</source>
        <translation>集群基本信息</translation>
    </message>
    <message>
        <source>Name the cluster and choose its size. The node type and the number of nodes decide capacity and price.</source>
        <translation>为集群命名并选择规模。节点类型和节点数量决定容量和价格。</translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation>集群名称(&amp;N)：</translation>
    </message>
    <message>
        <source>4 to 64 characters: letters, digits, - and _, starting with a letter</source>
        <translation>4～64 个字符：字母、数字、中划线和下划线，以字母开头</translation>
    </message>
    <message>
        <source>Node &amp;type:</source>
        <translation>节点类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>N&amp;odes:</source>
        <translation>节点数量(&amp;O)：</translation>
    </message>
    <message>
        <source>3 to 32 nodes</source>
        <translation>3～32 个节点</translation>
    </message>
    <message>
        <source>&amp;Coordinator nodes (CN):</source>
        <translation>CN 部署量(&amp;C)：</translation>
    </message>
    <message>
        <source>2 to 5, and fewer than the number of nodes</source>
        <translation>2～5 个，且少于节点数量</translation>
    </message>
    <message>
        <source>%1 vCPUs</source>
        <translation>%1 核 vCPU</translation>
    </message>
</context>
<context>
    <name>dws::ui::ClusterDetailPane</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Network and endpoints</source>
        <translation>网络与连接地址</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>扩容</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失败信息</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>可维护时间段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Parameter group</source>
        <translation>参数组</translation>
    </message>
    <message>
        <source>No cluster selected</source>
        <translation>未选择集群</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sub-status</source>
        <translation>子状态</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>节点类型</translation>
    </message>
    <message>
        <source>Node type ID</source>
        <translation>节点类型ID</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员用户</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation>企业项目</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>近期事件</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>虚拟私有云</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Private IP addresses</source>
        <translation>内网IP地址</translation>
    </message>
    <message>
        <source>Elastic IP binding</source>
        <translation>弹性IP绑定方式</translation>
    </message>
    <message>
        <source>Elastic IP ID</source>
        <translation>弹性IP ID</translation>
    </message>
    <message>
        <source>Elastic IP address</source>
        <translation>弹性IP地址</translation>
    </message>
    <message>
        <source>Elastic IP status</source>
        <translation>弹性IP状态</translation>
    </message>
    <message>
        <source>Binding failed: %1</source>
        <translation>绑定失败：%1</translation>
    </message>
    <message>
        <source>Private address</source>
        <translation>内网连接地址</translation>
    </message>
    <message>
        <source>Private JDBC URL</source>
        <translation>内网JDBC URL</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>公网连接地址</translation>
    </message>
    <message>
        <source>Public JDBC URL</source>
        <translation>公网JDBC URL</translation>
    </message>
    <message>
        <source>No connection addresses yet.</source>
        <translation>暂无连接地址。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>错误说明</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>服务端消息</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>No maintenance window is set.</source>
        <translation>未设置可维护时间段。</translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation>正在加载详情…</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>No tags.</source>
        <translation>无标签。</translation>
    </message>
    <message>
        <source>No parameter group.</source>
        <translation>无参数组。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>dws::ui::CommandLine</name>
    <message>
        <source>Desktop console for Huawei Cloud Data Warehouse Service (DWS).</source>
        <translation>华为云数据仓库服务（DWS）桌面控制台。</translation>
    </message>
    <message>
        <source>Start the built-in emulator with simulated demo data and sign in to it.</source>
        <translation>启动内置模拟器（模拟演示数据）并自动登录。</translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; once the first data has arrived, then quit.</source>
        <translation>首批数据到达后将主窗口保存为 PNG 图片 &lt;file&gt;，然后退出。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use en or zh_CN.</source>
        <translation>未知语言“%1”，请使用 en 或 zh_CN。</translation>
    </message>
</context>
<context>
    <name>dws::ui::ConnectionDialog</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation>IAM终端节点(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;DWS endpoint:</source>
        <translation>DWS终端节点(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>认证方式(&amp;A)：</translation>
    </message>
    <message>
        <source>IAM &amp;user name:</source>
        <translation>IAM用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Account (&amp;domain):</source>
        <translation>账号名（&amp;domain）：</translation>
    </message>
    <message>
        <source>Access &amp;key ID (AK):</source>
        <translation>访问密钥ID（AK）(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Secret access key (SK):</source>
        <translation>秘密访问密钥（SK）(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>CA证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>项目(&amp;J)：</translation>
    </message>
    <message>
        <source>Enter the %1 endpoint.</source>
        <translation>请输入%1终端节点。</translation>
    </message>
    <message>
        <source>The %1 endpoint is not a valid address.</source>
        <translation>%1终端节点不是有效的地址。</translation>
    </message>
    <message>
        <source>The %1 endpoint must use https (plain http is allowed only for this computer).</source>
        <translation>%1终端节点必须使用 https（仅本机地址允许使用 http）。</translation>
    </message>
    <message>
        <source>The %1 endpoint must start with https://.</source>
        <translation>%1终端节点必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Sign In to DWS</source>
        <translation>登录DWS</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Forget this profile and its remembered secret</source>
        <translation>删除此配置及其保存的密钥</translation>
    </message>
    <message>
        <source>Choose a saved profile, or type a name to save a new one</source>
        <translation>选择已保存的配置，或输入名称保存为新配置</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation>自定义终端节点</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM用户名和密码</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>访问密钥（AK/SK）</translation>
    </message>
    <message>
        <source>The account the IAM user belongs to</source>
        <translation>IAM用户所属的账号</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>在系统钥匙串中记住密码或密钥</translation>
    </message>
    <message>
        <source>Without this the password or secret key is kept only in memory and asked for again next time</source>
        <translation>不勾选时，密码或秘密访问密钥仅保存在内存中，下次需重新输入</translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation>系统证书</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Sign In and List Projects</source>
        <translation>登录并列出项目</translation>
    </message>
    <message>
        <source>Sign in to list projects, or type an ID</source>
        <translation>登录后列出项目，或直接输入项目ID</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Enter the access key ID.</source>
        <translation>请输入访问密钥ID。</translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation>请输入秘密访问密钥。</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>请输入IAM用户名。</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Enter the account (domain) name.</source>
        <translation>请输入账号名（domain）。</translation>
    </message>
    <message>
        <source>The CA certificates file cannot be read.</source>
        <translation>无法读取CA证书文件。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Signed in, but IAM lists no projects for this user.</source>
        <translation>已登录，但IAM未列出该用户的任何项目。</translation>
    </message>
    <message>
        <source>Signed in. Choose a project and connect.</source>
        <translation>已登录。请选择项目并连接。</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>请选择项目。</translation>
    </message>
</context>
<context>
    <name>dws::ui::CreateClusterWizard</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>集群名称</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>节点类型</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数量</translation>
    </message>
    <message>
        <source>Coordinator nodes (CN)</source>
        <translation>CN 部署量</translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation>虚拟私有云 ID</translation>
    </message>
    <message>
        <source>Subnet ID</source>
        <translation>子网 ID</translation>
    </message>
    <message>
        <source>Security group ID</source>
        <translation>安全组 ID</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Chosen by the service</source>
        <translation>由服务选择</translation>
    </message>
    <message>
        <source>Database port</source>
        <translation>数据库端口</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation>企业项目</translation>
    </message>
    <message>
        <source>Default (0)</source>
        <translation>默认（0）</translation>
    </message>
    <message>
        <source>Creating a cluster takes about 10 to 15 minutes. Its progress is shown in the clusters table.</source>
        <translation>创建集群约需 10～15 分钟，进度显示在集群列表中。</translation>
    </message>
    <message>
        <source>Create Cluster</source>
        <translation>创建集群</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>dws::ui::CreateSnapshotDialog</name>
    <message>
        <source>Create Snapshot of %1</source>
        <translation>创建 %1 的快照</translation>
    </message>
    <message>
        <source>&amp;Create Snapshot</source>
        <translation>创建快照(&amp;C)</translation>
    </message>
    <message>
        <source>A manual snapshot of the whole cluster %1. The cluster stays available, but no other operation can run until it is taken.</source>
        <translation>为整个集群 %1 创建手动快照。集群保持可用，但快照完成前不能执行其他操作。</translation>
    </message>
    <message>
        <source>Snapshot &amp;name:</source>
        <translation>快照名称(&amp;N)：</translation>
    </message>
    <message>
        <source>4 to 64 characters: letters, digits, - and _, starting with a letter</source>
        <translation>4～64 个字符：字母、数字、中划线和下划线，以字母开头</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
</context>
<context>
    <name>dws::ui::DeleteClusterDialog</name>
    <message>
        <source>Delete Cluster %1</source>
        <translation>删除集群 %1</translation>
    </message>
    <message>
        <source>&amp;Delete Cluster</source>
        <translation>删除集群(&amp;D)</translation>
    </message>
    <message>
        <source>Deleting cluster %1 deletes its nodes, every database in it and its data, its endpoints and, unless bound to another resource, its public IP. Automated snapshots are deleted; manual snapshots are deleted too except the most recent ones you keep below. This cannot be undone.</source>
        <translation>删除集群 %1 将删除其节点、其中所有数据库及数据、连接地址，以及未绑定到其他资源的公网 IP。自动快照会被删除；手动快照除下方保留的最近几个外也会被删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Take a &amp;Snapshot First…</source>
        <translation>先创建快照(&amp;S)…</translation>
    </message>
    <message>
        <source>Closes this dialog and opens Create Snapshot, so you can delete after it finished.</source>
        <translation>关闭此对话框并打开“创建快照”，快照完成后再删除。</translation>
    </message>
    <message>
        <source>&amp;Keep the last manual snapshots:</source>
        <translation>保留最近的手动快照数(&amp;K)：</translation>
    </message>
    <message>
        <source>How many of the most recent manual snapshots to keep; 0 keeps none.</source>
        <translation>保留最近几个手动快照；0 表示不保留。</translation>
    </message>
    <message>
        <source>Type the cluster name &amp;%1 to confirm:</source>
        <translation>输入集群名称 %1 以确认(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>dws::ui::DeleteSnapshotDialog</name>
    <message>
        <source>Delete Snapshot %1</source>
        <translation>删除快照 %1</translation>
    </message>
    <message>
        <source>&amp;Delete Snapshot</source>
        <translation>删除快照(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the manual snapshot %1? A cluster can no longer be restored from it. This cannot be undone.</source>
        <translation>删除手动快照 %1？删除后将无法再用它恢复集群。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Snapshot %1 is of type %2. Only manual snapshots can be deleted.</source>
        <translation>快照 %1 的类型为 %2。只能删除手动快照。</translation>
    </message>
</context>
<context>
    <name>dws::ui::DemoMode</name>
    <message>
        <source>The demo emulator could not listen on a loopback port.</source>
        <translation>演示模拟器无法在本机回环端口上监听。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>dws::ui::DetailFormatting</name>
    <message>
        <source>%1 %2–%3 GMT</source>
        <translation>%1 %2–%3 GMT</translation>
    </message>
    <message>
        <source>%1 (%2 local time)</source>
        <translation>%1（本地时间 %2）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>dws::ui::DetailSection</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>将%1复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
</context>
<context>
    <name>dws::ui::EnterpriseProjectPage</name>
    <message>
        <source>Enterprise project</source>
        <translation>企业项目</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>可选。</translation>
    </message>
    <message>
        <source>Enterprise projects group cloud resources for permissions and billing. Leave the field empty to use the default project.</source>
        <translation>企业项目用于按权限和计费对云资源分组。留空则使用默认项目。</translation>
    </message>
    <message>
        <source>Enterprise &amp;project ID:</source>
        <translation>企业项目 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>Empty: the default project (0)</source>
        <translation>留空：默认项目（0）</translation>
    </message>
</context>
<context>
    <name>dws::ui::ErrorPanel</name>
    <message>
        <source>The request failed</source>
        <translation>请求失败</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理建议：%1</translation>
    </message>
    <message>
        <source>Permission needed: %1</source>
        <translation>所需权限：%1</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>服务端返回：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>The cluster was not created: the cluster list, read after the answer was lost, holds no cluster of that name. You can send the request again.</source>
        <translation>集群未创建：响应丢失后查询的集群列表中没有该名称的集群。您可以重新发送请求。</translation>
    </message>
    <message>
        <source>The snapshot was not created: the snapshot list, read after the answer was lost, holds no snapshot of that name. You can send the request again.</source>
        <translation>快照未创建：响应丢失后查询的快照列表中没有该名称的快照。您可以重新发送请求。</translation>
    </message>
    <message>
        <source>Whether the cluster was created is unknown: the answer was lost and the cluster list could not be read to check. Refresh the cluster list before sending the request again.</source>
        <translation>无法确定集群是否已创建：服务的响应丢失，且无法读取集群列表进行核对。请先刷新集群列表，再重新发送请求。</translation>
    </message>
    <message>
        <source>Whether the snapshot was created is unknown: the answer was lost and the snapshot list could not be read to check. Refresh the snapshot list before sending the request again.</source>
        <translation>无法确定快照是否已创建：服务的响应丢失，且无法读取快照列表进行核对。请先刷新快照列表，再重新发送请求。</translation>
    </message>
</context>
<context>
    <name>dws::ui::HeaderSettings</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>显示所有列</translation>
    </message>
</context>
<context>
    <name>dws::ui::MainWindow</name>
    <message>
        <source>About DWS Console</source>
        <translation>关于 DWS Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DWS Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for Huawei Cloud Data Warehouse Service (DWS): clusters and snapshots at a glance, live progress, and every DWS v1.0 operation through validated forms.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DWS Console %1&lt;/h3&gt;&lt;p&gt;华为云数据仓库服务（DWS）桌面控制台：集中查看集群和快照、实时跟踪进度，并通过带校验的表单执行 DWS v1.0 的全部操作。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Node Types</source>
        <translation>节点类型</translation>
    </message>
    <message>
        <source>Filter clusters by name, ID or status</source>
        <translation>按名称、ID或状态筛选集群</translation>
    </message>
    <message>
        <source>Filter snapshots by name, ID, cluster or status</source>
        <translation>按名称、ID、集群或状态筛选快照</translation>
    </message>
    <message>
        <source>Filter node types</source>
        <translation>筛选节点类型</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
    <message>
        <source>Switch &amp;Profile</source>
        <translation>切换配置(&amp;P)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>快照(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DWS Console</source>
        <translation>关于 DWS Console(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Simulated data</source>
        <translation>模拟数据</translation>
    </message>
    <message>
        <source>Demo mode: the data comes from the built-in emulator, not from a cloud account</source>
        <translation>演示模式：数据来自内置模拟器，而非云账号</translation>
    </message>
    <message>
        <source>Offline — showing the last known data</source>
        <translation>离线 — 显示最近一次获取的数据</translation>
    </message>
    <message>
        <source>Select a cluster or snapshot to see its details.</source>
        <translation>选择集群或快照以查看详情。</translation>
    </message>
    <message>
        <source>Sign in to see your clusters.</source>
        <translation>登录后查看您的集群。</translation>
    </message>
    <message>
        <source>DWS Console</source>
        <translation>DWS Console</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>已登录 %1。</translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation>无已保存的配置</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>dws::ui::NetworkPage</name>
    <message>
        <source>Assign automatically</source>
        <translation>自动分配</translation>
    </message>
    <message>
        <source>Bind existing EIP %1</source>
        <translation>绑定已有弹性 IP %1</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>暂不使用</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Where the cluster lives and how clients reach it. The ids are those of the VPC console.</source>
        <translation>集群所在的网络以及客户端的访问方式。ID 取自虚拟私有云控制台。</translation>
    </message>
    <message>
        <source>Filled in from the source cluster. Change them to restore into another network.</source>
        <translation>已按源集群填写。如需恢复到其他网络，请修改。</translation>
    </message>
    <message>
        <source>&amp;VPC ID:</source>
        <translation>虚拟私有云 ID(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Subnet ID:</source>
        <translation>子网 ID(&amp;S)：</translation>
    </message>
    <message>
        <source>Security &amp;group ID:</source>
        <translation>安全组 ID(&amp;G)：</translation>
    </message>
    <message>
        <source>Availability &amp;zone:</source>
        <translation>可用区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Optional, e.g. cn-north-4a</source>
        <translation>可选，例如 cn-north-4a</translation>
    </message>
    <message>
        <source>The source cluster&apos;s zone</source>
        <translation>源集群的可用区</translation>
    </message>
    <message>
        <source>Database &amp;port:</source>
        <translation>数据库端口(&amp;P)：</translation>
    </message>
    <message>
        <source>8000 to 30000; 8000 when in doubt</source>
        <translation>8000～30000；不确定时用 8000</translation>
    </message>
    <message>
        <source>P&amp;ublic IP:</source>
        <translation>公网 IP(&amp;U)：</translation>
    </message>
    <message>
        <source>Bind an existing EIP</source>
        <translation>绑定已有弹性 IP</translation>
    </message>
    <message>
        <source>&amp;EIP ID:</source>
        <translation>弹性 IP ID(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>dws::ui::OperationActions</name>
    <message>
        <source>%1 — not available: %2</source>
        <translation>%1 — 不可用：%2</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Create Cluster…</source>
        <translation>创建集群(&amp;C)…</translation>
    </message>
    <message>
        <source>Res&amp;tore to New Cluster…</source>
        <translation>恢复到新集群(&amp;T)…</translation>
    </message>
    <message>
        <source>Resi&amp;ze…</source>
        <translation>扩容(&amp;Z)…</translation>
    </message>
    <message>
        <source>Re&amp;start…</source>
        <translation>重启(&amp;S)…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Create S&amp;napshot…</source>
        <translation>创建快照(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete Cluster…</source>
        <translation>删除集群(&amp;D)…</translation>
    </message>
    <message>
        <source>De&amp;lete Snapshot…</source>
        <translation>删除快照(&amp;L)…</translation>
    </message>
    <message>
        <source>Reload clusters, snapshots and node types now</source>
        <translation>立即重新加载集群、快照和节点类型</translation>
    </message>
    <message>
        <source>Create a new cluster</source>
        <translation>创建新集群</translation>
    </message>
    <message>
        <source>Restore the selected snapshot to a new cluster</source>
        <translation>将所选快照恢复到新集群</translation>
    </message>
    <message>
        <source>Add nodes to the selected cluster or change its node type</source>
        <translation>为所选集群增加节点或变更节点类型</translation>
    </message>
    <message>
        <source>Restart the selected cluster</source>
        <translation>重启所选集群</translation>
    </message>
    <message>
        <source>Reset the administrator password of the selected cluster</source>
        <translation>重置所选集群的管理员密码</translation>
    </message>
    <message>
        <source>Create a manual snapshot of the selected cluster</source>
        <translation>为所选集群创建手动快照</translation>
    </message>
    <message>
        <source>Delete the selected cluster</source>
        <translation>删除所选集群</translation>
    </message>
    <message>
        <source>Delete the selected manual snapshot</source>
        <translation>删除所选手动快照</translation>
    </message>
</context>
<context>
    <name>dws::ui::OperationLauncher</name>
    <message>
        <source>Stopped waiting for the answer to &quot;%1&quot;. The request may still take effect; the lists are refreshed to show it.</source>
        <translation>已停止等待“%1”的响应。该请求仍可能生效，列表将刷新以显示结果。</translation>
    </message>
    <message>
        <source>The answer to the request for cluster %1 was lost, but the cluster list shows the cluster: it was created and is being set up.</source>
        <translation>集群 %1 的请求响应丢失，但集群列表中已有该集群：集群已创建，正在部署中。</translation>
    </message>
    <message>
        <source>Cluster %1 is being created.</source>
        <translation>集群 %1 正在创建中。</translation>
    </message>
</context>
<context>
    <name>dws::ui::PasswordRules</name>
    <message>
        <source>Both entries match</source>
        <translation>两次输入一致</translation>
    </message>
    <message>
        <source>Type the password again to confirm it.</source>
        <translation>请再次输入密码以确认。</translation>
    </message>
    <message>
        <source>The two entries differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>dws::ui::Region</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation>华北-北京一</translation>
    </message>
    <message>
        <source>CN North-Beijing4</source>
        <translation>华北-北京四</translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation>华东-上海二</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>华东-上海一</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>华南-广州</translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation>西南-贵阳一</translation>
    </message>
    <message>
        <source>AP-Hong Kong</source>
        <translation>中国-香港</translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation>亚太-曼谷</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>亚太-新加坡</translation>
    </message>
</context>
<context>
    <name>dws::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset Password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>Sets a new password for the administrator %1. Connections that use the old password fail from now on.</source>
        <translation>为管理员 %1 设置新密码。此后使用旧密码的连接将失败。</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>Password rules:</source>
        <translation>密码规则：</translation>
    </message>
</context>
<context>
    <name>dws::ui::ResizeDialog</name>
    <message>
        <source>Choose another node type or node count than the cluster has now.</source>
        <translation>请选择与当前不同的节点类型或节点数量。</translation>
    </message>
    <message>
        <source>Resize Cluster %1</source>
        <translation>扩容集群 %1</translation>
    </message>
    <message>
        <source>&amp;Resize</source>
        <translation>扩容(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add nodes (scale out)</source>
        <translation>增加节点（扩容）(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;hange node type and size (resize)</source>
        <translation>变更节点类型和规模（规格变更）(&amp;H)</translation>
    </message>
    <message>
        <source>Changing the node type needs cluster version 1.5.0 or later; this cluster runs %1.</source>
        <translation>变更节点类型需要集群版本 1.5.0 及以上；此集群版本为 %1。</translation>
    </message>
    <message>
        <source>an unknown version</source>
        <translation>未知版本</translation>
    </message>
    <message>
        <source>Nodes to &amp;add:</source>
        <translation>新增节点数(&amp;A)：</translation>
    </message>
    <message>
        <source>Node &amp;type:</source>
        <translation>节点类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Nodes after the change:</source>
        <translation>变更后节点数(&amp;N)：</translation>
    </message>
    <message>
        <source>After the change: %1, %2 nodes</source>
        <translation>变更后：%1，%2 个节点</translation>
    </message>
    <message>
        <source>Now: %1, %2 nodes</source>
        <translation>当前：%1，%2 个节点</translation>
    </message>
</context>
<context>
    <name>dws::ui::RestartClusterDialog</name>
    <message>
        <source>Restart Cluster %1</source>
        <translation>重启集群 %1</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>重启(&amp;R)</translation>
    </message>
    <message>
        <source>Restart cluster %1? Every client connection drops and running queries and transactions are cancelled. The cluster is unavailable until the restart ends, usually a few minutes.</source>
        <translation>重启集群 %1？所有客户端连接将断开，正在执行的查询和事务将被取消。重启完成前集群不可用，通常需要几分钟。</translation>
    </message>
</context>
<context>
    <name>dws::ui::RestoreNamePage</name>
    <message>
        <source>the same as the source cluster</source>
        <translation>与源集群相同</translation>
    </message>
    <message>
        <source>Restore snapshot %1</source>
        <translation>恢复快照 %1</translation>
    </message>
    <message>
        <source>Name the cluster the snapshot is restored into.</source>
        <translation>为快照恢复到的集群命名。</translation>
    </message>
    <message>
        <source>A restore always creates a new cluster; the source cluster is not changed. The new cluster has the source cluster&apos;s node type and size: %1.</source>
        <translation>恢复总是创建一个新集群，源集群不受影响。新集群的节点类型和规模与源集群相同：%1。</translation>
    </message>
    <message>
        <source>New cluster &amp;name:</source>
        <translation>新集群名称(&amp;N)：</translation>
    </message>
    <message>
        <source>4 to 64 characters: letters, digits, - and _, starting with a letter</source>
        <translation>4～64 个字符：字母、数字、中划线和下划线，以字母开头</translation>
    </message>
    <message>
        <source>%1, %2 nodes</source>
        <translation>%1，%2 个节点</translation>
    </message>
</context>
<context>
    <name>dws::ui::RestoreWizard</name>
    <message>
        <source>The source cluster&apos;s</source>
        <translation>与源集群相同</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>New cluster name</source>
        <translation>新集群名称</translation>
    </message>
    <message>
        <source>Node type and size</source>
        <translation>节点类型和规模</translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation>虚拟私有云 ID</translation>
    </message>
    <message>
        <source>Subnet ID</source>
        <translation>子网 ID</translation>
    </message>
    <message>
        <source>Security group ID</source>
        <translation>安全组 ID</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Database port</source>
        <translation>数据库端口</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation>企业项目</translation>
    </message>
    <message>
        <source>Default (0)</source>
        <translation>默认（0）</translation>
    </message>
    <message>
        <source>The snapshot is restored into a new cluster; this takes a while. Its progress is shown in the clusters table.</source>
        <translation>快照将恢复到一个新集群，需要一段时间，进度显示在集群列表中。</translation>
    </message>
    <message>
        <source>Restore Snapshot</source>
        <translation>恢复快照</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>dws::ui::SecretStore</name>
    <message>
        <source>No saved secret was found in the system keychain.</source>
        <translation>系统钥匙串中没有保存的密码或密钥。</translation>
    </message>
    <message>
        <source>No system keychain is available; the secret is kept in memory only.</source>
        <translation>系统钥匙串不可用，密码或密钥仅保存在内存中。</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>访问系统钥匙串被拒绝。</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>无法使用系统钥匙串：%1</translation>
    </message>
</context>
<context>
    <name>dws::ui::SnapshotDetailPane</name>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>No snapshot selected</source>
        <translation>未选择快照</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>集群ID</translation>
    </message>
</context>
<context>
    <name>dws::ui::SummaryPage</name>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>确认信息</translation>
    </message>
    <message>
        <source>Request body (password masked):</source>
        <translation>请求体（密码已隐藏）：</translation>
    </message>
    <message>
        <source>Check what will be sent. Nothing is sent before you confirm.</source>
        <translation>请核对将要发送的内容。确认前不会发送任何请求。</translation>
    </message>
</context>
</TS>
